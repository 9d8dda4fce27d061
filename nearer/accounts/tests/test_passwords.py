"""Passwords are stored with Argon2 in the real settings (the suite itself uses a fast hasher)."""

from __future__ import annotations

import pytest

from conftest import PASSWORD, make_user
from nearer.config import settings as real_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def real_hashers(settings):
    settings.PASSWORD_HASHERS = real_settings.PASSWORD_HASHERS


def test_real_settings_hash_with_argon2_first():
    assert real_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_new_password_is_stored_as_argon2(real_hashers):
    user = make_user("nina@example.com")
    assert user.password.startswith("argon2$argon2id$")
    assert PASSWORD not in user.password


def test_member_with_argon2_password_can_log_in(real_hashers, client):
    make_user("nina@example.com")
    response = client.post("/accounts/login/", {"login": "nina@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert "Welcome back" in client.get("/").content.decode()


def test_older_pbkdf2_hash_is_upgraded_on_login(real_hashers, client, settings):
    settings.PASSWORD_HASHERS = list(reversed(real_settings.PASSWORD_HASHERS))
    user = make_user("nina@example.com")
    assert user.password.startswith("pbkdf2_sha256$")
    settings.PASSWORD_HASHERS = real_settings.PASSWORD_HASHERS
    client.post("/accounts/login/", {"login": "nina@example.com", "password": PASSWORD})
    user.refresh_from_db()
    assert user.password.startswith("argon2$")
