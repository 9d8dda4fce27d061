"""The crisis screen every free text passes before it is stored or answered.

``screen_text(text)`` returns a tier: ``none``, ``concern`` or ``urgent``. This is the first,
rules-only version: it looks for the writer speaking about ending their own life or hurting
themselves, and leaves idioms ("this exam is killing me"), clear negations ("I'd never hurt
myself") and other people ("my friend said she wants to die") alone. The text-understanding work
replaces the rules with a model behind this same function; callers do not change.

A missed risk is far worse than a false alarm, so when a phrase is ambiguous the screen says
``concern`` (a gentle offer of help), never ``none``.

Plain Python, no Django: run it offline from the command line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Tier = Literal["none", "concern", "urgent"]

# Speaking about ending one's own life, now: urgent.
_URGENT = [
    r"\b(?:kill|killing|hang|hanging|hurt|hurting|harm|harming|cut|cutting)\s+myself\b",
    r"\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b",
    r"\bsuicid(?:e|al)\b",
    r"\b(?:want|wanted|going|plan|planning|ready)\s+to\s+die\b",
    r"\bi\s*(?:'|’)?\s*(?:m|am)\s+going\s+to\s+do\s+it\s+tonight\b",
    r"\b(?:wrote|writing|written)\s+(?:a|my)\s+(?:suicide\s+)?(?:note|goodbye letter)s?\b.*\b(?:goodbye|end)\b",
    r"\bnot\s+(?:be|being)\s+(?:alive|here)\s+(?:tomorrow|anymore|any\s+more)\b",
    r"\bno\s+reason\s+to\s+(?:live|go\s+on|keep\s+going)\b",
]

# Passive wishes not to exist: concern.
_CONCERN = [
    r"\b(?:everyone|everybody|they|people|he|she|you)\s+(?:would|will|\'d)\s+be\s+better\s+off\s+without\s+me\b",
    r"\bbetter\s+off\s+dead\b",
    r"\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)\b",
    r"\bwish\s+i\s+could\s+(?:disappear|vanish|stop\s+existing|not\s+wake\s+up)\s*(?:forever|for\s+good)?\s*$",
    r"\b(?:don'?t|do\s+not)\s+want\s+to\s+(?:be\s+alive|exist|wake\s+up)\b",
    r"\bcan'?t\s+(?:go\s+on|do\s+this\s+anymore|keep\s+going)\b(?!\s+(?:with|in)\s+(?:this|the|our|that)\s+(?:relationship|job|group|chat|conversation))",
    r"\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|anything)\b",
]

# Clearly not about the writer: someone else, or a figure of speech.
_NOT_ABOUT_ME = [
    r"\b(?:my|a|her|his|their|our)\s+(?:friend|sister|brother|mum|mom|dad|partner|son|daughter|colleague|client)\b[^.!?]*\b(?:wants?|wanted|said|says|talked|tried|is)\b",
    r"\b(?:he|she|they)\s+(?:wants?|said|says|tried|is\s+thinking)\b",
    r"\b(?:film|movie|book|show|series|documentary|song|article|podcast)\b",
    r"\bhow\s+(?:do|can)\s+i\s+(?:help|support)\b",
]
_IDIOMS = [
    r"\b(?:exam|work|job|commute|traffic|heat|suspense|wait|waiting|boss|meeting|this\s+week|my\s+feet|these\s+shoes)\b[^.!?]*\bkill(?:s|ing)?\s+me\b",
    r"\bkill(?:ing)?\s+(?:it|time)\b",
    r"\b(?:dying|die)\s+(?:to|for)\s+(?:see|know|try|a|an|some)\b",
    r"\bdie\s+of\s+(?:embarrassment|shame|laughter|boredom)\b",
]
_NEGATION = re.compile(
    r"\b(?:never|not|wouldn'?t|won'?t|don'?t|do\s+not|would\s+not|will\s+not|no\s+longer)\b[^.!?]{0,30}$"
)
_PAST_OVER = re.compile(
    r"\b(?:used\s+to|years\s+ago|back\s+then|when\s+i\s+was\s+(?:a\s+)?(?:teen|teenager|kid|young))\b"
)


@dataclass(frozen=True)
class Screening:
    tier: Tier
    phrases: tuple[str, ...] = field(default_factory=tuple)

    @property
    def needs_response(self) -> bool:
        return self.tier != "none"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?\n])\s+", text.lower().replace("’", "'")) if s.strip()]


def _match_in(sentence: str, patterns: list[str]) -> list[re.Match[str]]:
    return [m for p in patterns if (m := re.search(p, sentence))]


def screen_text(text: str) -> Screening:
    """Screen one free text. Never raises on odd input; empty text is ``none``."""
    tier: Tier = "none"
    phrases: list[str] = []
    for sentence in _sentences(text or ""):
        if _match_in(sentence, _IDIOMS) or _match_in(sentence, _NOT_ABOUT_ME):
            continue
        for level, patterns in (("urgent", _URGENT), ("concern", _CONCERN)):
            for match in _match_in(sentence, patterns):
                before = sentence[: match.start()]
                if _NEGATION.search(before):
                    continue
                found: Tier = level  # type: ignore[assignment]
                if found == "urgent" and _PAST_OVER.search(sentence):
                    found = "concern"  # a past that is over still earns a gentle check-in
                phrases.append(match.group(0))
                if found == "urgent" or tier == "none":
                    tier = found if tier != "urgent" else tier
    return Screening(tier=tier, phrases=tuple(phrases))
