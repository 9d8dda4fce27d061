"""Export, erase, import: thought records and their feelings come back the same, with the same ids."""

import json

import pytest

from nearer.privacy import services as privacy
from nearer.thoughts.models import Feeling, ThoughtRecord
from nearer.thoughts.tests.factories import finished_record

pytestmark = pytest.mark.django_db


def test_the_export_holds_every_step(member):
    finished_record(member, evidence_against="She stayed after the fight.", balanced_thought="So far she stays.")
    section = privacy.export_member(member=member)["sections"]["thoughts"]
    record = section["records"][0]
    assert record["thought"] == "They'll leave anyway."
    assert record["evidence_against"] == "She stayed after the fight."
    assert record["feelings"][0] | {"id": None} == {
        "id": None,
        "position": 0,
        "name": "scared",
        "before": 80,
        "after": 40,
    }


def test_export_erase_import_gives_the_same_records(member):
    finished_record(member, balanced_thought="So far she stays.")
    first = privacy.export_member(member=member)
    privacy.erase_member(member=member)
    assert not ThoughtRecord.objects.exists() and not Feeling.objects.exists()
    restored = privacy.import_member(document=json.loads(json.dumps(first)))
    second = privacy.export_member(member=restored)
    assert privacy.without_volatile(second)["sections"]["thoughts"] == first["sections"]["thoughts"]


def test_the_readable_copy_has_the_records_in_words(member, member_client):
    finished_record(member, traps=["fortune_telling"], balanced_thought="So far she stays.")
    page = member_client.get("/privacy/export/").content.decode()
    assert "Thought records" in page and "They&#x27;ll leave anyway." in page
    assert "Fortune telling" in page and "scared: 80 of 100, then 40" in page
