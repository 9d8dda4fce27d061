"""Export, erase, import: check-ins, people and own options come back the same, with the same ids."""

import json

import pytest
from django.utils import timezone

from nearer.checkins import services
from nearer.checkins.models import Checkin, OwnLabel, Person
from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import make_checkin, raw_column
from nearer.privacy import services as privacy

pytestmark = pytest.mark.django_db


@pytest.fixture
def mira_with_checkins(member):
    action, _ = services.add_own_label(member=member, kind="action", label="hid in my room")
    first = make_checkin(
        member,
        pleasantness=-1.0,
        energy=0.5,
        urge=9,
        feeling="defensive",
        triggers=("criticism", "conflict"),
        new_trigger="a look across the table",
        new_person=NewPerson("Mum", "family"),
        own_action=action,
        wanted=("to_be_heard",),
        new_want="a cup of tea",
        wanted_text="to be asked, not told",
        note="She said I looked tired.\nI heard: not good enough.",
        occurred_at=timezone.now() - timezone.timedelta(days=3),
    )
    make_checkin(member, urge=2, action="said_feeling", person=first.person)
    archived, _ = services.add_person(member=member, nickname="Old flame", kind="ex")
    services.archive_person(person=archived)
    return member


def test_the_export_holds_her_checkins_people_and_own_words(mira_with_checkins):
    section = privacy.export_member(member=mira_with_checkins)["sections"]["checkins"]
    assert [p["nickname"] for p in section["people"]] == ["Mum", "Old flame"]
    assert {o["label"] for o in section["own_labels"]} == {"hid in my room", "a look across the table", "a cup of tea"}
    first = section["checkins"][0]
    assert first["note"] == "She said I looked tired.\nI heard: not good enough."
    assert first["person"] == section["people"][0]["id"] and first["action"] == ""
    assert len(first["own_triggers"]) == len(first["own_wants"]) == 1


def test_export_erase_import_export_gives_the_same_json_and_ids(mira_with_checkins):
    first = privacy.export_member(member=mira_with_checkins)
    ids = {c["id"] for c in first["sections"]["checkins"]["checkins"]}
    privacy.erase_member(member=mira_with_checkins)
    assert not Checkin.objects.exists() and not Person.objects.exists() and not OwnLabel.objects.exists()
    restored = privacy.import_member(document=json.loads(json.dumps(first)))
    second = privacy.export_member(member=restored)
    assert privacy.without_volatile(second)["sections"]["checkins"] == first["sections"]["checkins"]
    assert {str(pk) for pk in Checkin.objects.owned_by(restored).values_list("pk", flat=True)} == ids
    checkin = next(c for c in Checkin.objects.owned_by(restored) if c.note)
    assert raw_column("checkins_checkin", "note", checkin.pk).startswith("nc1.")


def test_erase_leaves_only_the_strangers_rows(mira_with_checkins, stranger):
    make_checkin(stranger, note="Sam's own", new_person=NewPerson("Sam's friend", "friend"))
    privacy.erase_member(member=mira_with_checkins)
    assert Checkin.objects.get().note == "Sam's own"
    assert Person.objects.get().nickname == "Sam's friend"
    assert not OwnLabel.objects.exists()
