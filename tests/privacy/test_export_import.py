"""Export, erase, import: a member's data goes out whole and comes back the same."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nearer.accounts.models import User
from nearer.journal.models import Entry
from nearer.journal.services import write_entry
from nearer.privacy import services
from nearer.privacy.models import AccessEvent, DataKey

pytestmark = pytest.mark.django_db


@pytest.fixture
def mira_with_data(member):
    member.country = "GB"
    member.save()
    write_entry(member=member, body="I cancelled again. I wanted to go.")
    write_entry(member=member, body="Said 'I'm done' and meant 'please stay'.\nSecond line.")
    return member


def test_the_export_holds_everything_in_a_versioned_format(mira_with_data):
    document = services.export_member(member=mira_with_data)
    assert document["format"] == "nearer-export" and document["version"] == 1
    assert document["sections"]["accounts"]["email"] == "mira@example.com"
    assert document["sections"]["accounts"]["country"] == "GB"
    bodies = [e["body"] for e in document["sections"]["journal"]["entries"]]
    assert "I cancelled again. I wanted to go." in bodies
    assert "password" not in json.dumps(document)


def test_export_erase_import_export_gives_the_same_json(mira_with_data):
    first = services.export_member(member=mira_with_data)
    services.erase_member(member=mira_with_data)
    restored = services.import_member(document=json.loads(json.dumps(first)))
    second = services.export_member(member=restored)
    assert services.without_volatile(second) == services.without_volatile(first)
    assert not restored.has_usable_password()


def test_import_refuses_an_existing_account_and_foreign_files(mira_with_data):
    document = services.export_member(member=mira_with_data)
    with pytest.raises(Exception, match="already exists"):
        services.import_member(document=document)
    with pytest.raises(Exception, match="not a Nearer export"):
        services.import_member(document={"format": "something else"})


def test_erase_leaves_no_row_and_no_key_behind(mira_with_data, stranger):
    write_entry(member=stranger, body="Sam's own entry stays")
    member_id = mira_with_data.pk
    services.erase_member(member=mira_with_data)
    assert not User.objects.filter(pk=member_id).exists()
    assert not Entry.objects.filter(owner_id=member_id).exists()
    assert not DataKey.objects.filter(owner_id=member_id).exists()
    assert Entry.objects.get(owner=stranger).body == "Sam's own entry stays"


def test_the_export_command_writes_a_file_and_logs_the_read(mira_with_data, tmp_path):
    out = tmp_path / "mira.json"
    call_command("exportdata", "--email", "MIRA@example.com", "--out", str(out), "--why", "member asked by phone")
    document = json.loads(out.read_text())
    assert len(document["sections"]["journal"]["entries"]) == 2
    event = AccessEvent.objects.get(member_id=mira_with_data.pk)
    assert (event.actor_role, event.why) == ("operator", "member asked by phone")


def test_the_import_command_restores_from_a_file(mira_with_data, tmp_path):
    out = tmp_path / "mira.json"
    call_command("exportdata", "--email", "mira@example.com", "--out", str(out))
    call_command("erasedata", "--email", "mira@example.com", "--yes")
    call_command("importdata", str(out))
    restored = User.objects.get(email="mira@example.com")
    assert sorted(e.body for e in Entry.objects.owned_by(restored))[0] == "I cancelled again. I wanted to go."


def test_the_erase_command_wants_yes(mira_with_data):
    with pytest.raises(CommandError, match="--yes"):
        call_command("erasedata", "--email", "mira@example.com")
    assert User.objects.filter(pk=mira_with_data.pk).exists()


def test_the_member_downloads_their_json(member_client, mira_with_data):
    response = member_client.get("/privacy/export.json")
    assert response["Content-Disposition"].startswith('attachment; filename="nearer-export-')
    assert json.loads(response.content)["sections"]["accounts"]["email"] == "mira@example.com"
    assert not AccessEvent.objects.exists()  # her own read is not an access by someone else


def test_the_readable_copy_shows_her_words(member_client, mira_with_data):
    page = member_client.get("/privacy/export/").content.decode()
    assert "I cancelled again. I wanted to go." in page
    assert "Said &#x27;I&#x27;m done&#x27;" in page


def test_the_readable_copy_includes_check_ins_and_the_safety_plan(member_client, member):
    member_client.post("/safety/plan/step/7/", {"text": "My niece's recital."})
    from nearer.checkins.models import Checkin

    Checkin.objects.create(owner=member, urge=6, pleasantness=-0.5, energy=0.5, note="Went quiet at lunch.")
    page = member_client.get("/privacy/export/").content.decode()
    assert "Went quiet at lunch." in page and "urge 6 of 10" in page
    assert "My niece&#x27;s recital." in page


def test_the_readable_copy_includes_the_ladder_and_the_phrasebook(member_client, member):
    from nearer.ladder.services import add_step, plan_attempt, record_outcome
    from nearer.say.services import save_phrase

    step = add_step(member=member, title="Tell Sam I missed him", fear=60).step
    attempt = plan_attempt(step=step, predicted_fear=70, predicted_outcome="He'll think I'm needy.").attempt
    record_outcome(attempt=attempt, actual_fear=30, what_happened="He said he missed me too.")
    save_phrase(member=member, text="I felt hurt, and I'd like to talk tonight.")
    page = member_client.get("/privacy/export/").content.decode()
    assert "Tell Sam I missed him" in page and "expected fear 70, felt 30" in page
    assert "He&#x27;ll think I&#x27;m needy." in page and "He said he missed me too." in page
    assert "I felt hurt, and I&#x27;d like to talk tonight." in page


# The first apps' parts of the readable copy are written into privacy/export_document.html.
WRITTEN_IN = {"accounts", "privacy", "safety", "journal", "checkins"}


def test_every_app_holding_member_data_has_a_part_in_the_readable_copy():
    from nearer.privacy import registry

    missing = [s.app_label for s in registry.sections() if s.app_label not in WRITTEN_IN and not s.document_template]
    assert not missing, f"Give these apps a DOCUMENT_TEMPLATE in their privacy.py: {missing}"


def test_the_readable_copy_includes_self_check_results(member_client, member):
    from nearer.assessments.tests.factories import take_closeness

    take_closeness(member, anxiety=6, avoidance=2)
    page = member_client.get("/privacy/export/").content.decode()
    assert "<h2>Self-checks</h2>" in page and "anxiety: 6.0" in page and "avoidance: 2.0" in page
