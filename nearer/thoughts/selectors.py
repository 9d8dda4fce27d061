"""Reads of thought records: the history, and the before/after numbers for its chart."""

from __future__ import annotations

from django.utils import timezone

from nearer.thoughts.charts import BeforeAfter
from nearer.thoughts.models import ThoughtRecord

CHART_RECORDS = 12


def records_for(member):
    """Newest first, with their feelings, in a fixed number of queries whatever the page size."""
    return ThoughtRecord.objects.owned_by(member).prefetch_related("feelings")


def before_after_for(member) -> list[tuple[ThoughtRecord, BeforeAfter]]:
    """The last finished records (oldest first) with the mean strength of their re-rated feelings
    before and after. A record whose feelings were not rated again is left out."""
    records = records_for(member).finished().order_by("-finished_at")[:CHART_RECORDS]
    points = []
    for record in reversed(list(records)):
        rated = [f for f in record.feelings.all() if f.after is not None]
        if not rated:
            continue
        day = timezone.localtime(record.finished_at)
        label = f"{day.day} {day:%b}"
        before = sum(f.before for f in rated) / len(rated)
        after = sum(f.after for f in rated) / len(rated)
        points.append((record, BeforeAfter(label=label, before=before, after=after)))
    return points
