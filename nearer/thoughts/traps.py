"""The thinking traps, in Nearer's own words: plain data the thought record, the message coach and
the self-assessment can all link to (``/practice/thoughts/traps/#<slug>``).

The slugs are exactly the labels of ``nearer.nlu.TRAP_LABELS``. ``painful_feeling`` is not a trap
at all: it marks a thought that is mostly a hurt, which calls for kindness rather than disputing.
No Django here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Trap:
    slug: str
    name: str
    explanation: str  # one line: what the trap does
    example: str  # what it can sound like, in the pull-away moments Nearer is about


TRAPS: Final[tuple[Trap, ...]] = (
    Trap(
        "all_or_nothing",
        "All or nothing",
        "Sees only two boxes, perfect or ruined, with nothing in between.",
        "We had one tense evening, so the whole relationship is a failure.",
    ),
    Trap(
        "overgeneralizing",
        "Overgeneralizing",
        "Turns one event into a rule with words like always, never and everyone.",
        "He didn't text back, so nobody ever makes time for me.",
    ),
    Trap(
        "mental_filter",
        "Mental filter",
        "Keeps the one painful detail in view and lets the rest of the picture fade.",
        "The dinner was warm and easy, but all I can think about is the joke that fell flat.",
    ),
    Trap(
        "discounting_positive",
        "Discounting the positive",
        "Explains away the good things, so they never get to count.",
        "She said she missed me, but she was only being polite.",
    ),
    Trap(
        "mind_reading",
        "Mind reading",
        "Feels sure of what someone else thinks without having asked them.",
        "He went quiet because he's bored of me.",
    ),
    Trap(
        "fortune_telling",
        "Fortune telling",
        "Predicts how things will turn out, usually badly, and treats it as settled.",
        "If I tell her how I feel, she'll pull away, so why bother.",
    ),
    Trap(
        "catastrophizing",
        "Catastrophizing",
        "Jumps from a small worry to the worst possible ending.",
        "We argued about the dishes; this is the beginning of the end.",
    ),
    Trap(
        "emotional_reasoning",
        "Emotional reasoning",
        "Takes a feeling as proof: I feel it, so it must be true.",
        "I feel like a burden, so I must be one.",
    ),
    Trap(
        "should_statements",
        "Should statements",
        "Holds you or others to rigid rules and brings guilt or resentment when they bend.",
        "I shouldn't need anyone; I should be able to handle this on my own.",
    ),
    Trap(
        "labeling",
        "Labeling",
        "Sums up a whole person, often yourself, in one harsh word.",
        "I cancelled again. I'm such a flake.",
    ),
    Trap(
        "personalizing",
        "Personalizing",
        "Makes you the cause of things that have many causes, or none to do with you.",
        "My friend seemed down today; I must have done something wrong.",
    ),
    Trap(
        "blaming",
        "Blaming",
        "Puts the whole problem on someone else, which leaves you no way to change it.",
        "I only pull away because they're too needy.",
    ),
    Trap(
        "comparing",
        "Comparing and despairing",
        "Measures your inside against other people's outside and always comes up short.",
        "Everyone else finds it easy to be close; something is wrong with me.",
    ),
    Trap(
        "painful_feeling",
        "Mostly a painful feeling",
        "Not a trap: a hurt that needs kindness more than argument.",
        "I feel so alone tonight.",
    ),
)

TRAPS_BY_SLUG: Final[dict[str, Trap]] = {trap.slug: trap for trap in TRAPS}

#: The traps a member can confirm on a thought; the painful feeling leads to kindness instead.
DISPUTABLE: Final[tuple[Trap, ...]] = tuple(trap for trap in TRAPS if trap.slug != "painful_feeling")


def names(slugs: list[str] | tuple[str, ...]) -> list[str]:
    """Friendly names for known slugs, in catalogue order; unknown slugs are left out."""
    chosen = set(slugs)
    return [trap.name for trap in TRAPS if trap.slug in chosen]
