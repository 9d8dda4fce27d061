"""How a signed-in member is looked up on each request. Signing in itself is Django's and
allauth's, unchanged; only ``get_user``, which every signed-in request runs, is made leaner."""

from __future__ import annotations

import functools

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import router

from nearer.accounts.models import User


@functools.cache
def _by_id_sql(alias: str) -> str:
    """The ORM's own query for one user by id, built once: building it again on every request
    cost twice what running it does (bench/bench_checkin_save.py)."""
    sql, _ = User._default_manager.db_manager(alias).filter(pk=0).query.sql_with_params()
    return sql


def member_by_id(user_id: object) -> User | None:
    try:
        pk = User._meta.pk.to_python(user_id)
    except ValidationError:
        return None
    alias = router.db_for_read(User)
    found = list(User._default_manager.db_manager(alias).raw(_by_id_sql(alias), [pk]))
    return found[0] if found else None


class _LeanGetUser(ModelBackend):
    def get_user(self, user_id):  # type: ignore[no-untyped-def]
        user = member_by_id(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class PasswordBackend(_LeanGetUser, ModelBackend):
    """Django's: the owner's first sign-in and ``manage`` tools."""


class AccountBackend(_LeanGetUser, AuthenticationBackend):
    """allauth's: members sign in by email."""
