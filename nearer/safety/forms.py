from django import forms

from nearer.safety.crisis_lines import country_choices


class CountryForm(forms.Form):
    country = forms.ChoiceField(label="Show lines for", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "Choose a country")] + country_choices()
