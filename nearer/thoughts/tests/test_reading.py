"""Which thoughts call for kindness rather than disputing, and what the text reader suggests."""

import pytest

from nearer.thoughts.reading import is_feeling_statement, is_mostly_painful_feeling, read_thought


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        ("I feel so alone", (), True),
        ("I'm really scared.", (), True),
        ("Feeling hurt and empty tonight", (), True),
        ("I miss him so much. I feel lost.", (), True),
        ("I'm so tired. I miss her.", (), True),
        # The text reader's top label decides too, whatever the wording.
        ("Nobody is here.", ("painful_feeling",), True),
        ("Nobody is here.", ("overgeneralizing", "painful_feeling"), False),
        # A thought dressed as a feeling is still a thought to look at.
        ("I feel like I'm too much for everyone", (), False),
        ("I feel nobody would notice if I left", (), False),
        ("I always ruin everything", (), False),
        ("I'm so stupid", (), False),
        ("I feel so alone tonight. Nobody ever stays. They all leave.", (), False),
        ("", (), False),
        ("   ", (), False),
    ],
)
def test_mostly_a_painful_feeling(text, labels, expected):
    assert is_mostly_painful_feeling(text, labels) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I feel so alone", True),
        ("i’m scared", True),
        ("I am completely exhausted", True),
        ("I feel that she's bored of me", False),
        ("I feel as if I'm a burden", False),
        ("She left", False),
    ],
)
def test_feeling_statements(sentence, expected):
    assert is_feeling_statement(sentence) is expected


def test_suggestions_are_known_traps_at_most_three_and_never_the_painful_feeling():
    text = "I always ruin everything and everyone will leave me, I just know it."
    reading = read_thought(text)
    slugs = [s.slug for s in reading.suggestions]
    assert len(slugs) <= 3
    assert "painful_feeling" not in slugs
    assert all(s.phrase in text for s in reading.suggestions)  # the member's own words, or ""


def test_an_unmistakable_overgeneralization_is_suggested():
    reading = read_thought("I always ruin everything. Nobody ever stays.")
    assert {"overgeneralizing", "all_or_nothing"} & {s.slug for s in reading.suggestions}
    assert not reading.mostly_feeling


def test_a_plain_painful_feeling_is_met_with_kindness():
    assert read_thought("I feel so alone and so sad tonight.").mostly_feeling


def test_a_failing_text_reader_leaves_the_member_to_choose_and_logs_no_words(monkeypatch, caplog):
    def broken(text, tasks=()):
        raise RuntimeError(f"could not read {text!r}")

    monkeypatch.setattr("nearer.thoughts.reading.analyse", broken)
    reading = read_thought("I feel so alone, Jo.")
    assert reading.suggestions == () and reading.mostly_feeling
    assert "Jo" not in caplog.text and "RuntimeError" in caplog.text
