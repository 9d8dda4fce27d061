"""One check-in as the patterns code sees it, and the two groups of actions it compares.

The check-ins app builds a :class:`Point` from each of its rows (decrypting nothing: no free text
is needed here), so everything in this package can run on synthetic data from the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Actions that count as pulling away when a strong urge is followed up.
WITHDRAWING: frozenset[str] = frozenset(
    {"withdrew", "went_quiet", "cancelled", "found_faults", "picked_fight", "ended_it"}
)
#: Actions that count as staying: leaning in, or saying what one felt.
STAYING: frozenset[str] = frozenset({"stayed", "said_feeling"})


@dataclass(frozen=True, slots=True)
class Point:
    """One check-in.

    ``at`` is the member's local time, naive or aware: only its hour, weekday and date are read, so
    the caller converts to the member's zone first. ``urge`` is 0-10. ``triggers`` holds keys such as
    ``"praise"`` or ``"custom:<id>"``; ``person`` a person key such as ``"p:<uuid>"``; ``action`` a key
    such as ``"withdrew"`` (see :data:`WITHDRAWING` and :data:`STAYING`), or ``None`` if not said.
    ``pleasantness`` and ``energy`` are the mood grid's coordinates, each -1..1.
    """

    at: datetime
    urge: int
    triggers: frozenset[str]
    person: str | None
    action: str | None
    pleasantness: float
    energy: float
