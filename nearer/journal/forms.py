from django import forms
from django.utils import timezone


class EntryForm(forms.Form):
    body = forms.CharField(
        label="What's on your mind",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        error_messages={"required": "Write a few words first; even one line is enough."},
    )
    written_at = forms.DateTimeField(
        label="When",
        help_text="Now, or earlier if you're catching up.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        required=False,
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def clean_written_at(self):
        value = self.cleaned_data.get("written_at")
        if value and value > timezone.now() + timezone.timedelta(minutes=5):
            raise forms.ValidationError("That time is in the future. Pick now or earlier.")
        return value
