from django import template

from nearer.safety import crisis_lines, selectors
from nearer.safety.services import plan_for
from nearer.safety.support import support_notes

register = template.Library()


@register.inclusion_tag("safety/_lines.html", takes_context=True)
def crisis_lines_here(context):
    """The crisis lines for the visitor's country (or every country we have), as tap-to-call links."""
    request = context["request"]
    return {
        "country": selectors.country_for(request),
        "all_countries": list(crisis_lines.countries().values()),
    }


@register.inclusion_tag("safety/_plan_summary.html", takes_context=True)
def safety_plan_summary(context):
    """The parts of the member's own plan that help most in the moment, if they have one."""
    user = context["request"].user
    return {"plan": plan_for(user) if user.is_authenticated else None}


@register.simple_tag
def support_notes_for(screening):
    return support_notes(screening)
