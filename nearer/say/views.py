"""The coach and the phrasebook.

The coach's page posts back to itself: the draft travels in each POST and nowhere else, is
screened before it is answered, and is never stored (``never_cache`` keeps it out of caches
too). Saving keeps only the phrase the member chose.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from nearer.core.confirm import delete_after_asking
from nearer.core.idempotency import new_key
from nearer.nlu import analyse
from nearer.safety.support import support_notes
from nearer.say import access, rewrite, services
from nearer.say import coach as reading
from nearer.say.forms import DraftForm, MeaningForm, PhraseForm
from nearer.say.models import Phrase

ACTIONS = ("read", "rewrite", "save")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def coach(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "say/coach.html", {"draft_form": DraftForm()})
    action = request.POST.get("action")
    action = action if action in ACTIONS else "read"
    draft_form = DraftForm(request.POST)
    meaning_form = MeaningForm(request.POST if action != "read" else None)
    if not draft_form.is_valid():
        return render(request, "say/coach.html", {"draft_form": draft_form}, status=400)
    draft = draft_form.cleaned_data["draft"]
    own_words = [request.POST.get("feeling_text", ""), request.POST.get("need_text", "")] if action != "read" else []
    screening = services.screen_draft(member=request.user, texts=[draft, *own_words])
    if screening.needs_response:
        context = {"draft_form": draft_form, "screening": screening, "continue_url": reverse("say:coach")}
        return render(request, "say/coach.html", context)
    for note in support_notes(screening):
        messages.info(request, note)
    context = {
        "draft_form": draft_form,
        "draft": draft,
        "reading": reading.read_draft(draft, analyse(draft, tasks=("distancing",)).distancing),
        "meaning_form": meaning_form,
    }
    status = 200
    if action != "read":
        if meaning_form.is_valid():
            alternatives = rewrite.alternatives(feeling=meaning_form.chosen_feeling(), need=meaning_form.chosen_need())
            posted = request.POST.get("register") if action == "save" else None
            context["alternatives"] = [
                # The version just saved keeps the member's own edits on the page.
                {
                    "alternative": a,
                    "key": new_key(),
                    "text": request.POST.get("phrase", a.text) if a.register == posted else a.text,
                }
                for a in alternatives
            ]
        else:
            status = 400
    if action == "save" and "alternatives" in context:
        phrase_form = PhraseForm(request.POST)
        if phrase_form.is_valid():
            saved = services.save_phrase(
                member=request.user,
                text=phrase_form.cleaned_data["phrase"],
                register=phrase_form.cleaned_data["register"] or Phrase.Register.OWN,
                idempotency_key=phrase_form.cleaned_data["idempotency_key"],
            )
            if saved.screening.needs_response:
                return render(
                    request,
                    "say/phrase_saved_with_support.html",
                    {"screening": saved.screening, "continue_url": reverse("say:phrase_list")},
                )
            context["saved"] = saved.phrase
            for note in support_notes(saved.screening):
                messages.info(request, note)
        else:
            context["phrase_errors"] = phrase_form.errors.get("phrase", [])
            status = 400
    return render(request, "say/coach.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def phrase_list(request: HttpRequest) -> HttpResponse:
    """The phrasebook: saved phrases to copy, and a form to add one in the member's own words."""
    form = PhraseForm(
        request.POST if request.method == "POST" else None, initial={"idempotency_key": new_key(), "register": "own"}
    )
    if request.method == "POST" and form.is_valid():
        saved = services.save_phrase(
            member=request.user,
            text=form.cleaned_data["phrase"],
            register=form.cleaned_data["register"] or Phrase.Register.OWN,
            idempotency_key=form.cleaned_data["idempotency_key"],
        )
        if saved.screening.needs_response:
            context = {"screening": saved.screening, "continue_url": reverse("say:phrase_list")}
            return render(request, "say/phrase_saved_with_support.html", context)
        messages.success(request, "Saved to your phrasebook.")
        for note in support_notes(saved.screening):
            messages.info(request, note)
        return redirect("say:phrase_list")
    context = {"form": form, "phrases": Phrase.objects.owned_by(request.user)}
    return render(request, "say/phrase_list.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def phrase_delete(request: HttpRequest, phrase_id) -> HttpResponse:
    """Asks first: a deleted phrase cannot come back."""
    phrase = access.get_phrase_for(request.user, phrase_id)
    return delete_after_asking(
        request,
        delete=lambda: services.delete_phrase(phrase=phrase),
        then="say:phrase_list",
        template="say/phrase_delete.html",
        context={"phrase": phrase},
    )
