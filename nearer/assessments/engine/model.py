"""The shape of an instrument once its file has been read and checked (see ``docs/instruments.md``).

Everything is frozen: an instrument is a value, shared by every request that scores against it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

Rule = Literal["mean", "sum"]
Tier = Literal["concern", "urgent"]

#: The tiers in order of seriousness, as ``nearer.safety.screening`` names them.
TIER_RANK: dict[str, int] = {"none": 0, "concern": 1, "urgent": 2}


@dataclass(frozen=True)
class Anchor:
    """The words for one point of the response scale ("Strongly disagree" for 1)."""

    value: int
    label: str


@dataclass(frozen=True)
class Scale:
    """Whole-number answers from ``min`` to ``max``; ``anchors`` name some or all of the points."""

    min: int
    max: int
    anchors: tuple[Anchor, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(range(self.min, self.max + 1))

    def label_for(self, value: int) -> str:
        return next((a.label for a in self.anchors if a.value == value), "")


@dataclass(frozen=True)
class Item:
    """One question. ``id`` is stable across versions and presentation orders: scoring uses it,
    never the item's position. ``tool`` names a page (a URL name) that helps with this item."""

    id: str
    text: str
    reverse: bool = False
    tool: str = ""
    tool_label: str = ""
    hint: str = ""


@dataclass(frozen=True)
class Band:
    """A stretch of scores with its words. For a ``sum`` subscale ``min``..``max`` are whole numbers,
    both included; for a ``mean`` subscale a score belongs to the band if ``min <= score < max``
    (the top band includes its ``max``)."""

    min: float
    max: float
    label: str
    text: str


@dataclass(frozen=True)
class Missing:
    """How many of a subscale's items may go unanswered before it has no score. The score from
    fewer answers is the mean of those answered; a ``sum`` is that mean times the number of items
    (prorated), rounded to the nearest whole number."""

    max_missing: int = 0


@dataclass(frozen=True)
class Norms:
    """A published sample's mean and standard deviation, for a percentile under a normal curve."""

    mean: float
    sd: float
    source: str = ""


@dataclass(frozen=True)
class ChangeRule:
    """What the reliable change index (Jacobson & Truax 1991) needs: the reliability of the score
    and the standard deviation of the reference group."""

    reliability: float
    sd: float
    source: str = ""


@dataclass(frozen=True)
class Subscale:
    id: str
    name: str
    items: tuple[str, ...]
    rule: Rule
    missing: Missing = field(default_factory=Missing)
    bands: tuple[Band, ...] = ()
    norms: Norms | None = None
    change: ChangeRule | None = None
    description: str = ""


@dataclass(frozen=True)
class SafetyTrigger:
    """An answer of ``at_least`` or more on ``item`` opens the safety response at ``tier``."""

    item: str
    at_least: int
    tier: Tier


@dataclass(frozen=True)
class Plane:
    """Two subscales drawn against each other (attachment anxiety up, avoidance across); ``x_cut``
    and ``y_cut`` split the plane into four soft regions."""

    x: str
    y: str
    x_cut: float
    y_cut: float


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: str
    scale: Scale
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    description: str = ""
    intro: str = ""
    kind: Literal["inventory", "checklist", "check"] = "inventory"
    citation: str = ""
    licence: str = ""
    shuffle: bool = False
    safety: tuple[SafetyTrigger, ...] = ()
    plane: Plane | None = None
    retake_weeks: int = 4

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    def item(self, item_id: str) -> Item:
        return next(item for item in self.items if item.id == item_id)

    def subscale(self, subscale_id: str) -> Subscale:
        return next(s for s in self.subscales if s.id == subscale_id)

    def presentation(self, seed: int | None = None) -> tuple[Item, ...]:
        """The items in the order a member sees them: as written, or shuffled by ``seed`` when the
        instrument allows it (the same seed gives the same order, so a re-shown form keeps it)."""
        if not self.shuffle or seed is None:
            return self.items
        order = list(self.items)
        random.Random(seed).shuffle(order)  # noqa: S311 (an order of questions, not a secret)
        return tuple(order)

    def score_range(self, subscale: Subscale) -> tuple[float, float]:
        """The lowest and highest score the subscale can give."""
        if subscale.rule == "mean":
            return float(self.scale.min), float(self.scale.max)
        n = len(subscale.items)
        return float(self.scale.min * n), float(self.scale.max * n)
