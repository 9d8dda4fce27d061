"""The result charts are well-formed, accessible SVG; the plane's words are soft and kind."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from nearer.assessments import charts, guidance
from nearer.assessments.engine.model import Plane

SVG = "{http://www.w3.org/2000/svg}"


def _check(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # noqa: S314 (our own SVG, drawn in this test)
    assert root.get("role") == "img"
    ids = root.get("aria-labelledby").split()
    assert [root.find(f"{SVG}title").get("id"), root.find(f"{SVG}desc").get("id")] == ids
    assert "style" not in svg
    return root


def test_the_plane_chart_draws_the_current_result_and_earlier_ones():
    svg = charts.plane_chart(
        charts.Axis("Unease <with> closeness", 1, 7, 4),
        charts.Axis("Worry about being left", 1, 7, 4),
        [charts.Dot(2, 6, "earlier"), charts.Dot(5, 5.5, "This result", current=True)],
        regions={"top-left": "anxious", "top-right": "fearful-avoidant", "bottom-left": "secure"},
        title="Your two scores",
        chart_id="plane-1",
    )
    root = _check(svg)
    assert len(root.findall(f"{SVG}circle")) == 2
    assert "Unease &lt;with&gt; closeness" in svg
    assert "This result." in root.find(f"{SVG}desc").text


def test_the_history_chart_has_a_point_per_result_and_whole_ticks():
    points = [(date(2026, 1, 5), 3.0), (date(2026, 2, 9), 4.5), (date(2026, 3, 9), 2.0)]
    root = _check(charts.history_chart(points, low=0, high=24, name="Signs", title="Signs", chart_id="h"))
    assert len(root.findall(f"{SVG}circle")) == 3
    assert charts._ticks(1, 7) == [1, 2, 3, 4, 5, 6, 7]
    assert charts._ticks(0, 24) == [0, 4, 8, 12, 16, 20, 24]
    assert "No results yet." in charts.history_chart([], low=0, high=1, name="x", title="x", chart_id="e")


@pytest.mark.parametrize(
    ("x", "y", "region", "near"),
    [
        (1.5, 1.5, "secure", False),
        (4.0, 4.0, "secure", True),
        (2, 6.5, "anxious", False),
        (6, 2, "avoidant", False),
        (6, 6, "fearful", False),
        (4.4, 6, "fearful", True),
    ],
)
def test_the_plane_reading(x, y, region, near):
    reading = guidance.reading_for(Plane(x="avoidance", y="anxiety", x_cut=4, y_cut=4), x, y)
    assert (reading.region, reading.near_line) == (region, near)
    assert reading.heading.startswith(("You may lean towards", "Closeness may feel"))
    assert reading.steps[-1] == guidance.LIBRARY_STEP
