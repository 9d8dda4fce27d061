from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from nearer.checkins.vocabulary import FEELINGS
from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.safety.support import support_notes
from nearer.thoughts import access, selectors, services, steps
from nearer.thoughts.charts import before_after_chart
from nearer.thoughts.forms import FeelingsForm, RerateForm, SituationForm, TextStepForm, ThoughtForm, TrapsForm
from nearer.thoughts.reading import read_thought
from nearer.thoughts.traps import DISPUTABLE, TRAPS, TRAPS_BY_SLUG

PAGE_SIZE = 20
CHART_TITLE = "Feelings before and after"


def _step_url(record, step: steps.Step | None) -> str:
    if step is None:
        return reverse("thoughts:record_detail", kwargs={"record_id": record.pk})
    return reverse("thoughts:record_step", kwargs={"record_id": record.pk, "step": step.slug})


def _after_save(request: HttpRequest, saved: services.Saved, next_url: str) -> HttpResponse:
    """Go on to ``next_url``, or first show help at once if the crisis screen found risk."""
    if saved.screening.needs_response:
        context = {"screening": saved.screening, "continue_url": next_url}
        return render(request, "thoughts/record_saved_with_support.html", context)
    for note in support_notes(saved.screening):
        messages.info(request, note)
    return redirect(next_url)


