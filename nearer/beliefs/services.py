"""Writes to core beliefs, their ratings and their evidence. Every free text is screened for crisis
risk before it is stored; it is saved whatever the screen finds."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from nearer.beliefs.models import Belief, Evidence, Rating
from nearer.checkins.models import Checkin
from nearer.core.idempotency import create_once
from nearer.safety.screening import Screening, screen_text
from nearer.safety.services import screen
from nearer.thoughts.models import ThoughtRecord

SOURCE = "beliefs"


@dataclass(frozen=True)
class Saved[T]:
    row: T
    screening: Screening = field(default_factory=lambda: Screening(tier="none"))
    created: bool = False


def name_belief(*, member, statement: str, rating: int, idempotency_key: uuid.UUID | None = None) -> Saved[Belief]:
    """Name a belief with how true it feels now (0-100). A repeated key returns the first belief."""
    if idempotency_key is not None:
        first = Belief.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            return Saved(row=first, screening=screen_text(first.statement))
    screening = screen(member=member, text=statement, source=SOURCE)
    with transaction.atomic():
        belief, created = create_once(
            Belief(owner=member, statement=statement), scope={"owner": member}, key=idempotency_key, check_first=False
        )
        if created:
            Rating.objects.create(owner=member, belief=belief, value=rating, rated_at=belief.created_at)
    return Saved(row=belief, screening=screening, created=created)


def rename_belief(*, belief: Belief, statement: str) -> Saved[Belief]:
    screening = screen(member=belief.owner, text=statement, source=SOURCE)
    belief.statement = statement
    with transaction.atomic():
        belief.full_clean()
        belief.save()
    return Saved(row=belief, screening=screening)


def rate_belief(*, belief: Belief, value: int, idempotency_key: uuid.UUID | None = None) -> Saved[Rating]:
    """How true the belief feels now. A repeated key returns the first rating."""
    rating, created = create_once(
        Rating(owner=belief.owner, belief=belief, value=value), scope={"owner": belief.owner}, key=idempotency_key
    )
    return Saved(row=rating, created=created)


def add_evidence(
    *,
    belief: Belief,
    text: str,
    noticed_at: datetime | None = None,
    source: str = Evidence.Source.OWN,
    thought_record: ThoughtRecord | None = None,
    checkin: Checkin | None = None,
    idempotency_key: uuid.UUID | None = None,
) -> Saved[Evidence]:
    """Add one thing that speaks against the belief (screened, encrypted). A repeated key
    returns the first one."""
    member = belief.owner
    for linked in (thought_record, checkin):
        if linked is not None and linked.owner_id != member.pk:
            raise ValueError("evidence can only come from the member's own records")
    if idempotency_key is not None:
        first = Evidence.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            return Saved(row=first, screening=screen_text(words_to_screen(first.text, checkin)))
    screening = screen(member=member, text=words_to_screen(text, checkin), source=SOURCE)
    evidence = Evidence(
        owner=member, belief=belief, text=text, source=source, thought_record=thought_record, checkin=checkin
    )
    if noticed_at is not None:
        evidence.noticed_at = noticed_at
    evidence, created = create_once(evidence, scope={"owner": member}, key=idempotency_key, check_first=False)
    return Saved(row=evidence, screening=screening, created=created)


def evidence_from_thought_record(
    *, belief: Belief, record: ThoughtRecord, idempotency_key: uuid.UUID | None = None
) -> Saved[Evidence]:
    """One click from a finished thought record: what didn't fit the thought (or the fairer way
    to put it) becomes evidence against the belief. The member can reword it afterwards."""
    text = record.evidence_against or record.balanced_thought or record.kind_words or record.thought
    return add_evidence(
        belief=belief,
        text=text,
        noticed_at=record.finished_at or record.created_at,
        source=Evidence.Source.THOUGHT_RECORD,
        thought_record=record,
        idempotency_key=idempotency_key,
    )


def checkin_header(checkin: Checkin) -> str:
    """Nearer's words for a check-in: its date, the action the member picked and who it was with.

    The date is a sentence of its own ("Check-in, 4 January: Ended it" read as one sentence looked
    like a date beside an ending to the crisis screen's second opinion)."""
    when = timezone.localtime(checkin.occurred_at)
    parts = [f"Check-in, {when.day} {when:%B}."]
    if checkin.action_label:
        parts.append(f"{checkin.action_label}.")
    if checkin.person_id:
        parts.append(f"With {checkin.person.nickname}.")
    return " ".join(parts)


def text_from_checkin(checkin: Checkin) -> str:
    """What a check-in says, in a line: Nearer's header, then the member's note."""
    return " ".join(part for part in (checkin_header(checkin), checkin.note) if part)


def words_to_screen(text: str, checkin: Checkin | None) -> str:
    """The part of an evidence text the member wrote, for the crisis screen. Nearer's header for a
    check-in is left out: the action is a choice from a list, not free text, and read with the date
    as one short passage "Check-in, 24 March. Ended it." looked like an ending (4 of 2,920 dates and
    actions once the second opinion read short texts whole). The note was screened when the
    check-in was saved, and is screened again here."""
    if checkin is not None:
        header = checkin_header(checkin)
        if text.startswith(header):
            return text[len(header) :].strip()
    return text


def evidence_from_checkin(
    *, belief: Belief, checkin: Checkin, idempotency_key: uuid.UUID | None = None
) -> Saved[Evidence]:
    """One click from a check-in: the check-in, in a line, becomes evidence against the belief."""
    return add_evidence(
        belief=belief,
        text=text_from_checkin(checkin),
        noticed_at=checkin.occurred_at,
        source=Evidence.Source.CHECKIN,
        checkin=checkin,
        idempotency_key=idempotency_key,
    )


def update_evidence(*, evidence: Evidence, text: str, noticed_at: datetime | None = None) -> Saved[Evidence]:
    screening = screen(member=evidence.owner, text=words_to_screen(text, evidence.checkin), source=SOURCE)
    evidence.text = text
    if noticed_at is not None:
        evidence.noticed_at = noticed_at
    with transaction.atomic():
        evidence.full_clean()
        evidence.save()
    return Saved(row=evidence, screening=screening)


def delete_evidence(*, evidence: Evidence) -> None:
    evidence.delete()


def delete_belief(*, belief: Belief) -> None:
    belief.delete()
