from django import template

from nearer.thoughts import traps

register = template.Library()


@register.filter
def trap_names(slugs) -> list[str]:
    """Friendly names for trap slugs, as the readable export shows them."""
    return traps.names(list(slugs or ()))
