from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.ladder import access, charts, selectors, services
from nearer.ladder.forms import AfterForm, BeforeForm, StepEditForm, StepForm
from nearer.ladder.suggestions import SUGGESTIONS_BY_SLUG
from nearer.safety.support import support_notes

CHART_TITLE = "Fear expected and fear felt, try by try"


def _with_support(request: HttpRequest, screening, continue_url: str) -> HttpResponse:
    """Saved, and the crisis screen found risk: warm words and help at once, on this page."""
    return render(request, "ladder/saved_with_support.html", {"screening": screening, "continue_url": continue_url})


def _notes(request: HttpRequest, screening) -> None:
    for note in support_notes(screening):
        messages.info(request, note)


@login_required
@require_GET
def ladder_index(request: HttpRequest) -> HttpResponse:
    ladder = selectors.ladder_for(request.user)
    context = {
        "ladder": ladder,
        "came_down": ladder.step_for(ladder.next.came_down) if ladder.next else None,
        "next_step": ladder.step_for(ladder.next.next) if ladder.next else None,
        "open_attempts": selectors.open_attempts_for(request.user),
        "suggestions": selectors.suggestions_left(ladder.steps)[:4],
        "chart": charts.prediction_chart(ladder.points, title=CHART_TITLE),
        "chart_title": CHART_TITLE,
    }
    return render(request, "ladder/ladder_index.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def step_create(request: HttpRequest) -> HttpResponse:
    suggestions = selectors.suggestions_left(selectors.steps_for(request.user))
    chosen = request.GET.get("suggestion", "")
    initial = {"idempotency_key": new_key()}
    if chosen in SUGGESTIONS_BY_SLUG:
        initial.update(suggestion=chosen, fear=SUGGESTIONS_BY_SLUG[chosen].typical_fear // 10 * 10)
    form = StepForm(request.POST if request.method == "POST" else None, initial=initial, suggestions=suggestions)
    if request.method == "POST" and form.is_valid():
        saved = services.add_step(
            member=request.user,
            title=form.cleaned_data["title"],
            fear=form.cleaned_data["fear"],
            suggestion=form.cleaned_data["suggestion"],
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        if saved.screening.needs_response:
            return _with_support(request, saved.screening, reverse("ladder:ladder_index"))
        messages.success(request, "Added to your ladder.")
        _notes(request, saved.screening)
        return redirect("ladder:ladder_index")
    status = 400 if form.errors else 200
    return render(request, "ladder/step_form.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def step_detail(request: HttpRequest, step_id) -> HttpResponse:
    step = access.get_step_for(request.user, step_id)
    form = StepEditForm(
        request.POST if request.method == "POST" else None, initial={"title": step.title, "fear": step.fear}
    )
    if request.method == "POST" and form.is_valid():
        saved = services.update_step(step=step, **form.cleaned_data)
        url = reverse("ladder:step_detail", kwargs={"step_id": step.pk})
        if saved.screening.needs_response:
            return _with_support(request, saved.screening, url)
        messages.success(request, "Saved.")
        _notes(request, saved.screening)
        return redirect(url)
    attempts = list(step.attempts.order_by("planned_at", "id"))
    points = selectors.points_of([step])
    context = {
        "step": step,
        "form": form,
        "attempts": attempts,
        "points": points,
        "chart": charts.prediction_chart(points, title=f"Fear expected and felt: {step.title}", chart_id="step-chart")
        if points
        else "",
    }
    return render(request, "ladder/step_detail.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def step_delete(request: HttpRequest, step_id) -> HttpResponse:
    """Asks first: a deleted step and its tries cannot come back."""
    step = access.get_step_for(request.user, step_id)
    if request.method == "POST":
        services.delete_step(step=step)
        messages.success(request, "Taken off your ladder.")
        return redirect("ladder:ladder_index")
    return render(request, "ladder/step_delete.html", {"step": step, "tries": step.attempts.count()})


@login_required
@require_http_methods(["GET", "POST"])
def attempt_create(request: HttpRequest, step_id) -> HttpResponse:
    step = access.get_step_for(request.user, step_id)
    form = BeforeForm(
        request.POST if request.method == "POST" else None,
        initial={"idempotency_key": new_key(), "predicted_fear": step.fear},
    )
    if request.method == "POST" and form.is_valid():
        saved = services.plan_attempt(step=step, **form.cleaned_data)
        url = reverse("ladder:attempt_detail", kwargs={"attempt_id": saved.attempt.pk})
        if saved.screening.needs_response:
            return _with_support(request, saved.screening, url)
        messages.success(request, "Your prediction is saved. Come back after and note what really happened.")
        _notes(request, saved.screening)
        return redirect(url)
    return render(request, "ladder/attempt_form.html", {"form": form, "step": step}, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def attempt_detail(request: HttpRequest, attempt_id) -> HttpResponse:
    """The prediction, and the form for what happened (or that it didn't happen this time)."""
    attempt = access.get_attempt_for(request.user, attempt_id)
    url = reverse("ladder:attempt_detail", kwargs={"attempt_id": attempt.pk})
    if request.method == "POST" and request.POST.get("not_this_time") == "yes":
        services.set_attempt_aside(attempt=attempt)
        messages.success(request, "That's fine. Not every plan happens, and this step will be here when you want it.")
        return redirect("ladder:ladder_index")
    initial = {"actual_fear": attempt.actual_fear, "what_happened": attempt.what_happened} if attempt.is_done else {}
    form = AfterForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = services.record_outcome(attempt=attempt, **form.cleaned_data)
        if saved.screening.needs_response:
            return _with_support(request, saved.screening, url)
        messages.success(request, _after_words(saved.attempt))
        _notes(request, saved.screening)
        return redirect(url)
    return render(
        request, "ladder/attempt_detail.html", {"attempt": attempt, "form": form}, status=400 if form.errors else 200
    )


def _after_words(attempt) -> str:
    difference = attempt.predicted_fear - (attempt.actual_fear or 0)
    if difference >= 10:
        return f"Noted. It felt {difference} points less frightening than you expected."
    if difference <= -10:
        return "Noted. It was harder than you expected, and you still did it. That counts."
    return "Noted. It felt about as hard as you expected, and you did it."


@login_required
@require_http_methods(["GET", "POST"])
def attempt_delete(request: HttpRequest, attempt_id) -> HttpResponse:
    attempt = access.get_attempt_for(request.user, attempt_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_attempt(attempt=attempt),
        then=reverse("ladder:step_detail", kwargs={"step_id": attempt.step_id}),
        template="ladder/attempt_delete.html",
        context={"attempt": attempt},
    )
