"""The numbers behind the patterns page, computed in one pass over a member's check-ins.

:func:`compute_patterns` turns a sequence of :class:`~nearer.patterns.points.Point` into a
:class:`Patterns`: the average urge with and without each trigger, person, part of the day and
weekday (each with its sample sizes and a 95% interval for the difference), strong urges month by
month with how they ended, the recent trend of staying, a day-by-day calendar and the mood-grid dots.

It reads each point once and keeps running sums per factor, so the cost grows linearly with the
number of check-ins; "without a factor" is always the total minus "with", never a rescan.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from types import MappingProxyType

from nearer.patterns.points import STAYING, WITHDRAWING, Point

#: A factor is shown only with at least this many check-ins with it and as many without it.
MIN_EACH = 3
#: An urge of this strength or more counts as strong in "from urge to action".
STRONG_URGE = 7
#: A month enters the trend only with at least this many strong urges ...
MIN_STRONG_PER_MONTH = 3
#: ... and a trend is fitted only over at least this many such months.
MIN_TREND_MONTHS = 3
#: The trend looks at the most recent this-many calendar months (ending with the last check-in's month).
TREND_WINDOW_MONTHS = 12
#: At most this many of the most recent moods are kept for the scatter plot.
SCATTER_CAP = 2000
#: Prior degrees of freedom of the moderated variance (see :func:`difference_interval`).
PRIOR_DF = 4.0

#: Parts of the day by local hour: night 0-5, morning 6-11, afternoon 12-17, evening 18-23.
HOUR_BANDS: tuple[tuple[str, str], ...] = (
    ("night", "Night"),
    ("morning", "Morning"),
    ("afternoon", "Afternoon"),
    ("evening", "Evening"),
)
#: Weekdays Monday first, as ``date.weekday()`` numbers them.
WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
)
#: Display names for the built-in trigger keys when the caller's ``labels`` has none.
DEFAULT_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "conflict": "Conflict",
        "closeness": "Closeness or intimacy",
        "praise": "Praise",
        "needed": "Someone needing me",
        "uncertainty": "Uncertainty or waiting for a reply",
        "seen": "Being seen",
        "criticism": "Criticism",
        "nothing": "Nothing in particular",
    }
)
_NO_LABELS: Mapping[str, str] = MappingProxyType({})


MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def anchor_for(kind: str, key: str) -> str:
    """The HTML id of a factor's evidence row: ``trigger-praise``, ``person-p-<uuid>``, ``hour-evening``."""
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    return f"{kind}-{slug}" if slug else kind


@dataclass(frozen=True, slots=True)
class FactorEffect:
    """The average urge with and without one factor, and a 95% interval for the difference.

    ``kind`` is ``"trigger"``, ``"person"``, ``"hour"`` or ``"weekday"``. ``difference`` is
    ``mean_with - mean_without``; ``low``..``high`` is its 95% interval and ``p_value`` the two-sided
    p-value of the same test (see :func:`difference_interval`), which the sentences use to correct
    for looking at many factors at once.
    """

    kind: str
    key: str
    label: str
    n_with: int
    mean_with: float
    n_without: int
    mean_without: float
    difference: float
    low: float
    high: float
    p_value: float = 1.0

    @property
    def anchor(self) -> str:
        """The id the page puts on this factor's row, which the sentences link to."""
        return anchor_for(self.kind, self.key)

    @property
    def excludes_zero(self) -> bool:
        """Whether the interval lies wholly on one side of no difference."""
        return self.low > 0 or self.high < 0


@dataclass(frozen=True, slots=True)
class MonthAction:
    """Strong urges (7+) in one calendar month and how many ended in withdrawing or in staying.

    ``stay_rate`` is ``stayed / strong`` (strong urges with no action, or a custom one, count in
    ``strong`` but in neither ``withdrew`` nor ``stayed``), or ``None`` in a month with no strong urge.
    """

    month: str
    strong: int
    withdrew: int
    stayed: int
    stay_rate: float | None


@dataclass(frozen=True, slots=True)
class Trend:
    """How the stay rate changed per month over the recent months, with a 95% interval.

    ``slope_per_month`` is a fraction per month (0.05 = five percentage points a month); ``months``
    is how many months entered the fit, the first and last of them being ``first_month`` and
    ``last_month`` (``"YYYY-MM"``), and ``fitted_last`` is the line's stay rate in ``last_month``
    (what a chart needs to draw it). See :func:`fit_trend` for the method.
    """

    slope_per_month: float
    low: float
    high: float
    months: int
    first_month: str = ""
    last_month: str = ""
    fitted_last: float = 0.0

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


