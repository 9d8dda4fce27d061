"""The predictions chart: accessible, escaped, and honest about what it shows."""

from datetime import date

from nearer.ladder.charts import CHART_CAP, Point, prediction_chart


def test_the_chart_has_a_title_a_description_and_no_style():
    svg = prediction_chart([Point("Say one honest feeling", date(2026, 11, 3), 60, 25)], title="Fear")
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="ladder-chart-title">Fear</title>' in svg
    assert 'aria-labelledby="ladder-chart-title ladder-chart-desc"' in svg
    assert "1 of 1 felt less frightening than expected" in svg
    assert "expected 60, felt 25" in svg
    assert "style" not in svg


def test_member_words_are_escaped():
    svg = prediction_chart([Point('<script>alert("x")</script>', date(2026, 11, 3), 50, 50)], title="Fear")
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_an_empty_chart_says_what_will_appear():
    svg = prediction_chart([], title="Fear")
    assert "No finished tries yet." in svg and 'role="img"' in svg


def test_the_chart_shows_the_latest_tries_only():
    points = [Point(f"step {n}", date(2026, 1, 1 + n), 50, 40) for n in range(CHART_CAP + 3)]
    svg = prediction_chart(points, title="Fear")
    assert "step 0 " not in svg and f"step {CHART_CAP + 2} " in svg
    assert svg.count('class="chart-bar"') == CHART_CAP + 1  # the bars and the legend's swatch
