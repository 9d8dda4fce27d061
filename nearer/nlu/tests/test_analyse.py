"""What callers of ``analyse`` rely on: the shapes, real spans, and sensible readings of clear texts."""

from __future__ import annotations

import pytest

from nearer.nlu import DISTANCING_LABELS, TASKS, TRAP_LABELS, analyse
from nearer.nlu.analysis import CRISIS_LABELS


def _spans_point_into_the_text(text, result):
    for span in result.spans:
        assert text[span.start : span.end] == span.phrase
        assert span.label in result.labels


def test_every_task_has_a_score_for_every_label():
    result = analyse("You never listen, so forget it.")
    assert set(result.crisis.scores) == set(CRISIS_LABELS)
    assert len(result.emotion.scores) == 28
    assert set(result.ekman.scores) == {"anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"}
    assert set(result.traps.scores) == set(TRAP_LABELS)
    assert set(result.distancing.scores) == set(DISTANCING_LABELS)
    for task in TASKS:
        assert all(0.0 <= s <= 1.0 for s in getattr(result, task).scores.values())


def test_the_coach_sees_withdrawal_and_blame_and_can_highlight_them():
    text = "You never listen, so forget it."
    distancing = analyse(text).distancing
    assert set(distancing.labels) == {"withdrawal", "blaming"}
    _spans_point_into_the_text(text, distancing)
    assert {s.phrase.lower() for s in distancing.spans} >= {"you never", "forget it"}


@pytest.mark.parametrize(
    "text",
    [
        "I feel hurt that you forgot, and I'd like us to talk about it tonight.",
        "I'm overwhelmed and need an hour to myself. Can we talk at eight?",
        "I miss you. Are you free on Saturday?",
    ],
)
def test_saying_what_you_feel_or_need_is_not_distancing(text):
    assert analyse(text, ("distancing",)).distancing.labels == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I think we should break up, it's over.", "ending"),
        ("It's fine, whatever, it doesn't matter.", "minimizing"),
        ("If you really loved me you'd know what's wrong.", "testing"),
        ("Wow, real mature. You're pathetic.", "contempt"),
    ],
)
def test_clear_distancing_is_named(text, label):
    result = analyse(text, ("distancing",)).distancing
    assert label in result.labels
    _spans_point_into_the_text(text, result)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nobody ever wants to spend time with me.", "overgeneralizing"),
        ("He didn't reply, he must think I'm annoying.", "mind_reading"),
        ("If I tell her how I feel, she'll leave.", "fortune_telling"),
        ("I should be over this by now.", "should_statements"),
        ("I'm such a loser.", "labeling"),
        ("Everyone else has their life together except me.", "comparing"),
        ("It's all my fault the dinner went badly.", "personalizing"),
    ],
)
def test_clear_thinking_traps_are_suggested_with_the_phrase(text, label):
    traps = analyse(text, ("traps",)).traps
    assert label in traps.labels
    _spans_point_into_the_text(text, traps)
    assert any(s.label == label for s in traps.spans)


def test_a_balanced_thought_has_no_traps():
    assert analyse("He might just be busy; I can ask him tomorrow.", ("traps",)).traps.labels == ()


@pytest.mark.parametrize(
    ("text", "emotion", "ekman"),
    [
        ("Thank you so much, this made my day!", "gratitude", "joy"),
        ("I'm so scared about the results tomorrow.", "fear", "fear"),
        ("That is disgusting, I can't believe they did that.", "disgust", "disgust"),
        ("I miss my grandmother so much, I'm heartbroken.", "sadness", "sadness"),
    ],
)
def test_clear_emotions_are_read_in_both_schemes(text, emotion, ekman):
    result = analyse(text)
    assert emotion in result.emotion.labels
    assert ekman in result.ekman.labels


def test_an_emotion_label_always_comes_back():
    assert analyse("ok").emotion.labels
    assert analyse("").ekman.labels


def test_tasks_not_asked_for_come_back_empty():
    result = analyse("I'm such a loser.", ("traps",))
    assert result.traps.labels
    assert result.emotion.labels == () and result.distancing.labels == ()
    assert result.crisis.labels == ("none",)


def test_an_unknown_task_is_refused():
    with pytest.raises(ValueError, match="unknown task"):
        analyse("hello", ("sentiment",))


def test_texting_spellings_read_like_the_full_words_and_spans_stay_on_what_was_typed():
    text = "im fine. dont text me rn"
    result = analyse(text, ("distancing",)).distancing
    assert {"minimizing", "withdrawal"} <= set(result.labels)
    _spans_point_into_the_text(text, result)
    assert "dont text me" in {s.phrase for s in result.spans}


@pytest.mark.parametrize(
    "text",
    [
        "i'm really angry about what you said and i need us to talk",
        "im overwhelmed, can we talk tomorrow evening?",
        "i need some space tonight but ill call you in the morning",
    ],
)
def test_hard_feelings_and_breaks_with_a_return_are_not_distancing(text):
    assert analyse(text, ("distancing",)).distancing.labels == ()


def test_a_balanced_thought_that_names_a_feeling_has_no_traps():
    assert analyse("I felt hurt when she cancelled, and I'll tell her calmly.", ("traps",)).traps.labels == ()