@dataclass(frozen=True, slots=True)
class DayCell:
    """One calendar day: how many check-ins, and their mean urge (``None`` on a day without any)."""

    date: date
    count: int
    mean_urge: float | None


@dataclass(frozen=True, slots=True)
class Patterns:
    """Everything the patterns page shows, from one call of :func:`compute_patterns`.

    Each ``by_*`` list holds only factors with at least :data:`MIN_EACH` check-ins with and without
    them, largest difference first. ``scatter`` holds ``(pleasantness, energy, urge)`` of the most
    recent :data:`SCATTER_CAP` check-ins, oldest first. ``strong``, ``withdrew`` and ``stayed`` are the
    totals over all months.
    """

    total: int
    by_trigger: list[FactorEffect]
    by_person: list[FactorEffect]
    by_hour_band: list[FactorEffect]
    by_weekday: list[FactorEffect]
    monthly: list[MonthAction]
    trend: Trend | None
    heatmap: list[DayCell]
    scatter: list[tuple[float, float, int]]
    strong: int = 0
    withdrew: int = 0
    stayed: int = 0


# Student's t, 97.5th percentile, for 1..30 degrees of freedom (standard tables, three decimals).
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip
_Z975 = 1.959963984540054


def t_quantile_975(df: float) -> float:
    """The 97.5th percentile of Student's t with ``df`` (possibly fractional) degrees of freedom.

    Whole ``df`` up to 30 come from the standard table. Fractional ones below 30 start from the
    table interpolated in ``1/df`` and take a few Newton steps on :func:`t_two_sided_p`. From 30 up it
    uses the Cornish-Fisher expansion of Abramowitz & Stegun (1964), *Handbook of Mathematical
    Functions*, formula 26.7.5, good to about 1e-5 there. ``df`` below 1 is treated as 1.
    """
    if df <= 1.0:
        return _T975[0]
    if df >= 30.0:
        z = _Z975
        z3, z5, z7, z9 = z**3, z**5, z**7, z**9
        g1 = (z3 + z) / 4
        g2 = (5 * z5 + 16 * z3 + 3 * z) / 96
        g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
        g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160
        return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4
    lo = math.floor(df)
    if lo == df:
        return _T975[lo - 1]
    hi = lo + 1
    share = (1.0 / lo - 1.0 / df) / (1.0 / lo - 1.0 / hi)
    t = _T975[lo - 1] + share * (_T975[hi - 1] - _T975[lo - 1])
    log_norm = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    for _ in range(6):
        density = math.exp(log_norm - (df + 1) / 2 * math.log1p(t * t / df))
        step = (t_two_sided_p(t, df) - 0.05) / (2 * density)
        t += step
        if abs(step) < 1e-10:
            break
    return t


def t_two_sided_p(t: float, df: float) -> float:
    """``P(|T| >= |t|)`` for Student's t with ``df`` degrees of freedom.

    Through the regularized incomplete beta function, ``I_x(df/2, 1/2)`` with ``x = df / (df + t^2)``
    (Abramowitz & Stegun 1964, 26.5.27 and 26.7.1), evaluated by its continued fraction with Lentz's
    method as in Press et al., *Numerical Recipes* (3rd ed. 2007), section 6.4.
    """
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    return _incomplete_beta(df / 2.0, 0.5, df / (df + t * t))


