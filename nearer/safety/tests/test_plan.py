"""The safety plan builder: step by step, encrypted, screened, printable."""

import pytest
from django.db import connection

from nearer.safety.models import SafetyPlan

pytestmark = pytest.mark.django_db


def test_a_new_member_is_invited_to_make_a_plan(member_client):
    page = member_client.get("/safety/plan/").content.decode()
    assert "Make my plan" in page
    assert "Not filled in yet" in page


def test_each_step_saves_and_leads_to_the_next(member_client, member):
    response = member_client.post("/safety/plan/step/1/", {"text": "I stop answering texts."})
    assert response["Location"] == "/safety/plan/step/2/"
    response = member_client.post("/safety/plan/step/7/", {"text": "My nephew's birthday."})
    assert response["Location"] == "/safety/plan/"
    plan = SafetyPlan.objects.get(owner=member)
    assert (plan.warning_signs, plan.what_matters) == ("I stop answering texts.", "My nephew's birthday.")
    page = member_client.get("/safety/plan/").content.decode()
    assert "I stop answering texts." in page and "Edit my plan" in page


def test_save_and_stop_goes_to_the_whole_plan(member_client):
    response = member_client.post("/safety/plan/step/2/", {"text": "A hot shower.", "finish": "1"})
    assert response["Location"] == "/safety/plan/"


def test_the_plan_is_encrypted_at_rest(member_client, member):
    member_client.post("/safety/plan/step/4/", {"text": "Call Sam on 07700 900123"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT people_to_ask FROM safety_safetyplan")
        stored = cursor.fetchone()[0]
    assert stored.startswith("nc1.") and "Call Sam" not in stored and "07700" not in stored


def test_the_professionals_step_carries_the_crisis_lines(member_client):
    page = member_client.get("/safety/plan/", headers={"Accept-Language": "en-GB"}).content.decode()
    assert "tel:116123" in page


def test_risk_written_into_the_plan_gets_the_response_and_is_saved(member_client, member):
    response = member_client.post("/safety/plan/step/1/", {"text": "When I start thinking I want to die"})
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert "I'm safe right now, carry on" in page and 'href="/safety/plan/step/2/"' in page
    assert SafetyPlan.objects.get(owner=member).warning_signs == "When I start thinking I want to die"


def test_the_crisis_response_shows_the_members_own_plan(member_client, member):
    member_client.post("/safety/plan/step/2/", {"text": "Walk round the block twice."})
    member_client.post("/safety/plan/step/4/", {"text": "My sister Ana."})
    page = member_client.post("/journal/new/", {"body": "I want to die."}).content.decode()
    assert "Walk round the block twice." in page and "My sister Ana." in page


def test_there_is_no_step_eight(member_client):
    assert member_client.get("/safety/plan/step/8/").status_code == 404
    assert member_client.get("/safety/plan/step/0/").status_code == 404


def test_each_member_sees_only_their_own_plan(client, member, stranger):
    client.force_login(member)
    client.post("/safety/plan/step/7/", {"text": "Mira's reason"})
    client.force_login(stranger)
    assert "Mira's reason" not in client.get("/safety/plan/").content.decode()
