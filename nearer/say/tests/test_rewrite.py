"""The alternatives hold their grammar for every feeling and need, and for the member's own words."""

import re

import pytest

from nearer.say.rewrite import REGISTERS, alternatives, own_feeling, own_need
from nearer.say.vocabulary import FEELINGS, NEEDS

PAIRS = [(f, n) for f in FEELINGS for n in NEEDS]


def _reads_well(text: str) -> None:
    assert text[0].isupper(), text
    assert text[-1] in ".?!", text
    assert "  " not in text and " ." not in text and " ," not in text and " ?" not in text, text
    assert ".." not in text and ".?" not in text and "?." not in text, text
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        assert sentence[0].isupper(), f"{sentence!r} in {text!r}"


@pytest.mark.parametrize(("feeling", "need"), PAIRS, ids=[f"{f.slug}-{n.slug}" for f, n in PAIRS])
def test_every_feeling_and_need_reads_well_in_every_register(feeling, need):
    found = alternatives(feeling=feeling, need=need)
    assert [a.register for a in found] == list(REGISTERS)
    for alternative in found:
        _reads_well(alternative.text)
        assert feeling.words in alternative.text and need.words in alternative.text
        assert alternative.text.endswith("?")  # each ends by asking for something


def test_the_registers_differ_in_length_and_tone():
    brief, warm, direct = alternatives(feeling=FEELINGS[0], need=NEEDS[0])
    assert len(brief.text) < len(direct.text) < len(warm.text)
    assert "pull away" in warm.text


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("like a burden", "like a burden"),
        ("I feel like a burden.", "like a burden"),
        ("i'm  scared ", "scared"),
        ("Feeling small,", "small"),
    ],
)
def test_a_feeling_in_her_own_words(typed, words):
    feeling = own_feeling(typed)
    assert feeling.words == words
    for alternative in alternatives(feeling=feeling, need=NEEDS[1]):
        _reads_well(alternative.text)


@pytest.mark.parametrize(
    ("typed", "words"),
    [("a hug", "a hug"), ("I need you to call me.", "you to call me"), ("I'd like a walk", "a walk")],
)
def test_a_need_in_her_own_words(typed, words):
    need = own_need(typed)
    assert need.words == words
    for alternative in alternatives(feeling=FEELINGS[1], need=need):
        _reads_well(alternative.text)
