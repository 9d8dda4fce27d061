"""How long the patterns page's numbers take for 1, 3 and 10 years of check-ins.

    python bench/bench_patterns.py [--repeats N] [--per-day 4]

Builds deterministic synthetic check-ins (about four a day, with real structure: praise and one
person raise the urge, evenings and Sundays run higher, staying grows more common over time), then
times ``compute_patterns`` + ``sentences_for`` and, separately, the four charts, reporting the median
of several runs. Pure Python on one core; no server, no database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from nearer.patterns.charts import effect_chart, heatmap_chart, monthly_chart, scatter_chart  # noqa: E402
from nearer.patterns.points import Point  # noqa: E402
from nearer.patterns.sentences import sentences_for  # noqa: E402
from nearer.patterns.stats import Patterns, compute_patterns  # noqa: E402

TRIGGERS = ("conflict", "closeness", "praise", "needed", "uncertainty", "seen", "criticism", "nothing", "custom:1")
PEOPLE = ("p:alex", "p:sam", "p:mum", "p:jo", "p:work", None)
TARGET_MS = 150.0


def synthetic_points(years: int, *, per_day: int = 4, seed: int = 7) -> list[Point]:
    """``years`` of check-ins ending 2025-12-31, ``per_day`` a day, the same for the same arguments."""
    rng = random.Random(seed)
    days = 365 * years
    start = datetime(2026, 1, 1) - timedelta(days=days)
    points = []
    for day in range(days):
        base = start + timedelta(days=day)
        for _ in range(per_day):
            at = base + timedelta(hours=rng.choice((1, 8, 9, 13, 15, 19, 21, 22)), minutes=rng.randrange(60))
            triggers = frozenset(rng.sample(TRIGGERS, rng.choice((0, 1, 1, 2))))
            person = rng.choice(PEOPLE)
            urge = 3.0 + rng.gauss(0, 1.5)
            urge += 3 if "praise" in triggers else 0
            urge += 2 if person == "p:alex" else 0
            urge += 1.5 if at.hour >= 18 else 0
            urge += 1 if at.weekday() == 6 else 0
            urge_int = max(0, min(10, round(urge)))
            stay_chance = 0.2 + 0.5 * day / days
            action = rng.choice(("stayed", "said_feeling")) if rng.random() < stay_chance else "withdrew"
            points.append(
                Point(
                    at=at,
                    urge=urge_int,
                    triggers=triggers,
                    person=person,
                    action=action if rng.random() < 0.9 else None,
                    pleasantness=rng.uniform(-1, 1),
                    energy=rng.uniform(-1, 1),
                )
            )
    return points


def median_ms(work: object, repeats: int) -> float:
    assert callable(work)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--per-day", type=int, default=4)
    args = parser.parse_args()
    labels = {"custom:1": "Texts from work", "p:alex": "Alex"}
    rows = []
    for years in (1, 3, 10):
        points = synthetic_points(years, per_day=args.per_day)

        def numbers(points: list[Point] = points) -> None:
            sentences_for(compute_patterns(points, labels=labels))

        patterns = compute_patterns(points, labels=labels)

        def charts(patterns: Patterns = patterns) -> None:
            effect_chart(patterns.by_trigger, title="Urge by trigger")
            monthly_chart(patterns.monthly, title="From urge to action", trend=patterns.trend)
            heatmap_chart(patterns.heatmap, title="Calendar")
            scatter_chart(patterns.scatter, title="Mood grid")

        numbers()  # warm up
        rows.append((years, len(points), median_ms(numbers, args.repeats), median_ms(charts, args.repeats)))

    base_n, base_ms = rows[0][1], rows[0][2]
    print(f"{'years':>5} {'check-ins':>10} {'patterns ms':>12} {'charts ms':>10} {'size x':>7} {'time x':>7}")
    for years, n, ms, chart_ms in rows:
        print(f"{years:>5} {n:>10} {ms:12.1f} {chart_ms:10.1f} {n / base_n:7.1f} {ms / base_ms:7.1f}")
    ten_years = rows[-1]
    growth = (ten_years[2] / base_ms) / (ten_years[1] / base_n)
    verdict = "within" if ten_years[2] < TARGET_MS else "OVER"
    print(f"10 years: {ten_years[2]:.1f} ms (target < {TARGET_MS:.0f} ms): {verdict} target")
    linear = "linear or better" if growth <= 1.25 else "WORSE than linear"
    print(f"growth 1y -> 10y: time x{ten_years[2] / base_ms:.1f} for size x{ten_years[1] / base_n:.1f} ({linear})")
    sample = sentences_for(compute_patterns(synthetic_points(1, per_day=args.per_day), labels=labels))
    print("sentences for 1 year:")
    for insight in sample:
        print(f"  [#{insight.anchor}] {insight.text}")


if __name__ == "__main__":
    main()
