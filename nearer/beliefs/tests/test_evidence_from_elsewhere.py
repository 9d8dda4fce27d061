"""One click from a check-in or a finished thought record adds evidence against a belief. The
button shows only to a member who has a belief, and only ever posts to her own things."""

from datetime import timedelta

import pytest

from nearer.beliefs import services
from nearer.beliefs.models import Evidence
from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import make_checkin
from nearer.checkins.vocabulary import ACTIONS
from nearer.safety.screening import screen_text
from nearer.thoughts.tests.factories import finished_record

pytestmark = pytest.mark.django_db


def _checkin(member):
    return make_checkin(
        member, action="stayed", note="Told him I was scared. He held my hand.", new_person=NewPerson("J", "partner")
    )


def test_the_check_in_page_has_no_button_until_there_is_a_belief(member_client, member):
    checkin = _checkin(member)
    page = member_client.get(f"/checkins/{checkin.pk}/").content.decode()
    assert "Count it as evidence against" not in page
    services.name_belief(member=member, statement="They'll leave anyway.", rating=80)
    page = member_client.get(f"/checkins/{checkin.pk}/").content.decode()
    assert "Count it as evidence against" in page and f"/practice/beliefs/from-checkin/{checkin.pk}/" in page
    assert "They&#x27;ll leave anyway." in page


def test_one_click_from_a_check_in_adds_it_and_offers_to_reword(member_client, member):
    belief = services.name_belief(member=member, statement="They'll leave anyway.", rating=80).row
    checkin = _checkin(member)
    data = {"belief": str(belief.pk), "idempotency_key": "7b0c51f8-4c8b-4a47-9d4a-2d35a3f2d9b1"}
    for _ in range(2):  # a retried click is one piece of evidence
        response = member_client.post(f"/practice/beliefs/from-checkin/{checkin.pk}/", data)
    evidence = Evidence.objects.get()
    assert response["Location"] == f"/practice/beliefs/evidence/{evidence.pk}/"
    assert evidence.source == "checkin" and evidence.checkin == checkin and evidence.noticed_at == checkin.occurred_at
    assert "Stayed and leaned in." in evidence.text and "He held my hand." in evidence.text
    assert "from a check-in" in member_client.get(f"/practice/beliefs/{belief.pk}/").content.decode()


def test_with_several_beliefs_the_member_picks_which(member_client, member):
    services.name_belief(member=member, statement="I'm too much.", rating=80)
    second = services.name_belief(member=member, statement="People leave.", rating=70).row
    checkin = _checkin(member)
    page = member_client.get(f"/checkins/{checkin.pk}/").content.decode()
    assert '<select name="belief" id="evidence-belief">' in page
    member_client.post(f"/practice/beliefs/from-checkin/{checkin.pk}/", {"belief": str(second.pk)})
    assert Evidence.objects.get().belief == second


def test_a_finished_thought_record_gives_what_did_not_fit(member_client, member):
    belief = services.name_belief(member=member, statement="They'll leave anyway.", rating=80).row
    record = finished_record(
        member, evidence_against="She stayed after the fight.", balanced_thought="So far, she stays."
    )
    page = member_client.get(f"/practice/thoughts/{record.pk}/").content.decode()
    assert f"/practice/beliefs/from-thought-record/{record.pk}/" in page
    member_client.post(f"/practice/beliefs/from-thought-record/{record.pk}/", {"belief": str(belief.pk)})
    evidence = Evidence.objects.get()
    assert evidence.text == "She stayed after the fight." and evidence.thought_record == record
    assert evidence.source == "thought_record"


def test_a_draft_thought_record_has_no_button(member_client, member):
    from nearer.thoughts.services import start_record

    services.name_belief(member=member, statement="I'm too much.", rating=80)
    record = start_record(member=member, situation="Not done yet.").record
    assert "Count it as evidence" not in member_client.get(f"/practice/thoughts/{record.pk}/").content.decode()


def test_nobody_can_link_someone_elses_check_in_record_or_belief(client, member, stranger):
    mine = services.name_belief(member=member, statement="Mine.", rating=80).row
    theirs = services.name_belief(member=stranger, statement="Theirs.", rating=80).row
    checkin, record = _checkin(member), finished_record(member)
    client.force_login(stranger)
    assert client.post(f"/practice/beliefs/from-checkin/{checkin.pk}/", {"belief": str(theirs.pk)}).status_code == 404
    assert (
        client.post(f"/practice/beliefs/from-thought-record/{record.pk}/", {"belief": str(theirs.pk)}).status_code
        == 404
    )
    client.force_login(member)
    assert client.post(f"/practice/beliefs/from-checkin/{checkin.pk}/", {"belief": str(theirs.pk)}).status_code == 404
    assert client.post(f"/practice/beliefs/from-checkin/{checkin.pk}/", {"belief": "not-a-uuid"}).status_code == 404
    assert not Evidence.objects.exists() and mine.evidence.count() == 0


def test_the_service_refuses_a_link_to_another_members_record(member, stranger):
    belief = services.name_belief(member=member, statement="Mine.", rating=80).row
    with pytest.raises(ValueError):
        services.evidence_from_checkin(belief=belief, checkin=_checkin(stranger))


def test_deleting_the_check_in_keeps_the_evidence_words(member, member_client):
    belief = services.name_belief(member=member, statement="Mine.", rating=80).row
    checkin = _checkin(member)
    services.evidence_from_checkin(belief=belief, checkin=checkin)
    member_client.post(f"/checkins/{checkin.pk}/delete/")
    evidence = Evidence.objects.get()
    assert evidence.checkin is None and "He held my hand." in evidence.text


def test_the_words_nearer_adds_to_a_check_in_never_read_as_risk(member):
    # The date and the action are Nearer's words, not the member's: alone they must never bring up
    # crisis help. Every action, on a day in each week of the year (each action on its own weekday).
    raised = []
    for offset, action in enumerate(ACTIONS):
        checkin = make_checkin(member, action=action)
        start = checkin.occurred_at
        for week in range(52):
            checkin.occurred_at = start + timedelta(days=7 * week + offset)
            text = services.text_from_checkin(checkin)
            if screen_text(services.words_to_screen(text, checkin)).tier != "none":
                raised.append(text)
    assert raised == []


def _ended_it_on_24_march(member, note=""):
    # Read whole, "Check-in, 24 March. Ended it." looked like an ending to the second opinion.
    checkin = make_checkin(member, action="ended_it", note=note)
    checkin.occurred_at = checkin.occurred_at.replace(month=3, day=24, hour=12)
    checkin.save()
    return checkin


def test_a_check_in_with_no_note_adds_evidence_without_crisis_help(member):
    belief = services.name_belief(member=member, statement="Mine.", rating=80).row
    saved = services.evidence_from_checkin(belief=belief, checkin=_ended_it_on_24_march(member))
    assert saved.row.text.startswith("Check-in, 24 March. Ended it.")
    assert saved.screening.tier == "none"
    kept = services.update_evidence(evidence=saved.row, text=saved.row.text + " It was the right call.")
    assert kept.screening.tier == "none"  # rewording around Nearer's words leaves them out of the screen


def test_the_members_own_words_in_a_check_in_are_still_screened(member):
    belief = services.name_belief(member=member, statement="Mine.", rating=80).row
    checkin = _ended_it_on_24_march(member, note="I have the pills saved up for tonight.")
    saved = services.evidence_from_checkin(belief=belief, checkin=checkin)
    assert saved.screening.tier == "urgent"
    reworded = services.update_evidence(evidence=saved.row, text=services.checkin_header(checkin) + " I want to die.")
    assert reworded.screening.tier != "none"
