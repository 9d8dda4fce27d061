"""The steps of the safety plan, in the order of safety planning (Stanley & Brown, 2012: warning
signs, internal coping, social contacts and settings that distract, people to ask for help,
professionals and crisis services, making the environment safer), plus what matters most.
The prompts and examples are written for Nearer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    number: int
    field: str
    title: str
    prompt: str
    examples: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "warning_signs",
        "My warning signs",
        "What tells you a hard time is starting? Thoughts, feelings, things you do, or moments that set it off.",
        ("I stop answering messages and tell myself nobody would notice.", "I lie awake replaying an argument."),
    ),
    Step(
        2,
        "coping",
        "Things I can do on my own",
        "What has helped you get through a bad hour, even a little, without needing anyone else?",
        ("A shower as hot as I like.", "Walking the long way round the block.", "Writing it down here."),
    ),
    Step(
        3,
        "distractions",
        "People and places that take my mind off it",
        "Where can you go, or who can you be around, without having to explain anything?",
        ("The library café.", "Texting my cousin about football.", "Sitting with the neighbours' dog."),
    ),
    Step(
        4,
        "people_to_ask",
        "People I can ask for help",
        "Who could you tell that you're struggling? Add how to reach them. Even one name counts.",
        ("Sam, 07700 900123: says I can call any time.", "My sister, after 6pm."),
    ),
    Step(
        5,
        "professionals",
        "Professionals and crisis lines",
        "Your therapist or doctor, and the lines that answer day and night. "
        "The crisis lines for your country are added for you.",
        ("My GP surgery, 8am–6pm.", "My counsellor's out-of-hours number."),
    ),
    Step(
        6,
        "safer_surroundings",
        "Making where I am safer",
        "What could you put out of reach, or ask someone to keep for you, while things are hard?",
        ("Ask a friend to hold on to things I might use to hurt myself.", "Stay at my sister's for the night."),
    ),
    Step(
        7,
        "what_matters",
        "What matters most to me",
        "What is worth staying for, on a day you can't feel it? People, plans, small things.",
        ("My nephew's birthday in March.", "The way mornings look from the bridge."),
    ),
)

FIELDS = tuple(step.field for step in STEPS)


def step(number: int) -> Step | None:
    return STEPS[number - 1] if 1 <= number <= len(STEPS) else None
