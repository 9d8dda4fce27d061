"""The only doors to a belief and to one piece of evidence against it."""

from __future__ import annotations

from django.http import Http404

from nearer.beliefs.models import Belief, Evidence


def get_belief_for(actor, belief_id) -> Belief:
    """The belief if ``actor`` owns it; the same 404 for missing and not-yours (no staff bypass)."""
    belief = Belief.objects.owned_by(actor).filter(pk=belief_id).first() if actor.is_authenticated else None
    if belief is None:
        raise Http404("No such belief.")
    return belief


def get_evidence_for(actor, evidence_id) -> Evidence:
    """One piece of ``actor``'s evidence; the same 404 for missing and not-yours (no staff bypass)."""
    evidence = (
        Evidence.objects.owned_by(actor).select_related("belief").filter(pk=evidence_id).first()
        if actor.is_authenticated
        else None
    )
    if evidence is None:
        raise Http404("No such evidence.")
    return evidence
