"""nearer.patterns.sentences: plain sentences only where the numbers carry them."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from nearer.patterns.sentences import MONTHLY_ANCHOR, OVERVIEW_ANCHOR, holm, sentences_for
from nearer.patterns.stats import FactorEffect, Patterns, Trend, compute_patterns
from nearer.patterns.tests.synthetic import START, hourly, noise, point, praise_raises, seeded

GENERAL = {OVERVIEW_ANCHOR, MONTHLY_ANCHOR}


def _effect(kind="trigger", key="praise", label="Praise", n_with=9, mean_with=7.1, n_without=131, mean_without=3.4,
            low=2.0, high=5.4, p_value=1e-6):  # fmt: skip
    return FactorEffect(
        kind, key, label, n_with, mean_with, n_without, mean_without, mean_with - mean_without, low, high, p_value
    )


def _patterns(*effects: FactorEffect, total: int = 140, trend: Trend | None = None, **extra: int) -> Patterns:
    by = {kind: [e for e in effects if e.kind == kind] for kind in ("trigger", "person", "hour", "weekday")}
    return Patterns(total, by["trigger"], by["person"], by["hour"], by["weekday"], [], trend, [], [], **extra)


def test_the_example_sentence():
    [insight] = sentences_for(_patterns(_effect()))
    assert insight.text == (
        "Your urge to pull away ran highest after praise: "
        "7.1 on average over 9 check-ins, against 3.4 in your other 131."
    )
    assert insight.anchor == "trigger-praise"


@pytest.mark.parametrize(
    ("effect", "text"),
    [
        (
            _effect(mean_with=2.0, mean_without=4.5, low=-3.5, high=-1.5),
            "Your urge to pull away ran lower after praise",
        ),
        (_effect(key="custom:3", label="Mum's texts"), "ran highest after Mum's texts:"),
        (_effect(key="closeness", label="Closeness or intimacy"), "after closeness or intimacy:"),
        (_effect(kind="person", key="p:1", label="alex"), "Check-ins about alex came with stronger urges"),
        (_effect(kind="hour", key="evening", label="Evening"), "ran strongest in the evening: 7.1"),
        (_effect(kind="weekday", key="sun", label="Sunday"), "ran highest on Sundays: 7.1"),
        (_effect(kind="weekday", key="mon", label="Monday", mean_with=1.0, low=-3, high=-1), "ran lower on Mondays"),
    ],
)
def test_each_kind_reads_plainly(effect, text):
    [insight] = sentences_for(_patterns(effect))
    assert text in insight.text
    assert f"over {effect.n_with} check-ins" in insight.text and f"your other {effect.n_without}." in insight.text
    assert insight.anchor == effect.anchor


def test_highest_only_for_the_top_average():
    top = _effect(key="conflict", label="Conflict", mean_with=8.0, low=-0.5, high=9, p_value=0.3)  # shown, unclear
    insights = sentences_for(_patterns(top, _effect()))
    assert "ran higher after praise" in insights[0].text


@pytest.mark.parametrize(
    "effect",
    [
        _effect(low=-0.2, high=7.0, p_value=0.06),  # interval includes 0
        _effect(mean_with=4.2, low=0.3, high=1.3),  # clear but smaller than min_gap
        _effect(p_value=0.02),  # fails the correction for many factors (below)
    ],
)
def test_no_difference_sentence_without_evidence(effect):
    others = [_effect(kind="weekday", key=k, label=k, mean_with=3.4, low=-1, high=1, p_value=0.9) for k in "abc"]
    insights = sentences_for(_patterns(effect, *others))
    assert {i.anchor for i in insights} <= GENERAL
    assert "stands out" in insights[0].text


def test_no_sentence_from_noise():
    insights = sentences_for(compute_patterns(noise(seed=0)))
    assert {i.anchor for i in insights} <= GENERAL, [i.text for i in insights]
    assert "no trigger, person or time of day stands out clearly yet" in insights[0].text


def test_noise_rarely_makes_a_sentence_and_would_without_the_correction():
    # 200 members whose urges follow no pattern at all. Holm holds the chance of even one false
    # sentence near 5%; each factor's own 95% interval alone would mislead most of them.
    corrected = uncorrected = 0
    for seed in range(200):
        patterns = compute_patterns(noise(seed))
        insights = sentences_for(patterns)
        corrected += any(i.anchor not in GENERAL for i in insights)
        every = patterns.by_trigger + patterns.by_person + patterns.by_hour_band + patterns.by_weekday
        uncorrected += any(e.excludes_zero and abs(e.difference) >= 1 for e in every)
    assert corrected <= 16  # 8%
    assert uncorrected >= 60


def test_holm_keeps_the_clear_and_drops_the_marginal():
    effects = [_effect(key=str(i), p_value=p) for i, p in enumerate([0.001, 0.013, 0.014, 0.04, 0.5])]
    assert holm(effects) == {("trigger", "0")}  # 0.001 <= 0.05/5, then 0.013 > 0.05/4 stops it
    assert holm(effects[:3]) == {("trigger", "0"), ("trigger", "1"), ("trigger", "2")}  # 0.013 <= 0.05/2
    assert holm([]) == set()


@pytest.mark.parametrize(
    ("total", "words"),
    [
        (0, "No check-ins yet"),
        (1, "you have 1."),
        (7, "you have 7."),
    ],
)
def test_not_enough_check_ins_says_so(total, words):
    points = hourly([5] * total)
    [insight] = sentences_for(compute_patterns(points))
    assert words in insight.text and "about 10 check-ins with and 10 without" in insight.text
    assert insight.anchor == OVERVIEW_ANCHOR


def test_praise_found_in_real_numbers():
    patterns = compute_patterns(praise_raises(3))
    first = sentences_for(patterns)[0]
    praise = patterns.by_trigger[0]
    assert first.anchor == "trigger-praise"
    assert f"{praise.mean_with:.1f} on average over 20 check-ins, against {praise.mean_without:.1f}" in first.text


def _staying_grows(months: int = 8, per_month: int = 10) -> list:
    points = []
    for m in range(months):
        for i in range(per_month):
            at = START + timedelta(days=31 * m + i, hours=i % 5)
            stayed = i < 1 + m  # one more of ten each month
            points.append(point(at, urge=8, action="stayed" if stayed else "withdrew"))
    return points


def test_trend_sentence_when_its_interval_excludes_zero():
    patterns = compute_patterns(_staying_grows())
    assert patterns.trend is not None and patterns.trend.low > 0
    insights = sentences_for(patterns)
    trend = next(i for i in insights if "trend" in i.text)
    assert trend.anchor == MONTHLY_ANCHOR
    assert "ending in staying more often: 1 of 10 in March 2025, 8 of 10 in October 2025" in trend.text
    assert "about 10 percentage points a month over 8 months" in trend.text


def test_no_trend_sentence_when_unclear():
    flat = Trend(0.02, -0.01, 0.05, 6, "2025-01", "2025-06", 0.5)
    insights = sentences_for(_patterns(total=200, trend=flat, strong=30, stayed=10, withdrew=15))
    assert not any("trend" in i.text for i in insights)
    assert insights[-1].text == (
        "Of your 30 strong urges (7 or more), 10 ended in staying or saying what you felt, and 15 in pulling away."
    )


def _structured(seed: int = 4) -> list:
    rng = seeded(seed)
    points = []
    for i in range(900):
        at = START + timedelta(hours=7 * i + rng.randrange(3))
        triggers = rng.sample(["praise", "conflict", "seen", "needed"], rng.choice((0, 1, 1)))
        person = rng.choice(("p:a", "p:b", None))
        urge = 3 + 3 * ("praise" in triggers) + 2 * (person == "p:a") + 2 * (at.hour >= 18) + 2 * (at.weekday() == 6)
        urge += rng.choice((-1, 0, 1))
        points.append(point(at, min(urge, 10), triggers, person, rng.choice(("stayed", "withdrew"))))
    return points


@pytest.mark.parametrize("max_sentences", [1, 3, 5])
def test_structured_data_gives_up_to_max_sentences(max_sentences):
    insights = sentences_for(compute_patterns(_structured()), max_sentences=max_sentences)
    assert len(insights) == max_sentences
    assert insights[0].anchor == "trigger-praise"
    assert len({i.anchor for i in insights}) == len(insights)


def test_every_number_in_a_sentence_is_in_the_patterns():
    patterns = compute_patterns(_structured())
    allowed = {str(patterns.total), str(patterns.strong), str(patterns.stayed), str(patterns.withdrew), "7", "10"}
    for effect in patterns.by_trigger + patterns.by_person + patterns.by_hour_band + patterns.by_weekday:
        allowed |= {f"{effect.mean_with:.1f}", f"{effect.mean_without:.1f}", str(effect.n_with), str(effect.n_without)}
    for insight in sentences_for(patterns):
        assert set(re.findall(r"\d+(?:\.\d+)?", insight.text)) <= allowed, insight.text


def test_zero_max_sentences_gives_none():
    assert sentences_for(_patterns(_effect()), max_sentences=0) == []
