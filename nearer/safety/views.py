from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from nearer.safety import crisis_lines, selectors, services
from nearer.safety.forms import CountryForm


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
