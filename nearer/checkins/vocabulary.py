"""The words a check-in is made of: moods, feelings, triggers, actions, wants, relationships.

Every definition is written for Nearer in plain words. The feelings are grouped by the four
quadrants of the pleasantness × energy grid, so the form can offer the words that fit the spot
the member tapped. Slugs are stored; labels and definitions may be reworded freely.

Plain Python, no Django: the patterns core and the command line can use it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# --- The mood grid ----------------------------------------------------------------------------

# Five steps on each axis, from -1 to 1. A cell of the grid is one (pleasantness, energy) pair.
LEVELS: Final = (-1.0, -0.5, 0.0, 0.5, 1.0)
PLEASANTNESS_WORDS: Final = {
    -1.0: "Very unpleasant",
    -0.5: "Unpleasant",
    0.0: "Neither pleasant nor unpleasant",
    0.5: "Pleasant",
    1.0: "Very pleasant",
}
ENERGY_WORDS: Final = {
    -1.0: "very low energy",
    -0.5: "low energy",
    0.0: "some energy",
    0.5: "high energy",
    1.0: "very high energy",
}


def mood_label(pleasantness: float, energy: float) -> str:
    """The grid cell's name, e.g. "Very pleasant, low energy"."""
    return f"{PLEASANTNESS_WORDS[nearest_level(pleasantness)]}, {ENERGY_WORDS[nearest_level(energy)]}"


def nearest_level(value: float) -> float:
    return min(LEVELS, key=lambda level: abs(level - value))


def mood_value(pleasantness: float, energy: float) -> str:
    """The grid cell as one form value, "pleasantness,energy"."""
    return f"{nearest_level(pleasantness):g},{nearest_level(energy):g}"


def parse_mood(value: str) -> tuple[float, float]:
    """The inverse of ``mood_value``; raises ``ValueError`` for anything not on the grid."""
    left, _, right = value.partition(",")
    pleasantness, energy = float(left), float(right)
    if pleasantness not in LEVELS or energy not in LEVELS:
        raise ValueError(f"{value!r} is not a cell of the mood grid")
    return pleasantness, energy


# --- Quadrants and feelings -------------------------------------------------------------------

HIGH_UNPLEASANT: Final = "high_unpleasant"
LOW_UNPLEASANT: Final = "low_unpleasant"
HIGH_PLEASANT: Final = "high_pleasant"
LOW_PLEASANT: Final = "low_pleasant"
QUADRANTS: Final = {
    HIGH_UNPLEASANT: "Unpleasant, with energy",
    LOW_UNPLEASANT: "Unpleasant, low on energy",
    HIGH_PLEASANT: "Pleasant, with energy",
    LOW_PLEASANT: "Pleasant, low on energy",
}


def quadrants_near(pleasantness: float, energy: float) -> tuple[str, ...]:
    """The quadrants a grid spot touches: one, or two or four on the middle lines."""
    energies = ("high",) if energy > 0 else ("low",) if energy < 0 else ("high", "low")
    tones = ("pleasant",) if pleasantness > 0 else ("unpleasant",) if pleasantness < 0 else ("unpleasant", "pleasant")
    return tuple(f"{e}_{t}" for t in tones for e in energies)


@dataclass(frozen=True)
class Feeling:
    slug: str
    word: str
    definition: str
    quadrant: str


def _group(quadrant: str, rows: tuple[tuple[str, str, str], ...]) -> tuple[Feeling, ...]:
    return tuple(Feeling(slug, word, definition, quadrant) for slug, word, definition in rows)


