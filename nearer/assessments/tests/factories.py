from __future__ import annotations

from nearer.assessments import catalog
from nearer.assessments.services import record_result


def closeness_answers(anxiety: int, avoidance: int) -> dict[str, int]:
    """Answers that give these two means (forward items at the value, reverse items turned round)."""
    instrument = catalog.builtins()["closeness"]
    answers = {}
    for item in instrument.items:
        value = anxiety if item.id.startswith("anx") else avoidance
        answers[item.id] = instrument.scale.min + instrument.scale.max - value if item.reverse else value
    return answers


def take_closeness(member, anxiety: int = 5, avoidance: int = 3, **kwargs):
    instrument = catalog.builtins()["closeness"]
    return record_result(member=member, instrument=instrument, answers=closeness_answers(anxiety, avoidance), **kwargs)


def take_wellbeing(member, ending: int = 0, **kwargs):
    instrument = catalog.builtins()["wellbeing"]
    answers = {"low": 1, "interest": 1, "worry": 2, "alone": 1, "hard": 0, "ending": ending}
    return record_result(member=member, instrument=instrument, answers=answers, **kwargs)
