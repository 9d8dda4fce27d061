from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.assessments import access, catalog, selectors, services
from nearer.assessments.forms import AssessmentForm, new_seed, seed_from
from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.safety.support import support_notes


def _safe(svg: str):
    # Drawn by nearer.assessments.charts, which escapes every text it draws.
    return mark_safe(svg)  # noqa: S308


@login_required
@require_GET
def assessment_list(request: HttpRequest) -> HttpResponse:
    """Every questionnaire, the member's latest result of each, and any reminder they asked for."""
    rows = selectors.overview_for(request.user)
    return render(request, "assessments/assessment_list.html", {"rows": rows, "due": [r for r in rows if r.due]})


@login_required
@require_http_methods(["GET", "POST"])
def assessment_take(request: HttpRequest, instrument_id: str) -> HttpResponse:
    instrument = access.get_instrument(instrument_id)
    seed = seed_from(request.POST) if request.method == "POST" else None
    if seed is None:
        seed = new_seed()
    form = AssessmentForm(
        request.POST if request.method == "POST" else None,
        instrument=instrument,
        seed=seed,
        initial={"idempotency_key": new_key()},
    )
    if request.method == "POST" and form.is_valid():
        recorded = services.record_result(
            member=request.user,
            instrument=instrument,
            answers=form.answers(),
            note=form.cleaned_data["note"],
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        if not recorded.screening.needs_response:
            messages.success(request, "Saved. Only you can see your results.")
            for note in support_notes(recorded.screening):
                messages.info(request, note)
        return redirect("assessments:result_detail", result_id=recorded.result.pk)
    context = {"instrument": instrument, "form": form, "own": catalog.is_builtin(instrument.id)}
    return render(request, "assessments/assessment_take.html", context, status=400 if form.errors else 200)


@login_required
@require_GET
def result_detail(request: HttpRequest, result_id) -> HttpResponse:
    """One result: the scores in words, the plane if it has one, what to try next, the honest note.
    A crisis answer brings the crisis response to the top of the page, every time it is opened."""
    result = access.get_result_for(request.user, result_id)
    instrument = catalog.instrument_for(result.instrument_id)
    context = {"result": result, "instrument": instrument, "screening": services.screening_for(result)}
    if instrument is not None:
        page = selectors.result_page_for(request.user, instrument, result)
        context.update(vars(page), plane_svg=_safe(page.plane_svg) if page.plane_svg else None)
    return render(request, "assessments/result_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def result_delete(request: HttpRequest, result_id) -> HttpResponse:
    """Asks first: a deleted result cannot come back."""
    result = access.get_result_for(request.user, result_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_result(result=result),
        then="assessments:assessment_list",
        template="assessments/result_delete.html",
        context={"result": result},
    )


@login_required
@require_GET
def assessment_history(request: HttpRequest, instrument_id: str) -> HttpResponse:
    """Each score over time, and a form to compare any two results."""
    instrument = access.get_instrument(instrument_id)
    history = selectors.history_for(request.user, instrument.id)
    charts = [(subscale, _safe(svg)) for subscale, svg in selectors.history_charts(instrument, history)]
    context = {
        "instrument": instrument,
        "history": history,
        "newest_first": history[::-1],
        "table": selectors.history_rows(instrument, history),
        "charts": charts,
    }
    return render(request, "assessments/assessment_history.html", context)


@login_required
@require_GET
def result_compare(request: HttpRequest) -> HttpResponse:
    """Two of the member's results of one questionnaire, earlier first, with the reliable change index."""
    picked = [request.GET.get("first", ""), request.GET.get("second", "")]
    if not all(picked):
        messages.info(request, "Choose two results to compare.")
        return redirect("assessments:assessment_list")
    results = sorted(
        (access.get_result_for(request.user, pk) for pk in picked), key=lambda r: (r.taken_at, r.created_at)
    )
    first, second = results
    if first.instrument_id != second.instrument_id:
        context = {"problem": "Those two results come from different questionnaires, so they can't be compared."}
        return render(request, "assessments/result_compare.html", context, status=400)
    instrument = access.get_instrument(first.instrument_id)
    context = {
        "instrument": instrument,
        "first": first,
        "second": second,
        "rows": selectors.comparison(instrument, first, second),
        "own": catalog.is_builtin(instrument.id),
    }
    return render(request, "assessments/result_compare.html", context)


@login_required
@require_POST
def reminder_update(request: HttpRequest, instrument_id: str) -> HttpResponse:
    """Switch the gentle in-app retake reminder on or off. No emails, ever."""
    instrument = access.get_instrument(instrument_id)
    enabled = request.POST.get("enabled") == "on"
    services.set_reminder(member=request.user, instrument_id=instrument.id, enabled=enabled)
    if enabled:
        messages.success(
            request, f"We'll mention it here on the self-check page in {instrument.retake_weeks} weeks. That's all."
        )
    else:
        messages.success(request, "Reminder off.")
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=False):
        return redirect(back)
    return redirect("assessments:assessment_list")
