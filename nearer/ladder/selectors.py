"""Reads for the ladder pages: the steps in order, the chart's points, the next-step rule's input.
Each costs a fixed number of queries whatever the number of steps and tries."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from nearer.ladder import charts, progress
from nearer.ladder.models import Attempt, Step
from nearer.ladder.suggestions import SUGGESTIONS, Suggestion


@dataclass(frozen=True)
class StepRow:
    """A step as its row on the ladder shows it."""

    step: Step
    last: Attempt | None  # the latest try, whatever became of it
    tries: int
    came_down: bool


@dataclass(frozen=True)
class Ladder:
    steps: list[Step]
    rows: list[StepRow]
    next: progress.NextStep | None
    points: list[charts.Point]

    def step_for(self, rung: progress.Rung | None) -> Step | None:
        return next((s for s in self.steps if rung is not None and s.pk == rung.key), None)


def steps_for(member) -> list[Step]:
    """The member's steps, least fear first, each with its tries (oldest first) fetched."""
    return list(Step.objects.owned_by(member).with_attempts())


def rung_of(step: Step) -> progress.Rung:
    tries = tuple(
        progress.Try(predicted=a.predicted_fear, actual=a.actual_fear if a.is_done else None)
        for a in step.attempts.all()
    )
    return progress.Rung(key=step.pk, fear=step.fear, tries=tries)


def points_of(steps: list[Step]) -> list[charts.Point]:
    """Every finished try, oldest first, as the chart draws it."""
    done = [(a, s) for s in steps for a in s.attempts.all() if a.is_done and a.actual_fear is not None]
    done.sort(key=lambda pair: pair[0].finished_at or pair[0].planned_at)
    return [
        charts.Point(
            label=s.title,
            day=timezone.localdate(a.finished_at or a.planned_at),
            predicted=a.predicted_fear,
            actual=a.actual_fear or 0,
        )
        for a, s in done
    ]


def ladder_for(member) -> Ladder:
    steps = steps_for(member)
    rows = []
    for step in steps:
        attempts = list(step.attempts.all())
        rows.append(
            StepRow(
                step=step,
                last=attempts[-1] if attempts else None,
                tries=len(attempts),
                came_down=progress.has_come_down(rung_of(step)),
            )
        )
    return Ladder(steps=steps, rows=rows, next=progress.next_step(rung_of(s) for s in steps), points=points_of(steps))


def open_attempts_for(member) -> list[Attempt]:
    """Tries planned and not yet written up, newest first."""
    return list(Attempt.objects.owned_by(member).filter(status=Attempt.Status.PLANNED).select_related("step"))


def suggestions_left(steps: list[Step]) -> list[Suggestion]:
    """The suggestions not on the ladder yet."""
    used = {s.suggestion for s in steps}
    return [s for s in SUGGESTIONS if s.slug not in used]
