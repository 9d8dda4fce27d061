"""Sign-up at /accounts/signup/ (allauth with Nearer's adult confirmation)."""

from __future__ import annotations

import pytest

from nearer.accounts.models import Role, User

pytestmark = pytest.mark.django_db

PASSWORD = "slow river evening 12"


def _signup(client, **overrides):
    data = {
        "email": "nina@example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "is_adult": "on",
        **overrides,
    }
    data = {k: v for k, v in data.items() if v is not None}
    return client.post("/accounts/signup/", data)


def test_signup_without_adult_confirmation_is_refused(client, admin_user):
    response = _signup(client, is_adult=None)
    assert response.status_code == 200
    assert "Please confirm you are 18 or older to make an account." in response.content.decode()
    assert not User.objects.filter(email="nina@example.com").exists()


def test_signup_keeps_the_typed_email_on_error(client, admin_user):
    page = _signup(client, is_adult=None).content.decode()
    assert 'value="nina@example.com"' in page


def test_signup_creates_a_member_and_logs_them_in(client, admin_user):
    response = _signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="nina@example.com")
    assert user.role == Role.MEMBER
    assert not user.is_staff and not user.is_superuser
    assert "Welcome back" in client.get("/").content.decode()


def test_signup_with_a_weak_password_is_refused(client, admin_user):
    response = _signup(client, password1="password1", password2="password1")
    assert "This password is too common." in response.content.decode()
    assert not User.objects.filter(email="nina@example.com").exists()


def test_signup_page_shows_the_adult_checkbox(client, admin_user):
    page = client.get("/accounts/signup/").content.decode()
    assert 'name="is_adult"' in page
    assert "I am 18 or older" in page


def test_operator_can_close_signup(client, admin_user, settings):
    settings.SIGNUP_ENABLED = False
    response = _signup(client)
    assert not User.objects.filter(email="nina@example.com").exists()
    assert "Sign Up Closed" in response.content.decode()
    assert 'href="/accounts/signup/"' not in client.get("/").content.decode()
