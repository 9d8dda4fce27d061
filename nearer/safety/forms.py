from django import forms

from nearer.safety.crisis_lines import country_choices


class CountryForm(forms.Form):
    country = forms.ChoiceField(label="Show lines for", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "Choose a country")] + country_choices()


class PlanStepForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), required=False, max_length=10000)

    def __init__(self, *args, step=None, **kwargs):
        super().__init__(*args, **kwargs)
        if step is not None:
            self.fields["text"].label = step.prompt


class AlertConsentForm(forms.Form):
    enabled = forms.BooleanField(
        label="Tell my therapist if the safety check finds urgent risk in something I write",
        required=False,
    )
