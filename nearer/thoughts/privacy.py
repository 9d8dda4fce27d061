"""A member's thought records and their feelings: export, import (same ids), erase."""

from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.thoughts.models import Feeling, ThoughtRecord

MODELS = [ThoughtRecord, Feeling]
VOLATILE: list[str] = []
DOCUMENT_TEMPLATE = "thoughts/_export_section.html"
TEXTS = ("situation", "thought", "evidence_for", "evidence_against", "balanced_thought", "kind_words")


def export_user_data(member) -> dict:
    records = ThoughtRecord.objects.owned_by(member).prefetch_related("feelings").order_by("created_at", "id")
    return {"records": [_export_record(r) for r in records]}


def _export_record(record: ThoughtRecord) -> dict:
    return {
        "id": str(record.pk),
        **{name: getattr(record, name) for name in TEXTS},
        "approach": record.approach,
        "suggested_traps": list(record.suggested_traps),
        "traps": list(record.traps),
        "done_steps": list(record.done_steps),
        "feelings": [
            {"id": str(f.pk), "position": f.position, "name": f.name, "before": f.before, "after": f.after}
            for f in record.feelings.all()
        ],
        "finished_at": record.finished_at.isoformat() if record.finished_at else None,
        "created_at": record.created_at.isoformat(),
        "updated_at": record.updated_at.isoformat(),
    }


def import_user_data(member, data: dict) -> None:
    for item in data.get("records", []):
        record = ThoughtRecord(
            id=uuid.UUID(item["id"]),
            owner=member,
            **{name: item.get(name, "") for name in TEXTS},
            approach=item.get("approach", ""),
            suggested_traps=list(item.get("suggested_traps", [])),
            traps=list(item.get("traps", [])),
            done_steps=list(item.get("done_steps", [])),
            finished_at=parse_datetime(item["finished_at"]) if item.get("finished_at") else None,
        )
        record.save(force_insert=True)
        for f in item.get("feelings", []):
            Feeling(
                id=uuid.UUID(f["id"]),
                owner=member,
                record=record,
                position=f.get("position", 0),
                name=f["name"],
                before=f["before"],
                after=f.get("after"),
            ).save(force_insert=True)
        # auto_now fields take the time of the save; put back the original ones.
        ThoughtRecord.objects.filter(pk=record.pk).update(
            created_at=parse_datetime(item["created_at"]), updated_at=parse_datetime(item["updated_at"])
        )


def erase_user_data(member) -> None:
    Feeling.objects.owned_by(member).delete()
    ThoughtRecord.objects.owned_by(member).delete()
