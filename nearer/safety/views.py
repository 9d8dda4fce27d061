"""Help for everyone; the member's safety plan and alert consent; therapists' notices."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.safety import crisis_lines, plan_steps, selectors, services
from nearer.safety.forms import AlertConsentForm, CountryForm, PlanStepForm
from nearer.safety.models import TherapistNotice


@require_GET
def help_page(request: HttpRequest) -> HttpResponse:
    """Open to everyone, logged in or not, and complete without JavaScript."""
    country = selectors.country_for(request)
    return render(
        request,
        "safety/help.html",
        {
            "country": country,
            "all_countries": list(crisis_lines.countries().values()),
            "form": CountryForm(initial={"country": country.code if country else ""}),
            "directory": crisis_lines.international_directory(),
        },
    )


@login_required
@require_POST
def country_update(request: HttpRequest) -> HttpResponse:
    form = CountryForm(request.POST)
    if form.is_valid():
        services.remember_country(user=request.user, country=form.cleaned_data["country"])
        messages.success(request, "We'll show these lines first from now on.")
    return redirect(reverse("safety:help"))


@login_required
@require_GET
def plan_detail(request: HttpRequest) -> HttpResponse:
    """The whole plan on one page: to read in a hard moment, print, or keep offline."""
    plan = services.plan_for(request.user)
    steps = [(step, getattr(plan, step.field) if plan else "") for step in plan_steps.STEPS]
    return render(
        request,
        "safety/plan_detail.html",
        {"plan": plan, "steps": steps, "country": selectors.country_for(request)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_step(request: HttpRequest, number: int) -> HttpResponse:
    step = plan_steps.step(number)
    if step is None:
        raise Http404("No such step.")
    plan = services.plan_for(request.user)
    form = PlanStepForm(
        request.POST if request.method == "POST" else None,
        step=step,
        initial={"text": getattr(plan, step.field) if plan else ""},
    )
    if request.method == "POST" and form.is_valid():
        plan, screening = services.save_plan_step(member=request.user, step=step, text=form.cleaned_data["text"])
        following = plan_steps.step(number + 1)
        next_url = (
            reverse("safety:plan_step", kwargs={"number": following.number})
            if following and "finish" not in request.POST
            else reverse("safety:plan_detail")
        )
        if screening.needs_response:
            return render(
                request, "safety/plan_saved_with_support.html", {"screening": screening, "next_url": next_url}
            )
        return redirect(next_url)
    return render(
        request,
        "safety/plan_step.html",
        {"step": step, "form": form, "steps": plan_steps.STEPS, "previous": plan_steps.step(number - 1)},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_settings(request: HttpRequest) -> HttpResponse:
    form = AlertConsentForm(
        request.POST if request.method == "POST" else None,
        initial={"enabled": services.alert_consent_enabled(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        services.set_alert_consent(member=request.user, enabled=form.cleaned_data["enabled"])
        messages.success(
            request,
            "Saved: your therapist will be told." if form.cleaned_data["enabled"] else "Saved: nobody will be told.",
        )
        return redirect("safety:alert_settings")
    return render(request, "safety/alert_settings.html", {"form": form})


OFFLINE_PAGES = ["/safety/plan/", "/help/"]


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """Served from the site root so it may control every page (it only keeps OFFLINE_PAGES)."""
    response = render(
        request, "safety/sw.js", {"offline_pages": json.dumps(OFFLINE_PAGES)}, content_type="application/javascript"
    )
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@login_required
@require_GET
def notice_list(request: HttpRequest) -> HttpResponse:
    """A therapist's notices about clients who asked to be looked out for. Others: 404."""
    if not request.user.is_therapist:
        raise Http404("No such page.")
    notices = list(TherapistNotice.objects.filter(therapist=request.user).select_related("member")[:100])
    services.mark_notices_seen(therapist=request.user)
    return render(request, "safety/notice_list.html", {"notices": notices})
