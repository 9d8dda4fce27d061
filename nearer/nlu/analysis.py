"""The contract every caller of Text understanding relies on. The models behind it may change; these types stay.

(Provisional body: returns empty results until the models land. Keep the names and shapes.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

TASKS = ("crisis", "emotion", "ekman", "traps", "distancing")

TRAP_LABELS = (
    "all_or_nothing",
    "overgeneralizing",
    "mental_filter",
    "discounting_positive",
    "mind_reading",
    "fortune_telling",
    "catastrophizing",
    "emotional_reasoning",
    "should_statements",
    "labeling",
    "personalizing",
    "blaming",
    "comparing",
    "painful_feeling",
)

DISTANCING_LABELS = ("withdrawal", "minimizing", "ending", "blaming", "testing", "contempt")


@dataclass(frozen=True)
class Span:
    """A phrase in the text that drove a label: ``text[start:end] == phrase``."""

    start: int
    end: int
    label: str
    phrase: str


@dataclass(frozen=True)
class TaskResult:
    """One task's reading. ``labels`` are the chosen ones, best first; ``scores`` cover every label (0..1)."""

    labels: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Analysis:
    """Every task's reading of one text. ``crisis.labels`` is exactly one of none / concern / urgent."""

    text: str
    crisis: TaskResult
    emotion: TaskResult  # GoEmotions' 27 emotions + neutral
    ekman: TaskResult  # the same grouped into Ekman's six + neutral
    traps: TaskResult  # empty labels for a balanced thought
    distancing: TaskResult  # empty labels when the message says what the writer feels or needs


def analyse(text: str, tasks: Iterable[str] = TASKS) -> Analysis:
    """Read ``text`` for the given tasks (all by default); tasks not asked for come back empty."""
    empty = TaskResult()
    return Analysis(
        text=text, crisis=TaskResult(labels=("none",)), emotion=empty, ekman=empty, traps=empty, distancing=empty
    )
