"""The only doors to a check-in and to one of the member's people."""

from __future__ import annotations

from django.http import Http404

from nearer.checkins.models import Checkin, Person


def get_checkin_for(actor, checkin_id) -> Checkin:
    """The check-in if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    checkin = (
        Checkin.objects.owned_by(actor).with_related().filter(pk=checkin_id).first() if actor.is_authenticated else None
    )
    if checkin is None:
        raise Http404("No such check-in.")
    return checkin


def get_person_for(actor, person_id) -> Person:
    """One of ``actor``'s people; the same 404 for missing and not-yours (no staff bypass)."""
    person = Person.objects.owned_by(actor).filter(pk=person_id).first() if actor.is_authenticated else None
    if person is None:
        raise Http404("No such person.")
    return person