@login_required
@require_GET
def record_list(request: HttpRequest) -> HttpResponse:
    """Drafts to carry on with, the finished records, and their before/after chart."""
    records = selectors.records_for(request.user)
    page = Paginator(records.finished().order_by("-finished_at"), PAGE_SIZE).get_page(request.GET.get("page"))
    points = selectors.before_after_for(request.user)
    context = {
        "drafts": list(records.drafts()),
        "page": page,
        "points": points,
        "chart": before_after_chart([p for _, p in points], title=CHART_TITLE, chart_id="before-after"),
        "chart_title": CHART_TITLE,
    }
    return render(request, "thoughts/record_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def record_create(request: HttpRequest) -> HttpResponse:
    form = SituationForm(request.POST if request.method == "POST" else None, initial={"idempotency_key": new_key()})
    if request.method == "POST" and form.is_valid():
        saved = services.start_record(
            member=request.user,
            situation=form.cleaned_data["situation"],
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        return _after_save(request, saved, _step_url(saved.record, steps.THOUGHT))
    context = {"form": form, "step": steps.SITUATION, "path": steps.path_for(""), "record": None}
    return render(request, "thoughts/record_step.html", context, status=400 if form.errors else 200)


def _form_for(record, slug: str, data):
    if slug == steps.SITUATION.slug:
        return SituationForm(data, initial={"situation": record.situation})
    if slug == steps.THOUGHT.slug:
        return ThoughtForm(data, initial={"thought": record.thought})
    if slug == steps.FEELINGS.slug:
        initial = {}
        for n, feeling in enumerate(record.feelings.all(), start=1):
            initial[f"feeling_{n}"], initial[f"intensity_{n}"] = feeling.name, feeling.before
        return FeelingsForm(data, initial=initial)
    if slug == steps.TRAPS.slug:
        return TrapsForm(data, initial={"traps": record.traps})
    if slug == steps.RERATE.slug:
        feelings = list(record.feelings.all())
        return RerateForm(
            data, feelings=feelings, initial={f"after_{f.pk.hex}": f.after for f in feelings if f.after is not None}
        )
    return TextStepForm(data, slug=slug, initial={"text": getattr(record, services.TEXT_STEPS[slug])})


def _save_step(record, slug: str, form) -> services.Saved:
    if slug == steps.SITUATION.slug:
        return services.save_situation(record=record, situation=form.cleaned_data["situation"])
    if slug == steps.THOUGHT.slug:
        return services.save_thought(record=record, thought=form.cleaned_data["thought"])
    if slug == steps.FEELINGS.slug:
        return services.save_feelings(record=record, feelings=form.feelings())
    if slug == steps.TRAPS.slug:
        return services.save_traps(record=record, traps=form.cleaned_data["traps"])
    if slug == steps.RERATE.slug:
        return services.rerate_feelings(record=record, after=form.after())
    return services.save_text_step(record=record, slug=slug, text=form.cleaned_data["text"].strip())


def _missing_before(record, step: steps.Step) -> steps.Step | None:
    """The first earlier step this one needs and that has no answer yet (the thought, a feeling)."""
    order = [s.slug for s in record.path]
    if order.index(step.slug) > order.index(steps.THOUGHT.slug) and not record.thought:
        return steps.THOUGHT
    if order.index(step.slug) > order.index(steps.FEELINGS.slug) and not record.feelings.exists():
        return steps.FEELINGS
    return None


@login_required
@require_http_methods(["GET", "POST"])
def record_step(request: HttpRequest, record_id, step: str) -> HttpResponse:
    """One step of the record. Each save keeps the record as a draft the member can come back to."""
    record = access.get_thought_record_for(request.user, record_id)
    if request.method == "POST" and request.POST.get("approach") in steps.APPROACHES:
        services.choose_approach(record=record, approach=request.POST["approach"])
        return redirect(_step_url(record, steps.first_after_feelings(record.approach)))
    current = steps.BY_SLUG.get(step)
    if current is None or current not in record.path:
        raise Http404("No such step.")
    missing = _missing_before(record, current)
    if missing is not None:
        return redirect(_step_url(record, missing))
    form = _form_for(record, current.slug, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        saved = _save_step(record, current.slug, form)
        following = steps.next_step(record.approach, current.slug)
        if "stop" in request.POST and following is not None:
            messages.success(request, "Saved. Carry on whenever you like; it's in your drafts.")
            next_url = reverse("thoughts:record_list")
        else:
            next_url = _step_url(record, following)
        if following is None and not saved.screening.needs_response:
            messages.success(request, "Saved. Only you can see it.")
        return _after_save(request, saved, next_url)
    context = {
        "form": form,
        "record": record,
        "step": current,
        "path": record.path,
        "previous": steps.previous_step(record.approach, current.slug),
        **_step_extras(record, current),
    }
    return render(request, "thoughts/record_step.html", context, status=400 if form.errors else 200)


def _step_extras(record, step: steps.Step) -> dict:
    if step == steps.FEELINGS:
        return {"feeling_words": [f.word.lower() for f in FEELINGS]}
    if step == steps.TRAPS:
        phrases = {s.slug: s.phrase for s in read_thought(record.thought).suggestions} if record.suggested_traps else {}
        rows = [(trap, trap.slug in record.suggested_traps, phrases.get(trap.slug, "")) for trap in DISPUTABLE]
        return {
            # The suggested ones first, so on a phone they are not thirteen boxes down.
            "trap_rows": sorted(rows, key=lambda row: not row[1]),
            "suggested_names": [TRAPS_BY_SLUG[s].name for s in record.suggested_traps if s in TRAPS_BY_SLUG],
        }
    if step == steps.KINDNESS:
        return {"compassion_prompts": steps.SELF_COMPASSION_PROMPTS}
    return {}


@login_required
@require_GET
def record_detail(request: HttpRequest, record_id) -> HttpResponse:
    record = access.get_thought_record_for(request.user, record_id)
    context = {
        "record": record,
        "feelings": list(record.feelings.all()),
        "trap_list": [TRAPS_BY_SLUG[s] for s in record.traps if s in TRAPS_BY_SLUG],
        "carry_on": _step_url(record, record.next_undone_step()) if record.finished_at is None else None,
    }
    return render(request, "thoughts/record_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def record_delete(request: HttpRequest, record_id) -> HttpResponse:
    """Asks first: a deleted record cannot come back."""
    record = access.get_thought_record_for(request.user, record_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_record(record=record),
        then="thoughts:record_list",
        template="thoughts/record_delete.html",
        context={"record": record},
    )


@login_required
@require_GET
def trap_list(request: HttpRequest) -> HttpResponse:
    """The thinking traps, each with a plain explanation and an example; others link here by slug."""
    return render(request, "thoughts/trap_list.html", {"traps": TRAPS})
