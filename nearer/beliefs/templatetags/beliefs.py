"""The one-click "evidence against a belief" button, for pages of the apps below this one (a
check-in, a thought record) that must not import it. It shows only to a member with a belief."""

from django import template
from django.urls import reverse

from nearer.beliefs import selectors
from nearer.core.idempotency import new_key

register = template.Library()


def _button(context, action: str, what: str) -> dict:
    user = context["request"].user
    beliefs = list(selectors.beliefs_for(user)) if selectors.has_beliefs(user) else []
    return {
        "beliefs": beliefs,
        "action": action,
        "what": what,
        "key": new_key(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("beliefs/_evidence_button.html", takes_context=True)
def evidence_button(context, checkin):
    """On a check-in: count it as evidence against one of the member's beliefs."""
    return _button(context, reverse("beliefs:evidence_from_checkin", kwargs={"checkin_id": checkin.pk}), "check-in")


@register.inclusion_tag("beliefs/_evidence_button.html", takes_context=True)
def evidence_button_for_record(context, record):
    """On a finished thought record: what didn't fit the thought becomes evidence against a belief."""
    action = reverse("beliefs:evidence_from_thought", kwargs={"record_id": record.pk})
    return _button(context, action, "thought record")
