"""Scores from the published keys, compared with values worked out by hand."""

from __future__ import annotations

import math

import pytest

from nearer.assessments.engine import AnswerError, reliable_change, reverse, score
from nearer.assessments.engine.scoring import band_for
from nearer.assessments.tests.packs import ecr_r, phq_9


def _pattern(i: int) -> int:
    return (i - 1) % 7 + 1  # 1, 2, ..., 7, 1, 2, ...


def test_ecr_r_by_hand():
    instrument = ecr_r()
    answers = {f"q{i}": _pattern(i) for i in range(1, 37)}
    scored = score(instrument, answers)
    # Anxiety, items 1-18 raw: 1..7, 1..7, 1..4 = 66. Reversed: q9 2 -> 6 (+4), q11 4 -> 4. 70 / 18.
    assert scored.value("anxiety") == pytest.approx(70 / 18)
    # Avoidance, items 19-36 keyed: 5 2 7 7 2 3 4 3 2 1 7 6 5 4 3 2 1 7 = 71 / 18.
    assert scored.value("avoidance") == pytest.approx(71 / 18)


def test_ecr_r_all_sevens():
    scored = score(ecr_r(), {f"q{i}": 7 for i in range(1, 37)})
    # Anxiety: 16 sevens and 2 reversed ones = 114 / 18; avoidance: 6 sevens and 12 ones = 54 / 18.
    assert scored.value("anxiety") == pytest.approx(114 / 18)
    assert scored.value("avoidance") == pytest.approx(3.0)


def test_ecr_r_missing_rule_allows_two_per_subscale():
    instrument = ecr_r()
    answers = {f"q{i}": 7 for i in range(1, 37)}
    del answers["q1"], answers["q2"]
    # 14 sevens and 2 reversed ones remain: 100 / 16.
    assert score(instrument, answers).value("anxiety") == pytest.approx(100 / 16)
    del answers["q3"]
    result = score(instrument, answers)
    assert result.value("anxiety") is None
    assert result.value("avoidance") == pytest.approx(3.0)


def test_ecr_r_percentile_from_norms():
    instrument = ecr_r()
    scored = score(instrument, {f"q{i}": 4 for i in range(1, 37)})
    anxiety = next(s for s in scored.scores if s.subscale == "anxiety")
    # (4 - 3.6) / 1.1 = 0.3636 sd above the mean: Phi(0.3636) = 0.6419.
    assert anxiety.percentile == pytest.approx(64.19, abs=0.01)


@pytest.mark.parametrize(
    ("answers", "total", "band", "tier"),
    [
        ([0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "band 1", "none"),
        ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "band 1", "none"),
        ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "band 2", "none"),
        ([1, 2, 3, 0, 1, 2, 3, 0, 1], 13, "band 3", "concern"),
        ([2, 2, 2, 2, 2, 2, 2, 1, 0], 15, "band 4", "none"),
        ([3, 3, 3, 3, 3, 3, 2, 0, 2], 22, "band 5", "urgent"),
        ([3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "band 5", "urgent"),
    ],
)
def test_phq_9_sum_bands_and_crisis_item(answers, total, band, tier):
    instrument = phq_9()
    scored = score(instrument, {f"item{i}": v for i, v in enumerate(answers, start=1)})
    [total_score] = scored.scores
    assert (total_score.value, total_score.band.label, scored.tier) == (total, band, tier)


def test_phq_9_with_an_item_left_out_has_no_score():
    answers = {f"item{i}": 1 for i in range(1, 9)}
    assert score(phq_9(), answers).value("total") is None


def test_a_prorated_sum_rounds_half_up():
    instrument = phq_9()
    data = {**vars(instrument)}
    from dataclasses import replace

    from nearer.assessments.engine.model import Missing

    total = replace(instrument.subscales[0], missing=Missing(max_missing=1))
    instrument = replace(instrument, subscales=(total,))
    answers = {f"item{i}": v for i, v in enumerate([1, 2, 1, 2, 1, 2, 1, 2], start=1)}
    # 12 over 8 answered: mean 1.5, times 9 items = 13.5, rounded half up to 14.
    assert score(instrument, answers).value("total") == 14
    assert data["id"] == "phq-test"


def test_reliable_change_index_by_hand():
    change = reliable_change(20, 10, sd=5.7, reliability=0.84)
    # SE of the difference = 5.7 * sqrt(2) * sqrt(0.16) = 3.2244; -10 / 3.2244 = -3.101.
    assert change.rci == pytest.approx(-10 / (5.7 * math.sqrt(2) * 0.4))
    assert change.reliable and change.direction == "down"
    small = reliable_change(3.0, 3.5, sd=1.0, reliability=0.8)
    assert small.rci == pytest.approx(0.5 / (math.sqrt(2) * math.sqrt(0.2)))  # 0.79
    assert not small.reliable


def test_reliable_change_needs_sensible_figures():
    with pytest.raises(ValueError, match="reliability"):
        reliable_change(1, 2, sd=1, reliability=1)


def test_reverse_turns_the_scale_round():
    scale = ecr_r().scale
    assert [reverse(scale, v) for v in range(1, 8)] == [7, 6, 5, 4, 3, 2, 1]


def test_answers_that_do_not_fit_are_refused():
    instrument = phq_9()
    with pytest.raises(AnswerError, match="no item 'item10'"):
        score(instrument, {"item10": 1})
    with pytest.raises(AnswerError, match="outside 0-3"):
        score(instrument, {"item1": 4})
    with pytest.raises(AnswerError, match="whole number"):
        score(instrument, {"item1": True})


def test_mean_band_edges():
    from nearer.assessments import catalog

    anxiety = catalog.builtins()["closeness"].subscale("anxiety")
    assert [band_for(anxiety, v).label for v in (1, 2.99, 3, 4.99, 5, 7)] == [
        "on the lower side",
        "on the lower side",
        "in the middle",
        "in the middle",
        "on the higher side",
        "on the higher side",
    ]


def test_presentation_order_is_shuffled_but_scoring_is_not():
    instrument = ecr_r()
    one, two = instrument.presentation(1), instrument.presentation(2)
    assert [i.id for i in one] != [i.id for i in two]
    assert instrument.presentation(1) == one
    assert sorted(i.id for i in one) == sorted(instrument.item_ids)
    assert phq_9().presentation(5) == phq_9().items  # not shuffled: the crisis item stays last
