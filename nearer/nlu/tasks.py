"""Dense features the trap and distancing models read next to the words, built the same way for training and use.

Rule hits (does a lexicon pattern for this label match?) let the model lean on hand-written phrases
that generalise beyond the few hundred examples, and the Ekman emotion scores let it tell a painful
feeling or contempt from a neutral sentence that happens to share words.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from nearer.nlu.lexicon import CUE_PATTERNS, DISTANCING_PATTERNS, TRAP_PATTERNS, find

EKMAN_LABELS = ("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral")
TRAP_EXTRA = (*(f"rule:{label}" for label in TRAP_PATTERNS), *(f"ekman:{e}" for e in EKMAN_LABELS))
DISTANCING_EXTRA = (
    *(f"rule:{label}" for label in DISTANCING_PATTERNS),
    *CUE_PATTERNS,
    *(f"ekman:{e}" for e in EKMAN_LABELS),
)

Matches = dict[str, list[tuple[int, int]]]


def trap_extra(text: str, ekman: npt.NDArray[np.float32]) -> tuple[npt.NDArray[np.float32], Matches]:
    matches = find(TRAP_PATTERNS, text)
    rules = [1.0 if label in matches else 0.0 for label in TRAP_PATTERNS]
    return np.array([*rules, *ekman.tolist()], dtype=np.float32), matches


def distancing_extra(text: str, ekman: npt.NDArray[np.float32]) -> tuple[npt.NDArray[np.float32], Matches]:
    matches = find(DISTANCING_PATTERNS, text)
    cues = find(CUE_PATTERNS, text)
    rules = [1.0 if label in matches else 0.0 for label in DISTANCING_PATTERNS]
    cue = [1.0 if name in cues else 0.0 for name in CUE_PATTERNS]
    return np.array([*rules, *cue, *ekman.tolist()], dtype=np.float32), matches
