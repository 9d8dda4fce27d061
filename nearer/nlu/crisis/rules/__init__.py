"""The crisis screen's rule tables: the phrases it looks for and the words around them that change what they mean.

Only data lives here (patterns and the small word lists they share); ``reading.py`` applies them.
Add a phrase here together with a red-team case in ``nearer/safety/data/redteam.json``.
"""

from __future__ import annotations

from typing import Final

from nearer.nlu.crisis.rules.composed import COMPOSED
from nearer.nlu.crisis.rules.context import (
    ANSWERED_NO,
    ASKED_AFTER,
    ASKED_BEFORE,
    BACK_AGAIN,
    BOUNDARY,
    CHARS,
    DARK,
    ENDED_AFTER,
    EVERYDAY,
    FILLER,
    HABIT,
    HARM_HISTORY,
    MEANT_OTHERWISE,
    MEDIA,
    NEGATED_TOGETHER,
    NEGATOR,
    NO_AFTER,
    NO_BEFORE,
    NO_GOVERNS,
    NOT_COME_UP,
    NOT_LITERAL_AFTER,
    NOT_OVER,
    NOT_SINCE,
    NOT_SO_AFTER,
    NOW,
    ONGOING,
    OVER,
    OVER_WORD,
    PAST,
    PAST_NEXT,
    PAST_TENSE,
    PRESENT_LIFE,
    QUALIFIED_HERE,
    RECENT,
    REPORTED_BY_OTHER,
    RETURNING,
    SAID_NO_AFTER,
    SHORT_GAP,
    SPELLINGS,
    SUBJECT,
    TAKEN_BACK,
    TOPIC_AFTER,
    UNSURE,
    YEARS_SINCE,
)
from nearer.nlu.crisis.rules.others import (
    ABUSE,
    AGAIN,
    EATING,
    ME_TOO,
    MEDICATION,
    MINOR,
    OTHERS,
    OVERRIDE,
    SUBSTANCE,
)
from nearer.nlu.crisis.rules.reworded import (
    WORDED_OTHERWISE,
)
from nearer.nlu.crisis.rules.risk import (
    ATTEMPT,
    PASSIVE,
    PLAN,
    SELF_HARM,
    SUICIDAL,
    UNSAFE,
)
from nearer.nlu.crisis.rules.sideways import SIDEWAYS
from nearer.nlu.crisis.rules.veiled import VEILED
from nearer.nlu.crisis.vocabulary import Flag, Rule

RISK_RULES: Final[list[Rule]] = (
    SUICIDAL + UNSAFE + PASSIVE + PLAN + ATTEMPT + SELF_HARM + WORDED_OTHERWISE + COMPOSED + VEILED + SIDEWAYS
)
ALL_RULES: Final[list[Rule]] = RISK_RULES + ABUSE + EATING + SUBSTANCE + MINOR + MEDICATION + OVERRIDE
RISK_FLAGS: Final[frozenset[Flag]] = frozenset(
    {"suicidal_thoughts", "passive_wish", "plan_or_preparation", "recent_attempt", "self_harm"}
)

__all__ = [
    "ABUSE",
    "AGAIN",
    "ALL_RULES",
    "ATTEMPT",
    "ASKED_AFTER",
    "ANSWERED_NO",
    "ASKED_BEFORE",
    "BACK_AGAIN",
    "BOUNDARY",
    "COMPOSED",
    "CHARS",
    "DARK",
    "EATING",
    "ENDED_AFTER",
    "EVERYDAY",
    "FILLER",
    "HARM_HISTORY",
    "HABIT",
    "MEANT_OTHERWISE",
    "MEDIA",
    "NEGATED_TOGETHER",
    "MEDICATION",
    "ME_TOO",
    "MINOR",
    "NEGATOR",
    "NO_AFTER",
    "NOT_SO_AFTER",
    "NO_BEFORE",
    "NO_GOVERNS",
    "NOT_COME_UP",
    "NOT_LITERAL_AFTER",
    "NOT_OVER",
    "NOT_SINCE",
    "NOW",
    "OTHERS",
    "OVER",
    "OVERRIDE",
    "ONGOING",
    "OVER_WORD",
    "PASSIVE",
    "PAST",
    "PAST_TENSE",
    "PRESENT_LIFE",
    "PAST_NEXT",
    "PLAN",
    "QUALIFIED_HERE",
    "RECENT",
    "REPORTED_BY_OTHER",
    "RETURNING",
    "SAID_NO_AFTER",
    "SHORT_GAP",
    "SIDEWAYS",
    "TAKEN_BACK",
    "RISK_FLAGS",
    "RISK_RULES",
    "SELF_HARM",
    "SPELLINGS",
    "SUBJECT",
    "SUBSTANCE",
    "SUICIDAL",
    "TOPIC_AFTER",
    "UNSAFE",
    "UNSURE",
    "YEARS_SINCE",
    "VEILED",
    "WORDED_OTHERWISE",
]
