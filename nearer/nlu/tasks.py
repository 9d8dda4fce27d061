"""Dense features the trap and distancing models read next to the words, built the same way for training and use.

Rule hits (does a lexicon pattern for this label match?) let the model lean on hand-written phrases
that generalise beyond the few hundred examples, and the Ekman emotion scores let it tell a painful
feeling or contempt from a neutral sentence that happens to share words.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from nearer.nlu.lexicon import BALANCE_PATTERNS, CUE_PATTERNS, DISTANCING_PATTERNS, TRAP_PATTERNS, find

EKMAN_LABELS = ("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral")
TRAP_EXTRA = (
    *(f"rule:{label}" for label in TRAP_PATTERNS),
    *BALANCE_PATTERNS,
    *(f"ekman:{e}" for e in EKMAN_LABELS),
)
DISTANCING_EXTRA = (
    *(f"rule:{label}" for label in DISTANCING_PATTERNS),
    "rule:withdrawal_with_return",
    *CUE_PATTERNS,
    *(f"ekman:{e}" for e in EKMAN_LABELS),
)
# The leading columns that come from the patterns: training zeroes them in its second copy of each row.
TRAP_RULE_COLUMNS = len(TRAP_PATTERNS)
DISTANCING_RULE_COLUMNS = len(DISTANCING_PATTERNS) + 1

Matches = dict[str, list[tuple[int, int]]]


def trap_extra(text: str, ekman: npt.NDArray[np.float32]) -> tuple[npt.NDArray[np.float32], Matches]:
    matches = find(TRAP_PATTERNS, text)
    cues = find(BALANCE_PATTERNS, text)
    rules = [1.0 if label in matches else 0.0 for label in TRAP_PATTERNS]
    cue = [1.0 if name in cues else 0.0 for name in BALANCE_PATTERNS]
    return np.array([*rules, *cue, *ekman.tolist()], dtype=np.float32), matches


def distancing_extra(text: str, ekman: npt.NDArray[np.float32]) -> tuple[npt.NDArray[np.float32], Matches]:
    matches = find(DISTANCING_PATTERNS, text)
    cues = find(CUE_PATTERNS, text)
    rules = [1.0 if label in matches else 0.0 for label in DISTANCING_PATTERNS]
    cue = [1.0 if name in cues else 0.0 for name in CUE_PATTERNS]
    # A linear model cannot learn on its own that a named return cancels a going-to-bed or a need for
    # space, so the pair is one more feature ("going to bed, talk tomorrow" is a kind message).
    paired = 1.0 if "withdrawal" in matches and "cue_return" in cues else 0.0
    return np.array([*rules, paired, *cue, *ekman.tolist()], dtype=np.float32), matches
