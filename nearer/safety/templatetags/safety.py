from django import template

from nearer.safety import crisis_lines, selectors

register = template.Library()


@register.inclusion_tag("safety/_lines.html", takes_context=True)
def crisis_lines_here(context):
    """The crisis lines for the visitor's country (or every country we have), as tap-to-call links."""
    request = context["request"]
    return {
        "country": selectors.country_for(request),
        "all_countries": list(crisis_lines.countries().values()),
    }
