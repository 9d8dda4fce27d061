from __future__ import annotations

import json

import pytest

from nearer.assessments.models import Reminder, Result
from nearer.assessments.services import set_reminder
from nearer.assessments.tests.factories import take_closeness, take_wellbeing
from nearer.privacy import services

pytestmark = pytest.mark.django_db


def test_results_and_reminders_go_out_and_come_back_the_same(member):
    take_closeness(member, note="After the dinner with J.")
    take_wellbeing(member, ending=0)
    set_reminder(member=member, instrument_id="closeness", enabled=True)
    first = services.export_member(member=member)
    section = first["sections"]["assessments"]
    assert len(section["results"]) == 2 and section["results"][0]["note"] == "After the dinner with J."
    assert section["results"][0]["answers"]["anx01"] == 5
    services.erase_member(member=member)
    assert not Result.objects.exists() and not Reminder.objects.exists()
    restored = services.import_member(document=json.loads(json.dumps(first)))
    second = services.export_member(member=restored)
    assert services.without_volatile(second) == services.without_volatile(first)
