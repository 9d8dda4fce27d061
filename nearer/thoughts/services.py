"""Writes to thought records. Every free text is screened for crisis risk before it is stored.

A record is saved after each step (a draft the member can come back to), whatever the screen
finds: the screen decides only whether the member sees crisis lines at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from nearer.core.idempotency import create_once
from nearer.safety.screening import Screening, screen_text
from nearer.safety.services import screen
from nearer.thoughts import steps
from nearer.thoughts.models import Feeling, ThoughtRecord
from nearer.thoughts.reading import read_thought

SOURCE = "thought_record"
MAX_FEELINGS = 3

#: The steps whose answer is one free text, and the field that holds it.
TEXT_STEPS = {
    steps.EVIDENCE_FOR.slug: "evidence_for",
    steps.EVIDENCE_AGAINST.slug: "evidence_against",
    steps.BALANCED.slug: "balanced_thought",
    steps.KINDNESS.slug: "kind_words",
}


@dataclass(frozen=True)
class Saved:
    record: ThoughtRecord
    screening: Screening = field(default_factory=lambda: Screening(tier="none"))
    created: bool = False


def start_record(*, member, situation: str, idempotency_key: uuid.UUID | None = None) -> Saved:
    """Begin a record with its situation (screened, encrypted). A repeated key returns the first
    record; if the words changed before the resend, the record takes the new ones."""
    if idempotency_key is not None:
        first = ThoughtRecord.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None and first.situation == situation:
            # A plain retry: screened the first time; show the same response again.
            return Saved(record=first, screening=screen_text(situation))
    screening = screen(member=member, text=situation, source=SOURCE)
    record = ThoughtRecord(owner=member, situation=situation, done_steps=[steps.SITUATION.slug])
    record, created = create_once(record, scope={"owner": member}, key=idempotency_key)
    if not created and record.situation != situation:
        record.situation = situation  # already screened above
        record.save()
    return Saved(record=record, screening=screening, created=created)


def save_situation(*, record: ThoughtRecord, situation: str) -> Saved:
    screening = screen(member=record.owner, text=situation, source=SOURCE)
    record.situation = situation
    _save(record, steps.SITUATION.slug)
    return Saved(record=record, screening=screening)


def save_thought(*, record: ThoughtRecord, thought: str) -> Saved:
    """Save the automatic thought, with the traps the text reader suggests for it. A new thought
    is read afresh, and the way on (examine or comfort) is decided again from it."""
    screening = screen(member=record.owner, text=thought, source=SOURCE)
    if thought != record.thought or not record.approach:
        reading = read_thought(thought)
        record.suggested_traps = [s.slug for s in reading.suggestions]
        record.approach = steps.COMFORT if reading.mostly_feeling else steps.EXAMINE
        if steps.TRAPS.slug not in record.done_steps:
            record.traps = list(record.suggested_traps)
    record.thought = thought
    _save(record, steps.THOUGHT.slug)
    return Saved(record=record, screening=screening)


def save_feelings(*, record: ThoughtRecord, feelings: Sequence[tuple[str, int]]) -> Saved:
    """Name up to three feelings with how strong each is (0-100). A feeling kept under the same
    name keeps its later re-rating; the rest are replaced."""
    screening = screen(member=record.owner, text="\n".join(name for name, _ in feelings), source=SOURCE)
    with transaction.atomic():
        existing = list(record.feelings.all())
        for position, (name, before) in enumerate(feelings[:MAX_FEELINGS]):
            feeling = existing[position] if position < len(existing) else Feeling(owner=record.owner, record=record)
            if feeling.pk and feeling.name != name:
                feeling.after = None
            feeling.position, feeling.name, feeling.before = position, name, before
            feeling.full_clean()
            feeling.save()
        for extra in existing[len(feelings) :]:
            extra.delete()
        _save(record, steps.FEELINGS.slug)
    return Saved(record=record, screening=screening)


def save_traps(*, record: ThoughtRecord, traps: Sequence[str]) -> Saved:
    """The traps the member sees in the thought: the suggestions confirmed, changed or none."""
    record.traps = [slug for slug in dict.fromkeys(traps)]
    _save(record, steps.TRAPS.slug)
    return Saved(record=record)


def save_text_step(*, record: ThoughtRecord, slug: str, text: str) -> Saved:
    """Evidence for, evidence against, the balanced thought or the kind words."""
    screening = screen(member=record.owner, text=text, source=SOURCE) if text else Screening(tier="none")
    setattr(record, TEXT_STEPS[slug], text)
    _save(record, slug)
    return Saved(record=record, screening=screening)


def choose_approach(*, record: ThoughtRecord, approach: str) -> ThoughtRecord:
    """The member's own choice of way on: look at the thought, or be kind to the feeling first."""
    if approach not in steps.APPROACHES:
        raise ValueError(f"unknown approach {approach!r}")
    record.approach = approach
    _save(record, None)
    return record


def rerate_feelings(*, record: ThoughtRecord, after: dict[uuid.UUID, int]) -> Saved:
    """How strong each feeling is now; the record is finished with this step."""
    with transaction.atomic():
        for feeling in record.feelings.all():
            if feeling.pk in after:
                feeling.after = after[feeling.pk]
                feeling.full_clean()
                feeling.save(update_fields=["after"])
        if record.finished_at is None:
            record.finished_at = timezone.now()
        _save(record, steps.RERATE.slug)
    return Saved(record=record)


def delete_record(*, record: ThoughtRecord) -> None:
    record.delete()


def _save(record: ThoughtRecord, slug: str | None) -> None:
    if slug and slug not in record.done_steps:
        record.done_steps = [*record.done_steps, slug]
    with transaction.atomic():
        record.full_clean()
        record.save()
