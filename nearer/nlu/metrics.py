"""Multi-label metrics in plain numpy, shared by training (threshold choice) and `nearer nlu eval`."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Labels = npt.NDArray[np.integer] | npt.NDArray[np.bool_]
Scores = npt.NDArray[np.floating]


def _counts(y: Labels, p: Labels) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    y = y.astype(bool)
    p = p.astype(bool)
    return (y & p).sum(0), (~y & p).sum(0), (y & ~p).sum(0)


def per_label_f1(y: Labels, p: Labels) -> npt.NDArray[np.float64]:
    tp, fp, fn = _counts(y, p)
    denominator = 2 * tp + fp + fn
    return np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), 0.0)


def macro_f1(y: Labels, p: Labels) -> float:
    """Mean F1 over labels that occur in ``y`` (a label absent from the gold set cannot be scored)."""
    present = y.sum(0) > 0
    return float(per_label_f1(y, p)[present].mean()) if present.any() else 0.0


def micro_f1(y: Labels, p: Labels) -> float:
    tp, fp, fn = (int(c.sum()) for c in _counts(y, p))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def f1(y: Labels, p: Labels, average: str) -> float:
    return macro_f1(y, p) if average == "macro" else micro_f1(y, p)


def decide(probs: Scores, thresholds: Scores, *, at_least_one: bool = False) -> npt.NDArray[np.int8]:
    """Labels at or above their threshold; with ``at_least_one`` the best label when none is."""
    chosen = (probs >= thresholds).astype(np.int8)
    if at_least_one:
        empty = chosen.sum(1) == 0
        chosen[empty, probs[empty].argmax(1)] = 1
    return chosen


def best_threshold(y: Labels, probs: Scores) -> float:
    """The threshold (0.05 to 0.9) with the best F1 for one label."""
    grid = np.arange(0.05, 0.9, 0.025)
    scores = [per_label_f1(y[:, None], (probs >= t)[:, None])[0] for t in grid]
    return float(grid[int(np.argmax(scores))])


def half_tuned_macro_f1(y: Labels, probs: Scores) -> float:
    """Thresholds tuned on one half of the rows and scored on the other, both ways, averaged: an honest estimate."""
    rows = np.arange(len(y))
    halves = (rows % 2 == 0, rows % 2 == 1)
    results = []
    for tune, score in (halves, halves[::-1]):
        thresholds = np.array([best_threshold(y[tune][:, j], probs[tune][:, j]) for j in range(y.shape[1])])
        results.append(macro_f1(y[score], decide(probs[score], thresholds, at_least_one=True)))
    return float(np.mean(results))
