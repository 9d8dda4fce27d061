"""Writes to the journal. Every text is screened for crisis risk before it is stored."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from nearer.core.idempotency import create_once
from nearer.journal.models import Entry
from nearer.safety.screening import Screening, screen_text
from nearer.safety.services import screen


@dataclass(frozen=True)
class Written:
    entry: Entry
    created: bool
    screening: Screening


def write_entry(
    *, member, body: str, written_at: datetime | None = None, idempotency_key: uuid.UUID | None = None
) -> Written:
    """Save a new entry (screened, encrypted). A repeated key returns the first entry; if the
    text was changed before the resend (back, fix a typo, save), the entry takes the new text."""
    if idempotency_key is not None:
        first = Entry.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None and first.body == body:
            # A plain retry: screened and recorded the first time; show the same response again.
            return Written(entry=first, created=False, screening=screen_text(body))
    screening = screen(member=member, text=body, source="journal")
    entry = Entry(owner=member, body=body)
    if written_at is not None:
        entry.written_at = written_at
    entry, created = create_once(entry, scope={"owner": member}, key=idempotency_key)
    if not created and entry.body != body:
        entry.body = body  # already screened above
        if written_at is not None:
            entry.written_at = written_at
        entry.save()
    return Written(entry=entry, created=created, screening=screening)


def update_entry(*, entry: Entry, body: str, written_at: datetime | None = None) -> Written:
    screening = screen(member=entry.owner, text=body, source="journal")
    entry.body = body
    if written_at is not None:
        entry.written_at = written_at
    with transaction.atomic():
        entry.full_clean()
        entry.save()
    return Written(entry=entry, created=False, screening=screening)


def delete_entry(*, entry: Entry) -> None:
    entry.delete()
