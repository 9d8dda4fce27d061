from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from nearer.accounts import first_run

# Paths a fresh install must still serve before its owner exists.
_FIRST_RUN_OPEN = ("/setup/", "/help/", "/static/", "/healthz")


class FirstRunMiddleware:
    """Until the owner account exists, every page leads to the setup page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(_FIRST_RUN_OPEN) and first_run.needs_setup():
            return redirect(reverse("accounts:setup"))
        return self.get_response(request)


class LogoutClearsDeviceMiddleware:
    """Logging out also clears what this browser kept for offline use (the service worker and its
    copies of the safety plan), so the next person at a shared device finds nothing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # The route Django already resolved for this request, not reverse() on every POST.
        match = request.resolver_match
        logged_out = match is not None and match.view_name == "account_logout"
        if request.method == "POST" and logged_out and response.status_code < 400:
            response.headers["Clear-Site-Data"] = '"cache", "storage"'
        return response


class MemberTimeZoneMiddleware:
    """Show every time in the member's own time zone, if they chose one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        name = user.time_zone if user is not None and user.is_authenticated else ""
        if name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)
