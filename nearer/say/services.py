"""The coach's writes and screens.

A draft is screened for crisis risk before the coach answers it, and then forgotten: it is
never written to the database, a log or the session. Only a phrase the member chooses to save
is stored (screened, encrypted).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from nearer.core.idempotency import create_once
from nearer.safety.screening import Screening, screen_text
from nearer.safety.services import screen
from nearer.say.models import Phrase

DRAFT_SOURCE = "say_draft"
PHRASE_SOURCE = "say_phrase"
PHRASE_MAX = 1000


@dataclass(frozen=True)
class PhraseSaved:
    phrase: Phrase
    created: bool
    screening: Screening


def screen_draft(*, member, texts: list[str]) -> Screening:
    """Screen what the member typed into the coach (the draft and any feeling or need in their
    own words) before answering. Records only a tier and flags, never the words."""
    return screen(member=member, text="\n".join(t for t in texts if t), source=DRAFT_SOURCE)


def save_phrase(*, member, text: str, register: str = Phrase.Register.OWN, idempotency_key: uuid.UUID | None = None):
    """Keep one phrase in the member's phrasebook. A repeated key returns the first phrase."""
    text = text.strip()
    if idempotency_key is not None:
        first = Phrase.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            return PhraseSaved(phrase=first, created=False, screening=screen_text(first.text))
    screening = screen(member=member, text=text, source=PHRASE_SOURCE)
    phrase, created = create_once(
        Phrase(owner=member, text=text, register=register), scope={"owner": member}, key=idempotency_key
    )
    return PhraseSaved(phrase=phrase, created=created, screening=screening)


def delete_phrase(*, phrase: Phrase) -> None:
    phrase.delete()
