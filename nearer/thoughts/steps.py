"""The steps of a thought record, in order, for each way through it. Pure data; no Django.

Everyone starts with the situation, the thought and the feelings. Then a thought is either
*examined* (traps, evidence for and against, a balanced thought) or, when it is mostly a painful
feeling, *comforted* (a few kind words first). Both end by rating the feelings again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

EXAMINE = "examine"
COMFORT = "comfort"
APPROACHES: Final = (EXAMINE, COMFORT)


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    short: str  # for the list of steps
    intro: str  # what the step asks, in a sentence or two


SITUATION = Step(
    "situation",
    "What happened",
    "Situation",
    "Pick one moment when you pulled away, or wanted to. Start with what happened; the rest comes step by step.",
)
THOUGHT = Step(
    "thought",
    "The thought that came",
    "Thought",
    "Thoughts arrive fast and feel like facts. Catch this one in its own words; you'll look at it in a moment.",
)
FEELINGS = Step(
    "feelings",
    "What you felt",
    "Feelings",
    "Name what you felt and how strong it was, from 0 (not at all) to 100 (as strong as it gets).",
)
TRAPS = Step(
    "traps",
    "Thinking traps",
    "Traps",
    "A scared mind takes shortcuts. Tick the ones you recognise in your thought. Any suggestions are "
    "only guesses: keep them, change them, or tick none.",
)
EVIDENCE_FOR = Step(
    "evidence-for",
    "What seems to support it",
    "For",
    "Start with what makes the thought feel true. It came from somewhere, and that matters.",
)
EVIDENCE_AGAINST = Step(
    "evidence-against",
    "What doesn't fit",
    "Against",
    "Now look for what the thought leaves out. Nothing has to be proved; you're only widening the picture.",
)
BALANCED = Step(
    "balanced",
    "A fairer way to put it",
    "Balanced",
    "Put both sides together in a sentence you can believe, even a little.",
)
KINDNESS = Step(
    "kindness",
    "Some kindness for the feeling",
    "Kindness",
    "This sounds less like a thought to argue with and more like something that hurts. Feelings like this "
    "don't need evidence against them. They need some care.",
)
RERATE = Step(
    "rerate",
    "How strong it feels now",
    "Now",
    "After all that, how strong is each feeling now? It's fine if nothing moved: noticing is the point, "
    "not a lower number.",
)

#: Offered on the kindness step instead of disputing, when the thought is mostly a painful feeling.
SELF_COMPASSION_PROMPTS: Final = (
    "This is a hard moment, and it is allowed to feel hard.",
    "Many people feel this when someone matters to them. You are not the only one, and nothing is wrong "
    "with you for feeling it.",
    "What would you say to a friend who told you this? Could you say it to yourself, in the same voice?",
    "What do you need right now: rest, company, something warm to drink, a few slow breaths?",
    "If it feels right, put a hand where the feeling sits and give it a minute before you do anything.",
)

_SHARED = (SITUATION, THOUGHT, FEELINGS)
PATHS: Final[dict[str, tuple[Step, ...]]] = {
    EXAMINE: (*_SHARED, TRAPS, EVIDENCE_FOR, EVIDENCE_AGAINST, BALANCED, RERATE),
    COMFORT: (*_SHARED, KINDNESS, RERATE),
}
BY_SLUG: Final[dict[str, Step]] = {step.slug: step for path in PATHS.values() for step in path}


def path_for(approach: str) -> tuple[Step, ...]:
    """The steps for ``approach``; before it is decided (after the feelings), the examining path."""
    return PATHS.get(approach, PATHS[EXAMINE])


def next_step(approach: str, slug: str) -> Step | None:
    """The step after ``slug`` on this path, or None after the last one."""
    path = path_for(approach)
    slugs = [step.slug for step in path]
    if slug not in slugs:
        return None
    index = slugs.index(slug) + 1
    return path[index] if index < len(path) else None


def previous_step(approach: str, slug: str) -> Step | None:
    path = path_for(approach)
    slugs = [step.slug for step in path]
    if slug not in slugs or slugs.index(slug) == 0:
        return None
    return path[slugs.index(slug) - 1]


def first_after_feelings(approach: str) -> Step:
    return path_for(approach)[len(_SHARED)]
