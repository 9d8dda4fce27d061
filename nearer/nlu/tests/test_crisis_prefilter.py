"""The crisis rules' first test (prefilter.py) may skip a pattern only when it could not match."""

from __future__ import annotations

import json
import re

import pytest

from nearer.nlu import datasets
from nearer.nlu.crisis import reading
from nearer.nlu.crisis.prefilter import RuleIndex, could_match, needed_literals
from nearer.nlu.crisis.rules import ALL_RULES

HELD_OUT = datasets.PACKAGE / "data" / "held_out"


def _every_text() -> list[str]:
    texts = [example.text for example in datasets.examples("crisis")]
    texts += [example.text for example in datasets.redteam()]
    for path in [*sorted(HELD_OUT.glob("*.jsonl")), datasets.PACKAGE / "data" / "distancing.jsonl"]:
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    return texts


def test_no_rule_that_matches_a_sentence_is_ever_skipped():
    index = RuleIndex([rule.pattern for rule in ALL_RULES])
    skipped_wrongly = []
    for text in _every_text():
        for sentence in reading._sentences(reading.normalise(text)):
            candidates = set(index.candidates(sentence))
            for number, rule in enumerate(ALL_RULES):
                if number not in candidates and rule.pattern.search(sentence):
                    skipped_wrongly.append((rule.pattern.pattern[:60], sentence))
    assert skipped_wrongly == []


def test_most_rules_are_skipped_for_an_ordinary_sentence():
    index = RuleIndex([rule.pattern for rule in ALL_RULES])
    ordinary = reading.normalise("she said she was proud of me and i changed the subject")
    assert len(index.candidates(ordinary)) < len(ALL_RULES) / 4


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\b(?:pills|tablets)\b", {"pills", "tablets"}),
        (r"\bkill(?:ing)?\s+myself\b", {"myself"}),
        (r"\b(?:end|take)\s+my\s+life\b", {"life"}),
        (r"(?i)\bOVERDOSE\b", {"overdose"}),
        (r"(?:rope|\w+)\s+ready", {"ready"}),
    ],
)
def test_needed_literals_come_from_the_pattern(pattern, needed):
    assert needed_literals(re.compile(pattern)) == needed


@pytest.mark.parametrize("pattern", [r"\b\w+\b", r"(?:pills)?\s*x", r"a|bc", r"(?:rope|\w+)\s+"])
def test_a_pattern_with_nothing_it_must_contain_is_always_run(pattern):
    assert needed_literals(re.compile(pattern)) is None
    assert could_match(None, "anything at all")


def test_case_folded_letters_still_find_their_patterns():
    pattern = re.compile(r"(?i)\bpills\b")
    text = "pill\u017f"  # long s, which a case-insensitive "s" matches
    assert pattern.search(text)
    assert could_match(needed_literals(pattern), text)


def test_the_screen_reads_every_text_the_same_with_and_without_the_index(monkeypatch):
    texts = _every_text()
    quick = [reading.screen_text(text) for text in texts]
    monkeypatch.setattr(reading._RULE_INDEX, "candidates", lambda sentence: list(range(len(ALL_RULES))))
    assert [reading.screen_text(text) for text in texts] == quick
