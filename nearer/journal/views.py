from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.journal import access, services
from nearer.journal.forms import EntryForm
from nearer.journal.models import Entry
from nearer.safety.support import support_notes

PAGE_SIZE = 20


@login_required
@require_GET
def entry_list(request: HttpRequest) -> HttpResponse:
    """Newest first, a page at a time. "Show older" is a plain link that htmx upgrades to
    append the next page in place."""
    page = Paginator(Entry.objects.owned_by(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    template = "journal/_entry_page.html" if request.htmx else "journal/entry_list.html"
    return render(request, template, {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def entry_create(request: HttpRequest) -> HttpResponse:
    form = EntryForm(request.POST if request.method == "POST" else None, initial={"idempotency_key": new_key()})
    if request.method == "POST" and form.is_valid():
        written = services.write_entry(
            member=request.user,
            body=form.cleaned_data["body"],
            written_at=form.cleaned_data["written_at"],
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        if written.screening.needs_response:
            return render(
                request,
                "journal/entry_saved_with_support.html",
                {"entry": written.entry, "screening": written.screening},
            )
        messages.success(request, "Saved. Only you can read it.")
        for note in support_notes(written.screening):
            messages.info(request, note)
        return redirect("journal:entry_detail", entry_id=written.entry.pk)
    status = 400 if form.errors else 200
    return render(request, "journal/entry_form.html", {"form": form, "now": timezone.localtime()}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def entry_detail(request: HttpRequest, entry_id) -> HttpResponse:
    entry = access.get_entry_for(request.user, entry_id)
    form = EntryForm(
        request.POST if request.method == "POST" else None,
        initial={"body": entry.body, "written_at": timezone.localtime(entry.written_at).strftime("%Y-%m-%dT%H:%M")},
    )
    if request.method == "POST" and form.is_valid():
        written = services.update_entry(
            entry=entry, body=form.cleaned_data["body"], written_at=form.cleaned_data["written_at"]
        )
        if written.screening.needs_response:
            return render(
                request, "journal/entry_saved_with_support.html", {"entry": entry, "screening": written.screening}
            )
        messages.success(request, "Saved.")
        return redirect("journal:entry_detail", entry_id=entry.pk)
    status = 400 if form.errors else 200
    return render(request, "journal/entry_detail.html", {"entry": entry, "form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request: HttpRequest, entry_id) -> HttpResponse:
    """Asks first: a deleted entry cannot come back."""
    entry = access.get_entry_for(request.user, entry_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_entry(entry=entry),
        then="journal:entry_list",
        template="journal/entry_delete.html",
        context={"entry": entry},
    )
