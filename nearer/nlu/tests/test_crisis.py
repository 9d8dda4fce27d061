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


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # a pill organiser, a boat, a retirement: the everyday reasons the signs' words are written
        ("i save up my pills in the weekly box so i dont forget them", "none"),
        ("Bought rope and cleats for the dinghy before the sailing course.", "none"),
        ("Writing a farewell letter to my patients as I retire.", "none"),
        ("Saving up my tablets. I'll take what I've stockpiled on Sunday.", "urgent"),
        # relationship endings said in other words
        ("We both know long distance won't work, so we chose to end it kindly.", "none"),
        ("I can't keep doing this with her. I need to end it before I start hating her.", "none"),
        ("I can't keep doing this. I need to end it.", "concern"),
        # someone else, by name
        ("Sam's been cutting again, he showed me his arm.", "none"),
        ("I've been cutting again, Sam saw my arm.", "urgent"),
    ],
)
def test_everyday_reasons_and_other_people_are_read_in_the_sentence(text, tier):
    assert rules_alone(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # an answer taken back is no answer
        ("The nurse asked if I ever feel life isn't worth living and I said no. That was a lie.", "concern"),
        ("The nurse asked if I ever feel life isn't worth living and I said no. It was true.", "none"),
        # the risk said in plainer words, and the idiom beside it
        ("I wish I'd died in that crash last year.", "concern"),
        ("I wish I'd died of embarrassment in that meeting.", "none"),
        ("Everyone would be better off if I wasn't around at all.", "concern"),
        ("Everyone would be better off if I wasn't around at the wedding.", "none"),
        # a place, a time and no return
        ("Going to the bridge after my shift tonight and not coming home.", "urgent"),
        ("Going to the coast after my shift tonight and not coming home until Sunday.", "none"),
        # pasts the writer says are over, in their own words
        ("I used to cut in year 9. It's been 3 years clean.", "none"),
        ("I used to think everyone would be better off without me. That was a long time ago.", "none"),
        ("I used to think everyone would be better off without me. I still do.", "urgent"),
    ],
)
def test_what_the_writer_says_next_is_read_too(text, tier):
    assert rules_alone(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # a time of life named in words and said to be over: a pointer, not an alarm
        (
            "Before I got sober I overdosed twice. These days the loudest thing in my life is the neighbour's dog.",
            "none",
        ),
        (
            "During my first marriage I cut my arms most weeks. "
            "That is very far behind me; now I fret about exam timetables.",
            "none",
        ),
        (
            "In the months after my brother died I hoped every night I wouldn't wake up. That passed a long time ago.",
            "none",
        ),
        ("Old me would have hurt myself over a breakup like this. Current me rang my sister and went to bed.", "none"),
        (
            "When I lived with my ex I self-harmed most weeks. "
            "I've been out the other side a long time and I know who to ring if it ever came back.",
            "none",
        ),
        # the same times of life with nothing saying it is over, or something saying it is near again
        ("During the divorce I tried to overdose.", "urgent"),
        ("Before I got sober I overdosed twice. Lately the same thoughts are back.", "urgent"),
        ("Before therapy I thought about dying. These days I think about it every night.", "concern"),
        (
            "When I lived with my ex I self-harmed most weeks. "
            "I thought I was out the other side but it came back last week.",
            "urgent",
        ),
        ("I sat on my hands until the urge to cut passed, like I used to at uni.", "concern"),
    ],
)
def test_a_past_dated_by_a_time_of_life_is_over_only_when_the_writer_says_so(text, tier):
    assert rules_alone(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # someone else just before the words, as some Englishes and message drafts put it
        ("My cousin say she don't want to live no more, so I took her to the clinic this morning.", "none"),
        ("Draft to Kayla: You said you don't want to be here anymore. I'm coming over after work.", "none"),
        ("My best mate tried to overdose on Saturday. He's home now and I keep going quiet on him.", "none"),
        ("I'm going to overdose on my tablets tonight.", "urgent"),
        # ...but not when the words are about the writer: the pet is "he", the going is the writer's
        ("Gave my dog to my cousin today. He won't need me where I'm going.", "urgent"),
        # asked or suspected, and answered no
        (
            "My counsellor asks every week if I've had thoughts of hurting myself, and the answer is honestly no.",
            "none",
        ),
        ("People think because I'm quiet I'm thinking of dying. I'm not, I'm thinking about my rent.", "none"),
        ("When I say I want to disappear I mean from the work chat, not from life.", "none"),
        # "I'm not okay" is no answer of no
        ("She asked if I'm thinking of dying. I'm not okay.", "concern"),
        ("When I say I want to disappear I mean it, not as a joke.", "concern"),
    ],
)
def test_who_the_words_are_about_and_the_answers_given(text, tier):
    assert rules_alone(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # goodbyes told as logistics: each alone is ordinary, two together are preparation
        ("Please look after Rusty for me. I'm sorry for everything.", "urgent"),
        ("Can you look after Rusty for me while I'm in Spain?", "none"),
        ("I've made my decision about Friday. None of it is your fault.", "urgent"),
        ("I've made my decision about Friday, I'm taking the job in Leeds.", "none"),
        ("I want you to have the guitar. I won't be needing it after this weekend.", "urgent"),
        # a hose and an exhaust, and the exhaust pipe of a van
        ("The hose fits the exhaust on the ute, I checked this arvo.", "urgent"),
        ("The exhaust pipe on the van fell off on the motorway.", "none"),
        # a second try done properly, after a first told in the same text; not a second loaf
        ("Tried this once at uni and made a mess of it. I've researched it properly this time.", "urgent"),
        ("My first attempt at sourdough was a brick. I've read up properly this time.", "none"),
        # "what I still do" is not "I still do it"
        ("Those urges are long gone. What I still do is go quiet on people for days.", "none"),
    ],
)
def test_signs_told_as_logistics(text, tier):
    assert rules_alone(text).tier == tier
