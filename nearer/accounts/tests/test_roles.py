"""Roles: only editors/admins may open the Django admin, and the database enforces it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from nearer.accounts.models import Role, User

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [Role.MEMBER, Role.THERAPIST])
def test_database_refuses_staff_for_a_non_editor(member, role):
    User.objects.filter(pk=member.pk).update(role=role)
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=member.pk).update(is_staff=True)
    member.refresh_from_db()
    assert not member.is_staff


def test_database_refuses_an_unknown_role(member):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=member.pk).update(role="owner")


def test_create_user_refuses_staff_for_a_therapist():
    with pytest.raises(ValidationError):
        User.objects.create_user(email="theo@practice.example", password="x" * 12, role=Role.THERAPIST, is_staff=True)
    assert not User.objects.exists()


def test_new_user_is_a_member_by_default():
    user = User.objects.create_user(email="nina@example.com", password="x" * 12)
    assert user.role == Role.MEMBER
    assert user.is_member and not user.is_staff


def test_create_superuser_makes_an_editor():
    user = User.objects.create_superuser(email="boss@practice.example", password="x" * 12)
    assert user.role == Role.EDITOR
    assert user.is_editor and user.is_staff and user.is_superuser


def test_therapist_is_sent_to_the_admin_login(client, therapist):
    client.force_login(therapist)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login/")


def test_admin_opens_the_django_admin(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'href="/admin/accounts/user/"' in response.content.decode()


def test_admin_does_not_list_second_factors_sessions_or_groups(client, admin_user):
    client.force_login(admin_user)
    page = client.get("/admin/").content.decode()
    assert "/admin/mfa/" not in page
    assert "/admin/usersessions/" not in page
    assert "/admin/auth/group/" not in page


def _change_therapist(client, therapist, **extra):
    return client.post(
        f"/admin/accounts/user/{therapist.pk}/change/",
        {"email": therapist.email, "role": Role.THERAPIST, "is_active": "on", **extra},
    )


def test_admin_can_edit_a_therapist(client, admin_user, therapist):
    client.force_login(admin_user)
    response = _change_therapist(client, therapist)
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/accounts/user/"


def test_admin_making_a_therapist_staff_gets_an_error_not_a_crash(client, admin_user, therapist):
    client.force_login(admin_user)
    response = _change_therapist(client, therapist, is_staff="on")
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    therapist.refresh_from_db()
    assert not therapist.is_staff
