"""The only door to a ladder step or a try at one."""

from __future__ import annotations

from django.http import Http404

from nearer.ladder.models import Attempt, Step


def get_step_for(actor, step_id) -> Step:
    """The step if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    step = Step.objects.owned_by(actor).filter(pk=step_id).first() if actor.is_authenticated else None
    if step is None:
        raise Http404("No such step.")
    return step


def get_attempt_for(actor, attempt_id) -> Attempt:
    """The try if ``actor`` owns it; the same 404 for missing and not-yours."""
    found = None
    if actor.is_authenticated:
        found = Attempt.objects.owned_by(actor).select_related("step").filter(pk=attempt_id).first()
    if found is None:
        raise Http404("No such try.")
    return found
