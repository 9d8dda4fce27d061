"""The member's own view of their data: export it, see who saw it, erase it."""

from __future__ import annotations

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from nearer.privacy import audit, registry, services
from nearer.privacy.forms import EraseForm


@login_required
@require_GET
def data_index(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/data_index.html")


@login_required
@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    body = services.export_json(member=request.user)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="nearer-export-{stamp}.json"'
    return response


@login_required
@require_GET
def export_document(request: HttpRequest) -> HttpResponse:
    document = services.export_member(member=request.user)
    sections = document["sections"]
    # Apps above the private store bring their own part of the page (DOCUMENT_TEMPLATE).
    parts = [
        {"template": s.document_template, "section": sections.get(s.app_label, {})}
        for s in registry.sections()
        if s.document_template
    ]
    context = {"document": document, "sections": sections, "parts": parts}
    return render(request, "privacy/export_document.html", context)


@login_required
@require_GET
def access_log(request: HttpRequest) -> HttpResponse:
    """Who saw my data: every read by someone other than the member, newest first."""
    events = audit.events_about(request.user.pk)[:500]
    return render(request, "privacy/access_log.html", {"events": events})


@login_required
@require_http_methods(["GET", "POST"])
def erase_confirm(request: HttpRequest) -> HttpResponse:
    form = EraseForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        member = request.user
        logout(request)
        services.erase_member(member=member)
        return redirect("privacy:erase_done")
    return render(request, "privacy/erase_confirm.html", {"form": form}, status=400 if form.errors else 200)


@require_GET
def erase_done(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/erase_done.html")
