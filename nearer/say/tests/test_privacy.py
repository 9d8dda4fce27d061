import json

import pytest

from nearer.privacy import services
from nearer.say.models import Phrase
from nearer.say.services import save_phrase

pytestmark = pytest.mark.django_db


def test_the_phrasebook_goes_out_comes_back_and_is_erased(member):
    save_phrase(member=member, text="I'm afraid of losing you.", register="warm")
    first = services.export_member(member=member)
    assert first["sections"]["say"]["phrases"][0]["text"] == "I'm afraid of losing you."
    services.erase_member(member=member)
    assert not Phrase.objects.exists()
    restored = services.import_member(document=json.loads(json.dumps(first)))
    second = services.export_member(member=restored)
    assert second["sections"]["say"] == first["sections"]["say"]
