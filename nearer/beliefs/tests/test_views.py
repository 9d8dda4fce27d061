"""Core beliefs through their pages: name one, rate it again, gather evidence, see the line move."""

import re

import pytest

from nearer.beliefs import services
from nearer.beliefs.models import Belief, Evidence, Rating
from nearer.checkins.tests.factories import raw_column
from nearer.safety.models import ScreeningEvent

pytestmark = pytest.mark.django_db
LIST, NEW = "/practice/beliefs/", "/practice/beliefs/new/"


def _key(page: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', page).group(1)


def _name(client, statement="I'm too much.", rating="85"):
    key = _key(client.get(NEW).content.decode())
    response = client.post(NEW, {"statement": statement, "rating": rating, "idempotency_key": key})
    return Belief.objects.get(idempotency_key=key), response


def test_naming_a_belief_saves_it_encrypted_with_its_first_rating(member_client):
    belief, response = _name(member_client)
    assert response["Location"] == f"/practice/beliefs/{belief.pk}/"
    assert belief.statement == "I'm too much." and [r.value for r in belief.ratings.all()] == [85]
    assert "too much" not in raw_column("beliefs_belief", "statement", belief.pk)
    page = member_client.get(LIST).content.decode()
    assert "I&#x27;m too much." in page and "Feels 85 out of 100 true" in page


def test_a_retried_naming_does_not_make_a_twin(member_client):
    key = _key(member_client.get(NEW).content.decode())
    for _ in range(2):
        member_client.post(NEW, {"statement": "People leave.", "rating": "70", "idempotency_key": key})
    assert Belief.objects.count() == 1 and Rating.objects.count() == 1


def test_a_mistake_keeps_what_was_typed(member_client):
    response = member_client.post(NEW, {"statement": "My needs are a burden.", "rating": "101", "idempotency_key": ""})
    page = response.content.decode()
    assert response.status_code == 400 and "Use a number from 0 to 100." in page
    assert 'value="My needs are a burden."' in page and not Belief.objects.exists()


def test_re_rating_moves_the_line_and_the_table_shows_each_rating(member_client):
    belief, _ = _name(member_client, rating="90")
    detail = member_client.get(f"/practice/beliefs/{belief.pk}/").content.decode()
    key = _key(detail.split('id="rate"')[1])
    for _ in range(2):  # a retry of the same form is one rating
        member_client.post(f"/practice/beliefs/{belief.pk}/rate/", {"rating": "60", "idempotency_key": key})
    assert [r.value for r in belief.ratings.all()] == [90, 60]
    page = member_client.get(f"/practice/beliefs/{belief.pk}/").content.decode()
    assert 'class="chart chart-line"' in page and "90 on" in page and "60 on" in page
    assert "<td>90</td>" in page and "<td>60</td>" in page and "it started at 90" in page


def test_evidence_is_added_listed_changed_and_deleted(member_client):
    belief, _ = _name(member_client)
    response = member_client.post(
        f"/practice/beliefs/{belief.pk}/evidence/", {"text": "Sam asked me to stay the night.", "idempotency_key": ""}
    )
    assert response["Location"] == f"/practice/beliefs/{belief.pk}/"
    evidence = Evidence.objects.get()
    assert "Sam asked me to stay the night." in member_client.get(response["Location"]).content.decode()
    assert "stay the night" not in raw_column("beliefs_evidence", "text", evidence.pk)

    member_client.post(f"/practice/beliefs/evidence/{evidence.pk}/", {"text": "Sam asked me to stay, twice."})
    evidence.refresh_from_db()
    assert evidence.text == "Sam asked me to stay, twice."
    member_client.post(f"/practice/beliefs/evidence/{evidence.pk}/delete/")
    assert not Evidence.objects.exists()


def test_empty_evidence_keeps_the_page_and_says_what_to_do(member_client):
    belief, _ = _name(member_client)
    response = member_client.post(f"/practice/beliefs/{belief.pk}/evidence/", {"text": " ", "idempotency_key": ""})
    assert response.status_code == 400 and "Write what happened in a few words." in response.content.decode()


@pytest.mark.parametrize("where", ["name", "rename", "evidence", "evidence_edit"])
def test_risk_in_any_belief_text_brings_help_at_once_and_the_words_are_kept(member_client, member, where):
    risky = "I want to kill myself tonight."
    if where == "name":
        _, response = _name(member_client, statement=risky)
        saved = Belief.objects.get().statement
    else:
        belief = services.name_belief(member=member, statement="I'm too much.", rating=80).row
        if where == "rename":
            response = member_client.post(f"/practice/beliefs/{belief.pk}/edit/", {"statement": risky})
            saved = Belief.objects.get().statement
        elif where == "evidence":
            response = member_client.post(f"/practice/beliefs/{belief.pk}/evidence/", {"text": risky})
            saved = Evidence.objects.get().text
        else:
            evidence = services.add_evidence(belief=belief, text="A kind message.").row
            response = member_client.post(f"/practice/beliefs/evidence/{evidence.pk}/", {"text": risky})
            saved = Evidence.objects.get().text
    page = response.content.decode()
    assert response.status_code == 200 and 'class="crisis-card"' in page and "What you wrote is saved" in page
    assert saved == risky
    assert ScreeningEvent.objects.filter(member=member, source="beliefs").exists()


def test_deleting_a_belief_asks_first_and_takes_its_evidence(member_client, member):
    belief = services.name_belief(member=member, statement="I'm too much.", rating=80).row
    services.add_evidence(belief=belief, text="A kind message.")
    assert "can't come back" in member_client.get(f"/practice/beliefs/{belief.pk}/delete/").content.decode()
    member_client.post(f"/practice/beliefs/{belief.pk}/delete/")
    assert not Belief.objects.exists() and not Evidence.objects.exists() and not Rating.objects.exists()


def test_someone_elses_belief_is_404_for_every_write(client, member, stranger):
    belief = services.name_belief(member=member, statement="Mine.", rating=80).row
    evidence = services.add_evidence(belief=belief, text="Mine too.").row
    client.force_login(stranger)
    for path, data in [
        (f"/practice/beliefs/{belief.pk}/rate/", {"rating": "1"}),
        (f"/practice/beliefs/{belief.pk}/evidence/", {"text": "x"}),
        (f"/practice/beliefs/{belief.pk}/edit/", {"statement": "x"}),
        (f"/practice/beliefs/{belief.pk}/delete/", {}),
        (f"/practice/beliefs/evidence/{evidence.pk}/", {"text": "x"}),
        (f"/practice/beliefs/evidence/{evidence.pk}/delete/", {}),
    ]:
        assert client.post(path, data).status_code == 404, path
    assert [r.value for r in belief.ratings.all()] == [80] and Evidence.objects.get().text == "Mine too."
