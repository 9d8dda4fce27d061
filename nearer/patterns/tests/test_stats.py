"""nearer.patterns.stats: effects, bands, months, trend, calendar and dots from synthetic check-ins."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from nearer.patterns.stats import (
    MIN_EACH,
    SCATTER_CAP,
    DayCell,
    MonthAction,
    anchor_for,
    compute_patterns,
    difference_interval,
    fit_trend,
    t_quantile_975,
    t_two_sided_p,
)
from nearer.patterns.tests.synthetic import START, hourly, point, praise_raises, seeded


def test_praise_raising_the_urge_is_found_with_its_sign_and_sizes():
    patterns = compute_patterns(praise_raises(3, n_with=20, n_without=40))
    praise = next(e for e in patterns.by_trigger if e.key == "praise")
    assert (praise.n_with, praise.n_without) == (20, 40)
    assert praise.difference == pytest.approx(praise.mean_with - praise.mean_without)
    assert 2.4 < praise.difference < 3.6
    assert 0 < praise.low < praise.difference < praise.high
    assert praise.excludes_zero and praise.p_value < 1e-6
    assert patterns.by_trigger[0].key == "praise"  # largest difference first
    assert praise.anchor == "trigger-praise"


@pytest.mark.parametrize(
    ("n_with", "n_without", "shown"),
    [
        (2, 40, False),
        (MIN_EACH, 40, True),
        (40, 2, False),
        (40, MIN_EACH, True),
    ],
)
def test_a_factor_needs_min_each_with_and_without(n_with, n_without, shown):
    points = hourly([7] * n_with, triggers=["praise"]) + hourly([3] * n_without)
    keys = [e.key for e in compute_patterns(points).by_trigger]
    assert ("praise" in keys) is shown


def test_effects_sort_by_difference_descending():
    rng = seeded(3)
    points = [
        point(START + timedelta(hours=i), urge=4 + bump + rng.choice((-1, 0, 1)), triggers=[key])
        for i, (key, bump) in enumerate([("praise", 4), ("conflict", 2), ("seen", -2)] * 15)
    ]
    effects = compute_patterns(points).by_trigger
    assert [e.key for e in effects] == ["praise", "conflict", "seen"]
    assert effects[-1].difference < 0 and effects[-1].high < 0


@pytest.mark.parametrize(
    ("hour", "band"),
    [(0, "night"), (5, "night"), (6, "morning"), (11, "morning"), (12, "afternoon"), (17, "afternoon"),
     (18, "evening"), (23, "evening")],
)  # fmt: skip
def test_hours_fall_in_their_band(hour, band):
    at = START.replace(hour=hour)
    points = [point(at + timedelta(days=d), urge=9) for d in range(3)]
    points += [point(START.replace(hour=(hour + 6) % 24) + timedelta(days=d), urge=1) for d in range(3)]
    effects = {e.key: e for e in compute_patterns(points).by_hour_band}
    assert effects[band].n_with == 3 and effects[band].mean_with == 9
    assert effects[band].anchor == f"hour-{band}"


@pytest.mark.parametrize(
    ("day", "key"),
    [(date(2025, 3, 3), "mon"), (date(2025, 3, 4), "tue"), (date(2025, 3, 5), "wed"), (date(2025, 3, 6), "thu"),
     (date(2025, 3, 7), "fri"), (date(2025, 3, 8), "sat"), (date(2025, 3, 9), "sun")],
)  # fmt: skip
def test_days_fall_on_their_weekday(day, key):
    points = [point(datetime.combine(day, START.time()) + timedelta(weeks=w), urge=8) for w in range(3)]
    points += [point(START + timedelta(days=1 + (day.weekday() % 6) + 7 * w), urge=2) for w in range(3)]
    effects = {e.key: e for e in compute_patterns(points).by_weekday}
    assert effects[key].n_with == 3 and effects[key].mean_with == 8
    assert effects[key].label.lower().startswith(key)


def test_aware_times_use_their_own_local_hour_and_date():
    tz = timezone(timedelta(hours=-8))
    late = datetime(2025, 3, 9, 23, 30, tzinfo=tz)  # Sunday night locally, Monday morning in UTC
    points = [point(late + timedelta(weeks=w), urge=9) for w in range(3)]
    points += [point(late.replace(hour=9) + timedelta(days=d), urge=1) for d in range(1, 4)]
    patterns = compute_patterns(points)
    assert {e.key for e in patterns.by_hour_band if e.mean_with == 9} == {"evening"}
    assert {e.key for e in patterns.by_weekday if e.mean_with == 9} == {"sun"}
    mixed = compute_patterns(points + hourly([5, 5, 5]))  # naive and aware together still work
    assert mixed.total == 9 and len(mixed.scatter) == 9


def test_people_compare_against_everyone_else_and_no_one():
    points = hourly([8] * 5, person="p:1") + hourly([3] * 5, person="p:2") + hourly([3] * 5)
    effects = {e.key: e for e in compute_patterns(points, labels={"p:1": "Alex"}).by_person}
    assert (effects["p:1"].label, effects["p:1"].n_with, effects["p:1"].n_without) == ("Alex", 5, 10)
    assert effects["p:2"].label == "p:2"  # unknown keys fall back to the key
    assert effects["p:1"].anchor == "person-p-1"


@pytest.mark.parametrize(
    ("key", "labels", "label"),
    [
        ("praise", {}, "Praise"),
        ("praise", {"praise": "Being praised"}, "Being praised"),
        ("custom:7", {"custom:7": "Texts from work"}, "Texts from work"),
        ("custom:8", {}, "custom:8"),
    ],
)
def test_labels_fall_back_to_defaults_then_the_key(key, labels, label):
    points = hourly([6] * 3, triggers=[key]) + hourly([2] * 3)
    assert compute_patterns(points, labels=labels).by_trigger[0].label == label


@pytest.mark.parametrize(
    ("kind", "key", "anchor"),
    [
        ("trigger", "praise", "trigger-praise"),
        ("trigger", "custom:12", "trigger-custom-12"),
        ("person", "p:1f0e-AB", "person-p-1f0e-ab"),
        ("weekday", "mon", "weekday-mon"),
        ("person", ":::", "person"),
    ],
)
def test_anchor_for(kind, key, anchor):
    assert anchor_for(kind, key) == anchor


def test_heatmap_covers_every_day_from_first_to_last_in_any_order():
    days = [0, 1, 1, 5, 40]
    points = [point(START + timedelta(days=d, hours=i), urge=2 * i) for i, d in enumerate(days)]
    heatmap = compute_patterns(points[::-1]).heatmap
    assert [c.date for c in heatmap] == [START.date() + timedelta(days=d) for d in range(41)]
    assert heatmap[1] == DayCell(START.date() + timedelta(days=1), 2, 3.0)
    assert heatmap[2] == DayCell(START.date() + timedelta(days=2), 0, None)
    assert sum(c.count for c in heatmap) == len(points)


def test_months_count_strong_urges_and_how_they_ended():
    march = datetime(2025, 3, 10, 12)
    points = [
        point(march, 7, action="withdrew"),
        point(march, 9, action="went_quiet"),
        point(march, 8, action="said_feeling"),
        point(march, 10, action="custom:1"),  # strong, but neither withdrawing nor staying
        point(march, 6, action="withdrew"),  # not strong
        point(datetime(2025, 5, 2, 9), 7, action="stayed"),
    ]
    assert compute_patterns(points).monthly == [
        MonthAction("2025-03", 4, 2, 1, 0.25),
        MonthAction("2025-04", 0, 0, 0, None),
        MonthAction("2025-05", 1, 0, 1, 1.0),
    ]


def _months(rates: list[tuple[int, int]]) -> list[MonthAction]:
    out = []
    for i, (stayed, strong) in enumerate(rates):
        out.append(
            MonthAction(f"2025-{i + 1:02d}", strong, strong - stayed, stayed, stayed / strong if strong else None)
        )
    return out


@pytest.mark.parametrize(
    ("rates", "sign"),
    [
        ([(1, 10), (2, 10), (4, 10), (5, 10), (7, 10), (8, 10)], 1),
        ([(9, 10), (8, 10), (6, 10), (5, 10), (3, 10), (2, 10)], -1),
        ([(5, 10), (4, 10), (6, 10), (5, 10), (4, 10), (6, 10)], 0),
        ([(1, 3), (2, 3), (3, 3)], 0),  # a clean rise over three small months: too little to say
    ],
)
def test_trend_sign_is_detected_only_when_the_data_carry_it(rates, sign):
    trend = fit_trend(_months(rates))
    assert trend is not None and trend.months == len(rates)
    if sign == 0:
        assert not trend.excludes_zero
    else:
        assert (trend.low > 0) if sign > 0 else (trend.high < 0)


@pytest.mark.parametrize(
    "rates",
    [
        [(1, 10), (5, 10)],  # two months
        [(1, 10), (3, 2), (5, 10), (0, 0)],  # months with fewer than 3 strong urges do not count
    ],
)
def test_no_trend_with_fewer_than_three_full_months(rates):
    assert fit_trend(_months(rates)) is None


def test_trend_looks_at_the_last_twelve_months_only():
    # Two years: staying fell through the first, then rose through the second. Only the rise counts.
    falling = [(10 - i, 12) for i in range(12)]
    rising = [(i, 12) for i in range(1, 13)]
    months = [
        MonthAction(f"{2024 + i // 12}-{i % 12 + 1:02d}", strong, strong - stayed, stayed, stayed / strong)
        for i, (stayed, strong) in enumerate(falling + rising)
    ]
    trend = fit_trend(months)
    assert trend is not None
    assert (trend.first_month, trend.last_month, trend.months) == ("2025-01", "2025-12", 12)
    assert trend.low > 0
    assert trend.fitted_last == pytest.approx(1.0, abs=0.05)


def test_scatter_keeps_the_most_recent_oldest_first():
    n = SCATTER_CAP + 50
    points = [point(START + timedelta(hours=i), urge=i % 11, pleasantness=i / n, energy=-i / n) for i in range(n)]
    seeded(5).shuffle(points)
    scatter = compute_patterns(points).scatter
    assert len(scatter) == SCATTER_CAP
    assert scatter[0] == (50 / n, -50 / n, 50 % 11) and scatter[-1][0] == (n - 1) / n


def test_no_check_ins_give_empty_patterns():
    patterns = compute_patterns([])
    assert patterns.total == 0 and patterns.trend is None
    assert patterns.by_trigger == patterns.heatmap == patterns.monthly == patterns.scatter == []


def test_identical_urges_everywhere_show_no_difference():
    patterns = compute_patterns(hourly([5] * 10, triggers=["praise"]) + hourly([5] * 10))
    effect = patterns.by_trigger[0]
    assert (effect.difference, effect.low, effect.high, effect.p_value) == (0, 0, 0, 1.0)


@pytest.mark.parametrize(
    ("df", "expected"),
    [(1, 12.706), (2, 4.303), (5, 2.571), (10, 2.228), (30, 2.042), (60, 2.000), (120, 1.980), (1e9, 1.960)],
)
def test_t_quantile_matches_tables(df, expected):
    assert t_quantile_975(df) == pytest.approx(expected, abs=1.5e-3)


@pytest.mark.parametrize("df", [1, 1.5, 2.7, 4, 6.2, 9, 13.3, 22, 29.9, 30, 31, 57.5, 200, 5000])
def test_t_quantile_and_p_value_agree(df):
    assert t_two_sided_p(t_quantile_975(df), df) == pytest.approx(0.05, abs=1e-4)


def test_three_equal_urges_do_not_make_a_certain_interval():
    # Group of three all at 8 against a spread-out rest: the moderated variance keeps the interval open.
    rest = [1, 3, 5, 7, 9, 2, 4, 6, 8, 5]
    diff, low, high, _ = difference_interval(3, 24, 192, len(rest), sum(rest), sum(u * u for u in rest), 7.0)
    assert diff == pytest.approx(8 - sum(rest) / len(rest))
    assert high - low > 3


def test_large_samples_approach_welch():
    rng = seeded(9)
    a = [rng.gauss(5, 2) for _ in range(4000)]
    b = [rng.gauss(4, 1) for _ in range(4000)]
    diff, low, high, p = difference_interval(
        len(a), sum(a), sum(x * x for x in a), len(b), sum(b), sum(x * x for x in b), 3.0
    )
    welch_half = 1.96 * (4 / 4000 + 1 / 4000) ** 0.5
    assert (high - low) / 2 == pytest.approx(welch_half, rel=0.02)
    assert diff == pytest.approx(1, abs=0.1) and p < 1e-12
