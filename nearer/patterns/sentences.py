"""Plain sentences written from the numbers, each linking to the row that shows its evidence.

The rules (the product's "Honest claims"): a sentence states the averages and how many check-ins
they rest on; a difference is claimed only when its 95% interval leaves out zero, the gap is at
least ``min_gap`` points on the 0-10 scale, *and* it survives a correction for looking at every
factor at once; the trend only when its interval leaves out zero. When nothing qualifies, one
honest sentence says so instead. Tone: kind and specific, never cheering, no labels for the person.

Why the correction: the page compares some two dozen factors (triggers, people, four parts of the
day, seven weekdays). At 95% each, a member whose urges follow no pattern at all would see a
"pattern" most of the time. So the differences are tested together with Holm's step-down method at
a 5% family-wise error rate (Holm 1979, "A simple sequentially rejective multiple test procedure",
*Scandinavian Journal of Statistics* 6(2):65-70): sorted by p-value, the i-th smallest of m must be
at most ``0.05 / (m - i + 1)``, stopping at the first that is not. The charts and tables still show
each factor's own 95% interval.

The sentences are plain text; the page escapes them (a label may be anything the member typed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nearer.patterns.stats import MONTH_NAMES, STRONG_URGE, FactorEffect, Patterns, Trend

#: ``Insight.anchor`` of sentences about the whole history: the page puts this id on its total count.
OVERVIEW_ANCHOR = "overview"
#: ``Insight.anchor`` of sentences about strong urges and how they ended: the month-by-month table.
MONTHLY_ANCHOR = "monthly"
#: The descriptive sentence about strong urges needs at least this many of them.
MIN_STRONG_FOR_SUMMARY = 5
#: Family-wise error rate of the difference sentences, all factors together (see the module docstring).
FAMILY_ALPHA = 0.05
#: What the "not enough yet" sentence promises: roughly when differences can start to show.
ENOUGH_EACH = 10

_HOUR_PHRASES = {
    "night": "at night",
    "morning": "in the morning",
    "afternoon": "in the afternoon",
    "evening": "in the evening",
}
_WEEKDAY_PHRASES = {
    "mon": "on Mondays",
    "tue": "on Tuesdays",
    "wed": "on Wednesdays",
    "thu": "on Thursdays",
    "fri": "on Fridays",
    "sat": "on Saturdays",
    "sun": "on Sundays",
}


@dataclass(frozen=True, slots=True)
class Insight:
    """One sentence and the HTML id of the element holding its evidence (link: ``#`` + anchor)."""

    text: str
    anchor: str


def sentences_for(patterns: Patterns, *, min_gap: float = 1.0, max_sentences: int = 5) -> list[Insight]:
    """Up to ``max_sentences`` plain sentences about ``patterns``, strongest evidence first.

    One sentence per kind first (trigger, the trend, person, part of the day, weekday), then further
    triggers, people and times by size of difference; then, if there is room, how strong urges ended
    overall. If no difference qualifies, the first sentence says so plainly. Never empty.
    """
    if max_sentences < 1:
        return []
    every = patterns.by_trigger + patterns.by_person + patterns.by_hour_band + patterns.by_weekday
    passed = holm(every)
    groups = [
        _clear(patterns.by_trigger, passed, min_gap),
        _clear(patterns.by_person, passed, min_gap),
        _clear(patterns.by_hour_band, passed, min_gap),
        _clear(patterns.by_weekday, passed, min_gap),
    ]
    shown_lists = {
        "trigger": patterns.by_trigger,
        "person": patterns.by_person,
        "hour": patterns.by_hour_band,
        "weekday": patterns.by_weekday,
    }
    firsts = [group[0] for group in groups if group]
    rest = sorted((e for group in groups for e in group[1:]), key=lambda e: -abs(e.difference))
    insights = [Insight(_effect_sentence(e, shown_lists[e.kind]), e.anchor) for e in firsts + rest]
    trend = patterns.trend
    if trend is not None and trend.excludes_zero:
        trend_insight = Insight(_trend_sentence(patterns, trend), MONTHLY_ANCHOR)
        insights.insert(1 if insights else 0, trend_insight)
    if not firsts:
        insights.insert(0, Insight(_nothing_yet_sentence(patterns), OVERVIEW_ANCHOR))
    if patterns.strong >= MIN_STRONG_FOR_SUMMARY:
        insights.append(Insight(_strong_summary(patterns), MONTHLY_ANCHOR))
    return insights[:max_sentences]


def holm(effects: Sequence[FactorEffect], *, alpha: float = FAMILY_ALPHA) -> set[tuple[str, str]]:
    """The ``(kind, key)`` of the effects that Holm's step-down method keeps at family-wise ``alpha``."""
    ordered = sorted(effects, key=lambda e: e.p_value)
    kept: set[tuple[str, str]] = set()
    for i, effect in enumerate(ordered):
        if effect.p_value > alpha / (len(ordered) - i):
            break
        kept.add((effect.kind, effect.key))
    return kept


def _clear(effects: list[FactorEffect], passed: set[tuple[str, str]], min_gap: float) -> list[FactorEffect]:
    found = [e for e in effects if e.excludes_zero and abs(e.difference) >= min_gap and (e.kind, e.key) in passed]
    found.sort(key=lambda e: (-abs(e.difference), e.key))
    return found


def _effect_sentence(effect: FactorEffect, shown: list[FactorEffect]) -> str:
    higher = effect.difference > 0
    top = higher and all(effect.mean_with >= other.mean_with for other in shown)
    evidence = (
        f"{effect.mean_with:.1f} on average over {_count(effect.n_with, 'check-in')}, "
        f"against {effect.mean_without:.1f} in your other {effect.n_without}."
    )
    if effect.kind == "trigger":
        word = "highest" if top else "higher" if higher else "lower"
        return f"Your urge to pull away ran {word} after {_in_sentence(effect)}: {evidence}"
    if effect.kind == "person":
        word = "stronger" if higher else "milder"
        return f"Check-ins about {effect.label} came with {word} urges to pull away: {evidence}"
    if effect.kind == "hour":
        word = "strongest" if top else "stronger" if higher else "milder"
        return f"Urges to pull away ran {word} {_HOUR_PHRASES.get(effect.key, effect.label)}: {evidence}"
    word = "highest" if top else "higher" if higher else "lower"
    when = _WEEKDAY_PHRASES.get(effect.key, "on " + effect.label)
    return f"Urges to pull away ran {word} {when}: {evidence}"


def _trend_sentence(patterns: Patterns, trend: Trend) -> str:
    by_month = {m.month: m for m in patterns.monthly}
    first, last = by_month[trend.first_month], by_month[trend.last_month]
    direction = "more" if trend.slope_per_month > 0 else "less"
    points = abs(trend.slope_per_month) * 100
    amount = f"{points:.0f}" if points >= 2 else f"{points:.1f}"
    return (
        f"Strong urges ({STRONG_URGE} or more) have been ending in staying {direction} often: "
        f"{first.stayed} of {first.strong} in {_month_name(first.month)}, "
        f"{last.stayed} of {last.strong} in {_month_name(last.month)}, "
        f"a trend of about {amount} percentage points a month over {trend.months} months."
    )


def _nothing_yet_sentence(patterns: Patterns) -> str:
    total = patterns.total
    shown = patterns.by_trigger or patterns.by_person or patterns.by_hour_band or patterns.by_weekday
    if total == 0:
        return (
            "No check-ins yet, so there is no pattern to see. Patterns start showing after about "
            f"{ENOUGH_EACH} check-ins with and {ENOUGH_EACH} without a trigger, person or time of day."
        )
    if not shown or total < 2 * ENOUGH_EACH:
        return (
            f"Not enough check-ins yet to see a pattern: you have {total}. Patterns start showing after about "
            f"{ENOUGH_EACH} check-ins with and {ENOUGH_EACH} without a trigger, person or time of day."
        )
    return (
        f"Across your {total} check-ins, no trigger, person or time of day stands out clearly yet: "
        "the differences so far are small or could be chance."
    )


def _strong_summary(patterns: Patterns) -> str:
    return (
        f"Of your {patterns.strong} strong urges ({STRONG_URGE} or more), {patterns.stayed} ended in staying "
        f"or saying what you felt, and {patterns.withdrew} in pulling away."
    )


def _in_sentence(effect: FactorEffect) -> str:
    """Our own trigger names read lower-case mid-sentence ("after praise"); the member's keep their words."""
    label = effect.label
    if effect.key.startswith("custom:") or len(label) < 2 or not label[1].islower():
        return label
    return label[0].lower() + label[1:]


def _month_name(month: str) -> str:
    year, _, number = month.partition("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


__all__ = ["FAMILY_ALPHA", "MONTHLY_ANCHOR", "OVERVIEW_ANCHOR", "Insight", "holm", "sentences_for"]
