"""The before/after and line charts: accessible, escaped, with no inline styles."""

import re
from xml.etree import ElementTree

from nearer.thoughts.charts import BeforeAfter, Reading, before_after_chart, line_chart

SVG = "{http://www.w3.org/2000/svg}"


def _parsed(svg: str):
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own chart, not untrusted input
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "style" not in svg
    return root, desc.text


def test_before_after_draws_a_pair_of_bars_per_record_and_says_the_numbers():
    svg = before_after_chart(
        [BeforeAfter("3 Dec", 80, 40), BeforeAfter("<b>", 60, 60)], title="Feelings before and after"
    )
    root, desc = _parsed(svg)
    assert len(root.findall(f".//{SVG}rect")) == 2 + 4  # two legend swatches, two bars each
    assert "3 Dec: 80 before, 40 after." in desc and "<b>" not in svg.replace("&lt;b&gt;", "")


def test_bars_are_clamped_to_the_scale():
    svg = before_after_chart([BeforeAfter("x", 140, -5)], title="t")
    widths = [float(w) for w in re.findall(r'class="chart-bar(?:-without)?" x="8" y="\d+" width="([\d.]+)"', svg)]
    assert max(widths) <= 344 and min(widths) >= 0


def test_an_empty_chart_says_what_to_do():
    _, desc = _parsed(before_after_chart([], title="t"))
    assert "Finish a thought record" in desc


def test_the_line_has_a_point_per_rating_and_names_first_and_last():
    svg = line_chart([Reading("1 Nov", 90), Reading("8 Nov", 70), Reading("1 Dec", 55)], title="t", what="How true")
    root, desc = _parsed(svg)
    assert len(root.findall(f".//{SVG}circle")) == 3
    assert "90 on 1 Nov" in desc and "55 on 1 Dec" in desc


def test_one_rating_is_a_single_point():
    root, desc = _parsed(line_chart([Reading("1 Nov", 90)], title="t", what="How true"))
    assert len(root.findall(f".//{SVG}circle")) == 1 and root.find(f".//{SVG}path") is None
    assert "1 rating:" in desc
