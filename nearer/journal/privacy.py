from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.journal.models import Entry

MODELS = [Entry]
VOLATILE: list[str] = []


def export_user_data(member) -> dict:
    return {
        "entries": [
            {
                "id": str(entry.pk),
                "written_at": entry.written_at.isoformat(),
                "created_at": entry.created_at.isoformat(),
                "updated_at": entry.updated_at.isoformat(),
                "body": entry.body,
            }
            for entry in Entry.objects.owned_by(member).order_by("written_at", "created_at")
        ]
    }


def import_user_data(member, data: dict) -> None:
    for item in data.get("entries", []):
        entry = Entry(
            id=uuid.UUID(item["id"]), owner=member, body=item["body"], written_at=parse_datetime(item["written_at"])
        )
        entry.save(force_insert=True)
        # auto_now fields take the time of the save; put back the original ones.
        Entry.objects.filter(pk=entry.pk).update(
            created_at=parse_datetime(item["created_at"]), updated_at=parse_datetime(item["updated_at"])
        )


def erase_user_data(member) -> None:
    Entry.objects.owned_by(member).delete()
