"""Shared test fixtures: the personas every test speaks about.

Mira is a member with an account of her own. Theo is a therapist at the practice. Sam is a
stranger: another member, who must never see Mira's things. Ada is the practice's editor/admin,
with the Django admin open to her and still no shortcut into members' private data.
"""

from __future__ import annotations

import pytest

PASSWORD = "a calm test password 42"


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings):
    # A cheap hasher keeps the suite fast; test_passwords.py checks the real one is Argon2.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from nearer.accounts import first_run

    first_run.reset_cache()
    yield
    first_run.reset_cache()


def make_user(email: str, *, role: str = "member", **extra):
    from allauth.account.models import EmailAddress

    from nearer.accounts.models import User

    user = User.objects.create_user(email=email, password=PASSWORD, role=role, **extra)
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    return user


@pytest.fixture
def member(db):
    return make_user("mira@example.com")


@pytest.fixture
def stranger(db):
    return make_user("sam@example.com")


@pytest.fixture
def therapist(db):
    return make_user("theo@practice.example", role="therapist")


@pytest.fixture
def admin_user(db):
    return make_user("ada@practice.example", role="editor", is_staff=True, is_superuser=True)


@pytest.fixture
def personas(member, stranger, therapist, admin_user):
    return {"member": member, "stranger": stranger, "therapist": therapist, "admin": admin_user}


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
