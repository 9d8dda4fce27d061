"""Writes to the ladder. Every free text is screened for crisis risk before it is stored.

The screen decides only whether the member sees crisis lines straight away, never whether
their words are kept.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from nearer.core.idempotency import create_once
from nearer.ladder.models import Attempt, Step
from nearer.ladder.suggestions import SUGGESTIONS_BY_SLUG
from nearer.safety.screening import Screening, screen_text
from nearer.safety.services import screen

SOURCE = "ladder"
TITLE_MAX = 300
TEXT_MAX = 5000


@dataclass(frozen=True)
class StepSaved:
    step: Step
    created: bool
    screening: Screening


@dataclass(frozen=True)
class AttemptSaved:
    attempt: Attempt
    created: bool
    screening: Screening


def add_step(
    *, member, title: str = "", fear: int, suggestion: str = "", idempotency_key: uuid.UUID | None = None
) -> StepSaved:
    """Put a step on the member's ladder (screened, encrypted). With ``suggestion`` and no
    ``title``, the suggestion's words are used. A repeated key returns the first step."""
    title = title.strip() or (SUGGESTIONS_BY_SLUG[suggestion].title if suggestion in SUGGESTIONS_BY_SLUG else "")
    if idempotency_key is not None:
        first = Step.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            # A retry: screened and recorded the first time; show the same response again.
            return StepSaved(step=first, created=False, screening=screen_text(first.title))
    screening = screen(member=member, text=title, source=SOURCE)
    step, created = create_once(
        Step(owner=member, title=title, fear=fear, suggestion=suggestion), scope={"owner": member}, key=idempotency_key
    )
    return StepSaved(step=step, created=created, screening=screening)


def update_step(*, step: Step, title: str, fear: int) -> StepSaved:
    """Reword a step or change the fear expected of it (which moves it on the ladder)."""
    screening = screen(member=step.owner, text=title, source=SOURCE)
    step.title = title.strip()
    step.fear = fear
    step.full_clean()
    step.save()
    return StepSaved(step=step, created=False, screening=screening)


def delete_step(*, step: Step) -> None:
    """Take a step off the ladder with its tries."""
    step.delete()


def plan_attempt(
    *, step: Step, predicted_fear: int, predicted_outcome: str, idempotency_key: uuid.UUID | None = None
) -> AttemptSaved:
    """Before a try: how frightening the member expects it to be and what they expect to happen."""
    member = step.owner
    if idempotency_key is not None:
        first = Attempt.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            return AttemptSaved(attempt=first, created=False, screening=screen_text(first.predicted_outcome))
    screening = screen(member=member, text=predicted_outcome, source=SOURCE)
    attempt = Attempt(
        owner=member, step=step, predicted_fear=predicted_fear, predicted_outcome=predicted_outcome.strip()
    )
    attempt, created = create_once(attempt, scope={"owner": member}, key=idempotency_key)
    return AttemptSaved(attempt=attempt, created=created, screening=screening)


def record_outcome(*, attempt: Attempt, actual_fear: int, what_happened: str = "") -> AttemptSaved:
    """After a try: the fear the member felt and, in their words, what really happened.
    Recording it again (a correction) replaces the first answer."""
    screening = screen(member=attempt.owner, text=what_happened, source=SOURCE)
    attempt.status = Attempt.Status.DONE
    attempt.actual_fear = actual_fear
    attempt.what_happened = what_happened.strip()
    attempt.finished_at = attempt.finished_at or timezone.now()
    with transaction.atomic():
        attempt.full_clean()
        attempt.save()
    return AttemptSaved(attempt=attempt, created=False, screening=screening)


def set_attempt_aside(*, attempt: Attempt) -> Attempt:
    """The try did not happen this time. Nothing is lost and nothing counts against anyone."""
    attempt.status = Attempt.Status.NOT_THIS_TIME
    attempt.actual_fear = None
    attempt.finished_at = timezone.now()
    attempt.save(update_fields=["status", "actual_fear", "finished_at", "updated_at"])
    return attempt


def delete_attempt(*, attempt: Attempt) -> None:
    attempt.delete()
