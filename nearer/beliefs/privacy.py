"""A member's core beliefs, their ratings and their evidence: export, import (same ids), erase."""

from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.beliefs.models import Belief, Evidence, Rating
from nearer.checkins.models import Checkin
from nearer.thoughts.models import ThoughtRecord

MODELS = [Belief, Rating, Evidence]
VOLATILE: list[str] = []
DOCUMENT_TEMPLATE = "beliefs/_export_section.html"


def export_user_data(member) -> dict:
    beliefs = Belief.objects.owned_by(member).prefetch_related("ratings", "evidence").order_by("created_at", "id")
    return {"beliefs": [_export_belief(b) for b in beliefs]}


def _export_belief(belief: Belief) -> dict:
    return {
        "id": str(belief.pk),
        "statement": belief.statement,
        "created_at": belief.created_at.isoformat(),
        "updated_at": belief.updated_at.isoformat(),
        "ratings": [
            {"id": str(r.pk), "value": r.value, "rated_at": r.rated_at.isoformat()}
            for r in sorted(belief.ratings.all(), key=lambda r: (r.rated_at, str(r.pk)))
        ],
        "evidence": [
            {
                "id": str(e.pk),
                "text": e.text,
                "noticed_at": e.noticed_at.isoformat(),
                "source": e.source,
                "thought_record": str(e.thought_record_id) if e.thought_record_id else None,
                "checkin": str(e.checkin_id) if e.checkin_id else None,
                "created_at": e.created_at.isoformat(),
                "updated_at": e.updated_at.isoformat(),
            }
            for e in sorted(belief.evidence.all(), key=lambda e: (e.noticed_at, e.created_at, str(e.pk)))
        ],
    }


def import_user_data(member, data: dict) -> None:
    # Thoughts and check-ins are imported first (apps in INSTALLED_APPS order); a link to a row
    # that did not come back is dropped, the words stay.
    records = set(ThoughtRecord.objects.owned_by(member).values_list("pk", flat=True))
    checkins = set(Checkin.objects.owned_by(member).values_list("pk", flat=True))
    for item in data.get("beliefs", []):
        belief = Belief(id=uuid.UUID(item["id"]), owner=member, statement=item["statement"])
        belief.save(force_insert=True)
        Belief.objects.filter(pk=belief.pk).update(
            created_at=parse_datetime(item["created_at"]), updated_at=parse_datetime(item["updated_at"])
        )
        Rating.objects.bulk_create(
            Rating(
                id=uuid.UUID(r["id"]),
                owner=member,
                belief=belief,
                value=r["value"],
                rated_at=parse_datetime(r["rated_at"]),
            )
            for r in item.get("ratings", [])
        )
        for e in item.get("evidence", []):
            record_id = uuid.UUID(e["thought_record"]) if e.get("thought_record") else None
            checkin_id = uuid.UUID(e["checkin"]) if e.get("checkin") else None
            evidence = Evidence(
                id=uuid.UUID(e["id"]),
                owner=member,
                belief=belief,
                text=e["text"],
                noticed_at=parse_datetime(e["noticed_at"]),
                source=e.get("source", Evidence.Source.OWN),
                thought_record_id=record_id if record_id in records else None,
                checkin_id=checkin_id if checkin_id in checkins else None,
            )
            evidence.save(force_insert=True)
            Evidence.objects.filter(pk=evidence.pk).update(
                created_at=parse_datetime(e["created_at"]), updated_at=parse_datetime(e["updated_at"])
            )


def erase_user_data(member) -> None:
    Evidence.objects.owned_by(member).delete()
    Rating.objects.owned_by(member).delete()
    Belief.objects.owned_by(member).delete()
