"""Accessible SVG charts for the patterns page, drawn on the server as strings.

Every chart is one ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` that ``aria-labelledby``
names, a ``viewBox`` about 360 units wide so it scales down to a phone without tiny text (give it
``width: 100%; height: auto`` in CSS), and no ``style`` attribute or element: the site's CSP forbids
them. Colour comes from ``currentColor`` presentation attributes, so a chart is legible with no CSS
at all, and from these classes, which the site's stylesheet may colour for light and dark mode
(the "Patterns charts" section of nearer/core/static/core/nearer.css):

- ``chart``: the ``<svg>``, beside ``chart-effect``, ``chart-monthly``, ``chart-heatmap`` or ``chart-scatter``
- ``chart-label``: text naming a row, a value or a legend entry
- ``chart-tick``: axis numbers, month and weekday names
- ``chart-axis``: axis lines and ticks (stroked); ``chart-grid``: light guide lines (stroked)
- ``chart-bar``: effect chart, the average urge *with* the factor (filled)
- ``chart-bar-without``: effect chart, the average urge *without* it (filled, lighter)
- ``chart-interval``: effect chart, the 95% interval (stroked)
- ``chart-line``: monthly chart, the stay rate from month to month (stroked)
- ``chart-point``: monthly chart, a month with at least 3 strong urges (filled)
- ``chart-point-few``: monthly chart, a month with 1-2 strong urges (hollow: less to go on)
- ``chart-trend``: monthly chart, the fitted trend line (stroked, dashed)
- ``heat-0`` .. ``heat-4``: heatmap, a day's mean urge in 0-2, 2-4, 4-6, 6-8, 8-10 (filled)
- ``heat-empty``: heatmap, a day without check-ins (stroked outline)
- ``chart-quadrant``: scatter, the corner names of the mood grid
- ``dot-low``, ``dot-mid``, ``dot-high``: scatter, check-ins with urge 0-3, 4-6, 7-10. Each band is one
  path of round dots, so colour them with ``stroke``; the dots differ in size too, so the bands do
  not rest on colour alone.

The presentation attributes carry opacities (``fill-opacity`` and the like) so the no-CSS fallback
reads; a stylesheet that sets real colours should reset them, as the site stylesheet does.

Everything the member named (trigger and person labels) is escaped with :func:`html.escape`.
The page also renders each chart's data as a table; the ``<desc>`` is a short summary, not that table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from nearer.patterns.stats import MIN_STRONG_PER_MONTH, MONTH_NAMES, DayCell, FactorEffect, MonthAction, Trend

WIDTH = 360
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LABEL_CHARS = 44
#: Heatmap weeks shown (the last year, whole weeks Monday to Sunday), drawn as two stacked blocks.
HEATMAP_WEEKS = 53
#: The scatter draws at most this many of the most recent moods.
SCATTER_CAP = 2000


def effect_chart(effects: Sequence[FactorEffect], *, title: str, chart_id: str | None = None) -> str:
    """Horizontal bars: the average urge with and without each factor, on the 0-10 scale.

    The interval line on the "with" bar is ``mean_without + low`` .. ``mean_without + high``: the
    95% interval of the difference, placed where the "with" average sits against the "without" one.
    Draws every effect it is given, in order; slice the list for a shorter chart.
    """
    left, right = 8.0, WIDTH - 8.0
    scale = (right - left) / 10.0
    if not effects:
        return _empty(title, chart_id, "effect", "Not enough check-ins yet to show this chart.")
    row_h, top = 46, 30
    height = top + row_h * len(effects) + 26
    parts = [
        _swatch(left, 8, "chart-bar", "with"),
        _swatch(left + 70, 8, "chart-bar-without", "without"),
        f'<line class="chart-interval" x1="{left + 150}" y1="14" x2="{left + 170}" y2="14" '
        'stroke="currentColor" stroke-width="1.5"/>'
        f'<text class="chart-label" x="{left + 176}" y="18" fill="currentColor">95% interval</text>',
    ]
    for tick in range(0, 11, 2):
        x = _f(left + tick * scale)
        parts.append(
            f'<line class="chart-grid" x1="{x}" y1="{top - 4}" x2="{x}" y2="{height - 22}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
    lines = []
    for i, effect in enumerate(effects):
        y = top + i * row_h
        label = _clip(effect.label)
        text = f"{label}: {effect.mean_with:.1f} with ({effect.n_with}), {effect.mean_without:.1f} without"
        parts.append(f'<text class="chart-label" x="{left}" y="{y + 10}" fill="currentColor">{escape(text)}</text>')
        parts.append(
            f'<rect class="chart-bar" x="{left}" y="{y + 15}" width="{_f(effect.mean_with * scale)}" height="12" '
            'fill="currentColor" fill-opacity="0.7"/>'
        )
        parts.append(
            f'<rect class="chart-bar-without" x="{left}" y="{y + 30}" width="{_f(effect.mean_without * scale)}" '
            'height="7" fill="currentColor" fill-opacity="0.3"/>'
        )
        lo = left + _clamp(effect.mean_without + effect.low, 0, 10) * scale
        hi = left + _clamp(effect.mean_without + effect.high, 0, 10) * scale
        mid = y + 21
        parts.append(
            f'<path class="chart-interval" d="M{_f(lo)} {mid}H{_f(hi)}M{_f(lo)} {mid - 4}v8M{_f(hi)} {mid - 4}v8" '
            'stroke="currentColor" stroke-width="1.5" fill="none"/>'
        )
        lines.append(
            f"{effect.label}: {effect.mean_with:.1f} over {effect.n_with} check-ins with it, "
            f"{effect.mean_without:.1f} over {effect.n_without} without; difference {effect.difference:+.1f} "
            f"(95% interval {effect.low:+.1f} to {effect.high:+.1f})."
        )
    axis_y = height - 22
    parts.append(_x_axis(left, right, axis_y, [(left + t * scale, str(t)) for t in range(0, 11, 2)]))
    desc = "Average urge to pull away, 0 to 10, with and without each factor. " + " ".join(lines)
    return _svg(title, chart_id, "effect", height, desc, parts)


def monthly_chart(
    monthly: Sequence[MonthAction], *, title: str, trend: Trend | None = None, chart_id: str | None = None
) -> str:
    """The share of strong urges that ended in staying, month by month, 0-100%.

    A month with no strong urge has no point and breaks the line; a month with fewer than
    :data:`~nearer.patterns.stats.MIN_STRONG_PER_MONTH` strong urges is drawn hollow. With ``trend``,
    its fitted line is drawn dashed over the months it was fitted to.
    """
    rated = [m for m in monthly if m.stay_rate is not None]
    if not rated:
        return _empty(title, chart_id, "monthly", "No strong urges (7 or more) yet, so there is nothing to draw.")
    left, right, top, bottom = 34.0, WIDTH - 8.0, 12.0, 166.0
    height = 196
    step = (right - left) / len(monthly)

    def x_of(i: int) -> float:
        return left + (i + 0.5) * step

    def y_of(rate: float) -> float:
        return bottom - rate * (bottom - top)

    parts = []
    for pct in (0, 25, 50, 75, 100):
        y = _f(y_of(pct / 100))
        parts.append(
            f'<line class="chart-grid" x1="{left}" y1="{y}" x2="{right}" y2="{y}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
        parts.append(
            f'<text class="chart-tick" x="{left - 4}" y="{_f(y_of(pct / 100) + 4)}" text-anchor="end" '
            f'font-size="10" fill="currentColor">{pct}%</text>'
        )
    index = {m.month: i for i, m in enumerate(monthly)}
    segments: list[list[str]] = []
    previous: int | None = None
    for i, m in enumerate(monthly):
        if m.stay_rate is None:
            previous = None
            continue
        point = f"{_f(x_of(i))} {_f(y_of(m.stay_rate))}"
        if previous is None:
            segments.append([point])
        else:
            segments[-1].append(point)
        previous = i
    path = "".join("M" + "L".join(seg) for seg in segments if len(seg) > 1)
    if path:
        parts.append(f'<path class="chart-line" d="{path}" fill="none" stroke="currentColor" stroke-width="1.5"/>')
    if trend is not None and trend.first_month in index and trend.last_month in index:
        i0, i1 = index[trend.first_month], index[trend.last_month]
        end = trend.fitted_last
        start = end - trend.slope_per_month * (_month_number(trend.last_month) - _month_number(trend.first_month))
        clipped = _clip_segment(float(i0), start, float(i1), end)
        if clipped is not None:
            a, ra, b, rb = clipped
            parts.append(
                f'<path class="chart-trend" d="M{_f(left + (a + 0.5) * step)} {_f(y_of(ra))}'
                f'L{_f(left + (b + 0.5) * step)} {_f(y_of(rb))}" fill="none" stroke="currentColor" '
                'stroke-width="1.5" stroke-dasharray="5 4"/>'
            )
    radius = 3.5 if len(monthly) <= 24 else 2.5
    for i, m in enumerate(monthly):
        if m.stay_rate is None:
            continue
        cx, cy = _f(x_of(i)), _f(y_of(m.stay_rate))
        if m.strong >= MIN_STRONG_PER_MONTH:
            parts.append(f'<circle class="chart-point" cx="{cx}" cy="{cy}" r="{radius}" fill="currentColor"/>')
        else:
            parts.append(
                f'<circle class="chart-point-few" cx="{cx}" cy="{cy}" r="{radius}" fill="none" stroke="currentColor"/>'
            )
    ticks = []
    for i, m in enumerate(monthly):
        year, number = _split_month(m.month)
        if len(monthly) <= 12:
            ticks.append((x_of(i), _SHORT_MONTHS[number - 1]))
        elif number == 1 or i == 0:
            ticks.append((x_of(i), str(year)))
    spaced: list[tuple[float, str]] = []
    for tick in reversed(ticks):  # keep the latest labels; drop any that would crowd the next one
        if not spaced or spaced[-1][0] - tick[0] >= 26:
            spaced.append(tick)
    parts.append(_x_axis(left, right, bottom, spaced[::-1]))
    shown = rated[-12:]
    lines = [f"{_month_name(m.month)}: {m.stayed} of {m.strong} ({(m.stay_rate or 0) * 100:.0f}%)." for m in shown]
    intro = (
        f"Share of strong urges (7 or more) that ended in staying, month by month, from "
        f"{_month_name(monthly[0].month)} to {_month_name(monthly[-1].month)}. "
    )
    if len(rated) > len(shown):
        intro += f"The last {len(shown)} months with strong urges: "
    if trend is not None:
        lines.append(
            f"Trend over {trend.months} months: {trend.slope_per_month * 100:+.1f} percentage points a month "
            f"(95% interval {trend.low * 100:+.1f} to {trend.high * 100:+.1f})."
        )
    return _svg(title, chart_id, "monthly", height, intro + " ".join(lines), parts)


def heatmap_chart(heatmap: Sequence[DayCell], *, title: str, chart_id: str | None = None) -> str:
    """A calendar of the last year: weeks across, weekdays down, each day shaded by its mean urge.

    The last :data:`HEATMAP_WEEKS` weeks (Monday to Sunday) are drawn as two stacked half-years so
    the squares stay large enough on a phone. Each square carries a ``<title>`` with its date,
    number of check-ins and mean urge; days before the first check-in are left out.
    """
    if not heatmap:
        return _empty(title, chart_id, "heatmap", "No check-ins yet, so there is no calendar to draw.")
    last = heatmap[-1].date
    start = last - timedelta(days=last.weekday()) - timedelta(weeks=HEATMAP_WEEKS - 1)
    cells = [c for c in heatmap if c.date >= start]
    pitch, size, left = 12, 10, 28
    per_block = (HEATMAP_WEEKS + 1) // 2
    block_h = 16 + 7 * pitch
    height = 2 * block_h + 12 + 30
    parts = []
    for block in range(2):
        y0 = block * (block_h + 6)
        for row in (0, 2, 4):
            parts.append(
                f'<text class="chart-tick" x="{left - 4}" y="{y0 + 16 + row * pitch + 9}" text-anchor="end" '
                f'font-size="9" fill="currentColor">{_WEEKDAY_SHORT[row]}</text>'
            )
    month_labels: list[tuple[int, int, int]] = []  # (block, column, month) where a month's name goes
    for cell in cells:
        week, weekday = divmod((cell.date - start).days, 7)
        block, column = divmod(week, per_block)
        x = left + column * pitch
        y = block * (block_h + 6) + 16 + weekday * pitch
        if cell.date.day == 1 or not month_labels or month_labels[-1][0] != block:
            if month_labels and month_labels[-1][0] == block and column - month_labels[-1][1] < 3:
                month_labels.pop()  # a block's opening label gives way to a month starting right after
            month_labels.append((block, column, cell.date.month))
        when = f"{_WEEKDAY_SHORT[weekday]} {cell.date.day} {_SHORT_MONTHS[cell.date.month - 1]} {cell.date.year}"
        if cell.mean_urge is None:
            parts.append(
                f'<rect class="heat-empty" x="{x}" y="{y}" width="{size}" height="{size}" rx="2" fill="none" '
                f'stroke="currentColor" stroke-opacity="0.2"><title>{when}: no check-ins</title></rect>'
            )
        else:
            level = _heat_level(cell.mean_urge)
            parts.append(
                f'<rect class="heat-{level}" x="{x}" y="{y}" width="{size}" height="{size}" rx="2" '
                f'fill="currentColor" fill-opacity="{_HEAT_OPACITY[level]}"><title>{when}: '
                f"{_plural(cell.count, 'check-in')}, average urge {cell.mean_urge:.1f}</title></rect>"
            )
    for block, column, month in month_labels:
        parts.append(
            f'<text class="chart-tick" x="{left + column * pitch}" y="{block * (block_h + 6) + 12}" font-size="9" '
            f'fill="currentColor">{_SHORT_MONTHS[month - 1]}</text>'
        )
    legend_y = 2 * block_h + 18
    parts.append(
        f'<text class="chart-label" x="{left}" y="{legend_y + 9}" font-size="10" fill="currentColor">lower</text>'
    )
    for level in range(5):
        parts.append(
            f'<rect class="heat-{level}" x="{left + 34 + level * pitch}" y="{legend_y}" width="{size}" '
            f'height="{size}" rx="2" fill="currentColor" fill-opacity="{_HEAT_OPACITY[level]}"/>'
        )
    parts.append(
        f'<text class="chart-label" x="{left + 40 + 5 * pitch}" y="{legend_y + 9}" font-size="10" '
        f'fill="currentColor">higher urge</text>'
        f'<rect class="heat-empty" x="{left + 150}" y="{legend_y}" width="{size}" height="{size}" rx="2" '
        'fill="none" stroke="currentColor" stroke-opacity="0.2"/>'
        f'<text class="chart-label" x="{left + 164}" y="{legend_y + 9}" font-size="10" '
        'fill="currentColor">no check-ins</text>'
    )
    active = [c for c in cells if c.mean_urge is not None]
    desc = (
        f"A calendar from {_day_name(cells[0].date)} to {_day_name(last)}, one square a day, darker for a higher "
        f"average urge to pull away. {len(active)} of {len(cells)} days have check-ins."
    )
    if active:
        top = sorted(active, key=lambda c: (-(c.mean_urge or 0.0), c.date))[:3]
        desc += " Highest days: " + "; ".join(f"{_day_name(c.date)} ({c.mean_urge or 0.0:.1f})" for c in top) + "."
    return _svg(title, chart_id, "heatmap", height, desc, parts)


#: Corner names of the mood grid, in our own words: (pleasant?, energetic?) -> name.
QUADRANTS: dict[tuple[bool, bool], str] = {
    (True, True): "Bright, lively",
    (False, True): "Tense, stirred up",
    (False, False): "Low, heavy",
    (True, False): "Calm, settled",
}


def scatter_chart(points: Sequence[tuple[float, float, int]], *, title: str, chart_id: str | None = None) -> str:
    """Moods on the pleasantness x energy grid, one dot per check-in, sized and classed by urge.

    ``points`` are ``(pleasantness, energy, urge)`` as in ``Patterns.scatter``; the most recent
    :data:`SCATTER_CAP` are drawn. Dots get a small deterministic jitter so repeated moods stay visible.
    """
    points = points[-SCATTER_CAP:]
    if not points:
        return _empty(title, chart_id, "scatter", "No check-ins yet, so there are no moods to draw.")
    left, top, side = 30.0, 20.0, 320.0
    height = int(top + side + 50)

    def px(value: float) -> float:
        return left + (_clamp(value, -1, 1) + 1) / 2 * side

    def py(value: float) -> float:
        return top + (1 - _clamp(value, -1, 1)) / 2 * side

    mid_x, mid_y = px(0), py(0)
    parts = [
        f'<rect class="chart-axis" x="{left}" y="{top}" width="{side}" height="{side}" fill="none" '
        'stroke="currentColor" stroke-opacity="0.4"/>',
        f'<path class="chart-axis" d="M{_f(mid_x)} {top}V{top + side}M{left} {_f(mid_y)}H{left + side}" '
        'stroke="currentColor" stroke-opacity="0.4"/>',
    ]
    for (pleasant, energetic), name in QUADRANTS.items():
        x = left + side if pleasant else left  # outside the square, so dots never cover the names
        y = top - 7 if energetic else top + side + 14
        anchor = "end" if pleasant else "start"
        parts.append(
            f'<text class="chart-quadrant" x="{_f(x)}" y="{_f(y)}" text-anchor="{anchor}" fill="currentColor" '
            f'fill-opacity="0.75">{name}</text>'
        )
    bands: dict[str, list[str]] = {"dot-low": [], "dot-mid": [], "dot-high": []}
    seed = 2463534242
    quadrant_sums: dict[tuple[bool, bool], list[int]] = {key: [0, 0] for key in QUADRANTS}
    for pleasantness, energy, urge in points:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        jx = (seed % 601) / 100 - 3
        jy = ((seed >> 10) % 601) / 100 - 3
        band = "dot-low" if urge <= 3 else "dot-mid" if urge <= 6 else "dot-high"
        bands[band].append(f"M{px(pleasantness) + jx:.0f} {py(energy) + jy:.0f}h0")
        sums = quadrant_sums[(pleasantness >= 0, energy >= 0)]
        sums[0] += 1
        sums[1] += urge
    for band, width in (("dot-low", 5), ("dot-mid", 7), ("dot-high", 9)):
        if bands[band]:
            parts.append(
                f'<path class="{band}" d="{"".join(bands[band])}" fill="none" stroke="currentColor" '
                f'stroke-opacity="0.45" stroke-width="{width}" stroke-linecap="round"/>'
            )
    axis_y = top + side
    parts.append(
        f'<text class="chart-tick" x="{_f(mid_x)}" y="{_f(axis_y + 14)}" text-anchor="middle" font-size="10" '
        'fill="currentColor">unpleasant ← → pleasant</text>'
        f'<text class="chart-tick" x="12" y="{_f(mid_y)}" text-anchor="middle" font-size="10" fill="currentColor" '
        f'transform="rotate(-90 12 {_f(mid_y)})">low energy ← → high energy</text>'
    )
    legend_y = axis_y + 34
    for i, (band, width, text) in enumerate(
        (("dot-low", 5, "urge 0-3"), ("dot-mid", 7, "urge 4-6"), ("dot-high", 9, "urge 7-10"))
    ):
        x = left + 8 + i * 100
        parts.append(
            f'<path class="{band}" d="M{x} {_f(legend_y)}h0" stroke="currentColor" stroke-opacity="0.45" '
            f'stroke-width="{width}" stroke-linecap="round"/>'
            f'<text class="chart-label" x="{x + 10}" y="{_f(legend_y + 4)}" font-size="10" '
            f'fill="currentColor">{text}</text>'
        )
    lines = []
    for key, name in QUADRANTS.items():
        count, total = quadrant_sums[key]
        if count:
            lines.append(f"{name}: {_plural(count, 'check-in')}, average urge {total / count:.1f}.")
    desc = (
        f"{_plural(len(points), 'check-in')} on the mood grid, unpleasant to pleasant across and low to high energy "
        "up; bigger dots for stronger urges to pull away. " + " ".join(lines)
    )
    return _svg(title, chart_id, "scatter", height, desc, parts)


# -- helpers ---------------------------------------------------------------------------------------

_HEAT_OPACITY = ("0.15", "0.3", "0.5", "0.7", "0.9")


def _heat_level(mean_urge: float) -> int:
    return min(4, max(0, int(mean_urge // 2)))


def _svg(title: str, chart_id: str | None, kind: str, height: int | float, desc: str, parts: list[str]) -> str:
    base = chart_id or _default_id(title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {_f(height)}" role="img" '
        f'aria-labelledby="{escape(base)}-title {escape(base)}-desc" class="chart chart-{kind}" font-size="12">'
        f'<title id="{escape(base)}-title">{escape(title)}</title>'
        f'<desc id="{escape(base)}-desc">{escape(desc)}</desc>' + "".join(parts) + "</svg>"
    )


def _empty(title: str, chart_id: str | None, kind: str, message: str) -> str:
    text = (
        f'<text class="chart-label" x="{WIDTH // 2}" y="34" text-anchor="middle" fill="currentColor">'
        f"{escape(message)}</text>"
    )
    return _svg(title, chart_id, kind, 60, message, [text])


def _default_id(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-")
    return "chart-" + slug if slug else "chart"


def _x_axis(left: float, right: float, y: float, ticks: Sequence[tuple[float, str]]) -> str:
    out = [
        f'<line class="chart-axis" x1="{_f(left)}" y1="{_f(y)}" x2="{_f(right)}" y2="{_f(y)}" stroke="currentColor"/>'
    ]
    for x, text in ticks:
        out.append(
            f'<line class="chart-axis" x1="{_f(x)}" y1="{_f(y)}" x2="{_f(x)}" y2="{_f(y + 4)}" stroke="currentColor"/>'
            f'<text class="chart-tick" x="{_f(x)}" y="{_f(y + 15)}" text-anchor="middle" font-size="10" '
            f'fill="currentColor">{escape(text)}</text>'
        )
    return "".join(out)


def _swatch(x: float, y: float, cls: str, text: str) -> str:
    return (
        f'<rect class="{cls}" x="{_f(x)}" y="{y}" width="12" height="12" fill="currentColor" '
        f'fill-opacity="{"0.7" if cls == "chart-bar" else "0.3"}"/>'
        f'<text class="chart-label" x="{_f(x + 16)}" y="{y + 10}" fill="currentColor">{text}</text>'
    )


def _clip_segment(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float] | None:
    """The part of the line from (x0, y0) to (x1, y1) with 0 <= y <= 1, or None if none of it is."""
    if x1 == x0:
        return None
    t0, t1 = 0.0, 1.0
    dy = y1 - y0
    for bound in (0.0, 1.0):
        if dy == 0:
            continue
        t = (bound - y0) / dy
        if (dy > 0) == (bound == 0.0):
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    if dy == 0 and not 0.0 <= y0 <= 1.0:
        return None
    if t0 >= t1:
        return None
    dx = x1 - x0
    return x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy


def _clip(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


def _f(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _split_month(month: str) -> tuple[int, int]:
    year, _, number = month.partition("-")
    return int(year), int(number)


def _month_number(month: str) -> int:
    year, number = _split_month(month)
    return year * 12 + number - 1


def _month_name(month: str) -> str:
    year, number = _split_month(month)
    return f"{MONTH_NAMES[number - 1]} {year}"


def _day_name(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
