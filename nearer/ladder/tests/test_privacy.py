"""The ladder goes out whole in the export, comes back the same, and is erased for good."""

import json

import pytest

from nearer.ladder.models import Attempt, Step
from nearer.ladder.services import plan_attempt, set_attempt_aside
from nearer.ladder.tests.factories import done_try, step
from nearer.privacy import services

pytestmark = pytest.mark.django_db


def test_export_erase_import_gives_the_same_ladder(member):
    made = step(member, title="Say I need you", fear=70, suggestion="say_i_need_you")
    done_try(made, predicted=80, actual=40, happened="She held my hand.")
    set_attempt_aside(attempt=plan_attempt(step=made, predicted_fear=70, predicted_outcome="awkward").attempt)
    first = services.export_member(member=member)
    section = first["sections"]["ladder"]
    assert section["steps"][0]["title"] == "Say I need you"
    assert {a["status"] for a in section["attempts"]} == {"done", "not_this_time"}
    services.erase_member(member=member)
    assert not Step.objects.exists() and not Attempt.objects.exists()
    restored = services.import_member(document=json.loads(json.dumps(first)))
    second = services.export_member(member=restored)
    assert (
        services.without_volatile(second)["sections"]["ladder"]
        == services.without_volatile(first)["sections"]["ladder"]
    )
