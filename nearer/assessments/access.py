"""The only doors to a member's result, and to an instrument by its id."""

from __future__ import annotations

from django.http import Http404

from nearer.assessments import catalog
from nearer.assessments.engine import Instrument
from nearer.assessments.models import Result


def get_result_for(actor, result_id) -> Result:
    """The result if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    result = Result.objects.owned_by(actor).filter(pk=result_id).first() if actor.is_authenticated else None
    if result is None:
        raise Http404("No such result.")
    return result


def get_instrument(instrument_id: str) -> Instrument:
    """A built-in instrument or an installed pack; 404 when there is none by that id."""
    instrument = catalog.instrument_for(instrument_id)
    if instrument is None:
        raise Http404("No such questionnaire.")
    return instrument
