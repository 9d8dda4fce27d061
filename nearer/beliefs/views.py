from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.beliefs import access, selectors, services
from nearer.beliefs.forms import BeliefForm, EvidenceForm, FromElsewhereForm, RatingForm, RenameForm
from nearer.checkins.access import get_checkin_for
from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.safety.support import support_notes
from nearer.thoughts.access import get_thought_record_for

#: Examples on the naming page, in Nearer's words: beliefs people who pull away often carry.
EXAMPLES = (
    "I'm too much.",
    "People leave in the end.",
    "If they really knew me, they wouldn't stay.",
    "My needs are a burden.",
    "I have to manage on my own.",
)


def _after_save(request: HttpRequest, saved, next_url: str, message: str) -> HttpResponse:
    """Go on to ``next_url``, or first show help at once if the crisis screen found risk."""
    if saved.screening.needs_response:
        context = {"screening": saved.screening, "continue_url": next_url}
        return render(request, "beliefs/saved_with_support.html", context)
    messages.success(request, message)
    for note in support_notes(saved.screening):
        messages.info(request, note)
    return redirect(next_url)


def _detail_url(belief) -> str:
    return reverse("beliefs:belief_detail", kwargs={"belief_id": belief.pk})


@login_required
@require_GET
def belief_list(request: HttpRequest) -> HttpResponse:
    return render(request, "beliefs/belief_list.html", {"beliefs": list(selectors.beliefs_for(request.user))})


@login_required
@require_http_methods(["GET", "POST"])
def belief_create(request: HttpRequest) -> HttpResponse:
    form = BeliefForm(request.POST if request.method == "POST" else None, initial={"idempotency_key": new_key()})
    if request.method == "POST" and form.is_valid():
        saved = services.name_belief(
            member=request.user,
            statement=form.cleaned_data["statement"].strip(),
            rating=form.cleaned_data["rating"],
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        return _after_save(request, saved, _detail_url(saved.row), "Saved. Only you can see it.")
    context = {"form": form, "examples": EXAMPLES}
    return render(request, "beliefs/belief_form.html", context, status=400 if form.errors else 200)


def _detail_page(request, belief, *, rating_form=None, evidence_form=None, status=200) -> HttpResponse:
    context = {
        "page": selectors.belief_page_for(belief),
        "belief": belief,
        "rating_form": rating_form or RatingForm(initial={"idempotency_key": new_key()}),
        "evidence_form": evidence_form or EvidenceForm(initial={"idempotency_key": new_key()}),
    }
    return render(request, "beliefs/belief_detail.html", context, status=status)


@login_required
@require_GET
def belief_detail(request: HttpRequest, belief_id) -> HttpResponse:
    """The belief, its line over time, its evidence, and the two forms to add to them."""
    return _detail_page(request, access.get_belief_for(request.user, belief_id))


@login_required
@require_http_methods(["GET", "POST"])
def belief_rate(request: HttpRequest, belief_id) -> HttpResponse:
    belief = access.get_belief_for(request.user, belief_id)
    if request.method == "GET":
        return redirect(_detail_url(belief) + "#rate")
    form = RatingForm(request.POST)
    if form.is_valid():
        saved = services.rate_belief(
            belief=belief, value=form.cleaned_data["rating"], idempotency_key=form.cleaned_data["idempotency_key"]
        )
        return _after_save(request, saved, _detail_url(belief), "Rated. Only you can see it.")
    return _detail_page(request, belief, rating_form=form, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def evidence_create(request: HttpRequest, belief_id) -> HttpResponse:
    belief = access.get_belief_for(request.user, belief_id)
    if request.method == "GET":
        return redirect(_detail_url(belief) + "#add-evidence")
    form = EvidenceForm(request.POST)
    if form.is_valid():
        saved = services.add_evidence(
            belief=belief,
            text=form.cleaned_data["text"].strip(),
            noticed_at=form.cleaned_data["noticed_at"],
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        return _after_save(request, saved, _detail_url(belief), "Added. It counts.")
    return _detail_page(request, belief, evidence_form=form, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def belief_edit(request: HttpRequest, belief_id) -> HttpResponse:
    belief = access.get_belief_for(request.user, belief_id)
    form = RenameForm(request.POST if request.method == "POST" else None, initial={"statement": belief.statement})
    if request.method == "POST" and form.is_valid():
        saved = services.rename_belief(belief=belief, statement=form.cleaned_data["statement"].strip())
        return _after_save(request, saved, _detail_url(belief), "Saved.")
    context = {"form": form, "belief": belief}
    return render(request, "beliefs/belief_edit.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def belief_delete(request: HttpRequest, belief_id) -> HttpResponse:
    """Asks first: the belief goes with its ratings and evidence, and cannot come back."""
    belief = access.get_belief_for(request.user, belief_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_belief(belief=belief),
        then="beliefs:belief_list",
        template="beliefs/belief_delete.html",
        context={"belief": belief},
    )


@login_required
@require_http_methods(["GET", "POST"])
def evidence_edit(request: HttpRequest, evidence_id) -> HttpResponse:
    evidence = access.get_evidence_for(request.user, evidence_id)
    form = EvidenceForm(
        request.POST if request.method == "POST" else None,
        initial={
            "text": evidence.text,
            "noticed_at": timezone.localtime(evidence.noticed_at).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    if request.method == "POST" and form.is_valid():
        saved = services.update_evidence(
            evidence=evidence, text=form.cleaned_data["text"].strip(), noticed_at=form.cleaned_data["noticed_at"]
        )
        return _after_save(request, saved, _detail_url(evidence.belief), "Saved.")
    context = {"form": form, "evidence": evidence, "belief": evidence.belief}
    return render(request, "beliefs/evidence_edit.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def evidence_delete(request: HttpRequest, evidence_id) -> HttpResponse:
    evidence = access.get_evidence_for(request.user, evidence_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_evidence(evidence=evidence),
        then=_detail_url(evidence.belief),
        template="beliefs/evidence_delete.html",
        context={"evidence": evidence, "belief": evidence.belief},
    )


def _from_elsewhere(request: HttpRequest, make) -> HttpResponse:
    form = FromElsewhereForm(request.POST)
    if not form.is_valid():
        raise Http404("No such belief.")
    belief = access.get_belief_for(request.user, form.cleaned_data["belief"])
    saved = make(belief, form.cleaned_data["idempotency_key"])
    edit_url = reverse("beliefs:evidence_edit", kwargs={"evidence_id": saved.row.pk})
    message = f"Added to “{belief.statement}” as evidence against it. Change the words here if you like."
    return _after_save(request, saved, edit_url, message)


@login_required
@require_POST
def evidence_from_checkin(request: HttpRequest, checkin_id) -> HttpResponse:
    """The one-click button on a check-in."""
    checkin = get_checkin_for(request.user, checkin_id)
    return _from_elsewhere(
        request,
        lambda belief, key: services.evidence_from_checkin(belief=belief, checkin=checkin, idempotency_key=key),
    )


@login_required
@require_POST
def evidence_from_thought(request: HttpRequest, record_id) -> HttpResponse:
    """The one-click button on a finished thought record."""
    record = get_thought_record_for(request.user, record_id)
    return _from_elsewhere(
        request,
        lambda belief, key: services.evidence_from_thought_record(belief=belief, record=record, idempotency_key=key),
    )
