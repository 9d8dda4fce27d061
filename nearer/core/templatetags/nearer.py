from datetime import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def from_iso(value: str | None) -> datetime | str:
    """An ISO 8601 string (as in exports) as a datetime in the current time zone."""
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    return timezone.localtime(parsed) if timezone.is_aware(parsed) else parsed
