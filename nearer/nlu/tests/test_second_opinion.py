"""The crisis screen's learned second opinion: it finds risk no rule lists, and only raises to concern."""

from __future__ import annotations

import numpy as np
import pytest

from nearer.nlu import analyse, encoder
from nearer.nlu.crisis import screen_text, second_opinion
from nearer.nlu.crisis.reading import read

UNLISTED_RISK = "i counted out what's left in the blister packs and hid them in my sock drawer"


@pytest.mark.parametrize(
    "text",
    [
        UNLISTED_RISK,
        "wrote everyone a little note and put them in envelopes with their names",
        "i don't see much point in waking up tomorrow",
        "honestly the world would keep spinning without me in it",
        "i'd like to fall asleep and not have to deal with any of it ever again",
    ],
)
def test_risk_in_words_no_rule_lists_earns_concern(text):
    assert read(text).screening.tier == "none"  # the rules alone miss it
    result = screen_text(text)
    assert result.tier == "concern" and result.needs_response
    assert result.flags == ("reads_like_risk",)
    assert result.phrases == read(text).sentences


@pytest.mark.parametrize(
    "text",
    ["He held my hand.", "Told him I was scared. He held my hand.", "we went for a walk by the river"],
)
def test_plain_everyday_sentences_are_left_alone(text):
    assert screen_text(text).tier == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I want to disappear from this group chat",
        "I'm done with this relationship",
        "I just want to be alone tonight",
        "this exam is killing me",
        "he never texted back so i deleted his number",
        "I need some space this weekend, I'll call you on Monday",
    ],
)
def test_ordinary_relationship_talk_is_left_alone(text):
    assert screen_text(text).tier == "none"


@pytest.mark.parametrize(
    "text",
    [
        # Nearer's own sense of "the urge": the urge to pull away, with no word for which urge
        "Sat with the urge for ten minutes instead of acting on it. It passed.",
        "I noticed the urge and named it.",
        "The urge was strong tonight but I stayed.",
    ],
)
def test_the_urge_to_pull_away_is_left_alone(text):
    assert screen_text(text).tier == "none"


def test_the_urge_to_hurt_oneself_is_still_risk():
    assert screen_text("Sat with the urge to cut for ten minutes.").tier == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I would never hurt myself, I just feel flat",  # negated
        "my sister told me she wants to die and i don't know what to say",  # someone else
        "I haven't self-harmed in two years and I'm proud of that",  # long over
    ],
)
def test_a_sentence_the_rules_answered_for_is_theirs_to_judge(text):
    reading = read(text)
    assert reading.read_by_rules == frozenset({0})
    assert second_opinion.resembling_risk(reading) is None


def test_unlisted_risk_after_a_negation_is_still_found():
    text = f"I'd never hurt myself. {UNLISTED_RISK}."
    result = screen_text(text)
    assert result.tier == "concern"
    assert result.phrases == (UNLISTED_RISK,)


@pytest.mark.parametrize(
    "text",
    ["I've written the letters and tonight's the night.", "I've put my affairs in order."],
)
def test_a_lone_weak_sign_that_reads_like_risk_earns_concern(text):
    reading = read(text)
    assert reading.screening.tier == "none" and reading.weak_signs  # one sign: not enough for the rules
    result = screen_text(text)
    assert result.tier == "concern" and result.flags == ("reads_like_risk",)


@pytest.mark.parametrize(
    "text",
    [
        "Everyone keeps asking about Christmas plans. I won't need any.",
        "I sorted out my bookshelf today. Nobody will need to deal with it later.",
    ],
)
def test_risk_spread_over_a_short_text_is_read_as_one_passage(text):
    reading = read(text)
    found = second_opinion.neighbours()
    assert reading.screening.tier == "none" and found is not None
    model = encoder.encoder()
    alone = found.margins(model.embed(list(reading.sentences)))
    assert (alone <= found.threshold).all()  # neither sentence reads like risk by itself...
    result = screen_text(text)
    assert result.tier == "concern" and result.phrases == reading.sentences  # ...but together do
    spans = analyse(text, tasks=("crisis",)).crisis.spans
    assert [text[span.start : span.end].lower() for span in spans] == [s.lower() for s in reading.sentences]


def test_an_ordinary_short_text_read_whole_is_left_alone():
    assert screen_text("The group chat went quiet. I'm not going to the reunion.").tier == "none"


def test_a_lone_weak_sign_in_an_ordinary_day_is_left_alone():
    assert read("Work was long. Tonight's the night.").weak_signs  # the sign is there...
    assert screen_text("Work was long. Tonight's the night.").tier == "none"  # ...but reads as a big night out


def test_the_rules_decide_every_tier_they_find():
    assert screen_text("I want to kill myself tonight").tier == "urgent"
    assert "reads_like_risk" not in screen_text("I want to kill myself tonight").flags


def test_without_the_model_the_rules_answer_alone(tmp_path):
    assert second_opinion.neighbours(tmp_path) is None
    assert second_opinion.resembling_risk(read(UNLISTED_RISK), tmp_path) is None


def test_the_encoder_gives_unit_vectors_that_keep_meaning_close():
    vectors = encoder.encoder().embed(
        ["I can't stop crying since she left", "Ever since she went I keep crying", "The train was late again"]
    )
    assert vectors.shape == (3, encoder.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
    again = encoder.encoder().embed(["I can't stop crying since she left"])
    assert np.allclose(again[0], vectors[0], atol=1e-4)  # batching does not change a sentence's vector


def test_a_sentence_gets_the_same_margin_whatever_is_written_beside_it():
    found = second_opinion.neighbours()
    vectors = encoder.encoder().embed(["we had pasta", UNLISTED_RISK, "I'M SO ANGRY AT HIM!!!"])
    alone = found.margins(vectors[1:2])
    assert found.margins(vectors)[1] == alone[0]
    assert alone[0] > found.threshold


def _exact_margins(vectors, risk, ordinary):
    def nearest(examples):
        return np.sort(vectors @ examples.T, axis=1)[:, -second_opinion.NEIGHBOURS :].mean(axis=1)

    return nearest(risk) - nearest(ordinary)


def test_the_int8_examples_give_the_margins_exact_arithmetic_would():
    pytest.importorskip("onnx", reason="building the graph needs the train extra")
    rng = np.random.default_rng(7)

    def unit(rows):
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)

    risk, ordinary = unit(rng.standard_normal((40, 384))), unit(rng.standard_normal((300, 384)))
    # Sentences near one risk example, near one ordinary example, and near neither.
    queries = unit(
        np.concatenate(
            [risk[:5] + 0.5 * rng.standard_normal((5, 384)) / 19.6, ordinary[:5], rng.standard_normal((5, 384))]
        )
    )
    found = second_opinion._from_graph(second_opinion.neighbour_graph(risk, ordinary, threshold=0.25))
    assert found.threshold == 0.25
    exact = _exact_margins(queries, risk, ordinary)
    assert np.abs(found.margins(queries) - exact).max() < 0.005
    assert (found.margins(queries)[:5] > 0).all() and (found.margins(queries)[5:10] < 0).all()
    assert second_opinion.neighbour_graph(risk, ordinary, 0.25) == second_opinion.neighbour_graph(risk, ordinary, 0.25)


def test_the_server_reads_the_second_opinion_before_its_first_text():
    from nearer import nlu

    second_opinion.forget()
    nlu.load()
    assert second_opinion._loaded[second_opinion.datasets.ARTIFACTS] is not None
    assert encoder._loaded  # the encoder too, so the workers forked after this share them