def _incomplete_beta(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        for numerator in (
            m * (b - m) * x / ((a - 1.0 + m2) * (a + m2)),
            -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1.0 + m2)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return h


def difference_interval(
    n1: int, sum1: float, sumsq1: float, n2: int, sum2: float, sumsq2: float, prior_var: float
) -> tuple[float, float, float, float]:
    """``(difference, low, high, p)``: mean of group 1 minus mean of group 2, a 95% interval, and
    the two-sided p-value of no difference.

    Method: Welch's unequal-variance t interval (Welch 1947, *Biometrika* 34:28-35) with the
    Welch-Satterthwaite degrees of freedom, where each group's variance is first *moderated*
    (shrunk) toward ``prior_var``, the variance of all the member's urges, as in the empirical-Bayes
    moderated t of Smyth (2004), *Statistical Applications in Genetics and Molecular Biology* 3(1),
    article 3: ``s2_mod = (d0 * s0^2 + (n - 1) * s^2) / (d0 + n - 1)`` with ``d0 + n - 1`` degrees of
    freedom. We fix ``d0`` at :data:`PRIOR_DF` (4) instead of estimating it. The shrinkage matters for
    the small groups the page allows (three check-ins): three equal urges would otherwise give a
    variance of zero and a falsely certain interval. With many check-ins it fades away and the
    interval is Welch's. Check-ins close in time are not independent, so treat it as a guide.
    """
    mean1 = sum1 / n1
    mean2 = sum2 / n2
    diff = mean1 - mean2
    d1 = PRIOR_DF + n1 - 1
    d2 = PRIOR_DF + n2 - 1
    var1 = (PRIOR_DF * prior_var + max(sumsq1 - sum1 * mean1, 0.0)) / d1
    var2 = (PRIOR_DF * prior_var + max(sumsq2 - sum2 * mean2, 0.0)) / d2
    a = var1 / n1
    b = var2 / n2
    se2 = a + b
    if se2 <= 0.0:  # only when every urge is the same, so the difference is exactly 0
        return diff, diff, diff, 1.0 if diff == 0 else 0.0
    df = se2 * se2 / (a * a / d1 + b * b / d2)
    se = math.sqrt(se2)
    half = t_quantile_975(df) * se
    return diff, diff - half, diff + half, t_two_sided_p(diff / se, df)


def fit_trend(months: Sequence[MonthAction]) -> Trend | None:
    """The per-month change in stay rate over the recent months, or ``None`` with too few of them.

    Only months with at least :data:`MIN_STRONG_PER_MONTH` strong urges within the last
    :data:`TREND_WINDOW_MONTHS` calendar months count, and at least :data:`MIN_TREND_MONTHS` of them
    are needed. Method: a straight line through the monthly stay rates by weighted least squares,
    each month weighted by its number of strong urges (a linear-probability binomial model); the
    slope's standard error is ``sqrt(phi * p(1 - p) / Sxx)`` with ``p`` the pooled stay rate and
    ``phi = max(1, Pearson chi^2 / (m - 2))`` the quasi-binomial overdispersion factor (McCullagh &
    Nelder 1989, *Generalized Linear Models*, 2nd ed., section 4.5), and the interval uses Student's t
    with ``m - 2`` degrees of freedom, which is wide on purpose when there are only a few months.
    """
    if not months:
        return None
    last_index = _month_index(months[-1].month)
    used = [
        (float(_month_index(m.month) - last_index), m)
        for m in months
        if m.strong >= MIN_STRONG_PER_MONTH and last_index - _month_index(m.month) < TREND_WINDOW_MONTHS
    ]
    if len(used) < MIN_TREND_MONTHS:
        return None
    w_total = float(sum(m.strong for _, m in used))
    pooled = sum(m.stayed for _, m in used) / w_total
    x_mean = sum(x * m.strong for x, m in used) / w_total
    y_mean = pooled  # the weighted mean of stayed/strong with weights strong
    sxx = sum(m.strong * (x - x_mean) ** 2 for x, m in used)
    sxy = sum(m.strong * (x - x_mean) * (m.stayed / m.strong - y_mean) for x, m in used)
    slope = sxy / sxx
    base_var = pooled * (1.0 - pooled)
    df = len(used) - 2
    if base_var <= 0.0:
        low = high = slope
    else:
        chi2 = sum(m.strong * (m.stayed / m.strong - (y_mean + slope * (x - x_mean))) ** 2 / base_var for x, m in used)
        phi = max(1.0, chi2 / df)
        half = t_quantile_975(df) * math.sqrt(phi * base_var / sxx)
        low, high = slope - half, slope + half
    fitted_last = y_mean + slope * (used[-1][0] - x_mean)
    return Trend(slope, low, high, len(used), used[0][1].month, used[-1][1].month, fitted_last)


def compute_patterns(points: Sequence[Point], *, labels: Mapping[str, str] = _NO_LABELS) -> Patterns:
    """Compute everything the patterns page shows from a member's check-ins, in any order.

    ``labels`` maps trigger and person keys to display names; a key with none falls back to
    :data:`DEFAULT_LABELS`, then to the key itself. Urges are taken as given (integers 0-10).
    """
    n = 0
    total_sum = 0
    total_sq = 0
    trig: dict[str, list[int]] = {}
    pers: dict[str, list[int]] = {}
    hours = [[0, 0, 0] for _ in HOUR_BANDS]
    weekdays = [[0, 0, 0] for _ in WEEKDAYS]
    days: dict[date, list[int]] = {}
    strong_by_month: dict[tuple[int, int], list[int]] = {}
    for point in points:
        urge = point.urge
        sq = urge * urge
        n += 1
        total_sum += urge
        total_sq += sq
        for key in point.triggers:
            acc = trig.get(key)
            if acc is None:
                trig[key] = [1, urge, sq]
            else:
                acc[0] += 1
                acc[1] += urge
                acc[2] += sq
        if point.person is not None:
            acc = pers.get(point.person)
            if acc is None:
                pers[point.person] = [1, urge, sq]
            else:
                acc[0] += 1
                acc[1] += urge
                acc[2] += sq
        at = point.at
        acc = hours[at.hour // 6]
        acc[0] += 1
        acc[1] += urge
        acc[2] += sq
        day = at.date()
        acc = weekdays[day.weekday()]
        acc[0] += 1
        acc[1] += urge
        acc[2] += sq
        cell = days.get(day)
        if cell is None:
            days[day] = [1, urge]
        else:
            cell[0] += 1
            cell[1] += urge
        if urge >= STRONG_URGE:
            month_key = (day.year, day.month)
            counts = strong_by_month.get(month_key)
            if counts is None:
                counts = strong_by_month[month_key] = [0, 0, 0]
            counts[0] += 1
            if point.action in WITHDRAWING:
                counts[1] += 1
            elif point.action in STAYING:
                counts[2] += 1

    prior_var = (total_sq - total_sum * total_sum / n) / (n - 1) if n > 1 else 0.0

    def effects(kind: str, accs: Mapping[str, list[int]], names: Mapping[str, str]) -> list[FactorEffect]:
        found = []
        for key, (n_with, sum_with, sq_with) in accs.items():
            n_without = n - n_with
            if n_with < MIN_EACH or n_without < MIN_EACH:
                continue
            sum_without = total_sum - sum_with
            diff, low, high, p = difference_interval(
                n_with, sum_with, sq_with, n_without, sum_without, total_sq - sq_with, prior_var
            )
            label = labels.get(key) or names.get(key) or key
            mean_with, mean_without = sum_with / n_with, sum_without / n_without
            found.append(FactorEffect(kind, key, label, n_with, mean_with, n_without, mean_without, diff, low, high, p))
        found.sort(key=lambda e: (-e.difference, e.key))
        return found

    band_names = dict(HOUR_BANDS)
    weekday_names = dict(WEEKDAYS)
    by_hour = effects("hour", {key: acc for (key, _), acc in zip(HOUR_BANDS, hours, strict=True)}, band_names)
    by_weekday = effects("weekday", {key: acc for (key, _), acc in zip(WEEKDAYS, weekdays, strict=True)}, weekday_names)

    heatmap: list[DayCell] = []
    monthly: list[MonthAction] = []
    if days:
        first, last = min(days), max(days)
        for ordinal in range(first.toordinal(), last.toordinal() + 1):
            day = date.fromordinal(ordinal)
            cell = days.get(day)
            heatmap.append(DayCell(day, cell[0], cell[1] / cell[0]) if cell else DayCell(day, 0, None))
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            strong, withdrew, stayed = strong_by_month.get((year, month), (0, 0, 0))
            rate = stayed / strong if strong else None
            monthly.append(MonthAction(f"{year:04d}-{month:02d}", strong, withdrew, stayed, rate))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    try:
        recent = sorted(points, key=attrgetter("at"))[-SCATTER_CAP:]
    except TypeError:  # naive and aware times mixed: order by local wall-clock time instead
        recent = sorted(points, key=lambda p: p.at.replace(tzinfo=None))[-SCATTER_CAP:]
    return Patterns(
        total=n,
        by_trigger=effects("trigger", trig, DEFAULT_LABELS),
        by_person=effects("person", pers, _NO_LABELS),
        by_hour_band=by_hour,
        by_weekday=by_weekday,
        monthly=monthly,
        trend=fit_trend(monthly),
        heatmap=heatmap,
        scatter=[(p.pleasantness, p.energy, p.urge) for p in recent],
        strong=sum(m.strong for m in monthly),
        withdrew=sum(m.withdrew for m in monthly),
        stayed=sum(m.stayed for m in monthly),
    )


def _month_index(month: str) -> int:
    year, _, number = month.partition("-")
    return int(year) * 12 + int(number) - 1
