from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from nearer.patterns.selectors import patterns_page_for


@login_required
@require_GET
def patterns_index(request: HttpRequest) -> HttpResponse:
    page = patterns_page_for(request.user)
    # The SVG is built by nearer.patterns.charts, which escapes every label it draws.
    svg = {name: mark_safe(markup) for name, markup in page.charts.items()}  # noqa: S308
    return render(request, "patterns/patterns_index.html", {"page": page, "p": page.patterns, "svg": svg})
