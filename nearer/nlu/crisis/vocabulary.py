"""The crisis screen's vocabulary: tiers, flags, what a screening returns, and the shape of a rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

Tier = Literal["none", "concern", "urgent"]
Flag = Literal[
    "suicidal_thoughts",
    "passive_wish",
    "plan_or_preparation",
    "recent_attempt",
    "self_harm",
    "abuse",
    "eating",
    "substance",
    "minor",
    "medication",
    "override_attempt",
    "sensitive_not_crisis",
    "reads_like_risk",
]
Handling = Literal["crisis_response", "check_in", "support", "none"]

FLAGS: Final[tuple[Flag, ...]] = (
    "suicidal_thoughts",
    "passive_wish",
    "plan_or_preparation",
    "recent_attempt",
    "self_harm",
    "abuse",
    "eating",
    "substance",
    "minor",
    "medication",
    "override_attempt",
    "sensitive_not_crisis",
    "reads_like_risk",
)
# A tier-none text with one of these still earns a quiet pointer to help ("support").
SUPPORT_FLAGS: Final[frozenset[Flag]] = frozenset(
    {"abuse", "eating", "substance", "minor", "medication", "sensitive_not_crisis"}
)
RANK: Final[dict[Tier, int]] = {"none": 0, "concern": 1, "urgent": 2}


@dataclass(frozen=True)
class Screening:
    """What the screen found in one text. ``phrases`` are the writer's own words that raised the tier."""

    tier: Tier
    phrases: tuple[str, ...] = field(default_factory=tuple)
    flags: tuple[Flag, ...] = field(default_factory=tuple)

    @property
    def needs_response(self) -> bool:
        return self.tier != "none"

    @property
    def handling(self) -> Handling:
        """How the product answers: derived from the tier first, then the flags."""
        if self.tier == "urgent":
            return "crisis_response"
        if self.tier == "concern":
            return "check_in"
        if SUPPORT_FLAGS.intersection(self.flags):
            return "support"
        return "none"


# --- Rules -------------------------------------------------------------------------------------
#
# timing says how time changes a rule's tier:
#   risk     now: the rule's tier; recent past: at most concern; long past: concern, or none when
#            the text says it is over (then reported as sensitive_not_crisis)
#   attempt  now or recent: urgent; long past: as risk
#   harm     (abuse) now or recent: concern; long past: none, flag kept (support)
#   cue      (eating, substance) as harm
#   fixed    the rule's tier whatever the time or negation (minor, medication, override, method)

Timing = Literal["risk", "attempt", "harm", "cue", "fixed"]
When = Literal["now", "recent", "past"]


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class Rule:
    flag: Flag
    tier: Tier
    pattern: re.Pattern[str]
    timing: Timing = "risk"
    subject: bool = False  # no "myself" in the phrase: work out who it is about from the words before
    not_after: re.Pattern[str] | None = None  # an idiom or everyday use, read just after the phrase
    not_before: re.Pattern[str] | None = None  # the same, read just before it
    everyday: bool = False  # relationship talk in the sentence makes this ambiguous phrase ordinary
    context: bool = False  # "doing it again": counts only when the text talks about risk elsewhere
    weak: bool = False  # a preparation sign that counts only with another sign or with risk talk
    alone: bool = False  # a weak sign specific enough that, on its own, it earns concern rather than nothing
    cue: re.Pattern[str] | None = None  # must also appear in the sentence
    text_cue: re.Pattern[str] | None = None  # must also appear somewhere in the text (a means or a place named nearby)
    also: tuple[Flag, ...] = ()  # further flags the phrase names
    negation_inside: bool = False  # the phrase starts with its subject: "he has never hit me"
