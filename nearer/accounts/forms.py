import zoneinfo

from django import forms


class SignupForm(forms.Form):
    """Extra sign-up fields, mixed into allauth's form by ACCOUNT_SIGNUP_FORM_CLASS."""

    is_adult = forms.BooleanField(
        label="I am 18 or older",
        help_text="Nearer is made for adults. If you are younger, the help page lists people to talk to.",
        error_messages={"required": "Please confirm you are 18 or older to make an account."},
    )

    def signup(self, request, user) -> None:
        """Called by allauth once the account is saved; nothing more to store yet."""


class SetupForm(forms.Form):
    setup_code = forms.CharField(
        label="Setup code",
        help_text="Shown in the terminal where you started Nearer.",
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "spellcheck": "false"}),
    )
    email = forms.EmailField(label="Your email address", widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password = forms.CharField(
        label="Choose a password",
        help_text="At least 10 characters. A few unrelated words work well.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        label="Type it again", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password") and cleaned.get("password") != cleaned.get("password_again"):
            self.add_error("password_again", "The two passwords are different.")
        return cleaned


class TimeZoneForm(forms.Form):
    time_zone = forms.ChoiceField(
        label="Your time zone",
        help_text="Times on your pages, and the hours in your patterns, use it.",
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
        self.fields["time_zone"].choices = [("", "The install's time zone")] + [(z, z.replace("_", " ")) for z in zones]
