"""A member's phrasebook: export, import (same ids), erase. Drafts are never stored, so there
are none to export."""

from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.say.models import Phrase

MODELS = [Phrase]
VOLATILE: list[str] = []
DOCUMENT_TEMPLATE = "say/_export_section.html"


def export_user_data(member) -> dict:
    return {
        "phrases": [
            {"id": str(p.pk), "text": p.text, "register": p.register, "created_at": p.created_at.isoformat()}
            for p in Phrase.objects.owned_by(member).order_by("created_at", "id")
        ]
    }


def import_user_data(member, data: dict) -> None:
    for item in data.get("phrases", []):
        phrase = Phrase(id=uuid.UUID(item["id"]), owner=member, text=item["text"], register=item["register"])
        phrase.save(force_insert=True)
        Phrase.objects.filter(pk=phrase.pk).update(created_at=parse_datetime(item["created_at"]))


def erase_user_data(member) -> None:
    Phrase.objects.owned_by(member).delete()
