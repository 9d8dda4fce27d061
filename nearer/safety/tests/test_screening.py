"""The first, rules-only crisis screen: hard cases from the product brief, table-driven.

A missed risk is far worse than a false alarm; ordinary relationship pain must not alarm.
"""

import pytest

from nearer.safety.screening import screen_text

CASES = [
    # explicit, about the writer, now
    ("I want to kill myself", "urgent"),
    ("I want to die", "urgent"),
    ("I'm thinking about ending my life", "urgent"),
    ("I feel suicidal tonight", "urgent"),
    ("I keep hurting myself when she goes quiet", "urgent"),
    ("There's no reason to live anymore.", "urgent"),
    # passive ideation
    ("Everyone would be better off without me", "concern"),
    ("Honestly I'd be better off dead", "concern"),
    ("I wish I was never born", "concern"),
    ("I can't go on", "concern"),
    ("I don't want to wake up tomorrow", "concern"),
    # a past that is over still earns a gentle check-in, not silence
    ("I used to cut myself years ago", "concern"),
    # idioms
    ("This exam is killing me", "none"),
    ("My boss is killing me this week", "none"),
    ("I'm dying to see her again", "none"),
    ("I nearly died of embarrassment", "none"),
    # negation
    ("I'd never hurt myself", "none"),
    ("I would not kill myself, I just feel low", "none"),
    # other people
    ("My friend said she wants to die", "none"),
    ("He said he wants to kill himself and I don't know what to do", "none"),
    ("How do I support someone who is suicidal?", "none"),
    ("I watched a film about suicide", "none"),
    # the relationship talk this product is full of
    ("I want to disappear from this group chat", "none"),
    ("I'm done with this relationship", "none"),
    ("I just want to be alone", "none"),
    ("I can't go on with this relationship like this", "none"),
    ("I need space, I'll call you tomorrow", "none"),
    ("", "none"),
]


@pytest.mark.parametrize("text, tier", CASES, ids=[c[0] or "empty" for c in CASES])
def test_each_hard_case_gets_the_right_tier(text, tier):
    assert screen_text(text).tier == tier


def test_the_phrase_that_drove_the_result_is_reported():
    result = screen_text("Work was fine. Everyone would be better off without me though.")
    assert result.tier == "concern"
    assert result.phrases == ("everyone would be better off without me",)
    assert result.needs_response


def test_the_strongest_sentence_decides():
    assert screen_text("I can't go on. I want to kill myself.").tier == "urgent"
    assert screen_text("I want to kill myself. This exam is killing me.").tier == "urgent"