FEELINGS: Final[tuple[Feeling, ...]] = (
    *_group(
        HIGH_UNPLEASANT,
        (
            ("on_edge", "On edge", "Braced for something to go wrong."),
            ("anxious", "Anxious", "Worried about what might come, with a body that won't settle."),
            ("panicky", "Panicky", "Alarm rising faster than your thoughts can keep up."),
            ("angry", "Angry", "Heat that wants something to stop or change."),
            ("irritated", "Irritated", "Small things scraping more than they should."),
            ("frustrated", "Frustrated", "Pushing hard and getting nowhere."),
            ("defensive", "Defensive", "Ready to protect yourself before anyone has attacked."),
            ("jealous", "Jealous", "Afraid someone else will get the closeness you want."),
            ("overwhelmed", "Overwhelmed", "More coming at you than you can hold at once."),
            ("restless", "Restless", "Unable to sit still with what is happening."),
            ("trapped", "Trapped", "Wanting a way out and seeing no door."),
            ("stressed", "Stressed", "Stretched thin between too many demands."),
            ("resentful", "Resentful", "An old hurt that keeps replaying."),
            ("exposed", "Exposed", "Seen more than you wanted to be, and braced for judgement."),
            ("scared", "Scared", "Sensing danger that feels close and real."),
            ("suspicious", "Suspicious", "Looking for the catch in what someone offers."),
        ),
    ),
    *_group(
        LOW_UNPLEASANT,
        (
            ("sad", "Sad", "A heaviness about something lost or missed."),
            ("lonely", "Lonely", "Wanting connection and not finding it."),
            ("numb", "Numb", "Feelings switched off for now."),
            ("drained", "Drained", "Nothing left in the tank."),
            ("hopeless", "Hopeless", "Finding it hard to picture things getting better."),
            ("ashamed", "Ashamed", "A sense that something is wrong with who you are."),
            ("guilty", "Guilty", "Feeling you did wrong and wanting to put it right."),
            ("disappointed", "Disappointed", "You hoped for more than what happened."),
            ("withdrawn", "Withdrawn", "Pulled back inside, out of reach."),
            ("hurt", "Hurt", "Stung by something someone said or did."),
            ("empty", "Empty", "A hollow space where feeling usually is."),
            ("discouraged", "Discouraged", "Losing heart after trying."),
            ("left_out", "Left out", "On the outside of something you wanted to be part of."),
            ("unseen", "Unseen", "As if nobody notices you are there."),
            ("regretful", "Regretful", "Wishing you had done it differently."),
            ("rejected", "Rejected", "Turned away, or afraid you were."),
        ),
    ),
    *_group(
        HIGH_PLEASANT,
        (
            ("excited", "Excited", "Looking forward, with energy to spare."),
            ("joyful", "Joyful", "Lit up and light."),
            ("hopeful", "Hopeful", "Sensing that things could go well."),
            ("proud", "Proud", "Glad about something you did, or who you are."),
            ("playful", "Playful", "In the mood to tease, joke and make things up."),
            ("inspired", "Inspired", "Sparked by an idea or a person."),
            ("energised", "Energised", "Ready to move and get things done."),
            ("confident", "Confident", "Trusting yourself to handle what comes."),
            ("curious", "Curious", "Wanting to find out more."),
            ("delighted", "Delighted", "Pleasantly surprised by something good."),
            ("affectionate", "Affectionate", "Warmth towards someone that wants to show."),
            ("eager", "Eager", "Keen to begin."),
            ("brave", "Brave", "Scared and doing it anyway."),
            ("amused", "Amused", "Finding the funny side."),
            ("motivated", "Motivated", "Clear about what you want and going for it."),
            ("thrilled", "Thrilled", "Swept up in something wonderful."),
        ),
    ),
    *_group(
        LOW_PLEASANT,
        (
            ("calm", "Calm", "Settled, with nothing pressing."),
            ("content", "Content", "This is enough, just as it is."),
            ("relaxed", "Relaxed", "Muscles and thoughts loosened."),
            ("safe", "Safe", "No need to be on guard here."),
            ("grateful", "Grateful", "Thankful for something or someone."),
            ("peaceful", "Peaceful", "Quiet on the inside."),
            ("tender", "Tender", "Soft and open towards someone."),
            ("relieved", "Relieved", "A weight has lifted."),
            ("cosy", "Cosy", "Warm, sheltered and at home."),
            ("accepted", "Accepted", "Taken as you are."),
            ("close", "Close", "Near someone without needing to pull back."),
            ("reflective", "Reflective", "Turning something over, gently."),
            ("at_ease", "At ease", "Comfortable in your own skin."),
            ("comforted", "Comforted", "Soothed by someone or something."),
            ("understood", "Understood", "Someone got what you meant."),
            ("steady", "Steady", "Neither lifted up nor pushed down."),
        ),
    ),
)
FEELINGS_BY_SLUG: Final = {f.slug: f for f in FEELINGS}


def feelings_in(quadrant: str) -> tuple[Feeling, ...]:
    return tuple(f for f in FEELINGS if f.quadrant == quadrant)


# --- What set it off, what I did, what I wanted, who it was about ------------------------------

TRIGGERS: Final = {
    "conflict": "Conflict",
    "closeness": "Closeness or intimacy",
    "praise": "Praise or kindness",
    "needed": "Someone needing me",
    "uncertainty": "Uncertainty, or waiting for a reply",
    "seen": "Being seen, or feeling vulnerable",
    "criticism": "Criticism",
    "nothing": "Nothing in particular",
}

ACTIONS: Final = {
    "withdrew": "Withdrew",
    "went_quiet": "Went quiet",
    "cancelled": "Cancelled plans",
    "found_faults": "Found faults",
    "picked_fight": "Picked a fight",
    "ended_it": "Ended it",
    "stayed": "Stayed and leaned in",
    "said_feeling": "Said what I felt",
}
# Moving away from the person, or towards them: the split the patterns count.
WITHDRAWING: Final = frozenset({"withdrew", "went_quiet", "cancelled", "found_faults", "picked_fight", "ended_it"})
STAYING: Final = frozenset({"stayed", "said_feeling"})

WANTS: Final = {
    "reassurance": "Reassurance",
    "space_with_return": "A little space, then to come back",
    "to_be_asked": "To be asked how I was",
    "to_be_heard": "To be heard, not fixed",
    "to_say_sorry": "To say sorry",
    "a_hug": "A hug",
    "to_slow_down": "To slow things down",
    "to_matter": "To know I matter to them",
}

RELATIONSHIP_KINDS: Final = {
    "partner": "Partner",
    "ex": "Ex",
    "friend": "Friend",
    "family": "Family",
    "colleague": "Colleague",
    "someone_new": "Someone new",
    "other": "Someone else",
}
