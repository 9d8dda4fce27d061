"""The ladder's chart: the fear each try was expected to bring against the fear it brought.

Drawn on the server as one accessible ``<svg role="img">`` with ``<title>`` and ``<desc>``,
like the patterns charts (see :mod:`nearer.patterns.charts` for the conventions), and using the
same classes so the site stylesheet colours it: ``chart-bar-without`` is the expected fear (a
thin, lighter bar), ``chart-bar`` the fear felt (a thicker, solid bar). The two differ in
thickness as well as colour, and each row says its numbers in words. The page also shows the
same data as a table. Plain Python, no Django; every member-written label is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from nearer.patterns.charts import WIDTH

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LABEL_CHARS = 38
#: The chart shows this many of the latest tries; the table below it has them all.
CHART_CAP = 12


@dataclass(frozen=True)
class Point:
    """A finished try: the step's words, the day, the fear expected and the fear felt (0-100)."""

    label: str
    day: date
    predicted: int
    actual: int


def prediction_chart(points: Sequence[Point], *, title: str, chart_id: str = "ladder-chart") -> str:
    """Paired bars, one row per try (oldest at the top), on a 0-100 scale."""
    if not points:
        message = "No finished tries yet."
        body = (
            f'<text class="chart-label" x="{WIDTH // 2}" y="34" text-anchor="middle" fill="currentColor">'
            f"{escape(message)}</text>"
        )
        return _svg(title, chart_id, 60, message, [body])
    shown = list(points)[-CHART_CAP:]
    # The right-hand 30 units hold each bar's number, so a bar at 100 still has room for it.
    left, right = 8.0, WIDTH - 38.0
    scale = (right - left) / 100.0
    top, row_h = 32, 44
    height = top + row_h * len(shown) + 24
    parts = [_swatch(left, 6, "chart-bar-without", "expected", 6), _swatch(left + 90, 6, "chart-bar", "felt", 12)]
    for tick in range(0, 101, 20):
        x = _f(left + tick * scale)
        parts.append(
            f'<line class="chart-grid" x1="{x}" y1="{top - 4}" x2="{x}" y2="{height - 22}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
    lines = []
    for i, point in enumerate(shown):
        y = top + i * row_h
        when = f"{point.day.day} {_MONTHS[point.day.month - 1]}"
        text = f"{_clip(point.label)} · {when}"
        parts.append(f'<text class="chart-label" x="{left}" y="{y + 10}" fill="currentColor">{escape(text)}</text>')
        expected_end = left + point.predicted * scale
        felt_end = left + max(point.actual, 0.5) * scale
        parts.append(
            f'<rect class="chart-bar-without" x="{left}" y="{y + 15}" width="{_f(expected_end - left)}" '
            'height="6" fill="currentColor" fill-opacity="0.3"/>'
            f'<text class="chart-tick" x="{_f(expected_end + 4)}" y="{y + 21}" font-size="9" fill="currentColor">'
            f"{point.predicted}</text>"
        )
        parts.append(
            f'<rect class="chart-bar" x="{left}" y="{y + 24}" width="{_f(felt_end - left)}" '
            'height="12" fill="currentColor" fill-opacity="0.7"/>'
            f'<text class="chart-label" x="{_f(felt_end + 4)}" y="{y + 34}" font-weight="600" fill="currentColor">'
            f"{point.actual}</text>"
        )
        lines.append(f"{point.label}, {when}: expected {point.predicted}, felt {point.actual}.")
    axis_y = height - 22
    parts.append(
        f'<line class="chart-axis" x1="{_f(left)}" y1="{axis_y}" x2="{_f(right)}" y2="{axis_y}" stroke="currentColor"/>'
    )
    for tick in range(0, 101, 20):
        x = _f(left + tick * scale)
        parts.append(
            f'<text class="chart-tick" x="{x}" y="{axis_y + 15}" text-anchor="middle" font-size="10" '
            f'fill="currentColor">{tick}</text>'
        )
    lower = sum(1 for p in shown if p.actual < p.predicted)
    desc = (
        f"Fear expected before each try and felt during it, 0 to 100, for the latest {len(shown)} tries. "
        f"{lower} of {len(shown)} felt less frightening than expected. " + " ".join(lines)
    )
    return _svg(title, chart_id, height, desc, parts)


def _svg(title: str, chart_id: str, height: int, desc: str, parts: list[str]) -> str:
    base = escape(chart_id)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{base}-title {base}-desc" class="chart chart-ladder" font-size="12">'
        f'<title id="{base}-title">{escape(title)}</title>'
        f'<desc id="{base}-desc">{escape(desc)}</desc>' + "".join(parts) + "</svg>"
    )


def _swatch(x: float, y: int, cls: str, text: str, size: int) -> str:
    opacity = "0.7" if cls == "chart-bar" else "0.3"
    return (
        f'<rect class="{cls}" x="{_f(x)}" y="{y + (12 - size) // 2}" width="16" height="{size}" fill="currentColor" '
        f'fill-opacity="{opacity}"/>'
        f'<text class="chart-label" x="{_f(x + 20)}" y="{y + 10}" fill="currentColor">{text}</text>'
    )


def _clip(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _f(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
