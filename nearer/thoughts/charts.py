"""Accessible SVG charts for the practice tools, drawn on the server as strings. No Django.

The same shape as the patterns charts (``nearer/patterns/charts.py``): one ``<svg role="img">``
with a ``<title>`` and a ``<desc>`` that ``aria-labelledby`` names, a ``viewBox`` 360 units wide,
colour from ``currentColor`` and the site stylesheet's chart classes (``chart-bar``,
``chart-bar-without``, ``chart-line``, ``chart-point``, ``chart-grid``, ``chart-axis``, ``chart-tick``,
``chart-label``), no ``style`` attribute (the CSP forbids them). The page shows the same numbers as
a table beside each chart. Labels are escaped here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 360


@dataclass(frozen=True)
class BeforeAfter:
    label: str  # e.g. a date, "3 Dec"
    before: float  # 0-100
    after: float  # 0-100


@dataclass(frozen=True)
class Reading:
    label: str
    value: float  # 0-100


def before_after_chart(points: Sequence[BeforeAfter], *, title: str, chart_id: str | None = None) -> str:
    """Paired bars, one pair per record: how strong the feelings were before (light) and after."""
    if not points:
        return empty_chart(title, chart_id, "Finish a thought record to see its before and after here.")
    left, right, top = 8.0, WIDTH - 8.0, 30
    scale = (right - left) / 100.0
    row_h = 40
    height = top + row_h * len(points) + 24
    parts = [_swatch(left, 8, "chart-bar-without", "0.3", "before"), _swatch(left + 80, 8, "chart-bar", "0.7", "after")]
    for tick in range(0, 101, 25):
        x = num(left + tick * scale)
        parts.append(
            f'<line class="chart-grid" x1="{x}" y1="{top - 4}" x2="{x}" y2="{height - 20}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
    lines = []
    for i, point in enumerate(points):
        y = top + i * row_h
        text = f"{point.label}: {point.before:.0f} → {point.after:.0f}"
        parts.append(f'<text class="chart-label" x="{left}" y="{y + 10}" fill="currentColor">{escape(text)}</text>')
        parts.append(
            f'<rect class="chart-bar-without" x="{left}" y="{y + 14}" width="{num(_clamp(point.before) * scale)}" '
            'height="9" fill="currentColor" fill-opacity="0.3"/>'
        )
        parts.append(
            f'<rect class="chart-bar" x="{left}" y="{y + 25}" width="{num(_clamp(point.after) * scale)}" '
            'height="9" fill="currentColor" fill-opacity="0.7"/>'
        )
        lines.append(f"{point.label}: {point.before:.0f} before, {point.after:.0f} after.")
    parts.append(x_axis(left, right, height - 20, [(left + t * scale, str(t)) for t in range(0, 101, 25)]))
    desc = "How strong the feelings were, 0 to 100, before and after each thought record. " + " ".join(lines)
    return svg(title, chart_id, "before-after", height, desc, parts)


def line_chart(readings: Sequence[Reading], *, title: str, what: str, chart_id: str | None = None) -> str:
    """A line through 0-100 readings in time order, one point each (``what`` names the value)."""
    if not readings:
        return empty_chart(title, chart_id, "No ratings yet.")
    left, right, top, bottom = 34.0, WIDTH - 12.0, 12.0, 150.0
    height = 178
    step = (right - left) / max(1, len(readings) - 1)

    def x_of(i: int) -> float:
        return left + i * step if len(readings) > 1 else (left + right) / 2

    def y_of(value: float) -> float:
        return bottom - _clamp(value) / 100 * (bottom - top)

    parts = []
    for pct in (0, 25, 50, 75, 100):
        grid_y = num(y_of(pct))
        parts.append(
            f'<line class="chart-grid" x1="{left}" y1="{grid_y}" x2="{right}" y2="{grid_y}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
            f'<text class="chart-tick" x="{left - 4}" y="{num(y_of(pct) + 4)}" text-anchor="end" font-size="10" '
            f'fill="currentColor">{pct}</text>'
        )
    coords = [(x_of(i), y_of(r.value)) for i, r in enumerate(readings)]
    if len(coords) > 1:
        d = "M" + "L".join(f"{num(x)} {num(y)}" for x, y in coords)
        parts.append(f'<path class="chart-line" d="{d}" fill="none" stroke="currentColor" stroke-width="2"/>')
    for x, y in coords:
        parts.append(f'<circle class="chart-point" cx="{num(x)}" cy="{num(y)}" r="4" fill="currentColor"/>')
    ticks = [(coords[0][0], readings[0].label)]
    if len(readings) > 1:
        ticks.append((coords[-1][0], readings[-1].label))
    parts.append(x_axis(left, right, bottom + 6, ticks))
    first, last = readings[0], readings[-1]
    desc = f"{what}, 0 to 100, over {len(readings)} rating{'s' if len(readings) != 1 else ''}: "
    desc += f"{first.value:.0f} on {first.label}" + (
        f", {last.value:.0f} on {last.label}." if len(readings) > 1 else "."
    )
    return svg(title, chart_id, "line", height, desc, parts)


# -- helpers, shared with the beliefs charts --------------------------------------------------------


def svg(title: str, chart_id: str | None, kind: str, height: float, desc: str, parts: list[str]) -> str:
    base = escape(chart_id or _default_id(title))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {num(height)}" role="img" '
        f'aria-labelledby="{base}-title {base}-desc" class="chart chart-{kind}" font-size="12">'
        f'<title id="{base}-title">{escape(title)}</title>'
        f'<desc id="{base}-desc">{escape(desc)}</desc>' + "".join(parts) + "</svg>"
    )


def empty_chart(title: str, chart_id: str | None, message: str) -> str:
    text = (
        f'<text class="chart-label" x="{WIDTH // 2}" y="34" text-anchor="middle" fill="currentColor">'
        f"{escape(message)}</text>"
    )
    return svg(title, chart_id, "empty", 60, message, [text])


def x_axis(left: float, right: float, y: float, ticks: Sequence[tuple[float, str]]) -> str:
    out = [
        f'<line class="chart-axis" x1="{num(left)}" y1="{num(y)}" x2="{num(right)}" y2="{num(y)}" '
        'stroke="currentColor"/>'
    ]
    for x, text in ticks:
        anchor = "start" if x <= left + 1 else "end" if x >= right - 1 else "middle"
        out.append(
            f'<line class="chart-axis" x1="{num(x)}" y1="{num(y)}" x2="{num(x)}" y2="{num(y + 4)}" '
            'stroke="currentColor"/>'
            f'<text class="chart-tick" x="{num(x)}" y="{num(y + 15)}" text-anchor="{anchor}" font-size="10" '
            f'fill="currentColor">{escape(text)}</text>'
        )
    return "".join(out)


def num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _swatch(x: float, y: float, cls: str, opacity: str, text: str) -> str:
    return (
        f'<rect class="{cls}" x="{num(x)}" y="{y}" width="12" height="12" fill="currentColor" '
        f'fill-opacity="{opacity}"/>'
        f'<text class="chart-label" x="{num(x + 16)}" y="{y + 10}" fill="currentColor">{escape(text)}</text>'
    )


def _clamp(value: float) -> float:
    return 0.0 if value < 0 else 100.0 if value > 100 else value


def _default_id(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-")
    return "chart-" + slug if slug else "chart"
