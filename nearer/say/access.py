"""The only door to a saved phrase."""

from __future__ import annotations

from django.http import Http404

from nearer.say.models import Phrase


def get_phrase_for(actor, phrase_id) -> Phrase:
    """The phrase if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    phrase = Phrase.objects.owned_by(actor).filter(pk=phrase_id).first() if actor.is_authenticated else None
    if phrase is None:
        raise Http404("No such phrase.")
    return phrase
