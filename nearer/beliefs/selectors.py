"""Reads of core beliefs: the list with each belief's latest rating, and one belief's history."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone

from nearer.beliefs.models import Belief, Evidence, Rating
from nearer.thoughts.charts import Reading, line_chart


def beliefs_for(member):
    """Oldest first, each with ``latest_rating``, ``first_rating`` and ``evidence_count``, in one query."""
    ratings = Rating.objects.filter(belief=OuterRef("pk"))
    return (
        Belief.objects.owned_by(member)
        .annotate(
            latest_rating=Subquery(ratings.order_by("-rated_at", "-id").values("value")[:1]),
            first_rating=Subquery(ratings.order_by("rated_at", "id").values("value")[:1]),
            evidence_count=Count("evidence", distinct=True),
        )
        .order_by("created_at", "id")
    )


def has_beliefs(member) -> bool:
    return member.is_authenticated and Belief.objects.owned_by(member).exists()


@dataclass(frozen=True)
class BeliefPage:
    belief: Belief
    ratings: list[Rating]
    evidence: list[Evidence]
    chart: str


def belief_page_for(belief: Belief) -> BeliefPage:
    ratings = list(belief.ratings.all())
    readings = [Reading(label=_day(r.rated_at), value=r.value) for r in ratings]
    chart = line_chart(readings, title="How true it has felt", what="How true the belief felt", chart_id="belief-line")
    evidence = list(belief.evidence.select_related("thought_record", "checkin"))
    return BeliefPage(belief=belief, ratings=ratings, evidence=evidence, chart=chart)


def _day(moment) -> str:
    local = timezone.localtime(moment)
    return f"{local.day} {local:%b}"
