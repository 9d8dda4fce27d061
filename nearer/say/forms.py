"""Parsing the coach's forms. Nothing is saved here."""

from __future__ import annotations

from django import forms

from nearer.say import rewrite
from nearer.say.models import Phrase
from nearer.say.services import PHRASE_MAX
from nearer.say.vocabulary import FEELINGS, FEELINGS_BY_SLUG, NEEDS, NEEDS_BY_SLUG, Feeling, Need

DRAFT_MAX = 5000
OWN_MAX = 200


class DraftForm(forms.Form):
    draft = forms.CharField(
        label="Your message draft",
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off", "spellcheck": "true"}),
        max_length=DRAFT_MAX,
        help_text="Type it or paste it. It stays on this page and is forgotten when you leave.",
        error_messages={"required": "Type or paste the message first; a line is enough."},
    )


class MeaningForm(forms.Form):
    """What the member feels and needs: a choice, or their own words (which win)."""

    feeling = forms.ChoiceField(
        label="What do you feel?",
        choices=[(f.slug, f.label) for f in FEELINGS],
        widget=forms.RadioSelect,
        required=False,
    )
    feeling_text = forms.CharField(label="Or in your own words: I feel…", max_length=OWN_MAX, required=False)
    need = forms.ChoiceField(
        label="What do you need?",
        choices=[(n.slug, n.label) for n in NEEDS],
        widget=forms.RadioSelect,
        required=False,
    )
    need_text = forms.CharField(label="Or in your own words: I need…", max_length=OWN_MAX, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("feeling") and not data.get("feeling_text", "").strip(" .,;!"):
            self.add_error("feeling", "Choose the feeling closest to yours, or write it in a few words.")
        if not data.get("need") and not data.get("need_text", "").strip(" .,;!"):
            self.add_error("need", 'Choose what you need, or "Not sure yet" if you don\'t know.')
        return data

    def chosen_feeling(self) -> Feeling:
        text = self.cleaned_data.get("feeling_text", "")
        return rewrite.own_feeling(text) if text.strip(" .,;!") else FEELINGS_BY_SLUG[self.cleaned_data["feeling"]]

    def chosen_need(self) -> Need:
        text = self.cleaned_data.get("need_text", "")
        return rewrite.own_need(text) if text.strip(" .,;!") else NEEDS_BY_SLUG[self.cleaned_data["need"]]


class PhraseForm(forms.Form):
    phrase = forms.CharField(
        label="A phrase to keep",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=PHRASE_MAX,
        error_messages={"required": "Write the phrase you'd like to keep."},
    )
    register = forms.ChoiceField(choices=Phrase.Register.choices, required=False, widget=forms.HiddenInput)
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)
