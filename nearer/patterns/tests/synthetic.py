"""Small builders of check-ins with a known structure, shared by the patterns tests."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from nearer.patterns.points import Point

START = datetime(2025, 3, 3, 9, 0)  # a Monday morning
TRIGGERS = ("conflict", "closeness", "praise", "needed", "uncertainty", "seen", "criticism", "nothing")


def seeded(seed: int) -> random.Random:
    """A deterministic generator for synthetic check-ins (test data, never anything secret)."""
    return random.Random(seed)  # noqa: S311


def point(
    at: datetime = START,
    urge: int = 4,
    triggers: Iterable[str] = (),
    person: str | None = None,
    action: str | None = None,
    pleasantness: float = 0.0,
    energy: float = 0.0,
) -> Point:
    return Point(at, urge, frozenset(triggers), person, action, pleasantness, energy)


def hourly(urges: Iterable[int], **kwargs: Any) -> list[Point]:
    """One check-in every 5 hours from START with the given urges, so hours and weekdays vary."""
    return [point(START + timedelta(hours=5 * i), u, **kwargs) for i, u in enumerate(urges)]


def noise(seed: int, n: int = 300, *, days: int = 120) -> list[Point]:
    """Check-ins with no structure at all: every field drawn independently and uniformly."""
    rng = seeded(seed)
    return [
        point(
            START + timedelta(minutes=rng.randrange(60 * 24 * days)),
            rng.randint(0, 10),
            rng.sample(TRIGGERS, rng.choice((0, 1, 2))),
            rng.choice(("p:a", "p:b", "p:c", None)),
            rng.choice(("withdrew", "stayed", "went_quiet", None)),
            rng.uniform(-1, 1),
            rng.uniform(-1, 1),
        )
        for _ in range(n)
    ]


def praise_raises(by: int = 3, *, n_with: int = 20, n_without: int = 40, seed: int = 1) -> list[Point]:
    """Praise adds ``by`` to an urge that is otherwise 4 +- 1; nothing else matters."""
    rng = seeded(seed)
    points = []
    for i in range(n_with + n_without):
        praised = i < n_with
        urge = 4 + rng.choice((-1, 0, 1)) + (by if praised else 0)
        triggers = ["praise"] if praised else [rng.choice(("conflict", "seen"))]
        points.append(point(START + timedelta(hours=7 * i), max(0, min(10, urge)), triggers))
    rng.shuffle(points)
    return points
