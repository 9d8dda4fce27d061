"""Writes for self-assessment: a member's results and reminders, and a practice's installed packs.

A result is saved whatever the answers say. An answer at an instrument's crisis trigger, or risk
in the optional note, decides only that the member sees the crisis response straight away.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nearer.assessments import catalog
from nearer.assessments.engine import Instrument, InstrumentError, load_json, score
from nearer.assessments.engine.model import TIER_RANK
from nearer.assessments.models import InstalledInstrument, Reminder, Result
from nearer.core.idempotency import create_once
from nearer.privacy import keys
from nearer.safety.screening import Screening
from nearer.safety.services import flag_answer, screen

NOTE_MAX = 1000


@dataclass(frozen=True)
class Recorded:
    result: Result
    created: bool
    screening: Screening = field(default_factory=lambda: Screening(tier="none"))


def record_result(
    *,
    member,
    instrument: Instrument,
    answers: Mapping[str, int],
    note: str = "",
    idempotency_key: uuid.UUID | None = None,
) -> Recorded:
    """Score and save one taking of ``instrument`` (answers by item id; the note screened first,
    then encrypted). A repeated key returns the first result, so a retried submit makes no twin and
    records no second safety event; the same crisis response shows again."""
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": f"Keep the note to {NOTE_MAX} characters or fewer."})
    if idempotency_key is not None:
        first = Result.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            return Recorded(result=first, created=False, screening=_again(first))
    scored = score(instrument, answers)  # raises AnswerError on answers that do not fit
    note_screening = screen(member=member, text=note, source="assessment") if note else Screening(tier="none")
    tier = _worse(scored.tier, note_screening.tier)
    keys.data_key_for(member.pk, create=True)  # before the insert, so the write lock is held briefly
    result = Result(
        owner=member,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        instrument_title=instrument.title,
        scores=scored.as_dict(),
        safety_tier=tier,
        note=note,
    )
    result.answers = dict(answers)
    result, created = create_once(result, scope={"owner": member}, key=idempotency_key)
    if not created:
        return Recorded(result=result, created=False, screening=_again(result))
    answer_screening = Screening(tier="none")
    if scored.tier != "none":
        answer_screening = flag_answer(member=member, source=f"assessment:{instrument.id}", tier=scored.tier)
    return Recorded(result=result, created=True, screening=_combine(answer_screening, note_screening))


def screening_for(result: Result) -> Screening:
    """The crisis response a saved result calls for, shown again each time it is opened."""
    return _again(result)


def delete_result(*, result: Result) -> None:
    result.delete()


def set_reminder(*, member, instrument_id: str, enabled: bool) -> Reminder:
    """Turn the gentle in-app reminder to retake an instrument on or off."""
    reminder, _ = Reminder.objects.update_or_create(
        owner=member, instrument_id=instrument_id, defaults={"enabled": enabled}
    )
    return reminder


def install_pack(*, text: str) -> tuple[InstalledInstrument, bool]:
    """Check a pack file's text and install it (replacing an older install of the same id).

    Returns ``(row, created)``. Raises :class:`InstrumentError` for a malformed file or an id that
    belongs to one of Nearer's own instruments. Results already taken keep their saved scores.
    """
    instrument = load_json(text)
    if catalog.is_builtin(instrument.id):
        raise InstrumentError("id", f"{instrument.id!r} belongs to one of Nearer's own instruments; choose another")
    definition = json.loads(text)  # load_json has parsed it once already, so this cannot fail
    with transaction.atomic():
        row, created = InstalledInstrument.objects.update_or_create(
            instrument_id=instrument.id,
            defaults={
                "version": instrument.version,
                "title": instrument.title,
                "definition": definition,
                "installed_at": timezone.now(),
            },
        )
    return row, created


# --- inside -----------------------------------------------------------------------------------


def _again(result: Result) -> Screening:
    if result.safety_tier == Result.Tier.NONE:
        return Screening(tier="none")
    return Screening(tier=result.safety_tier, flags=("suicidal_thoughts",))  # type: ignore[arg-type]


def _worse(a: str, b: str) -> str:
    return a if TIER_RANK[a] >= TIER_RANK[b] else b


def _combine(answers: Screening, note: Screening) -> Screening:
    if not note.needs_response and not note.flags:
        return answers
    if not answers.needs_response:
        return note
    worse = answers if TIER_RANK[answers.tier] >= TIER_RANK[note.tier] else note
    flags = tuple(dict.fromkeys((*answers.flags, *note.flags)))
    return Screening(tier=worse.tier, phrases=note.phrases, flags=flags)
