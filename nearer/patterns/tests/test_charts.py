"""nearer.patterns.charts: accessible, escaped, CSP-safe SVG that scales."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from nearer.patterns.charts import (
    HEATMAP_WEEKS,
    SCATTER_CAP,
    effect_chart,
    heatmap_chart,
    monthly_chart,
    scatter_chart,
)
from nearer.patterns.stats import DayCell, Patterns, compute_patterns
from nearer.patterns.tests.synthetic import START, point, seeded

# The chart classes are styled in the site stylesheet, for light and dark mode.
SITE_CSS = (Path(__file__).resolve().parents[2] / "core" / "static" / "core" / "nearer.css").read_text()

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & "quotes"'


def _patterns(days: int = 500, hostile: bool = True) -> Patterns:
    rng = seeded(2)
    points = [
        point(
            START + timedelta(hours=6 * i + rng.randrange(5)),
            rng.randint(0, 10),
            rng.sample(["praise", "custom:1", "conflict"], rng.choice((1, 2))),
            rng.choice(("p:1", "p:2")),
            rng.choice(("stayed", "withdrew")),
            rng.uniform(-1, 1),
            rng.uniform(-1, 1),
        )
        for i in range(days * 4)
    ]
    labels = {"custom:1": HOSTILE, "p:1": HOSTILE} if hostile else {}
    return compute_patterns(points, labels=labels)


def parse(svg: str) -> ET.Element:
    """Our own output, parsed in a test: the stdlib parser is fine here (no untrusted XML)."""
    return ET.fromstring(svg)  # noqa: S314


PATTERNS = _patterns()
EMPTY = compute_patterns([])
CHARTS: list[tuple[str, Callable[[Patterns], str]]] = [
    ("effect", lambda p: effect_chart(p.by_trigger, title=f"Urge by trigger {HOSTILE}")),
    ("effect", lambda p: effect_chart(p.by_person, title="Urge by person")),
    ("monthly", lambda p: monthly_chart(p.monthly, title="From urge to action", trend=p.trend)),
    ("heatmap", lambda p: heatmap_chart(p.heatmap, title="Calendar")),
    ("scatter", lambda p: scatter_chart(p.scatter, title="Mood grid")),
]


@pytest.mark.parametrize("patterns", [PATTERNS, EMPTY], ids=["data", "empty"])
@pytest.mark.parametrize(("kind", "draw"), CHARTS)
def test_chart_is_accessible_svg(kind, draw, patterns):
    svg = draw(patterns)
    root = parse(svg)  # well-formed XML, so every label was escaped
    assert root.tag == SVG + "svg" and root.get("role") == "img"
    assert root.get("class") == f"chart chart-{kind}"
    assert re.fullmatch(r"0 0 \d+ \d+(\.\d)?", root.get("viewBox", ""))
    assert root.get("width") is None and root.get("height") is None  # scales to its container
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert title is not None and desc is not None and title.text and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert root[0] is title and root[1] is desc


@pytest.mark.parametrize("patterns", [PATTERNS, EMPTY], ids=["data", "empty"])
@pytest.mark.parametrize(("kind", "draw"), CHARTS)
def test_chart_has_no_inline_style_or_script(kind, draw, patterns):
    svg = draw(patterns)
    root = parse(svg)
    for element in root.iter():
        assert "style" not in element.attrib
        assert element.tag not in {SVG + "style", SVG + "script", SVG + "foreignObject"}
        assert not any(name.startswith("on") for name in element.attrib)
    assert "<script" not in svg and "style=" not in svg


def test_hostile_labels_are_escaped_and_still_read_right():
    svg = effect_chart(PATTERNS.by_trigger, title=HOSTILE)
    assert "&lt;script&gt;" in svg and "<script>" not in svg
    root = parse(svg)
    texts = [t.text or "" for t in root.iter(SVG + "text")]
    assert any(t.startswith(HOSTILE[:30]) for t in texts)  # the member's words, shown as words
    title = root.find(SVG + "title")
    assert title is not None and title.text == HOSTILE
    assert HOSTILE in (root.find(SVG + "desc").text or "")  # type: ignore[union-attr]


def test_effect_chart_has_one_row_per_effect_with_its_interval():
    root = parse(effect_chart(PATTERNS.by_trigger, title="t"))
    assert len(root.findall(f"{SVG}rect[@class='chart-bar']")) == len(PATTERNS.by_trigger) + 1  # + legend
    assert len(root.findall(f"{SVG}path[@class='chart-interval']")) == len(PATTERNS.by_trigger)


@pytest.mark.parametrize(("mean", "level"), [(0.0, 0), (1.9, 0), (2.0, 1), (5.5, 2), (7.99, 3), (8.0, 4), (10, 4)])
def test_heatmap_shades_by_mean_urge(mean, level):
    day = date(2025, 6, 4)
    root = parse(heatmap_chart([DayCell(day, 2, mean), DayCell(day + timedelta(days=1), 0, None)], title="t"))
    classes = [r.get("class") for r in root.iter(SVG + "rect") if r.find(SVG + "title") is not None]
    assert classes == [f"heat-{level}", "heat-empty"]


def test_heatmap_shows_the_last_53_weeks_at_most():
    root = parse(heatmap_chart(PATTERNS.heatmap, title="t"))
    days = [r for r in root.iter(SVG + "rect") if r.find(SVG + "title") is not None]
    assert HEATMAP_WEEKS * 7 - 6 <= len(days) <= HEATMAP_WEEKS * 7
    last = PATTERNS.heatmap[-1].date
    assert f"{last.day} " in (days[-1].find(SVG + "title").text or "")  # type: ignore[union-attr]


def test_scatter_caps_dots_and_bands_them_by_urge():
    points = [(0.5, 0.5, u % 11) for u in range(SCATTER_CAP + 500)]
    root = parse(scatter_chart(points, title="t"))
    dots = {"dot-low": 0, "dot-mid": 0, "dot-high": 0}
    for path in root.iter(SVG + "path"):
        if path.get("class") in dots:
            dots[path.get("class", "")] += (path.get("d") or "").count("h0")
    legend = 3  # each band's legend swatch is one more path with one dot
    assert sum(dots.values()) == SCATTER_CAP + legend
    recent = points[-SCATTER_CAP:]
    assert dots["dot-high"] == sum(u >= 7 for *_, u in recent) + 1
    assert {t.text for t in root.iter(SVG + "text")} >= {"Bright, lively", "Calm, settled", "Low, heavy"}


def test_monthly_chart_spans_zero_to_hundred_percent_and_draws_the_trend():
    patterns = _patterns(days=400, hostile=False)
    root = parse(monthly_chart(patterns.monthly, title="t", trend=patterns.trend))
    ticks = {t.text for t in root.iter(SVG + "text")}
    assert {"0%", "50%", "100%"} <= ticks
    points = root.findall(f"{SVG}circle")
    assert len(points) == sum(m.stay_rate is not None for m in patterns.monthly)
    assert (root.find(f"{SVG}path[@class='chart-trend']") is not None) == (patterns.trend is not None)


def test_chart_ids_can_be_set_and_default_from_the_title():
    assert 'id="chart-urge-by-trigger-title"' in effect_chart([], title="Urge by trigger")
    assert 'aria-labelledby="mine-title mine-desc"' in effect_chart([], title="x", chart_id="mine")


def test_every_class_the_charts_use_is_in_the_css():
    used: set[str] = set()
    for _, draw in CHARTS:
        used |= {c for e in parse(draw(PATTERNS)).iter() for c in (e.get("class") or "").split()}
    used |= {"heat-empty", "chart-point-few"}
    missing = {
        c
        for c in used
        if f".{c}" not in SITE_CSS and c not in {"chart-effect", "chart-monthly", "chart-heatmap", "chart-scatter"}
    }
    assert not missing
