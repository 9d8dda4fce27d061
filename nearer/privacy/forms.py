from django import forms


class EraseForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        help_text="So nobody at an unlocked screen can do this for you.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    understood = forms.BooleanField(
        label="I understand this is final: nothing can be recovered, not even by the people who run this install.",
        error_messages={"required": "Please tick the box to confirm you understand this can't be undone."},
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if self.user is None or not self.user.check_password(password):
            raise forms.ValidationError("That password isn't right.")
        return password
