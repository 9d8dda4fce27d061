"""The coach's reading of a draft, from Text understanding's distancing result. Plain Python.

``read_draft(text, distancing)`` cuts the draft into segments, marking each phrase a span
names, and lists the patterns found (with their kind words) whether or not they came with a
phrase. It never trusts a span blindly: one whose offsets do not match its phrase, that
overlaps an earlier one or names an unknown label is left unmarked, so a model's slip can
never misplace a mark. Templates render the segments with autoescaping, so no member text
is ever marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass

from nearer.nlu import TaskResult
from nearer.say.patterns import PATTERNS, Pattern


@dataclass(frozen=True)
class Segment:
    text: str
    pattern: Pattern | None = None


@dataclass(frozen=True)
class Reading:
    segments: tuple[Segment, ...]
    patterns: tuple[Pattern, ...]

    @property
    def clear(self) -> bool:
        """No distancing found: the draft already says what the writer feels or needs."""
        return not self.patterns

    @property
    def marked(self) -> bool:
        return any(s.pattern for s in self.segments)


def read_draft(text: str, distancing: TaskResult) -> Reading:
    spans = []
    end_of_last = 0
    for span in sorted(distancing.spans, key=lambda s: (s.start, -(s.end - s.start))):
        fits = 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.phrase
        if fits and span.label in PATTERNS and span.start >= end_of_last:
            spans.append(span)
            end_of_last = span.end
    segments: list[Segment] = []
    at = 0
    for span in spans:
        if span.start > at:
            segments.append(Segment(text[at : span.start]))
        segments.append(Segment(text[span.start : span.end], PATTERNS[span.label]))
        at = span.end
    if at < len(text):
        segments.append(Segment(text[at:]))
    labels = [*distancing.labels, *(s.label for s in spans)]
    patterns = tuple(PATTERNS[label] for label in dict.fromkeys(labels) if label in PATTERNS)
    return Reading(segments=tuple(segments), patterns=patterns)
