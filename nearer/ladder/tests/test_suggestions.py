from nearer.ladder.suggestions import SUGGESTIONS


def test_suggestions_are_unique_ordered_and_in_range():
    slugs = [s.slug for s in SUGGESTIONS]
    assert len(slugs) == len(set(slugs))
    assert all(0 <= s.typical_fear <= 100 and s.title and s.hint for s in SUGGESTIONS)
    assert [s.typical_fear for s in SUGGESTIONS] == sorted(s.typical_fear for s in SUGGESTIONS)


def test_the_issue_s_examples_are_among_them():
    titles = " ".join(s.title for s in SUGGESTIONS)
    for words in ("honest feeling", "fear", "hurt", "I need you", "Stay in the room"):
        assert words in titles
