from django import forms
from django.utils import timezone

from nearer.thoughts.forms import intensity_field

STATEMENT_MAX = 300
TEXT_MAX = 5000


def _statement() -> forms.CharField:
    return forms.CharField(
        label="The belief, in your words",
        help_text="Something you carry about yourself or about closeness, for example “I'm too much”.",
        max_length=STATEMENT_MAX,
        error_messages={"required": "Write the belief in a few words first."},
    )


def _rating() -> forms.IntegerField:
    return intensity_field("How true does it feel right now, 0 to 100?")


class BeliefForm(forms.Form):
    statement = _statement()
    rating = _rating()
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)


class RenameForm(forms.Form):
    statement = _statement()


class RatingForm(forms.Form):
    rating = _rating()
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)


class EvidenceForm(forms.Form):
    text = forms.CharField(
        label="What speaks against it?",
        help_text="Something that happened, something someone said or did, a time the belief didn't come true.",
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Write what happened in a few words."},
    )
    noticed_at = forms.DateTimeField(
        label="When",
        help_text="Leave empty for now, or pick an earlier time.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        required=False,
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def clean_noticed_at(self):
        value = self.cleaned_data.get("noticed_at")
        if value and value > timezone.now() + timezone.timedelta(minutes=5):
            raise forms.ValidationError("That time is in the future. Pick now or earlier.")
        return value


class FromElsewhereForm(forms.Form):
    """The one-click button on a check-in or a thought record: which belief, and a retry key."""

    belief = forms.UUIDField()
    idempotency_key = forms.UUIDField(required=False)
