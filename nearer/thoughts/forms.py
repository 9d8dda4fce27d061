"""Parsing for each step of the thought record. The words on the fields are the flow's prompts."""

from __future__ import annotations

from django import forms

from nearer.thoughts.services import MAX_FEELINGS
from nearer.thoughts.traps import DISPUTABLE

TEXT_MAX = 5000


def intensity_field(label: str, *, required: bool = True) -> forms.IntegerField:
    """0-100 as a number box, so the number is always visible and typed without JavaScript;
    a small script adds a slider beside it."""
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=100,
        required=required,
        widget=forms.NumberInput(attrs={"min": 0, "max": 100, "step": 1, "inputmode": "numeric", "class": "intensity"}),
        error_messages={
            "required": "Give it a number from 0 to 100; a rough guess is fine.",
            "min_value": "Use a number from 0 to 100.",
            "max_value": "Use a number from 0 to 100.",
            "invalid": "Use a number from 0 to 100.",
        },
    )


def _text(
    label: str, help_text: str, *, required: bool = True, rows: int = 4, required_message: str = ""
) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"required": required_message or "A few words are enough, but this step needs some."},
    )


class SituationForm(forms.Form):
    situation = _text(
        "What happened?",
        "Where were you, who was there, what set it off? Just the facts, as a camera would see them.",
        required_message="Write a few words about what happened; one line is enough.",
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)


class ThoughtForm(forms.Form):
    thought = _text(
        "What went through your mind?",
        'The words your mind said, as they came: "She\'s going to leave", "I always ruin it".',
        rows=3,
        required_message="Write the thought down as it came, even if it seems silly now.",
    )


class FeelingsForm(forms.Form):
    """Up to three feelings, each with how strong it was (0-100). The first is needed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, MAX_FEELINGS + 1):
            first = n == 1
            self.fields[f"feeling_{n}"] = forms.CharField(
                label="A feeling" if first else "Another feeling (if there was one)",
                max_length=60,
                required=first,
                widget=forms.TextInput(attrs={"list": "feeling-words", "autocomplete": "off"}),
                error_messages={"required": "Name one feeling, in any word that fits: hurt, scared, ashamed…"},
            )
            self.fields[f"intensity_{n}"] = intensity_field("How strong, 0 to 100", required=first)

    def rows(self):
        """(feeling field, intensity field) pairs, for the template."""
        return [(self[f"feeling_{n}"], self[f"intensity_{n}"]) for n in range(1, MAX_FEELINGS + 1)]

    def clean(self):
        cleaned = super().clean()
        for n in range(2, MAX_FEELINGS + 1):
            name, strength = cleaned.get(f"feeling_{n}"), cleaned.get(f"intensity_{n}")
            if name and strength is None and f"intensity_{n}" not in self.errors:
                self.add_error(f"intensity_{n}", "How strong was it, 0 to 100?")
            if strength is not None and not name:
                self.add_error(f"feeling_{n}", "Name the feeling this number is for, or clear the number.")
        return cleaned

    def feelings(self) -> list[tuple[str, int]]:
        return [
            (self.cleaned_data[f"feeling_{n}"].strip(), self.cleaned_data[f"intensity_{n}"])
            for n in range(1, MAX_FEELINGS + 1)
            if self.cleaned_data.get(f"feeling_{n}", "").strip()
        ]


class TrapsForm(forms.Form):
    traps = forms.MultipleChoiceField(
        label="Which of these do you see in the thought?",
        choices=[(trap.slug, trap.name) for trap in DISPUTABLE],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


TEXT_STEP_FIELDS = {
    "evidence-for": (
        "What makes the thought feel true?",
        "Facts you could show someone, not only the feeling. It's fine if there are some.",
        False,
    ),
    "evidence-against": (
        "What doesn't fit the thought?",
        "Times it wasn't so, things people said or did, what you'd point out to a friend who thought this.",
        False,
    ),
    "balanced": (
        "A fairer way to put it",
        "Not a cheerful slogan: a sentence that holds what supports the thought and what doesn't.",
        True,
    ),
    "kindness": (
        "A few kind words for yourself",
        "What would you say to a friend who felt this? Write it to yourself.",
        True,
    ),
}


class TextStepForm(forms.Form):
    def __init__(self, *args, slug: str, **kwargs):
        super().__init__(*args, **kwargs)
        label, help_text, required = TEXT_STEP_FIELDS[slug]
        self.fields["text"] = _text(label, help_text, required=required)


class RerateForm(forms.Form):
    """How strong each named feeling is now."""

    def __init__(self, *args, feelings, **kwargs):
        super().__init__(*args, **kwargs)
        self.feeling_rows = []
        for feeling in feelings:
            name = f"after_{feeling.pk.hex}"
            self.fields[name] = intensity_field(f"{feeling.name}, now (it was {feeling.before})")
            self.feeling_rows.append((feeling, name))

    def rows(self):
        """(feeling, its bound field) pairs, for the template."""
        return [(feeling, self[name]) for feeling, name in self.feeling_rows]

    def after(self) -> dict:
        return {feeling.pk: self.cleaned_data[name] for feeling, name in self.feeling_rows}
