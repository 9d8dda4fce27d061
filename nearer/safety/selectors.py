from __future__ import annotations

from django.http import HttpRequest

from nearer.safety import crisis_lines


def country_for(request: HttpRequest) -> crisis_lines.Country | None:
    """Which country's lines to show: the one picked on the page, then the member's
    setting, then the browser's language region. ``None`` means we don't know."""
    picked = crisis_lines.lookup(request.GET.get("country"))
    if picked:
        return picked
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.country:
        saved = crisis_lines.lookup(user.country)
        if saved:
            return saved
    return crisis_lines.lookup(crisis_lines.country_from_accept_language(request.headers.get("Accept-Language")))
