"""Pages every visitor can reach: home, health, and the friendly error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, requires_csrf_token
from django.views.decorators.http import require_GET, require_POST


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return render(request, "core/home_member.html")
    return render(request, "core/home_visitor.html")


@login_required
def practice(request: HttpRequest) -> HttpResponse:
    """The practice tools side by side; each app's page is linked by URL name only."""
    return render(request, "core/practice.html")


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """For a reverse proxy or orchestrator: is this worker up and can it reach its database?"""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def _one_committed_insert() -> JsonResponse:
    """One INSERT in autocommit, its own transaction: the least a committed write can cost."""
    with connection.cursor() as cursor:
        key = "SERIAL" if connection.vendor == "postgresql" else "INTEGER"
        cursor.execute(f"CREATE TABLE IF NOT EXISTS bench_floor (id {key} PRIMARY KEY, note TEXT)")
        cursor.execute("INSERT INTO bench_floor (note) VALUES (%s)", ["x"])
    return JsonResponse({"status": "ok"}, status=201)


@csrf_exempt
@require_POST
def bench_floor(request: HttpRequest) -> JsonResponse:
    """Benchmarks only (NEARER_BENCH_ENDPOINTS=true): one committed insert and nothing else, the
    floor that saving a check-in over HTTP is compared with (bench/bench_checkin_save.py)."""
    return _one_committed_insert()


@login_required
@require_POST
def bench_floor_member(request: HttpRequest) -> JsonResponse:
    """Benchmarks only: the same insert behind the toll every member's POST pays first (session,
    login and CSRF check), to show how much of saving a check-in is that toll."""
    return _one_committed_insert()


# --- Friendly error pages -------------------------------------------------------------------


def _error(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    return render(request, "core/error.html", {"title": title, "message": message, "status": status}, status=status)


@requires_csrf_token
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        400,
        "That request didn't quite work",
        "Something in it was not what we expected. Going back and trying again usually helps.",
    )


@requires_csrf_token
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        403,
        "This page isn't open to you",
        "If you think it should be, try logging in with the account it belongs to.",
    )


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404, "We couldn't find that page", "It may have moved, or the link may be incomplete.")


def too_many_requests(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        429,
        "Let's pause for a moment",
        "There were a lot of attempts from here in a short time, so we've paused them for a few minutes "
        "to keep accounts safe. Please try again shortly.",
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _error(
        request,
        403,
        "Your form timed out",
        "For your safety, forms expire. Go back, and if the page still shows what you wrote, send it again.",
    )


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request: whatever broke (the database, a context processor)
    # must not break the page that says sorry.
    return HttpResponseServerError(loader.get_template("core/500.html").render({}))
