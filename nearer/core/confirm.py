"""The one shape of every "delete for good" page, so each app's view says only what it deletes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def delete_after_asking(
    request: HttpRequest, *, delete: Callable[[], object], then: str, template: str, context: dict[str, Any]
) -> HttpResponse:
    """GET shows ``template`` asking first (nothing deleted can come back); POST calls ``delete``,
    says so and goes to ``then`` (a URL or a URL name)."""
    if request.method == "POST":
        delete()
        messages.success(request, "Deleted for good.")
        return redirect(then)
    return render(request, template, context)
