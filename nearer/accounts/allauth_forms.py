"""allauth's login and sign-up forms, with labels in Nearer's voice (see ACCOUNT_FORMS).

Kept apart from forms.py because allauth's sign-up form itself inherits from
``forms.SignupForm`` (ACCOUNT_SIGNUP_FORM_CLASS): importing it there would be circular.
"""

from allauth.account import forms as allauth_forms


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email"
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me logged in on this device"


class SignupForm(allauth_forms.SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].label = "Choose a password"
        if "password2" in self.fields:
            self.fields["password2"].label = "Type it again"
