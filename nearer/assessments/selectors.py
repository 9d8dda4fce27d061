"""Reads of a member's results: the self-check overview, one result in words, history and comparison.

Only ever the member's own rows. Scores are stored as plain numbers; bands, percentiles and the
reliable change index are worked out again from the instrument, so words stay in step with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from nearer.assessments import catalog, charts, guidance
from nearer.assessments.engine import Change, Instrument, Subscale, reliable_change
from nearer.assessments.engine.model import Band, Item
from nearer.assessments.engine.scoring import band_for, percentile
from nearer.assessments.models import Reminder, Result


@dataclass(frozen=True)
class InstrumentRow:
    instrument: Instrument
    latest: Result | None
    count: int
    reminder_on: bool
    due: bool
    due_at: datetime | None = None


@dataclass(frozen=True)
class ScoreRow:
    subscale: Subscale
    value: float | None
    low: float
    high: float
    band: Band | None
    percentile: float | None

    @property
    def shown(self) -> str:
        return _show(self.value)


@dataclass(frozen=True)
class Sign:
    item: Item
    answer: int
    answer_label: str


@dataclass(frozen=True)
class ChangeRow:
    subscale: Subscale
    first: float | None
    second: float | None
    change: Change | None

    @property
    def first_shown(self) -> str:
        return _show(self.first)

    @property
    def second_shown(self) -> str:
        return _show(self.second)

    @property
    def difference(self) -> str:
        if self.first is None or self.second is None:
            return ""
        difference = self.second - self.first
        return _show(difference) if difference <= 0 else "+" + _show(difference)


@dataclass(frozen=True)
class ResultPage:
    """Everything one result's page shows, worked out from the result and its instrument."""

    own: bool
    rows: list[ScoreRow]
    reading: guidance.Reading | None
    plane_svg: str | None
    signs: list[Sign]
    steps: tuple[guidance.Step, ...]
    previous: Result | None
    count: int
    reminder_on: bool
    honest: str


def result_page_for(member, instrument: Instrument, result: Result) -> ResultPage:
    history = history_for(member, instrument.id)
    plane = plane_for(instrument, result, history)
    reading = plane[0] if plane else None
    own = catalog.is_builtin(instrument.id)
    if reading is not None:
        steps = reading.steps
    elif instrument.safety:
        steps = guidance.WELLBEING_STEPS
    else:
        steps = guidance.GENERAL_STEPS
    return ResultPage(
        own=own,
        rows=score_rows(instrument, result.scores),
        reading=reading,
        plane_svg=plane[1] if plane else None,
        signs=signs_for(instrument, result.answers) if instrument.kind == "checklist" else [],
        steps=steps,
        previous=previous_result(result),
        count=len(history),
        reminder_on=reminder_on(member, instrument.id),
        honest=guidance.HONEST_NOTE_OWN if own else guidance.HONEST_NOTE_PACK,
    )


def overview_for(member, *, now: datetime | None = None) -> list[InstrumentRow]:
    """Every instrument with the member's latest result, how many they have, and whether the
    retake reminder they asked for is due (never one they did not ask for)."""
    now = now or timezone.now()
    results = list(Result.objects.owned_by(member).only("id", "instrument_id", "taken_at", "scores", "safety_tier"))
    reminders = {r.instrument_id: r.enabled for r in Reminder.objects.owned_by(member)}
    rows = []
    for instrument in catalog.all_instruments():
        own = [r for r in results if r.instrument_id == instrument.id]
        latest = own[0] if own else None
        on = reminders.get(instrument.id, False)
        due_at = latest.taken_at + timedelta(weeks=instrument.retake_weeks) if on and latest else None
        rows.append(
            InstrumentRow(
                instrument=instrument,
                latest=latest,
                count=len(own),
                reminder_on=on,
                due=bool(due_at and due_at <= now),
                due_at=due_at,
            )
        )
    return rows


def reminder_on(member, instrument_id: str) -> bool:
    return Reminder.objects.owned_by(member).filter(instrument_id=instrument_id, enabled=True).exists()


def history_for(member, instrument_id: str) -> list[Result]:
    """The member's results of one instrument, oldest first."""
    return list(Result.objects.owned_by(member).of_instrument(instrument_id).order_by("taken_at", "created_at"))


def previous_result(result: Result) -> Result | None:
    """The result of the same instrument taken just before this one."""
    earlier = Result.objects.owned_by(result.owner).of_instrument(result.instrument_id)
    return earlier.filter(taken_at__lt=result.taken_at).order_by("-taken_at").first()


