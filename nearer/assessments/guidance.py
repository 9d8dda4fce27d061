"""What a result means in words, and what to try next. Written for Nearer; plain Python, no Django.

The four regions of the anxiety x avoidance plane carry the names researchers use (secure,
anxious, avoidant, fearful-avoidant) as soft descriptions, never as categories: two people either
side of a line are more alike than two people in the same corner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from nearer.assessments.engine.model import Plane

Region = Literal["secure", "anxious", "avoidant", "fearful"]
#: Within this distance of a dividing line, the page says the reading is loose.
NEAR_LINE = 0.5


@dataclass(frozen=True)
class Step:
    """A link to a tool (a URL name) with why it may help. Shown only if the tool exists."""

    url_name: str
    label: str
    why: str


@dataclass(frozen=True)
class Reading:
    region: Region
    name: str
    heading: str
    text: str
    near_line: bool
    steps: tuple[Step, ...]


HEADINGS: dict[Region, tuple[str, str, str]] = {
    "secure": (
        "secure",
        "Closeness may feel mostly safe for you at the moment",
        "Your answers sit where both worry about being left and unease with closeness are lower. "
        "Researchers call this region secure. It doesn't mean nothing is hard; it may mean that when "
        "things wobble, you can usually find your way back to people.",
    ),
    "anxious": (
        "anxious",
        "You may lean towards worrying about closeness",
        "Your answers suggest closeness matters a great deal to you, and that fear of losing it is often "
        "close by. Researchers call this region anxious (or preoccupied). It is not a flaw: it is a way of "
        "staying alert to connection, and it can settle with practice.",
    ),
    "avoidant": (
        "avoidant",
        "You may lean towards keeping your distance",
        "Your answers suggest you feel more at ease relying on yourself, and that closeness can start to "
        "feel like too much. Researchers call this region avoidant (or dismissing). Independence is a "
        "strength; the work, if you want it, is letting people a little further in.",
    ),
    "fearful": (
        "fearful-avoidant",
        "You may lean towards wanting closeness and fearing it at once",
        "Your answers suggest both pulls together: wanting people near, and stepping back when they come. "
        "Researchers call this region fearful-avoidant. That tug-of-war is common in people who were hurt "
        "by someone they relied on, and it is exactly what Nearer's tools are built around.",
    ),
}

STEPS: dict[Region, tuple[Step, ...]] = {
    "secure": (
        Step(
            "journal:entry_create",
            "Write about what helps",
            "Notice what lets you stay close, so it's there on harder days.",
        ),
        Step(
            "patterns:patterns_index", "Look at your patterns", "See whether some people or moments still bring a pull."
        ),
        Step(
            "core:practice", "Browse the practice tools", "Pick anything that looks useful; there's no order to follow."
        ),
    ),
    "anxious": (
        Step(
            "checkins:checkin_create",
            "Check in when the worry spikes",
            "Naming what set it off takes some of its power away.",
        ),
        Step(
            "thoughts:record_list",
            "Test a worrying thought",
            "Put \u201cthey're losing interest\u201d next to the evidence for and against.",
        ),
        Step(
            "say:coach",
            "Ask for what you need in words",
            "An honest \u201cI'm feeling unsure, can we talk?\u201d often works better than a test.",
        ),
        Step(
            "beliefs:belief_list",
            "Work on an old belief",
            "Collect evidence against \u201cI'm too much\u201d or \u201cthey'll leave\u201d over a few weeks.",
        ),
    ),
    "avoidant": (
        Step(
            "ladder:ladder_index",
            "Build a ladder of small steps",
            "Share one small honest thing, and see what really happens.",
        ),
        Step(
            "say:coach",
            "Say \u201cI need a moment\u201d instead of going quiet",
            "Asking for room keeps the door open while you take it.",
        ),
        Step(
            "checkins:checkin_create",
            "Notice the urge to pull back",
            "Catching it in the moment is the first part of choosing what to do.",
        ),
        Step(
            "patterns:patterns_index",
            "See when the pull is strongest",
            "Your check-ins show which moments bring it on.",
        ),
    ),
    "fearful": (
        Step(
            "checkins:checkin_create",
            "Notice the push and the pull",
            "A quick check-in when the urge comes shows what sets it off.",
        ),
        Step(
            "ladder:ladder_index",
            "Take one small, safe step",
            "Steps ranked by fear let you go at a pace that feels possible.",
        ),
        Step(
            "beliefs:belief_list",
            "Question \u201cthey'll leave anyway\u201d",
            "Old beliefs often drive both the wanting and the fear.",
        ),
        Step(
            "safety:plan_detail",
            "Make a plan for the hardest moments",
            "Knowing what helps you before you need it is a kindness to yourself.",
        ),
    ),
}

#: Where a result without the plane (a checklist, a check, a practice's pack) points next.
GENERAL_STEPS: tuple[Step, ...] = (
    Step("checkins:checkin_create", "Check in", "A quick note of how you are helps you see change over time."),
    Step("core:practice", "Browse the practice tools", "Small exercises for the moments that matter."),
    Step("journal:entry_create", "Write it down", "Putting words to it, privately, often helps."),
)

WELLBEING_STEPS: tuple[Step, ...] = (
    Step("safety:plan_detail", "Your safety plan", "A few steps, in your own words, for when things feel too much."),
    Step(
        "safety:help", "Help and a grounding exercise", "Lines that answer day and night, and a way to steady yourself."
    ),
    Step("checkins:checkin_create", "Check in", "Noticing how you are, day to day, makes change easier to see."),
    Step("journal:entry_create", "Write it down", "Putting words to a heavy week can take some of the weight."),
)

#: A library of articles, once it exists (the link shows only then).
LIBRARY_STEP = Step(
    "library:article_list", "Read about attachment", "Short articles on anxiety, avoidance and closeness."
)

HONEST_NOTE_OWN = (
    "This is a reflection aid, not a diagnosis. Nearer's own questions were written for this app and are not a "
    "validated clinical measure, so read the result as a starting point for curiosity, not a verdict about you. "
    "If something here worries you, a therapist or doctor can help you make sense of it."
)
HONEST_NOTE_PACK = (
    "This questionnaire was installed by your practice and is scored with its published key. Even so, a score is "
    "not a diagnosis: it is something to talk through with your therapist or doctor."
)


def region_for(plane: Plane, x: float, y: float) -> Region:
    """The region of the plane: ``y`` (anxiety) and ``x`` (avoidance) above their cuts count as higher."""
    high_y, high_x = y > plane.y_cut, x > plane.x_cut
    if high_y and high_x:
        return "fearful"
    if high_y:
        return "anxious"
    if high_x:
        return "avoidant"
    return "secure"


def reading_for(plane: Plane, x: float, y: float) -> Reading:
    region = region_for(plane, x, y)
    name, heading, text = HEADINGS[region]
    near = abs(x - plane.x_cut) <= NEAR_LINE or abs(y - plane.y_cut) <= NEAR_LINE
    return Reading(
        region=region,
        name=name,
        heading=heading,
        text=text,
        near_line=near,
        steps=(*STEPS[region], LIBRARY_STEP),
    )
