"""What the thought record reads in a thought: suggested traps, and whether the thought is mostly a
painful feeling (then the flow validates and offers kindness instead of disputing).

Pure Python over the text-understanding contract; no Django. Suggestions are only suggestions:
the member confirms or changes every one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nearer.nlu import analyse
from nearer.thoughts.traps import TRAPS_BY_SLUG

logger = logging.getLogger(__name__)

PAINFUL = "painful_feeling"
MAX_SUGGESTIONS = 3

# "I feel so alone", "I'm really scared", "feeling hurt": a feeling said plainly. "I feel like I'm
# too much" or "I feel nobody cares" carry a thought inside them, so only a feeling word counts.
_FEELING_WORDS = (
    "alone|lonely|sad|hurt|scared|afraid|ashamed|empty|lost|tired|exhausted|broken|heartbroken|"
    "miserable|awful|terrible|numb|anxious|overwhelmed|upset|low|down|raw|unwanted|rejected|abandoned|"
    "small|invisible|unloved|helpless|hopeless|angry|furious|jealous|guilty|embarrassed|devastated|"
    "frightened|panicky|worried|nervous|sick|heavy|crushed|gutted|grieving|sore|homesick|shaky|fragile"
)
_FEELING_STATEMENT = re.compile(
    r"^(?:and\s+|but\s+|just\s+|right\s+now\s+|tonight\s+)?"
    r"(?:i\s+(?:feel|felt)|i'?m\s+feeling|i\s+am\s+feeling|feeling|i'?m|i\s+am|i\s+was)\s+"
    r"(?:(?:so|really|very|just|completely|totally|utterly|deeply|a\s+bit|kind\s+of|quite|too|incredibly)\s+)*"
    rf"(?:{_FEELING_WORDS})\b"
    r"|^(?:and\s+|but\s+)?i\s+(?:really\s+|just\s+|so\s+)?miss\s+\w+",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[^.!?\n;]+")


@dataclass(frozen=True)
class Suggestion:
    slug: str
    phrase: str  # the member's own words that suggested it, or "" when there is no span


def is_feeling_statement(sentence: str) -> bool:
    """Whether one sentence is a feeling said plainly ("I feel so alone"), not a thought about it."""
    text = sentence.strip().replace("’", "'")
    return bool(_FEELING_STATEMENT.match(text))


def is_mostly_painful_feeling(text: str, trap_labels: Sequence[str]) -> bool:
    """True when the thought calls for validation rather than disputing: the text reader's top
    label is ``painful_feeling``, or most of the sentences are plain feeling statements."""
    if trap_labels and trap_labels[0] == PAINFUL:
        return True
    sentences = [s for s in _SENTENCES.findall(text) if s.strip()]
    if not sentences:
        return False
    feelings = sum(1 for s in sentences if is_feeling_statement(s))
    return feelings * 2 > len(sentences)


@dataclass(frozen=True)
class Reading:
    suggestions: tuple[Suggestion, ...]
    mostly_feeling: bool


def read_thought(text: str) -> Reading:
    """Suggested traps (best first, at most three, painful feeling left out) and the decision.

    The reader is a helper, not a gate: if it fails, the member still picks traps by hand.
    """
    try:
        traps = analyse(text, tasks=("traps",)).traps
    except Exception as exc:  # noqa: BLE001 - a broken model must not block the member's own record
        # Only the kind of error: a message or traceback could quote the member's words.
        logger.error("thinking-trap suggestions failed (%s)", type(exc).__name__)
        return Reading(suggestions=(), mostly_feeling=is_mostly_painful_feeling(text, ()))
    phrases: dict[str, str] = {}
    for span in traps.spans:
        phrases.setdefault(span.label, span.phrase)
    suggestions = tuple(
        Suggestion(slug=label, phrase=phrases.get(label, ""))
        for label in traps.labels
        if label != PAINFUL and label in TRAPS_BY_SLUG
    )[:MAX_SUGGESTIONS]
    return Reading(suggestions=suggestions, mostly_feeling=is_mostly_painful_feeling(text, traps.labels))
