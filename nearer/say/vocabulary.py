"""The feelings and needs the coach offers as choices, in Nearer's own words. Plain Python.

Each feeling's ``words`` complete "I feel ..."; each need's ``words`` complete "I need ...",
and its ``request`` and ``short`` are whole questions that ask for it. ``rewrite.py`` relies on
exactly that, and its tests check every combination.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feeling:
    slug: str
    label: str
    words: str


@dataclass(frozen=True)
class Need:
    slug: str
    label: str
    words: str
    request: str
    short: str


FEELINGS: tuple[Feeling, ...] = (
    Feeling("overwhelmed", "Overwhelmed", "overwhelmed"),
    Feeling("hurt", "Hurt", "hurt"),
    Feeling("scared", "Scared of losing you", "scared of losing you"),
    Feeling("lonely", "Lonely", "lonely"),
    Feeling("anxious", "Anxious", "anxious"),
    Feeling("unimportant", "Unimportant", "like I don't matter much right now"),
    Feeling("exposed", "Exposed, too seen", "exposed, as if you can see too much of me"),
    Feeling("ashamed", "Embarrassed or ashamed", "embarrassed"),
    Feeling("frustrated", "Frustrated", "frustrated"),
    Feeling("sad", "Sad", "sad"),
    Feeling("tired", "Worn out", "worn out"),
    Feeling("mixed", "Mixed up, not sure", "mixed up and not sure what I feel yet"),
)

NEEDS: tuple[Need, ...] = (
    Need(
        "time",
        "Some time to calm down, then to come back",
        "some time to calm down",
        "Can I come back to this in an hour, once I've settled?",
        "Can we pick this up in an hour?",
    ),
    Need(
        "reassurance",
        "To hear that we're okay",
        "to hear that we're okay",
        "Could you tell me we're okay, even if we're still working things out?",
        "Can you tell me we're okay?",
    ),
    Need(
        "closeness",
        "To feel close to you",
        "to feel close to you",
        "Could we spend some time together soon, just the two of us?",
        "Can we spend some time together soon?",
    ),
    Need(
        "heard",
        "To be heard",
        "to feel heard",
        "Would you listen for a few minutes without trying to fix it?",
        "Will you just listen for a bit?",
    ),
    Need(
        "clarity",
        "To know where we stand",
        "to know where we stand",
        "Can we talk about where we stand, when you have time?",
        "Can we talk about us?",
    ),
    Need(
        "slower",
        "To go a bit slower",
        "us to go a bit slower",
        "Would you be okay with taking this a little more slowly?",
        "Can we slow down a little?",
    ),
    Need(
        "repair",
        "To know you understand why it hurt",
        "to know you understand why it hurt",
        "Could we talk about what happened, without either of us having to win?",
        "Can we talk about what happened?",
    ),
    Need(
        "help",
        "Some help",
        "a hand with this",
        "Could you help me with it?",
        "Could you help?",
    ),
    Need(
        "unsure",
        "Not sure yet",
        "a little time to work out what I need",
        "Can I come back to you about it tomorrow?",
        "Can we talk tomorrow?",
    ),
)

FEELINGS_BY_SLUG: dict[str, Feeling] = {f.slug: f for f in FEELINGS}
NEEDS_BY_SLUG: dict[str, Need] = {n.slug: n for n in NEEDS}

#: The request that goes with a need the member wrote in their own words.
OWN_NEED_REQUEST = "Would you be up for talking about it?"
OWN_NEED_SHORT = "Can we talk?"
