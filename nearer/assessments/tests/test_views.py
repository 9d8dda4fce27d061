"""The pages: take, save, read, compare, remind, delete; a stranger gets 404 for Mira's results."""

from __future__ import annotations

import re
import uuid

import pytest

from nearer.assessments import catalog
from nearer.assessments.models import Reminder, Result
from nearer.assessments.services import install_pack
from nearer.assessments.tests.factories import closeness_answers, take_closeness, take_wellbeing
from nearer.assessments.tests.packs import ECR_R

pytestmark = pytest.mark.django_db


def _post(answers: dict[str, int], **extra) -> dict[str, str]:
    return {**{f"item_{k}": str(v) for k, v in answers.items()}, "idempotency_key": str(uuid.uuid4()), **extra}


def test_the_index_lists_the_three_instruments(member_client):
    page = member_client.get("/assessments/").content.decode()
    for title in ("Closeness patterns", "Signs I push people away", "How have you been?"):
        assert title in page
    assert "not a diagnosis" in page


def test_each_item_is_a_fieldset_with_a_legend_and_labelled_radios(member_client):
    page = member_client.get("/assessments/closeness/").content.decode()
    assert page.count("<fieldset") == 20 and page.count("<legend>") == 20
    assert page.count('type="radio"') == 140
    assert "Strongly disagree" in page and 'name="order"' in page and 'name="idempotency_key"' in page


def test_taking_the_inventory_saves_and_shows_the_result(member_client, member):
    response = member_client.post("/assessments/closeness/", _post(closeness_answers(6, 2)))
    result = Result.objects.get(owner=member)
    assert response.status_code == 302 and response["Location"] == f"/assessments/results/{result.pk}/"
    page = member_client.get(response["Location"]).content.decode()
    assert "You may lean towards worrying about closeness" in page
    assert "Worry about being left: 6" in page and "on the higher side" in page
    assert "not a diagnosis" in page and "not a validated clinical measure" in page
    assert 'class="chart chart-plane"' in page
    assert 'href="/checkins/new/"' in page  # a tool that exists is linked


