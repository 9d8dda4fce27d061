"""The only door to a thought record."""

from __future__ import annotations

from django.http import Http404

from nearer.thoughts.models import ThoughtRecord


def get_thought_record_for(actor, record_id) -> ThoughtRecord:
    """The record if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    record = ThoughtRecord.objects.owned_by(actor).filter(pk=record_id).first() if actor.is_authenticated else None
    if record is None:
        raise Http404("No such thought record.")
    return record
