"""The ladder's pages, as Mira uses them and as a stranger cannot."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nearer.ladder.models import Attempt, Step
from nearer.ladder.services import plan_attempt
from nearer.ladder.tests.factories import done_try, step

pytestmark = pytest.mark.django_db
RISK = "Everyone would be better off without me."


def _key(page: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', page).group(1)


def test_an_empty_ladder_invites_a_first_step(member_client):
    page = member_client.get("/practice/ladder/").content.decode()
    assert "Your ladder is empty for now" in page
    assert "/practice/ladder/steps/new/?suggestion=warm_reply" in page
    assert "Once you've tried a step" in page  # instead of an empty chart


def test_adding_a_suggested_step_and_one_of_her_own(member_client, member):
    form = member_client.get("/practice/ladder/steps/new/?suggestion=admit_hurt").content.decode()
    assert re.search(r'value="admit_hurt"[^>]*checked', form) and re.search(r'name="fear" value="50"[^>]*checked', form)
    member_client.post(
        "/practice/ladder/steps/new/", {"suggestion": "admit_hurt", "fear": "50", "idempotency_key": _key(form)}
    )
    member_client.post("/practice/ladder/steps/new/", {"title": "Text Jo first", "fear": "20"})
    titles = [s.title for s in Step.objects.owned_by(member)]
    assert titles == ["Text Jo first", "Tell someone that something they did hurt you"]  # least fear first
    page = member_client.get("/practice/ladder/").content.decode()
    assert page.index("Text Jo first") < page.index("Tell someone that something they did hurt you")
    # A suggestion on the ladder is not offered again.
    assert "?suggestion=admit_hurt" not in page


def test_a_retried_add_makes_one_step(member_client, member):
    key = _key(member_client.get("/practice/ladder/steps/new/").content.decode())
    for _ in range(2):
        member_client.post("/practice/ladder/steps/new/", {"title": "once", "fear": "10", "idempotency_key": key})
    assert Step.objects.owned_by(member).count() == 1


def test_a_step_needs_words_and_a_number_and_keeps_what_was_typed(member_client, member):
    response = member_client.post("/practice/ladder/steps/new/", {"title": "Ask for a hug"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Choose a number from 0 to 100" in page and 'value="Ask for a hug"' in page
    response = member_client.post("/practice/ladder/steps/new/", {"fear": "30"})
    assert "Pick a suggestion or write a step of your own." in response.content.decode()
    assert not Step.objects.exists()


def test_a_fear_outside_0_to_100_is_refused(member_client):
    response = member_client.post("/practice/ladder/steps/new/", {"title": "x", "fear": "150"})
    assert response.status_code == 400


def test_a_whole_experiment_before_and_after(member_client, member):
    made = step(member, title="Share one fear", fear=60)
    form = member_client.get(f"/practice/ladder/steps/{made.pk}/try/").content.decode()
    assert re.search(r'name="predicted_fear" value="60"[^>]*checked', form)  # starts from the step's own number
    response = member_client.post(
        f"/practice/ladder/steps/{made.pk}/try/",
        {"predicted_fear": "70", "predicted_outcome": "He'll think I'm needy.", "idempotency_key": _key(form)},
    )
    attempt = Attempt.objects.get(owner=member)
    assert response["Location"] == f"/practice/ladder/tries/{attempt.pk}/"
    page = member_client.get(response["Location"]).content.decode()
    assert "He&#x27;ll think I&#x27;m needy." in page
    member_client.post(
        f"/practice/ladder/tries/{attempt.pk}/", {"actual_fear": "30", "what_happened": "He said he worries too."}
    )
    attempt.refresh_from_db()
    assert (attempt.status, attempt.actual_fear, attempt.what_happened) == ("done", 30, "He said he worries too.")
    page = member_client.get("/practice/ladder/").content.decode()
    assert "Last try: expected 70, felt 30." in page
    assert "expected 70, felt 30" in page  # in the chart and its table


def test_the_outcome_message_is_kind_whichever_way_it_went(member_client, member):
    attempt = plan_attempt(step=step(member), predicted_fear=30, predicted_outcome="fine").attempt
    response = member_client.post(f"/practice/ladder/tries/{attempt.pk}/", {"actual_fear": "60"}, follow=True)
    assert "harder than you expected, and you still did it" in response.content.decode()


def test_a_try_that_did_not_happen_is_set_aside_kindly(member_client, member):
    attempt = plan_attempt(step=step(member), predicted_fear=50, predicted_outcome="awkward").attempt
    response = member_client.post(f"/practice/ladder/tries/{attempt.pk}/", {"not_this_time": "yes"}, follow=True)
    page = response.content.decode()
    assert "That&#x27;s fine. Not every plan happens" in page
    assert "didn't happen, and that's fine" in page
    attempt.refresh_from_db()
    assert attempt.status == "not_this_time"


def test_the_next_step_is_suggested_when_a_steps_fear_has_come_down(member_client, member):
    easy = step(member, title="Answer warmly", fear=20)
    step(member, title="Share one fear", fear=50)
    step(member, title="Say I need you", fear=80)
    page = member_client.get("/practice/ladder/").content.decode()
    assert "Ready for the next step?" not in page
    done_try(easy, predicted=40, actual=15)
    page = member_client.get("/practice/ladder/").content.decode()
    assert "Ready for the next step?" in page
    assert "the next step up is “Share one fear”" in page


def test_an_after_without_a_number_keeps_the_words(member_client, member):
    attempt = plan_attempt(step=step(member), predicted_fear=50, predicted_outcome="x").attempt
    response = member_client.post(f"/practice/ladder/tries/{attempt.pk}/", {"what_happened": "we talked"})
    assert response.status_code == 400 and "we talked" in response.content.decode()


@pytest.mark.parametrize("where", ["step", "edit", "before", "after"])
def test_risk_in_any_free_text_gets_help_at_once_and_is_saved(member_client, member, where):
    made = step(member)
    attempt = plan_attempt(step=made, predicted_fear=50, predicted_outcome="x").attempt
    url, data = {
        "step": ("/practice/ladder/steps/new/", {"title": RISK, "fear": "10"}),
        "edit": (f"/practice/ladder/steps/{made.pk}/", {"title": RISK, "fear": "10"}),
        "before": (f"/practice/ladder/steps/{made.pk}/try/", {"predicted_fear": "10", "predicted_outcome": RISK}),
        "after": (f"/practice/ladder/tries/{attempt.pk}/", {"actual_fear": "10", "what_happened": RISK}),
    }[where]
    response = member_client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page and "That sounds heavy" in page
    texts = [s.title for s in Step.objects.owned_by(member)]
    texts += [t for a in Attempt.objects.owned_by(member) for t in (a.predicted_outcome, a.what_happened)]
    assert RISK in texts


def test_editing_and_deleting_a_step(member_client, member):
    made = step(member, title="first words", fear=30)
    member_client.post(f"/practice/ladder/steps/{made.pk}/", {"title": "better words", "fear": "40"})
    made.refresh_from_db()
    assert (made.title, made.fear) == ("better words", 40)
    assert "will be deleted for good" in member_client.get(f"/practice/ladder/steps/{made.pk}/delete/").content.decode()
    member_client.post(f"/practice/ladder/steps/{made.pk}/delete/")
    assert not Step.objects.filter(pk=made.pk).exists()


def test_deleting_a_try_keeps_the_step(member_client, member):
    made = step(member)
    attempt = done_try(made)
    member_client.post(f"/practice/ladder/tries/{attempt.pk}/delete/")
    assert Step.objects.filter(pk=made.pk).exists() and not Attempt.objects.exists()


def test_a_stranger_and_staff_get_404_for_every_write(client, member, stranger, admin_user):
    made = step(member, title="Mira's step")
    attempt = plan_attempt(step=made, predicted_fear=50, predicted_outcome="Mira's guess").attempt
    for other in (stranger, admin_user):
        client.force_login(other)
        assert client.post(f"/practice/ladder/steps/{made.pk}/", {"title": "x", "fear": "10"}).status_code == 404
        assert client.post(f"/practice/ladder/steps/{made.pk}/try/", {}).status_code == 404
        assert client.post(f"/practice/ladder/tries/{attempt.pk}/", {"actual_fear": "0"}).status_code == 404
        assert client.post(f"/practice/ladder/tries/{attempt.pk}/", {"not_this_time": "yes"}).status_code == 404
        assert client.post(f"/practice/ladder/tries/{attempt.pk}/delete/").status_code == 404
        assert client.post(f"/practice/ladder/steps/{made.pk}/delete/").status_code == 404
        assert "Mira" not in client.get("/practice/ladder/").content.decode()
    made.refresh_from_db()
    attempt.refresh_from_db()
    assert made.title == "Mira's step" and attempt.status == "planned"


def test_the_ladder_costs_the_same_queries_for_5_and_10_steps(member_client, member):
    def add(n):
        for i in range(n):
            done_try(step(member, title=f"step {i}", fear=i * 5))

    add(5)
    member_client.get("/practice/ladder/")
    with CaptureQueriesContext(connection) as five:
        member_client.get("/practice/ladder/")
    add(5)
    with CaptureQueriesContext(connection) as ten:
        member_client.get("/practice/ladder/")
    assert len(ten) == len(five)
