"""Writes to the ladder, as Mira makes them."""

import uuid

import pytest
from django.db import IntegrityError, connection

from nearer.ladder import services
from nearer.ladder.models import Attempt, Step
from nearer.ladder.tests.factories import done_try, step
from nearer.safety.models import ScreeningEvent

pytestmark = pytest.mark.django_db


def test_a_suggestion_becomes_a_step_in_its_own_words(member):
    saved = services.add_step(member=member, suggestion="share_fear", fear=40)
    assert saved.step.title == "Share one fear with someone you trust"
    assert saved.step.suggestion == "share_fear"


def test_the_title_is_encrypted_at_rest(member):
    made = step(member, title="Tell Jo I missed her")
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM ladder_step WHERE id = %s", [made.pk.hex])
        column = cursor.fetchone()[0]
    # The whole title, not just "Jo": two letters turn up in random ciphertext about once in a hundred.
    assert column.startswith("nc1.") and "Tell Jo I missed her" not in column and "missed" not in column


def test_a_repeated_key_returns_the_first_step(member):
    key = uuid.uuid4()
    first = services.add_step(member=member, title="once", fear=10, idempotency_key=key)
    again = services.add_step(member=member, title="once", fear=10, idempotency_key=key)
    assert first.step.pk == again.step.pk and not again.created
    assert Step.objects.owned_by(member).count() == 1


def test_a_try_records_the_prediction_then_the_outcome(member):
    attempt = done_try(step(member), predicted=70, actual=20, happened="He said thank you.")
    attempt.refresh_from_db()
    assert (attempt.status, attempt.predicted_fear, attempt.actual_fear) == ("done", 70, 20)
    assert attempt.what_happened == "He said thank you." and attempt.finished_at is not None


def test_a_try_set_aside_keeps_the_prediction(member):
    attempt = services.plan_attempt(step=step(member), predicted_fear=60, predicted_outcome="awkward").attempt
    services.set_attempt_aside(attempt=attempt)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.NOT_THIS_TIME and attempt.predicted_outcome == "awkward"


def test_the_database_refuses_a_fear_above_100_and_a_done_try_without_one(member):
    with pytest.raises(IntegrityError):
        Step.objects.create(owner=member, title="x", fear=101)


def test_a_done_try_needs_a_felt_fear(member):
    attempt = services.plan_attempt(step=step(member), predicted_fear=60, predicted_outcome="x").attempt
    with pytest.raises(IntegrityError):
        Attempt.objects.filter(pk=attempt.pk).update(status="done")


@pytest.mark.parametrize("field", ["title", "predicted_outcome", "what_happened"])
def test_every_free_text_is_screened_before_it_is_stored(member, field):
    risky = "I want to kill myself"
    if field == "title":
        saved = services.add_step(member=member, title=risky, fear=20)
        assert saved.step.title == risky
    elif field == "predicted_outcome":
        saved = services.plan_attempt(step=step(member), predicted_fear=20, predicted_outcome=risky)
        assert saved.attempt.predicted_outcome == risky
    else:
        attempt = services.plan_attempt(step=step(member), predicted_fear=20, predicted_outcome="fine").attempt
        saved = services.record_outcome(attempt=attempt, actual_fear=20, what_happened=risky)
    assert saved.screening.needs_response
    assert ScreeningEvent.objects.filter(member=member, source="ladder").exists()
