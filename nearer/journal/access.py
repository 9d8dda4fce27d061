"""The only door to a journal entry."""

from __future__ import annotations

from django.http import Http404

from nearer.journal.models import Entry


def get_entry_for(actor, entry_id) -> Entry:
    """The entry if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    entry = Entry.objects.owned_by(actor).filter(pk=entry_id).first() if actor.is_authenticated else None
    if entry is None:
        raise Http404("No such entry.")
    return entry
