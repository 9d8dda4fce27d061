"""Scoring: reverse keys, subscale rules, the missing-data rule, bands, percentiles, reliable change
and the answers that open the safety response. Every function is keyed by item id, never by position.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from nearer.assessments.engine.model import TIER_RANK, Band, Instrument, Norms, SafetyTrigger, Scale, Subscale

#: |RCI| above this is a reliable change at the 95% level (Jacobson & Truax 1991).
RELIABLE = 1.96


class AnswerError(ValueError):
    """The answers do not fit the instrument (an unknown item, or a value off the scale)."""


@dataclass(frozen=True)
class SubscaleScore:
    subscale: str
    value: float | None  # None: too many items unanswered for the missing-data rule
    answered: int
    of: int
    band: Band | None = None
    percentile: float | None = None


@dataclass(frozen=True)
class Scored:
    scores: tuple[SubscaleScore, ...]
    triggered: tuple[SafetyTrigger, ...]

    @property
    def tier(self) -> Literal["none", "concern", "urgent"]:
        """The most serious tier among the triggered safety items, ``none`` when there are none."""
        if not self.triggered:
            return "none"
        return max((t.tier for t in self.triggered), key=lambda tier: TIER_RANK[tier])

    def value(self, subscale: str) -> float | None:
        return next(s.value for s in self.scores if s.subscale == subscale)

    def as_dict(self) -> dict[str, float | None]:
        return {s.subscale: s.value for s in self.scores}


@dataclass(frozen=True)
class Change:
    """The reliable change index from a first score to a second."""

    first: float
    second: float
    rci: float

    @property
    def reliable(self) -> bool:
        return abs(self.rci) > RELIABLE

    @property
    def direction(self) -> Literal["up", "down", "same"]:
        if self.second > self.first:
            return "up"
        if self.second < self.first:
            return "down"
        return "same"


def reverse(scale: Scale, value: int) -> int:
    """A reverse-keyed answer counted the other way round: ``min + max - value`` (so 1 is 7 on 1-7)."""
    return scale.min + scale.max - value


def keyed(instrument: Instrument, answers: Mapping[str, int]) -> dict[str, int]:
    """The answers with reverse-keyed items turned round, checked against the instrument."""
    check_answers(instrument, answers)
    return {
        item_id: reverse(instrument.scale, value) if instrument.item(item_id).reverse else value
        for item_id, value in answers.items()
    }


def check_answers(instrument: Instrument, answers: Mapping[str, int]) -> None:
    known = set(instrument.item_ids)
    for item_id, value in answers.items():
        if item_id not in known:
            raise AnswerError(f"{instrument.id} has no item {item_id!r}.")
        if isinstance(value, bool) or not isinstance(value, int):
            raise AnswerError(f"The answer to {item_id!r} must be a whole number, not {value!r}.")
        if not instrument.scale.min <= value <= instrument.scale.max:
            raise AnswerError(
                f"The answer to {item_id!r} is {value}, outside {instrument.scale.min}-{instrument.scale.max}."
            )


def score_subscale(instrument: Instrument, subscale: Subscale, keyed_answers: Mapping[str, int]) -> SubscaleScore:
    """One subscale's score under its rule and missing-data rule, with its band and percentile."""
    values = [keyed_answers[item] for item in subscale.items if item in keyed_answers]
    n = len(subscale.items)
    if n - len(values) > subscale.missing.max_missing or not values:
        return SubscaleScore(subscale=subscale.id, value=None, answered=len(values), of=n)
    mean = sum(values) / len(values)
    if subscale.rule == "mean":
        value = mean
    elif len(values) == n:
        value = float(sum(values))
    else:  # prorated: the answered items' mean stands in for the missing ones
        value = float(_round_half_up(mean * n))
    return SubscaleScore(
        subscale=subscale.id,
        value=value,
        answered=len(values),
        of=n,
        band=band_for(subscale, value),
        percentile=percentile(value, subscale.norms) if subscale.norms else None,
    )


def score(instrument: Instrument, answers: Mapping[str, int]) -> Scored:
    """Every subscale's score and the safety triggers the answers reach.

    ``answers`` maps item ids to raw answers (before reverse keying); unanswered items are left out.
    """
    keyed_answers = keyed(instrument, answers)
    scores = tuple(score_subscale(instrument, s, keyed_answers) for s in instrument.subscales)
    return Scored(scores=scores, triggered=triggered(instrument, answers))


def triggered(instrument: Instrument, answers: Mapping[str, int]) -> tuple[SafetyTrigger, ...]:
    """The safety triggers reached by the raw answers (a crisis item is read as answered, unkeyed)."""
    return tuple(t for t in instrument.safety if t.item in answers and answers[t.item] >= t.at_least)


def band_for(subscale: Subscale, value: float) -> Band | None:
    """The band a score falls in (see :class:`~nearer.assessments.engine.model.Band` for the edges)."""
    if not subscale.bands:
        return None
    if subscale.rule == "sum":
        whole = _round_half_up(value)
        return next((b for b in subscale.bands if b.min <= whole <= b.max), None)
    last = subscale.bands[-1]
    for band in subscale.bands:
        if band.min <= value < band.max or (band is last and value == band.max):
            return band
    return None


def percentile(value: float, norms: Norms) -> float:
    """The share (0-100) of the norm sample expected below ``value``, under a normal curve."""
    z = (value - norms.mean) / norms.sd
    return 50.0 * (1.0 + math.erf(z / math.sqrt(2.0)))


def reliable_change(first: float, second: float, *, sd: float, reliability: float) -> Change:
    """Jacobson & Truax (1991): RCI = (x2 - x1) / (SD * sqrt(2) * sqrt(1 - r)).

    ``sd`` is the reference group's standard deviation and ``reliability`` the score's reliability
    (0 <= r < 1). ``|RCI| > 1.96`` is a change unlikely to come from measurement error alone.
    """
    if sd <= 0 or not 0 <= reliability < 1:
        raise ValueError("reliable change needs sd > 0 and 0 <= reliability < 1")
    standard_error_of_difference = sd * math.sqrt(2.0) * math.sqrt(1.0 - reliability)
    return Change(first=first, second=second, rci=(second - first) / standard_error_of_difference)


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)
