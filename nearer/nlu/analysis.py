"""The contract every caller of Text understanding relies on. The models behind it may change; these types stay.

``analyse(text)`` reads one text for every task. How each task is decided (docs/model-card.md):

- ``crisis``: the rules-first screen (``nearer.nlu.crisis``), the same one safety runs on every save,
  so the product and the measurements can never disagree about a text.
- ``emotion`` / ``ekman``: logistic regression over word and character n-grams, trained on GoEmotions,
  with a threshold per label tuned on its dev split; at least one label always comes back.
- ``traps`` / ``distancing``: logistic regression over n-grams, lexicon hits and emotion scores, trained
  on Nearer's own examples; spans are the lexicon phrases behind each chosen label (else its strongest word).

Models load once, on first use (or :func:`load`), from ``nearer/nlu/artifacts``; numpy only.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nearer.nlu import linear
from nearer.nlu.crisis import Screening, screen_text
from nearer.nlu.datasets import ARTIFACTS
from nearer.nlu.features import terms
from nearer.nlu.lexicon import canonical, fold
from nearer.nlu.tasks import EKMAN_LABELS, Matches, distancing_extra, trap_extra

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
CRISIS_LABELS = ("none", "concern", "urgent")
ExtraBuilder = Callable[[str, npt.NDArray[np.float32]], tuple[npt.NDArray[np.float32], Matches]]


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
    wanted = set(tasks)
    unknown = wanted - set(TASKS)
    if unknown:
        raise ValueError(f"unknown task(s): {sorted(unknown)}; choose from {TASKS}")
    reading = _Reading(text or "")
    empty = TaskResult()
    return Analysis(
        text=text,
        crisis=reading.crisis() if "crisis" in wanted else TaskResult(labels=("none",)),
        emotion=reading.emotion("goemotions") if "emotion" in wanted else empty,
        ekman=reading.emotion("ekman") if "ekman" in wanted else empty,
        traps=reading.task("traps", trap_extra) if "traps" in wanted else empty,
        distancing=reading.task("distancing", distancing_extra) if "distancing" in wanted else empty,
    )


def ekman_scores(text: str) -> npt.NDArray[np.float32]:
    """The Ekman head's probabilities for one text, in ``EKMAN_LABELS`` order (zeros before training)."""
    return _Reading(text).ekman_probabilities()


# --- Loading -----------------------------------------------------------------------------------

_lock = threading.Lock()
_directory = ARTIFACTS
_bundles: dict[str, linear.Bundle | None] = {}
BUNDLES = ("emotion", "traps", "distancing")


def _bundle(name: str) -> linear.Bundle | None:
    """One artifact, loaded on first use; ``None`` when it has not been trained (the task then returns nothing)."""
    if name not in _bundles:
        with _lock:
            if name not in _bundles:
                path = _directory / f"{name}.npz"
                _bundles[name] = linear.load(path) if path.exists() else None
    return _bundles[name]


def load() -> None:
    """Load every model now rather than on the first text (a server can call this at start-up)."""
    from nearer.nlu.crisis import second_opinion

    for name in BUNDLES:
        _bundle(name)
    second_opinion.load()


def reload(directory: Path | None = None) -> None:
    """Forget loaded models (after training), optionally reading from another folder from now on."""
    global _directory
    with _lock:
        _bundles.clear()
        if directory is not None:
            _directory = directory


# --- Reading one text --------------------------------------------------------------------------


def _scores(labels: tuple[str, ...], probs: npt.NDArray[np.float32]) -> dict[str, float]:
    return {label: round(float(p), 4) for label, p in zip(labels, probs, strict=True)}


def _chosen(head: linear.Head, probs: npt.NDArray[np.float32], *, at_least_one: bool) -> tuple[str, ...]:
    order = np.argsort(-probs, kind="stable")
    chosen = tuple(head.labels[j] for j in order if probs[j] >= head.thresholds[j])
    if not chosen and at_least_one:
        chosen = (head.labels[int(order[0])],)
    return chosen


