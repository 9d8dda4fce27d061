"""A member's results and retake reminders: export, import (same ids), erase.

Installed packs are the practice's licensed text, not member data, so they are not here."""

from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.assessments.models import Reminder, Result

MODELS = [Result, Reminder]
VOLATILE: list[str] = []
DOCUMENT_TEMPLATE = "assessments/_export_section.html"


def export_user_data(member) -> dict:
    return {
        "results": [
            {
                "id": str(r.pk),
                "instrument": r.instrument_id,
                "instrument_version": r.instrument_version,
                "instrument_title": r.instrument_title,
                "taken_at": r.taken_at.isoformat(),
                "created_at": r.created_at.isoformat(),
                "answers": r.answers,
                "scores": r.scores,
                "safety_tier": r.safety_tier,
                "note": r.note,
            }
            for r in Result.objects.owned_by(member).order_by("taken_at", "created_at", "id")
        ],
        "reminders": [
            {"instrument": r.instrument_id, "enabled": r.enabled}
            for r in Reminder.objects.owned_by(member).order_by("instrument_id")
        ],
    }


def import_user_data(member, data: dict) -> None:
    results = []
    for item in data.get("results", []):
        result = Result(
            id=uuid.UUID(item["id"]),
            owner=member,
            instrument_id=item["instrument"],
            instrument_version=item.get("instrument_version", ""),
            instrument_title=item.get("instrument_title", item["instrument"]),
            scores=item.get("scores", {}),
            safety_tier=item.get("safety_tier", Result.Tier.NONE),
            note=item.get("note", ""),
            taken_at=parse_datetime(item["taken_at"]),
        )
        result.answers = item.get("answers", {})
        results.append(result)
    # bulk_create seals the answers and notes too (EncryptedTextField.pre_save runs for every row).
    Result.objects.bulk_create(results)
    for result, item in zip(results, data.get("results", []), strict=True):
        result.created_at = parse_datetime(item["created_at"])
    Result.objects.bulk_update(results, ["created_at"])
    Reminder.objects.bulk_create(
        Reminder(owner=member, instrument_id=r["instrument"], enabled=r.get("enabled", True))
        for r in data.get("reminders", [])
    )


def erase_user_data(member) -> None:
    Result.objects.owned_by(member).delete()
    Reminder.objects.owned_by(member).delete()
