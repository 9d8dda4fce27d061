"""Accessible SVG for results, drawn on the server: the anxiety x avoidance plane and a score's history.

Same conventions as ``nearer.patterns.charts``: one ``<svg role="img">`` with a ``<title>`` and a
``<desc>``, a ``viewBox`` 360 units wide, no ``style`` (the CSP forbids it), colour from
``currentColor`` and the site's chart classes (``chart``, ``chart-axis``, ``chart-grid``,
``chart-label``, ``chart-tick``, ``chart-quadrant``, ``chart-line``, ``chart-point``,
``chart-point-few``). Plain Python; every text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from nearer.patterns.charts import WIDTH

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Axis:
    name: str
    low: float
    high: float
    cut: float


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str
    current: bool = False


def plane_chart(
    x_axis: Axis, y_axis: Axis, dots: Sequence[Dot], *, regions: dict[str, str], title: str, chart_id: str
) -> str:
    """Dots on a square: ``x_axis`` across, ``y_axis`` up, the cuts as dividing lines and the four
    region names (``regions`` keyed ``top-left``, ``top-right``, ``bottom-left``, ``bottom-right``)
    in the corners. The current result is a filled dot, earlier ones hollow."""
    left, top, side = 34.0, 18.0, 300.0
    height = top + side + 44

    def px(value: float) -> float:
        return left + (_clamp(value, x_axis.low, x_axis.high) - x_axis.low) / (x_axis.high - x_axis.low) * side

    def py(value: float) -> float:
        return top + (1 - (_clamp(value, y_axis.low, y_axis.high) - y_axis.low) / (y_axis.high - y_axis.low)) * side

    cx, cy = px(x_axis.cut), py(y_axis.cut)
    parts = [
        f'<rect class="chart-axis" x="{left}" y="{top}" width="{side}" height="{side}" fill="none" '
        'stroke="currentColor" stroke-opacity="0.4"/>',
        f'<path class="chart-grid" d="M{_f(cx)} {top}V{top + side}M{left} {_f(cy)}H{left + side}" '
        'stroke="currentColor" stroke-opacity="0.3" stroke-dasharray="4 3"/>',
    ]
    corners = {
        "top-left": (left + 6, top + 16, "start"),
        "top-right": (left + side - 6, top + 16, "end"),
        "bottom-left": (left + 6, top + side - 8, "start"),
        "bottom-right": (left + side - 6, top + side - 8, "end"),
    }
    for corner, (x, y, anchor) in corners.items():
        parts.append(
            f'<text class="chart-quadrant" x="{_f(x)}" y="{_f(y)}" text-anchor="{anchor}" fill="currentColor" '
            f'fill-opacity="0.75">{escape(regions.get(corner, ""))}</text>'
        )
    for dot in dots:
        if not dot.current:
            parts.append(
                f'<circle class="chart-point-few" cx="{_f(px(dot.x))}" cy="{_f(py(dot.y))}" r="5" fill="none" '
                f'stroke="currentColor"><title>{escape(dot.label)}</title></circle>'
            )
    for dot in dots:
        if dot.current:
            parts.append(
                f'<circle class="chart-point" cx="{_f(px(dot.x))}" cy="{_f(py(dot.y))}" r="8" fill="currentColor">'
                f"<title>{escape(dot.label)}</title></circle>"
            )
    parts.append(
        f'<text class="chart-tick" x="{_f(left + side / 2)}" y="{_f(top + side + 16)}" text-anchor="middle" '
        f'font-size="11" fill="currentColor">{escape(x_axis.name)}: lower ← → higher</text>'
        f'<text class="chart-tick" x="14" y="{_f(top + side / 2)}" text-anchor="middle" font-size="11" '
        f'fill="currentColor" transform="rotate(-90 14 {_f(top + side / 2)})">'
        f"{escape(y_axis.name)}: lower ← → higher</text>"
    )
    current = [d for d in dots if d.current]
    desc = f"{y_axis.name} up, from {_f(y_axis.low)} to {_f(y_axis.high)}; {x_axis.name} across, the same way. "
    desc += " ".join(d.label + "." for d in current)
    if len(dots) > len(current):
        desc += f" Also shown as hollow dots: {len(dots) - len(current)} earlier result(s)."
    return _svg(title, chart_id, "plane", height, desc, parts)


def history_chart(
    points: Sequence[tuple[date, float]], *, low: float, high: float, name: str, title: str, chart_id: str
) -> str:
    """A score over time: one point per result, joined by a line, on the score's full range."""
    if not points:
        return _svg(title, chart_id, "history", 60, "No results yet.", [])
    left, right, top, bottom = 34.0, WIDTH - 12.0, 12.0, 152.0
    height = bottom + 30
    span = (high - low) or 1.0
    step = (right - left) / max(len(points) - 1, 1)

    def x_of(i: int) -> float:
        return left + i * step if len(points) > 1 else (left + right) / 2

    def y_of(value: float) -> float:
        return bottom - (_clamp(value, low, high) - low) / span * (bottom - top)

    parts = []
    for value in _ticks(low, high):
        y = _f(y_of(value))
        parts.append(
            f'<line class="chart-grid" x1="{left}" y1="{y}" x2="{right}" y2="{y}" stroke="currentColor" '
            'stroke-opacity="0.15"/>'
            f'<text class="chart-tick" x="{left - 4}" y="{_f(y_of(value) + 4)}" text-anchor="end" font-size="10" '
            f'fill="currentColor">{_f(value)}</text>'
        )
    if len(points) > 1:
        path = "L".join(f"{_f(x_of(i))} {_f(y_of(v))}" for i, (_, v) in enumerate(points))
        parts.append(f'<path class="chart-line" d="M{path}" fill="none" stroke="currentColor" stroke-width="1.5"/>')
    shown_ticks: list[float] = []
    for i, (day, value) in enumerate(points):
        when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        parts.append(
            f'<circle class="chart-point" cx="{_f(x_of(i))}" cy="{_f(y_of(value))}" r="4" fill="currentColor">'
            f"<title>{escape(when)}: {_f(value)}</title></circle>"
        )
        if not shown_ticks or x_of(i) - shown_ticks[-1] >= 60:  # dates far enough apart to read
            shown_ticks.append(x_of(i))
            # The outermost dates lean inwards so they are never cut off at the edges.
            anchor = (
                "middle" if len(points) == 1 else "start" if i == 0 else "end" if i == len(points) - 1 else "middle"
            )
            parts.append(
                f'<text class="chart-tick" x="{_f(x_of(i))}" y="{_f(bottom + 16)}" text-anchor="{anchor}" '
                f'font-size="10" fill="currentColor">{day.day} {_MONTHS[day.month - 1]}</text>'
            )
    readings = "; ".join(f"{d.day} {_MONTHS[d.month - 1]} {d.year}: {_f(v)}" for d, v in points[-12:])
    desc = f"{name}, from {_f(low)} to {_f(high)}, over {len(points)} result(s). {readings}."
    return _svg(title, chart_id, "history", height, desc, parts)


def _svg(title: str, chart_id: str, kind: str, height: float, desc: str, parts: list[str]) -> str:
    base = escape(chart_id)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {_f(height)}" role="img" '
        f'aria-labelledby="{base}-title {base}-desc" class="chart chart-{kind}" font-size="12">'
        f'<title id="{base}-title">{escape(title)}</title><desc id="{base}-desc">{escape(desc)}</desc>'
        + "".join(parts)
        + "</svg>"
    )


def _ticks(low: float, high: float) -> list[float]:
    """Round guide values from ``low`` to ``high``: at most six steps of a whole size."""
    span = high - low
    step = next((s for s in (1, 2, 3, 4, 5, 6, 9, 10, 12, 15, 20, 25, 50, 100) if span / s <= 6), span)
    count = int(span // step)
    return [low + k * step for k in range(count + 1)]


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


def _f(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