def score_rows(instrument: Instrument, scores: dict) -> list[ScoreRow]:
    rows = []
    for subscale in instrument.subscales:
        value = scores.get(subscale.id)
        low, high = instrument.score_range(subscale)
        rows.append(
            ScoreRow(
                subscale=subscale,
                value=value,
                low=low,
                high=high,
                band=band_for(subscale, value) if value is not None else None,
                percentile=percentile(value, subscale.norms) if value is not None and subscale.norms else None,
            )
        )
    return rows


def signs_for(instrument: Instrument, answers: dict[str, int]) -> list[Sign]:
    """A checklist's items the member said fit them, most fitting first, each with its tool."""
    signs = [
        Sign(item=item, answer=answers[item.id], answer_label=instrument.scale.label_for(answers[item.id]))
        for item in instrument.items
        if answers.get(item.id, instrument.scale.min) > instrument.scale.min
    ]
    return sorted(signs, key=lambda s: -s.answer)


def plane_for(instrument: Instrument, result: Result, history: list[Result]) -> tuple[guidance.Reading, str] | None:
    """The soft reading of the plane and its chart (earlier results as hollow dots), if it applies."""
    plane = instrument.plane
    if plane is None:
        return None
    x, y = result.scores.get(plane.x), result.scores.get(plane.y)
    if x is None or y is None:
        return None
    x_sub, y_sub = instrument.subscale(plane.x), instrument.subscale(plane.y)
    x_low, x_high = instrument.score_range(x_sub)
    y_low, y_high = instrument.score_range(y_sub)
    dots = []
    for earlier in history:
        ex, ey = earlier.scores.get(plane.x), earlier.scores.get(plane.y)
        if ex is None or ey is None:
            continue
        current = earlier.pk == result.pk
        when = "This result" if current else f"Result of {_day(earlier.taken_at)}"
        dots.append(
            charts.Dot(
                x=ex,
                y=ey,
                label=f"{when}: {y_sub.name.lower()} {_show(ey)}, {x_sub.name.lower()} {_show(ex)}",
                current=current,
            )
        )
    svg = charts.plane_chart(
        charts.Axis(x_sub.name, x_low, x_high, plane.x_cut),
        charts.Axis(y_sub.name, y_low, y_high, plane.y_cut),
        dots,
        regions={
            "top-left": guidance.HEADINGS["anxious"][0],
            "top-right": guidance.HEADINGS["fearful"][0],
            "bottom-left": guidance.HEADINGS["secure"][0],
            "bottom-right": guidance.HEADINGS["avoidant"][0],
        },
        title=f"Your two scores: {y_sub.name.lower()} and {x_sub.name.lower()}",
        chart_id=f"plane-{result.pk}",
    )
    return guidance.reading_for(plane, x, y), svg


def history_charts(instrument: Instrument, history: list[Result]) -> list[tuple[Subscale, str]]:
    """One line chart per subscale over the member's results."""
    found = []
    for subscale in instrument.subscales:
        low, high = instrument.score_range(subscale)
        points = [
            (timezone.localtime(r.taken_at).date(), r.scores[subscale.id])
            for r in history
            if r.scores.get(subscale.id) is not None
        ]
        svg = charts.history_chart(
            points,
            low=low,
            high=high,
            name=subscale.name,
            title=f"{subscale.name} over time",
            chart_id=f"history-{subscale.id}",
        )
        found.append((subscale, svg))
    return found


def history_rows(instrument: Instrument, history: list[Result]) -> list[tuple[Result, list[str]]]:
    """The history table, newest first: each result with its scores in subscale order."""
    return [(r, [_show(r.scores.get(s.id)) for s in instrument.subscales]) for r in reversed(history)]


def comparison(instrument: Instrument, first: Result, second: Result) -> list[ChangeRow]:
    """Each subscale from the earlier result to the later, with its reliable change index when the
    instrument gives a reliability (Jacobson & Truax 1991)."""
    rows = []
    for subscale in instrument.subscales:
        a, b = first.scores.get(subscale.id), second.scores.get(subscale.id)
        change = None
        if a is not None and b is not None and subscale.change is not None:
            change = reliable_change(a, b, sd=subscale.change.sd, reliability=subscale.change.reliability)
        rows.append(ChangeRow(subscale=subscale, first=a, second=b, change=change))
    return rows


def _show(value: float | None) -> str:
    if value is None:
        return "not scored"
    return f"{value:.2f}".rstrip("0").rstrip(".") if round(value, 2) != 0 else "0"


def _day(moment: datetime) -> str:
    local = timezone.localtime(moment)
    return f"{local.day} {local.strftime('%B %Y')}"
