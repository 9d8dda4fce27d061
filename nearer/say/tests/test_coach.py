"""The coach's reading of a draft, from hand-made Text understanding results (the contract's own types)."""

from django.template.loader import render_to_string

from nearer.nlu import Span, TaskResult
from nearer.say.coach import read_draft

DRAFT = "Fine. Whatever. I'm done, don't bother texting me."


def _span(text, phrase, label):
    start = text.index(phrase)
    return Span(start, start + len(phrase), label, phrase)


def test_phrases_are_marked_in_order_and_the_rest_kept():
    result = TaskResult(
        labels=("ending", "minimizing"),
        spans=(_span(DRAFT, "I'm done", "ending"), _span(DRAFT, "Whatever", "minimizing")),
    )
    reading = read_draft(DRAFT, result)
    assert "".join(s.text for s in reading.segments) == DRAFT
    marked = [(s.text, s.pattern.label) for s in reading.segments if s.pattern]
    assert marked == [("Whatever", "minimizing"), ("I'm done", "ending")]
    assert [p.label for p in reading.patterns] == ["ending", "minimizing"]
    assert not reading.clear and reading.marked


def test_a_label_without_a_span_is_still_named():
    reading = read_draft(DRAFT, TaskResult(labels=("testing",)))
    assert [p.label for p in reading.patterns] == ["testing"] and not reading.marked


def test_an_empty_result_means_the_draft_is_clear():
    reading = read_draft("I feel hurt and I need a hug.", TaskResult())
    assert reading.clear and [s.text for s in reading.segments] == ["I feel hurt and I need a hug."]


def test_spans_that_do_not_fit_are_left_unmarked():
    bad = (
        Span(0, 5, "ending", "Nope!"),  # offsets and phrase disagree
        Span(40, 400, "ending", "x"),  # past the end
        Span(0, 4, "no_such_label", "Fine"),
        _span(DRAFT, "I'm done", "ending"),
        Span(DRAFT.index("done"), DRAFT.index("done") + 4, "withdrawal", "done"),  # overlaps the one before
    )
    reading = read_draft(DRAFT, TaskResult(labels=("ending",), spans=bad))
    assert [s.text for s in reading.segments if s.pattern] == ["I'm done"]
    assert "".join(s.text for s in reading.segments) == DRAFT


def test_a_span_label_missing_from_labels_is_named_too():
    reading = read_draft(DRAFT, TaskResult(spans=(_span(DRAFT, "don't bother texting me", "withdrawal"),)))
    assert [p.label for p in reading.patterns] == ["withdrawal"]


def test_the_marked_draft_is_escaped_and_names_each_pattern_in_words():
    text = '<b>hi</b> "I\'m done" & <script>x</script>'
    reading = read_draft(text, TaskResult(labels=("ending",), spans=(_span(text, "I'm done", "ending"),)))
    html = render_to_string("say/_reading.html", {"reading": reading, "draft": text})
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "&amp;" in html
    assert '<mark class="distancing">I&#x27;m done</mark><span class="mark-name"> (ending it)</span>' in html
    assert "What it may protect:" in html and "Closing the door" in html
