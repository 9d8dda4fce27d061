"""Parsing a questionnaire's answers. One radio group per item, named by the item's id."""

from __future__ import annotations

import secrets

from django import forms

from nearer.assessments.engine import Instrument
from nearer.assessments.services import NOTE_MAX

PREFIX = "item_"
UNANSWERED = "Choose the answer that fits best. Any answer is fine."


def new_seed() -> int:
    return secrets.randbelow(2**31)


def seed_from(data) -> int | None:
    """The presentation order the form was shown in, so a re-shown form keeps it."""
    raw = (data or {}).get("order", "")
    return int(raw) if str(raw).isdigit() and int(raw) < 2**31 else None


class AssessmentForm(forms.Form):
    note = forms.CharField(
        label="A note for yourself (optional)",
        help_text="What was going on today, in a line or two. Only you can read it.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=NOTE_MAX,
        required=False,
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)
    order = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args, instrument: Instrument, seed: int | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        self.seed = seed
        self.initial.setdefault("order", seed)
        choices = [(value, instrument.scale.label_for(value) or str(value)) for value in instrument.scale.values]
        for item in instrument.presentation(seed):
            self.fields[PREFIX + item.id] = forms.TypedChoiceField(
                label=item.text,
                choices=choices,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": UNANSWERED},
            )
        # The note comes after the questions.
        self.order_fields([PREFIX + item.id for item in instrument.presentation(seed)] + ["note"])

    def questions(self) -> list[dict]:
        """What the template lays out: each item in presentation order, numbered, with its field."""
        return [
            {"number": number, "item": item, "field": self[PREFIX + item.id]}
            for number, item in enumerate(self.instrument.presentation(self.seed), start=1)
        ]

    def unanswered(self) -> list[dict]:
        return [q for q in self.questions() if q["field"].errors]

    def answers(self) -> dict[str, int]:
        return {item.id: self.cleaned_data[PREFIX + item.id] for item in self.instrument.items}
