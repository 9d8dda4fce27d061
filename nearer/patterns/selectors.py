"""The patterns page's data: the member's check-ins through the pure core, charts included."""

from __future__ import annotations

from dataclasses import dataclass

from nearer.checkins.selectors import labels_for, points_for
from nearer.patterns import charts
from nearer.patterns.sentences import Insight, sentences_for
from nearer.patterns.stats import Patterns, compute_patterns


@dataclass(frozen=True)
class PatternsPage:
    patterns: Patterns
    insights: list[Insight]
    charts: dict[str, str]
    quadrants: list[dict[str, object]]


def patterns_page_for(member) -> PatternsPage:
    patterns = compute_patterns(points_for(member), labels=labels_for(member))
    return PatternsPage(
        patterns=patterns,
        insights=sentences_for(patterns),
        charts={
            "triggers": charts.effect_chart(patterns.by_trigger, title="Urge with and without each trigger"),
            "people": charts.effect_chart(patterns.by_person, title="Urge with and without each person"),
            "hours": charts.effect_chart(patterns.by_hour_band, title="Urge by part of the day"),
            "weekdays": charts.effect_chart(patterns.by_weekday, title="Urge by day of the week"),
            "monthly": charts.monthly_chart(
                patterns.monthly, title="How often strong urges ended in staying", trend=patterns.trend
            ),
            "heatmap": charts.heatmap_chart(patterns.heatmap, title="Check-ins over the last year"),
            "scatter": charts.scatter_chart(patterns.scatter, title="Your moods on the grid"),
        },
        quadrants=_quadrants(patterns.scatter),
    )


def _quadrants(scatter: list[tuple[float, float, int]]) -> list[dict[str, object]]:
    """The scatter as a table: how many moods fell in each quarter of the grid, and their urge."""
    names = {
        (True, True): "Pleasant, lots of energy",
        (True, False): "Pleasant, low energy",
        (False, True): "Unpleasant, lots of energy",
        (False, False): "Unpleasant, low energy",
    }
    rows = []
    for key, name in names.items():
        urges = [u for p, e, u in scatter if (p >= 0, e >= 0) == key]
        rows.append({"name": name, "count": len(urges), "mean_urge": sum(urges) / len(urges) if urges else None})
    return rows