def test_an_unanswered_item_keeps_the_other_answers(member_client):
    answers = closeness_answers(5, 5)
    del answers["avo03"]
    data = _post(answers, order="12345")
    response = member_client.post("/assessments/closeness/", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "1 question still needs an answer" in page and 'href="#q-avo03"' in page
    assert re.search(r'name="item_anx01" value="5"[^>]*checked', page)
    assert 'name="order" value="12345"' in page
    assert not Result.objects.exists()


def test_the_same_seed_shows_the_same_order(member_client):
    def order(page):
        return re.findall(r'id="q-([a-z0-9]+)"', page)

    first = member_client.post("/assessments/closeness/", {"order": "7"}).content.decode()
    again = member_client.post("/assessments/closeness/", {"order": "7"}).content.decode()
    other = member_client.post("/assessments/closeness/", {"order": "8"}).content.decode()
    assert order(first) == order(again) != order(other)


def test_a_retried_submit_makes_one_result(member_client):
    data = _post(closeness_answers(4, 4))
    member_client.post("/assessments/closeness/", data)
    member_client.post("/assessments/closeness/", data)
    assert Result.objects.count() == 1


def test_the_crisis_answer_shows_the_crisis_response_on_the_result_page(member_client):
    answers = {"low": 2, "interest": 2, "worry": 1, "alone": 3, "hard": 2, "ending": 1}
    response = member_client.post("/assessments/wellbeing/", _post(answers), follow=True)
    page = response.content.decode()
    assert 'role="alert"' in page and "It sounds like things are really hard right now" in page
    assert page.index('role="alert"') < page.index("<h1>")  # at once, before anything else
    assert "Your safety plan" in page


def test_no_crisis_answer_no_crisis_response(member_client):
    answers = {"low": 0, "interest": 0, "worry": 1, "alone": 0, "hard": 0, "ending": 0}
    page = member_client.post("/assessments/wellbeing/", _post(answers), follow=True).content.decode()
    assert 'role="alert"' not in page and "fairly light" in page


def test_the_checklist_links_each_sign_to_its_tool(member_client):
    answers = {item.id: 0 for item in catalog.builtins()["signs"].items} | {"fight": 2, "busy": 1}
    page = member_client.post("/assessments/signs/", _post(answers), follow=True).content.decode()
    assert "I pick a fight when things are going well." in page
    assert '<a href="/checkins/new/">Check in: notice what set it off</a>' in page
    assert '<a href="/patterns/">See when the pull is strongest</a>' in page
    assert "I cancel plans" not in page.split("signs-heading", 1)[1].split("next-heading", 1)[0]


def test_history_and_compare(member_client, member):
    first = take_closeness(member, anxiety=6, avoidance=3).result
    second = take_closeness(member, anxiety=3, avoidance=3).result
    history = member_client.get("/assessments/closeness/history/").content.decode()
    assert history.count('class="chart chart-history"') == 2
    page = member_client.get(f"/assessments/compare/?first={second.pk}&second={first.pk}").content.decode()
    assert "From 6 to 3 (-3)" in page and "-4.74" in page and "A reliable change: lower" in page
    assert "From 3 to 3 (0)" in page and "Not a reliable change" in page


def test_comparing_different_questionnaires_is_refused(member_client, member):
    a = take_closeness(member).result
    b = take_wellbeing(member).result
    assert member_client.get(f"/assessments/compare/?first={a.pk}&second={b.pk}").status_code == 400


def test_a_stranger_cannot_open_or_compare_miras_results(client, member, stranger):
    result = take_closeness(member).result
    own = take_closeness(stranger).result
    client.force_login(stranger)
    assert client.get(f"/assessments/results/{result.pk}/").status_code == 404
    assert client.get(f"/assessments/compare/?first={own.pk}&second={result.pk}").status_code == 404
    assert client.post(f"/assessments/results/{result.pk}/delete/").status_code == 404
    assert Result.objects.filter(pk=result.pk).exists()


def test_the_reminder_is_opt_in_and_easy_to_switch_off(member_client, member):
    take_closeness(member)
    member_client.post("/assessments/closeness/reminder/", {"enabled": "on"})
    assert Reminder.objects.get(owner=member).enabled
    member_client.post("/assessments/closeness/reminder/", {})
    assert not Reminder.objects.get(owner=member).enabled


def test_delete_asks_first(member_client, member):
    result = take_closeness(member).result
    assert "cannot come back" in member_client.get(f"/assessments/results/{result.pk}/delete/").content.decode()
    member_client.post(f"/assessments/results/{result.pk}/delete/")
    assert not Result.objects.exists()


def test_an_installed_pack_can_be_taken(member_client, member):
    install_pack(text=ECR_R.read_text())
    assert "Relationship questionnaire (test pack)" in member_client.get("/assessments/").content.decode()
    answers = {f"q{i}": 7 for i in range(1, 37)}
    page = member_client.post("/assessments/ecr-r-test/", _post(answers), follow=True).content.decode()
    assert "Anxiety: 6.33" in page and "Avoidance: 3" in page
    assert "Higher than about" in page and "installed by your practice" in page


def test_an_unknown_questionnaire_is_404(member_client):
    assert member_client.get("/assessments/no-such-thing/").status_code == 404


def test_the_index_costs_the_same_with_more_results(member_client, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    take_closeness(member)
    member_client.get("/assessments/")  # the first request of a session warms caches
    with CaptureQueriesContext(connection) as few:
        member_client.get("/assessments/")
    for _ in range(4):
        take_closeness(member)
        take_wellbeing(member)
    with CaptureQueriesContext(connection) as many:
        member_client.get("/assessments/")
    assert len(many) == len(few)


def test_a_result_of_a_removed_pack_still_shows_its_scores(member_client, member):
    from nearer.assessments.models import InstalledInstrument
    from nearer.assessments.services import record_result

    install_pack(text=ECR_R.read_text())
    instrument = catalog.instrument_for("ecr-r-test")
    result = record_result(member=member, instrument=instrument, answers={f"q{i}": 4 for i in range(1, 37)}).result
    InstalledInstrument.objects.all().delete()
    page = member_client.get(f"/assessments/results/{result.pk}/").content.decode()
    assert "no longer installed" in page and "anxiety: 4.0" in page


def test_a_reminder_that_is_on_says_when_and_can_be_switched_off_from_the_index(member_client, member):
    take_closeness(member)
    member_client.post("/assessments/closeness/reminder/", {"enabled": "on"})
    page = member_client.get("/assessments/").content.decode()
    assert "You asked for a reminder: it will appear here from" in page
    assert "Turn off this reminder" in page
    assert ", again?" not in page  # not due yet: nothing more is said


def test_a_pack_that_no_longer_loads_is_left_out_not_a_crash(member_client):
    from nearer.assessments.models import InstalledInstrument

    InstalledInstrument.objects.create(instrument_id="broken", version="1", title="Broken", definition={"id": "x"})
    page = member_client.get("/assessments/")
    assert page.status_code == 200 and "Broken" not in page.content.decode()
    assert member_client.get("/assessments/broken/").status_code == 404
