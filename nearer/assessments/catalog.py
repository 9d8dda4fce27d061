"""Where instruments come from: the ones written for Nearer (JSON files beside this module) and the
packs a practice installed (rows of ``InstalledInstrument``). Built-in ids are reserved."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from nearer.assessments.engine import Instrument, InstrumentError, load_json, parse_instrument
from nearer.assessments.models import InstalledInstrument

logger = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).resolve().parent / "instruments"
#: The order the self-check page lists them in.
BUILTIN_ORDER = ("closeness", "signs", "wellbeing")


@functools.cache
def builtins() -> dict[str, Instrument]:
    """The instruments written for Nearer, read and checked once per process."""
    found = {}
    for name in BUILTIN_ORDER:
        instrument = load_json((BUILTIN_DIR / f"{name}.json").read_text(encoding="utf-8"))
        found[instrument.id] = instrument
    return found


def installed() -> dict[str, Instrument]:
    """The practice's packs. Read from the database each time, so every worker sees a new install."""
    found = {}
    for row in InstalledInstrument.objects.all():
        instrument = _parsed(row)
        if instrument is not None:
            found[row.instrument_id] = instrument
    return found


def all_instruments() -> list[Instrument]:
    return [*builtins().values(), *installed().values()]


def instrument_for(instrument_id: str) -> Instrument | None:
    if instrument_id in builtins():
        return builtins()[instrument_id]
    row = InstalledInstrument.objects.filter(instrument_id=instrument_id).first()
    return _parsed(row) if row else None


def is_builtin(instrument_id: str) -> bool:
    return instrument_id in builtins()


def _parsed(row: InstalledInstrument) -> Instrument | None:
    """A pack's instrument; None (and a log line) if it no longer passes the checks, so one bad
    row never takes the self-check pages down. `nearer instruments import` again repairs it."""
    try:
        return parse_instrument(row.definition)
    except InstrumentError as exc:
        logger.error("installed pack %s no longer loads: %s", row.instrument_id, exc)
        return None
