"""Parsing the ladder's forms. Nothing is saved here."""

from __future__ import annotations

from django import forms

from nearer.ladder.services import TEXT_MAX, TITLE_MAX
from nearer.ladder.suggestions import SUGGESTIONS

# Whole tens keep the choice quick on a phone and the numbers visible without JavaScript.
FEAR_CHOICES = [(n, str(n)) for n in range(0, 101, 10)]
FEAR_HELP = "0 is no fear at all; 100 is the most you can imagine. A guess is fine."
FELT_HELP = "0 is no fear at all; 100 is the most you can imagine. Roughly is fine."


def fear_field(label: str, required_message: str, help_text: str = FEAR_HELP) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=FEAR_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={"required": required_message},
    )


class StepForm(forms.Form):
    """A new step: one of the suggestions, or the member's own words."""

    suggestion = forms.ChoiceField(
        label="Start from a suggestion",
        widget=forms.RadioSelect,
        required=False,
    )
    title = forms.CharField(
        label="Or in your own words",
        max_length=TITLE_MAX,
        required=False,
        help_text='Something small and concrete, like "Tell Jo I missed her".',
    )
    fear = fear_field("How much fear do you expect?", "Choose a number from 0 to 100. A rough guess is enough.")
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, suggestions=SUGGESTIONS, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["suggestion"].choices = [("", "None, I'll write my own"), *((s.slug, s.title) for s in suggestions)]

    def clean(self):
        data = super().clean()
        if not data.get("suggestion") and not data.get("title", "").strip():
            self.add_error("title", "Pick a suggestion or write a step of your own.")
        return data


class StepEditForm(forms.Form):
    title = forms.CharField(
        label="The step",
        max_length=TITLE_MAX,
        error_messages={"required": "Write a few words for the step."},
    )
    fear = fear_field("How much fear do you expect now?", "Choose a number from 0 to 100.")


class BeforeForm(forms.Form):
    """Before a try: the prediction."""

    predicted_fear = fear_field("How much fear do you expect to feel?", "Choose a number from 0 to 100.")
    predicted_outcome = forms.CharField(
        label="What do you expect will happen?",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=TEXT_MAX,
        help_text="Your honest guess, even the worst one. You'll compare it with what really happens.",
        error_messages={"required": "Write your guess, a few words is enough."},
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)


class AfterForm(forms.Form):
    """After a try: what really happened."""

    actual_fear = fear_field("How much fear did you actually feel?", "Choose a number from 0 to 100.", FELT_HELP)
    what_happened = forms.CharField(
        label="What happened?",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=TEXT_MAX,
        required=False,
        help_text="How they responded, how you felt after. Leave it empty if you'd rather not.",
    )
