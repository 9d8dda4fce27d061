"""Properties of the scoring engine over many random answer sets (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.assessments import catalog
from nearer.assessments.engine import reverse, score
from nearer.assessments.tests.packs import ecr_r, phq_9

INSTRUMENTS = [ecr_r(), phq_9(), *catalog.builtins().values()]


def answers_for(instrument, *, complete: bool = True):
    values = st.integers(instrument.scale.min, instrument.scale.max)
    if complete:
        return st.fixed_dictionaries({item_id: values for item_id in instrument.item_ids})
    return st.dictionaries(st.sampled_from(instrument.item_ids), values)


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.id)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_scores_do_not_depend_on_presentation_order(instrument, data):
    answers = data.draw(answers_for(instrument, complete=False))
    order = data.draw(st.permutations(list(answers)))
    shuffled = {item_id: answers[item_id] for item_id in order}
    assert score(instrument, shuffled) == score(instrument, answers)


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.id)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_scores_stay_in_range_and_land_in_a_band(instrument, data):
    scored = score(instrument, data.draw(answers_for(instrument, complete=False)))
    for result in scored.scores:
        if result.value is None:
            continue
        low, high = instrument.score_range(instrument.subscale(result.subscale))
        assert low <= result.value <= high
        if instrument.subscale(result.subscale).bands:
            assert result.band is not None
        if result.percentile is not None:
            assert 0 <= result.percentile <= 100


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.id)
@given(data=st.data())
def test_reverse_keying_twice_is_the_identity(instrument, data):
    value = data.draw(st.integers(instrument.scale.min, instrument.scale.max))
    once = reverse(instrument.scale, value)
    assert instrument.scale.min <= once <= instrument.scale.max
    assert reverse(instrument.scale, once) == value


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.id)
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_the_missing_data_rule_holds(instrument, data):
    answers = data.draw(answers_for(instrument, complete=False))
    scored = score(instrument, answers)
    for subscale in instrument.subscales:
        answered = [item for item in subscale.items if item in answers]
        value = scored.value(subscale.id)
        if len(subscale.items) - len(answered) > subscale.missing.max_missing or not answered:
            assert value is None
            continue
        keyed = [reverse(instrument.scale, answers[i]) if instrument.item(i).reverse else answers[i] for i in answered]
        mean = sum(keyed) / len(keyed)
        if subscale.rule == "mean":
            assert value == pytest.approx(mean)
        elif len(answered) == len(subscale.items):
            assert value == sum(keyed)
        else:
            assert abs(value - mean * len(subscale.items)) <= 0.5


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.id)
@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**31 - 1))
def test_any_presentation_shows_every_item_once(instrument, seed):
    shown = [item.id for item in instrument.presentation(seed)]
    assert sorted(shown) == sorted(instrument.item_ids)
