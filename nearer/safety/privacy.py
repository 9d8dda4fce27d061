"""The member's safety plan, the record of screens that found risk, and their alert consent."""

from __future__ import annotations

from django.utils.dateparse import parse_datetime

from nearer.safety import plan_steps
from nearer.safety.models import AlertConsent, SafetyPlan, ScreeningEvent, TherapistNotice

MODELS = [SafetyPlan, ScreeningEvent, AlertConsent, TherapistNotice]
VOLATILE: list[str] = []


def export_user_data(member) -> dict:
    plan = SafetyPlan.objects.filter(owner=member).first()
    consent = AlertConsent.objects.filter(member=member).first()
    return {
        "safety_plan": {field: getattr(plan, field) for field in plan_steps.FIELDS} if plan else None,
        "alert_therapist_on_urgent": bool(consent and consent.enabled),
        "screening_events": [
            {"when": e.created_at.isoformat(), "tier": e.tier, "source": e.source}
            for e in ScreeningEvent.objects.filter(member=member).order_by("created_at", "id")
        ],
    }


def import_user_data(member, data: dict) -> None:
    if data.get("safety_plan"):
        SafetyPlan.objects.create(owner=member, **{f: data["safety_plan"].get(f, "") for f in plan_steps.FIELDS})
    if data.get("alert_therapist_on_urgent"):
        AlertConsent.objects.create(member=member, enabled=True)
    for item in data.get("screening_events", []):
        event = ScreeningEvent.objects.create(member=member, tier=item["tier"], source=item["source"])
        ScreeningEvent.objects.filter(pk=event.pk).update(created_at=parse_datetime(item["when"]))


def erase_user_data(member) -> None:
    TherapistNotice.objects.filter(member=member).delete()
    TherapistNotice.objects.filter(therapist=member).delete()
    ScreeningEvent.objects.filter(member=member).delete()
    AlertConsent.objects.filter(member=member).delete()
    SafetyPlan.objects.filter(owner=member).delete()
