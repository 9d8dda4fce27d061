"""Steps to start a ladder from, in Nearer's own words. Plain Python, no Django.

Each suggestion carries a typical fear (0-100) only as a starting point; the member sets their
own number, because the same step is easy for one person and very hard for another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Suggestion:
    slug: str
    title: str
    hint: str
    typical_fear: int


SUGGESTIONS: tuple[Suggestion, ...] = (
    Suggestion(
        "warm_reply",
        "Answer a warm message warmly, instead of keeping it short",
        "When someone is kind to you in a message, let a little of your own warmth show back.",
        15,
    ),
    Suggestion(
        "honest_feeling",
        "Say one honest feeling to someone",
        'One sentence is enough: "I was a bit sad when you left." Out loud or in a message.',
        25,
    ),
    Suggestion(
        "accept_care",
        "Let someone do something kind for you, and just say thank you",
        "No paying it back straight away, no brushing it off.",
        30,
    ),
    Suggestion(
        "ask_small",
        "Ask for something small",
        "A call back, a lift, five minutes of their time. Let them say yes.",
        30,
    ),
    Suggestion(
        "reach_first",
        "Be the one to reach out first after going quiet",
        "A short hello counts. You don't have to explain the silence all at once.",
        40,
    ),
    Suggestion(
        "share_fear",
        "Share one fear with someone you trust",
        'Something like "I worry that people get tired of me."',
        45,
    ),
    Suggestion(
        "break_and_return",
        "Take a break in an argument, say when you'll be back, and come back",
        '"I need twenty minutes to calm down, then I want to keep talking." Then keep your word.',
        45,
    ),
    Suggestion(
        "ask_reassurance",
        "Ask plainly for reassurance instead of testing for it",
        '"Can you tell me we\'re okay?" rather than waiting to see whether they notice you pulling back.',
        50,
    ),
    Suggestion(
        "admit_hurt",
        "Tell someone that something they did hurt you",
        "Say what happened and how it landed, without a case for the prosecution.",
        55,
    ),
    Suggestion(
        "stay_in_the_room",
        "Stay in the room during a disagreement",
        "Five more minutes than usual, even if you say little. Leaving stays an option.",
        60,
    ),
    Suggestion(
        "say_i_need_you",
        'Say "I need you" to someone who matters',
        "Or your own words for it. Notice what happens in you, and in them.",
        70,
    ),
)

SUGGESTIONS_BY_SLUG: dict[str, Suggestion] = {s.slug: s for s in SUGGESTIONS}
