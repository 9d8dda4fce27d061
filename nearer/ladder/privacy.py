"""A member's ladder: export, import (same ids), erase."""

from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.ladder.models import Attempt, Step

MODELS = [Step, Attempt]
VOLATILE: list[str] = []
DOCUMENT_TEMPLATE = "ladder/_export_section.html"


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_user_data(member) -> dict:
    return {
        "steps": [
            {
                "id": str(s.pk),
                "title": s.title,
                "suggestion": s.suggestion,
                "fear": s.fear,
                "created_at": _iso(s.created_at),
                "updated_at": _iso(s.updated_at),
            }
            for s in Step.objects.owned_by(member).order_by("created_at", "id")
        ],
        "attempts": [
            {
                "id": str(a.pk),
                "step": str(a.step_id),
                "predicted_fear": a.predicted_fear,
                "predicted_outcome": a.predicted_outcome,
                "status": a.status,
                "actual_fear": a.actual_fear,
                "what_happened": a.what_happened,
                "planned_at": _iso(a.planned_at),
                "finished_at": _iso(a.finished_at),
                "created_at": _iso(a.created_at),
                "updated_at": _iso(a.updated_at),
            }
            for a in Attempt.objects.owned_by(member).order_by("planned_at", "id")
        ],
    }


def import_user_data(member, data: dict) -> None:
    for item in data.get("steps", []):
        step = Step(
            id=uuid.UUID(item["id"]),
            owner=member,
            title=item["title"],
            suggestion=item.get("suggestion", ""),
            fear=item["fear"],
        )
        step.save(force_insert=True)
        # auto_now fields take the time of the save; put back the original ones.
        Step.objects.filter(pk=step.pk).update(
            created_at=parse_datetime(item["created_at"]), updated_at=parse_datetime(item["updated_at"])
        )
    for item in data.get("attempts", []):
        attempt = Attempt(
            id=uuid.UUID(item["id"]),
            owner=member,
            step_id=uuid.UUID(item["step"]),
            predicted_fear=item["predicted_fear"],
            predicted_outcome=item["predicted_outcome"],
            status=item["status"],
            actual_fear=item.get("actual_fear"),
            what_happened=item.get("what_happened", ""),
            planned_at=parse_datetime(item["planned_at"]),
            finished_at=parse_datetime(item["finished_at"]) if item.get("finished_at") else None,
        )
        attempt.save(force_insert=True)
        Attempt.objects.filter(pk=attempt.pk).update(
            created_at=parse_datetime(item["created_at"]), updated_at=parse_datetime(item["updated_at"])
        )


def erase_user_data(member) -> None:
    Attempt.objects.owned_by(member).delete()
    Step.objects.owned_by(member).delete()
