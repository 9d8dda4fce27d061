"""What each kind of distancing language may be doing, in Nearer's own words. Plain Python.

Each entry names the pattern kindly, says what it may protect (validation before any
challenge), and says what could work instead. Keys are the labels of
``nearer.nlu.DISTANCING_LABELS``; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    label: str
    name: str  # short, shown next to each marked phrase
    heading: str
    noticed: str
    protects: str
    instead: str


PATTERNS: dict[str, Pattern] = {
    p.label: p
    for p in (
        Pattern(
            "withdrawal",
            "pulling back",
            "Pulling back",
            "This part steps away: going quiet, needing space, or saying less than you feel.",
            "Stepping back can protect you from feeling flooded, or from staying and having it go badly. "
            "Wanting a pause is allowed.",
            "If you need a pause, saying why and when you'll be back keeps the door open while you rest.",
        ),
        Pattern(
            "minimizing",
            "making it small",
            "Making it small",
            'Words like "it\'s fine" or "doesn\'t matter" can shrink something that does matter to you.',
            "Making it small can protect you from seeming needy, or from hoping for something and not getting it.",
            "You're allowed to say that it matters, even a little. One true sentence is enough.",
        ),
        Pattern(
            "ending",
            "ending it",
            "Closing the door",
            "This sounds like ending things, or ending the conversation for good.",
            "Ending it first can feel safer than waiting to be left. It may be protecting you from a hurt you "
            "expect to come anyway.",
            'If what you mean is "I\'m hurt" or "I\'m scared", saying that gives the other person a chance to show up.',
        ),
        Pattern(
            "blaming",
            "blaming",
            "Pointing at them",
            "Here the weight falls on what they did wrong, more than on what you feel.",
            "Blame can protect the part of you that got hurt, by going on the attack before that hurt is seen.",
            "Saying what happened and how it landed on you is harder to argue with than what they always do.",
        ),
        Pattern(
            "testing",
            "testing",
            "A quiet test",
            "This might be a test: a way to see whether they'll chase, notice or prove they care, without asking.",
            "Testing can protect you from the risk of asking straight out and hearing no.",
            "Asking for what you hope they'll do gives them a fair chance to do it.",
        ),
        Pattern(
            "contempt",
            "sharp edges",
            "Sharp edges",
            "Some sarcasm, mockery or name-calling has crept in.",
            "Contempt can protect you by making the other person smaller, so what they think of you matters less.",
            "Underneath the edge there is usually a hurt or a need. Naming that is what gets heard.",
        ),
    )
}
