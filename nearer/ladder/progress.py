"""When a step's fear has come down, and which step to suggest next. Plain Python, no Django.

Exposure work climbs a ladder one rung at a time: a step has "come down" when doing it has
become bearable, and only then is the next, harder step worth trying. The numbers are rules of
thumb, not clinical cut-offs; they are here so the rule is written down and tested.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: An actual fear at or below this on the latest try means the step has become manageable.
CAME_DOWN_AT = 30
#: Or: the last two tries each felt at least this much less frightening than predicted.
WELL_BELOW = 20


@dataclass(frozen=True)
class Try:
    """One attempt: what the member expected to feel, and what they felt (``None``: not done)."""

    predicted: int
    actual: int | None = None


@dataclass(frozen=True)
class Rung:
    """A step as the rule sees it: its expected fear and its tries, oldest first."""

    key: Any
    fear: int
    tries: tuple[Try, ...] = ()


@dataclass(frozen=True)
class NextStep:
    """``came_down`` is the highest step whose fear has come down; ``next`` the step to try now
    (``None`` when that was the top of the ladder)."""

    came_down: Rung
    next: Rung | None


def has_come_down(rung: Rung) -> bool:
    """Whether the latest finished try felt like :data:`CAME_DOWN_AT` or less, or the last two
    both felt at least :data:`WELL_BELOW` points less than predicted. Tries that did not happen
    are left out: they say nothing about fear, and they count against nobody."""
    done = [t for t in rung.tries if t.actual is not None]
    if not done:
        return False
    if done[-1].actual is not None and done[-1].actual <= CAME_DOWN_AT:
        return True
    recent = done[-2:]
    return len(recent) == 2 and all(t.predicted - (t.actual or 0) >= WELL_BELOW for t in recent)


def next_step(rungs: Iterable[Rung]) -> NextStep | None:
    """The step to suggest next, or ``None`` while no step's fear has come down yet.

    Steps are taken in order of expected fear (ties keep the order given). The suggestion is the
    first step above the highest one that came down which has not come down itself.
    """
    ordered: Sequence[Rung] = sorted(rungs, key=lambda r: r.fear)
    for index in range(len(ordered) - 1, -1, -1):
        if has_come_down(ordered[index]):
            above = [r for r in ordered[index + 1 :] if not has_come_down(r)]
            return NextStep(came_down=ordered[index], next=above[0] if above else None)
    return None