class _Reading:
    """One text on its way through the models: its n-grams and emotion scores are computed once and shared."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._terms: dict[str, int] | None = None
        self._task_terms: dict[str, int] | None = None
        self._emotion: dict[str, npt.NDArray[np.float32]] = {}

    def terms(self) -> dict[str, int]:
        if self._terms is None:
            self._terms = dict(terms(self.text))
        return self._terms

    def task_terms(self) -> dict[str, int]:
        """The n-grams of the respelled text ("dont" as "don't"): the trap and distancing models read these."""
        if self._task_terms is None:
            respelled = canonical(self.text).text
            self._task_terms = dict(terms(respelled)) if respelled != fold(self.text) else self.terms()
        return self._task_terms

    def _probabilities(
        self,
        bundle: linear.Bundle,
        head: linear.Head,
        extra: npt.NDArray[np.float32] | None = None,
        found: dict[str, int] | None = None,
    ) -> npt.NDArray[np.float32]:
        cols, vals = bundle.vectoriser.transform_terms(self.terms() if found is None else found)
        return head.probabilities(cols, vals, extra)

    def emotion_probabilities(self, scheme: str) -> npt.NDArray[np.float32] | None:
        bundle = _bundle("emotion")
        if bundle is None:
            return None
        if scheme not in self._emotion:
            self._emotion[scheme] = self._probabilities(bundle, bundle.heads[scheme])
        return self._emotion[scheme]

    def ekman_probabilities(self) -> npt.NDArray[np.float32]:
        probs = self.emotion_probabilities("ekman")
        return probs if probs is not None else np.zeros(len(EKMAN_LABELS), dtype=np.float32)

    def emotion(self, scheme: str) -> TaskResult:
        bundle = _bundle("emotion")
        probs = self.emotion_probabilities(scheme)
        if bundle is None or probs is None:
            return TaskResult()
        head = bundle.heads[scheme]
        return TaskResult(labels=_chosen(head, probs, at_least_one=True), scores=_scores(head.labels, probs))

    def task(self, name: str, build: ExtraBuilder) -> TaskResult:
        bundle = _bundle(name)
        if bundle is None:
            return TaskResult()
        head = bundle.heads[name]
        extra, matches = build(self.text, self.ekman_probabilities())
        probs = self._probabilities(bundle, head, extra, self.task_terms())
        labels = _chosen(head, probs, at_least_one=False)
        return TaskResult(
            labels=labels, scores=_scores(head.labels, probs), spans=self._spans(bundle, head, labels, matches)
        )

    def _spans(
        self, bundle: linear.Bundle, head: linear.Head, labels: tuple[str, ...], matches: Matches
    ) -> tuple[Span, ...]:
        spans: list[Span] = []
        for label in labels:
            found = matches.get(label) or self._strongest_word(bundle, head, label)
            spans.extend(Span(start, end, label, self.text[start:end]) for start, end in found)
        return tuple(sorted(spans, key=lambda s: (s.start, s.end, s.label)))

    def _strongest_word(self, bundle: linear.Bundle, head: linear.Head, label: str) -> list[tuple[int, int]]:
        """Where no lexicon phrase matched: the word or word pair that pushed hardest towards the label."""
        j = head.labels.index(label)
        index = bundle.vectoriser.index
        best, best_weight = "", 0.0
        for term in self.task_terms():
            if term[:2] in ("w:", "b:") and term in index:
                col = index[term]
                weight = float(head.weights[col, j]) * float(bundle.vectoriser.idf[col])
                if weight > best_weight:
                    best, best_weight = term[2:], weight
        if not best:
            return []
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in best.split()) + r"\b"
        read = canonical(self.text)
        match = re.search(pattern, read.text, re.IGNORECASE)
        return [read.original(match.start(), match.end())] if match else []

    def crisis(self) -> TaskResult:
        """The rules alone decide: a learned second opinion was tried and only added false alarms (model card)."""
        screening = screen_text(self.text)
        tier = screening.tier
        scores = {label: 1.0 if label == tier else 0.0 for label in CRISIS_LABELS}
        return TaskResult(labels=(tier,), scores=scores, spans=self._crisis_spans(screening, tier))

    def _crisis_spans(self, screening: Screening, label: str) -> tuple[Span, ...]:
        lowered = fold(self.text).lower()
        if len(lowered) != len(self.text):
            return ()
        spans = []
        for phrase in screening.phrases:
            at = lowered.find(phrase)
            if at >= 0:
                spans.append(Span(at, at + len(phrase), label, self.text[at : at + len(phrase)]))
        return tuple(spans)
