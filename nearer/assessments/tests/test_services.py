"""Saving results: scored by id, encrypted answers, create-once, the crisis item routed to Safety."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection

from nearer.assessments import catalog, services
from nearer.assessments.engine import AnswerError
from nearer.assessments.models import InstalledInstrument, Result
from nearer.assessments.tests.factories import take_closeness, take_wellbeing
from nearer.assessments.tests.packs import ECR_R
from nearer.safety.models import ScreeningEvent

pytestmark = pytest.mark.django_db


def test_a_result_keeps_scores_and_seals_the_answers(member):
    recorded = take_closeness(member, anxiety=6, avoidance=2)
    result = Result.objects.get(pk=recorded.result.pk)
    assert result.scores == {"anxiety": 6.0, "avoidance": 2.0}
    assert result.answers["anx01"] == 6 and result.answers["anx04"] == 2  # reverse item answered the other way
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers_sealed FROM assessments_result WHERE id = %s", [result.pk.hex])
        (stored,) = cursor.fetchone()
    assert "anx01" not in stored


def test_a_retried_submit_returns_the_first_result(member):
    key = uuid.uuid4()
    first = take_wellbeing(member, ending=2, idempotency_key=key)
    again = take_wellbeing(member, ending=2, idempotency_key=key)
    assert first.created and not again.created and again.result.pk == first.result.pk
    assert Result.objects.count() == 1
    assert again.screening.tier == "urgent"  # the crisis response shows again
    assert ScreeningEvent.objects.filter(member=member).count() == 1  # but is recorded once


def test_the_crisis_item_records_risk_without_any_answers(member):
    recorded = take_wellbeing(member, ending=1)
    assert recorded.screening.needs_response and recorded.result.safety_tier == "urgent"
    event = ScreeningEvent.objects.get(member=member)
    assert (event.tier, event.source) == ("urgent", "assessment:wellbeing")


def test_no_crisis_answer_no_safety_event(member):
    assert not take_wellbeing(member, ending=0).screening.needs_response
    assert not ScreeningEvent.objects.exists()


def test_the_note_is_screened_and_encrypted(member):
    recorded = take_closeness(member, note="I want to kill myself tonight")
    assert recorded.screening.tier == "urgent" and recorded.result.safety_tier == "urgent"
    assert ScreeningEvent.objects.get(member=member).source == "assessment"
    assert Result.objects.get().note == "I want to kill myself tonight"


def test_answers_that_do_not_fit_are_refused(member):
    with pytest.raises(AnswerError):
        services.record_result(member=member, instrument=catalog.builtins()["signs"], answers={"cancel": 5})
    assert not Result.objects.exists()


def test_installing_a_pack_and_replacing_it():
    row, created = services.install_pack(text=ECR_R.read_text())
    assert created and row.instrument_id == "ecr-r-test"
    assert catalog.instrument_for("ecr-r-test").title == "Relationship questionnaire (test pack)"
    _, created = services.install_pack(text=ECR_R.read_text())
    assert not created and InstalledInstrument.objects.count() == 1


def test_a_pack_cannot_take_a_built_in_id():
    text = ECR_R.read_text().replace('"ecr-r-test"', '"closeness"')
    with pytest.raises(Exception, match="belongs to one of Nearer's own"):
        services.install_pack(text=text)


def test_reminders_switch_on_and_off(member):
    assert services.set_reminder(member=member, instrument_id="closeness", enabled=True).enabled
    assert not services.set_reminder(member=member, instrument_id="closeness", enabled=False).enabled
