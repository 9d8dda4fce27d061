from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from nearer.checkins import access, selectors, services
from nearer.checkins.forms import CheckinForm, PersonForm, initial_for
from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.safety.support import support_notes

PAGE_SIZE = 20


def _saved_with_support(request: HttpRequest, screening, continue_url: str) -> HttpResponse:
    """Saved, and the crisis screen found risk: warm words and help at once, on this page."""
    context = {"screening": screening, "continue_url": continue_url}
    return render(request, "checkins/checkin_saved_with_support.html", context)


def _form_page(request, template: str, form: CheckinForm, **context) -> HttpResponse:
    status = 400 if form.errors else 200
    return render(request, template, {"form": form, **context}, status=status)


@login_required
@require_GET
def checkin_list(request: HttpRequest) -> HttpResponse:
    """Newest first, a page at a time; "Show older" is a plain link that htmx upgrades."""
    page = Paginator(selectors.checkins_for(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    template = "checkins/_checkin_page.html" if request.htmx else "checkins/checkin_list.html"
    return render(request, template, {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def checkin_create(request: HttpRequest) -> HttpResponse:
    form = CheckinForm(
        request.POST if request.method == "POST" else None,
        initial={"idempotency_key": new_key()},
        people=lambda: selectors.people_for_form(request.user),
        own_labels=lambda: selectors.own_labels_for(request.user),
    )
    if request.method == "POST" and form.is_valid():
        recorded = services.record_checkin(
            member=request.user, answers=form.answers(), idempotency_key=form.cleaned_data["idempotency_key"]
        )
        if recorded.screening.needs_response:
            return _saved_with_support(request, recorded.screening, reverse("checkins:checkin_list"))
        messages.success(request, "Checked in. Only you can see it.")
        for note in support_notes(recorded.screening):
            messages.info(request, note)
        return redirect("checkins:checkin_list")
    return _form_page(request, "checkins/checkin_form.html", form)


@login_required
@require_http_methods(["GET", "POST"])
def checkin_detail(request: HttpRequest, checkin_id) -> HttpResponse:
    checkin = access.get_checkin_for(request.user, checkin_id)
    form = CheckinForm(
        request.POST if request.method == "POST" else None,
        initial=initial_for(checkin),
        people=lambda: selectors.people_for_form(request.user, checkin),
        own_labels=lambda: selectors.own_labels_for(request.user),
    )
    if request.method == "POST" and form.is_valid():
        recorded = services.update_checkin(checkin=checkin, answers=form.answers())
        if recorded.screening.needs_response:
            return _saved_with_support(request, recorded.screening, reverse("checkins:checkin_list"))
        messages.success(request, "Saved.")
        for note in support_notes(recorded.screening):
            messages.info(request, note)
        return redirect("checkins:checkin_list")
    return _form_page(request, "checkins/checkin_detail.html", form, checkin=checkin)


@login_required
@require_http_methods(["GET", "POST"])
def checkin_delete(request: HttpRequest, checkin_id) -> HttpResponse:
    """Asks first: a deleted check-in cannot come back."""
    checkin = access.get_checkin_for(request.user, checkin_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_checkin(checkin=checkin),
        then="checkins:checkin_list",
        template="checkins/checkin_delete.html",
        context={"checkin": checkin},
    )


@login_required
@require_GET
def checkin_export(request: HttpRequest) -> HttpResponse:
    """The member's own check-ins as a spreadsheet file."""
    response = HttpResponse(selectors.checkins_csv(request.user), content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="nearer-checkins-{stamp}.csv"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def person_list(request: HttpRequest) -> HttpResponse:
    """The people check-ins can be about; adding one here or from inside the check-in form."""
    form = PersonForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            person, screening = services.add_person(member=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if screening.needs_response:
                return _saved_with_support(request, screening, reverse("checkins:person_list"))
            messages.success(request, f"Added {person.nickname}.")
            return redirect("checkins:person_list")
    context = {
        "form": form,
        "people": selectors.people_for(request.user, archived=False),
        "archived": selectors.people_for(request.user, archived=True),
    }
    return render(request, "checkins/person_list.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def person_detail(request: HttpRequest, person_id) -> HttpResponse:
    """Rename someone, or archive them (their check-ins stay), or bring them back."""
    person = access.get_person_for(request.user, person_id)
    if request.method == "POST" and request.POST.get("archive") in ("yes", "no"):
        services.archive_person(person=person, archived=request.POST["archive"] == "yes")
        messages.success(request, f"Archived {person.nickname}." if person.archived else f"{person.nickname} is back.")
        return redirect("checkins:person_list")
    form = PersonForm(
        request.POST if request.method == "POST" else None,
        initial={"nickname": person.nickname, "kind": person.kind},
    )
    if request.method == "POST" and form.is_valid():
        try:
            screening = services.rename_person(person=person, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if screening.needs_response:
                return _saved_with_support(request, screening, reverse("checkins:person_list"))
            messages.success(request, "Saved.")
            return redirect("checkins:person_list")
    return render(
        request, "checkins/person_detail.html", {"form": form, "person": person}, status=400 if form.errors else 200
    )
