"""The crisis task is the safety screen's rules (``nearer.nlu.crisis``): the issue's hard cases, through ``analyse``."""

from __future__ import annotations

import pytest

from nearer.nlu import analyse
from nearer.nlu.crisis.reading import screen_text as rules_alone


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("I want to kill myself tonight", "urgent"),
        ("I tried to end my life last week", "urgent"),
        ("I've been cutting again since we broke up", "urgent"),
        ("Everyone would be better off without me", "concern"),
        ("Some nights I pray I won't wake up", "concern"),
        ("This exam is killing me", "none"),
        ("I'd never hurt myself, I'm just exhausted", "none"),
        ("My friend said she wants to die and I don't know how to help", "none"),
        ("I was suicidal years ago but I'm in a much better place now", "none"),
        ("I want to disappear from this group chat", "none"),
        ("I'm done with this relationship", "none"),
        ("I just want to be alone", "none"),
        ("My friend wants to die and honestly so do I", "urgent"),
    ],
)
def test_hard_cases_get_the_right_tier(text, tier):
    assert analyse(text, ("crisis",)).crisis.labels == (tier,)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # a means and a gathering, hiding or keeping verb
        ("i've been putting a few of my tablets aside every week", "urgent"),
        ("ordered another pack of painkillers online so i'd have enough", "urgent"),
        ("i keep a blade under my mattress now", "concern"),
        ("i've got enough tablets to last until my next prescription", "none"),
        # a high or fast place and a rehearsal
        ("stood on the footbridge looking down at the tracks for an hour", "urgent"),
        ("we stood on the roof at the party looking down at the city lights", "none"),
        ("i stood at the edge of the platform waiting for the train", "none"),
        # an ending about oneself, said to be final
        ("i want to make the pain stop for good", "urgent"),
        ("i'm sorting my life out permanently: new job, new flat", "none"),
        # two weak signs, never one phrase counted twice
        ("gave my guitar to my brother. i want things sorted before friday", "urgent"),
        ("i'm giving my books to my cousin before i move in with him", "none"),
        # idioms, negation and the past
        ("this spreadsheet makes me want to throw myself out of a window", "none"),
        ("i've never once thought about killing myself", "none"),
        ("i self harmed at uni. that's all behind me now", "none"),
    ],
)
def test_veiled_risk_is_read_from_word_classes_not_one_wording(text, tier):
    assert rules_alone(text).tier == tier  # the rules' own reading; the second opinion may add concern


def test_the_phrase_that_raised_the_tier_is_a_span_of_the_text():
    text = "Work was fine. Everyone would be better off without me though."
    crisis = analyse(text, ("crisis",)).crisis
    assert crisis.labels == ("concern",)
    assert [s.phrase for s in crisis.spans] == ["Everyone would be better off without me"]
    assert crisis.scores["concern"] == 1.0


def test_a_lone_weak_sign_is_left_for_the_second_opinion_to_read():
    from nearer.nlu.crisis.reading import read

    lone = read("Work was long. Tonight's the night.")
    assert lone.screening.tier == "none"  # one sign alone is not enough for the rules
    assert lone.weak_signs == frozenset({1})  # ...but the sentence is not judged ordinary either
    negated = read("I'm not giving my things away, I'm lending them.")
    assert negated.weak_signs == frozenset()


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # check-in fields and questions answered no
        ("Suicidal thoughts: none. Urge to withdraw: 6/10.", "none"),
        ("Self-harm? No. Not this month either.", "none"),
        ("self harm urge 0/10", "none"),
        ("Suicidal thoughts: yes, most nights.", "urgent"),
        ("Self-harm? Yes, on Sunday.", "urgent"),
        # a question answered in the next sentence
        ("The nurse asked if I'd had thoughts of ending my life. I haven't.", "none"),
        ("The nurse asked if I'd had thoughts of ending my life. I have, lately.", "urgent"),
        # an age now says a past is over, unless that sentence carries risk of its own
        ("I used to cut when I was at school. I'm 40 now and run marathons.", "none"),
        ("I used to cut when I was at school. I'm 40 now and I still cut.", "urgent"),
    ],
)
def test_answers_written_after_the_words_are_read(text, tier):
    assert rules_alone(text).tier == tier
