"""Export, erase, import: beliefs, ratings and evidence come back the same, links included."""

import json

import pytest

from nearer.beliefs import services
from nearer.beliefs.models import Belief, Evidence, Rating
from nearer.checkins.tests.factories import make_checkin
from nearer.privacy import services as privacy
from nearer.thoughts.tests.factories import finished_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def mira_with_beliefs(member):
    belief = services.name_belief(member=member, statement="I'm too much.", rating=90).row
    services.rate_belief(belief=belief, value=70)
    services.add_evidence(belief=belief, text="Jo laughed at my long story and asked for more.")
    services.evidence_from_checkin(
        belief=belief, checkin=make_checkin(member, action="said_feeling", note="It went fine.")
    )
    services.evidence_from_thought_record(
        belief=belief, record=finished_record(member, evidence_against="He called back.")
    )
    return member


def test_the_export_holds_the_words_ratings_and_links(mira_with_beliefs):
    section = privacy.export_member(member=mira_with_beliefs)["sections"]["beliefs"]
    belief = section["beliefs"][0]
    assert belief["statement"] == "I'm too much." and [r["value"] for r in belief["ratings"]] == [90, 70]
    assert {e["source"] for e in belief["evidence"]} == {"own", "checkin", "thought_record"}
    assert all(e["checkin"] for e in belief["evidence"] if e["source"] == "checkin")


def test_export_erase_import_gives_the_same_json(mira_with_beliefs):
    first = privacy.export_member(member=mira_with_beliefs)
    privacy.erase_member(member=mira_with_beliefs)
    assert not (Belief.objects.exists() or Rating.objects.exists() or Evidence.objects.exists())
    restored = privacy.import_member(document=json.loads(json.dumps(first)))
    second = privacy.export_member(member=restored)
    assert privacy.without_volatile(second)["sections"]["beliefs"] == first["sections"]["beliefs"]
    assert Evidence.objects.filter(checkin__isnull=False, thought_record__isnull=True).count() == 1


def test_the_readable_copy_has_the_beliefs_and_their_evidence(mira_with_beliefs, client):
    client.force_login(mira_with_beliefs)
    page = client.get("/privacy/export/").content.decode()
    assert "Core beliefs" in page and "I&#x27;m too much." in page
    assert "Jo laughed at my long story" in page and "How true it felt: 90 on" in page
