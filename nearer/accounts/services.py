"""Writes about accounts."""

from __future__ import annotations

import zoneinfo

from allauth.account.models import EmailAddress
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction

from nearer.accounts import first_run
from nearer.accounts.models import Role, User


class SetupAlreadyDone(PermissionDenied):
    pass


def create_owner(*, email: str, password: str, setup_code: str) -> User:
    """Create the install's first account: an editor/admin with the Django admin open to them.

    Refuses once any account exists, or when the one-time setup code is wrong, so the owner
    cannot be created twice or by someone who only found the address.
    """
    if not first_run.setup_code_matches(setup_code):
        raise ValidationError(
            {"setup_code": "That setup code does not match. Copy it from the terminal where Nearer runs."}
        )
    candidate = User(email=User.objects.normalize_email(email), role=Role.EDITOR)
    validate_password(password, user=candidate)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Two setup submissions at once must not both create an owner.
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {User._meta.db_table} IN EXCLUSIVE MODE")
        if User.objects.exists():
            raise SetupAlreadyDone("This install already has an owner.")
        owner = User.objects.create_superuser(email=email, password=password)
        EmailAddress.objects.create(user=owner, email=owner.email, primary=True, verified=False)
    first_run.forget_setup_code()
    return owner


def set_time_zone(*, user: User, time_zone: str) -> User:
    """Remember the member's time zone ('' means the install's own)."""
    if time_zone:
        try:
            zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError({"time_zone": "That isn't a time zone we know."}) from exc
    user.time_zone = time_zone
    user.save(update_fields=["time_zone"])
    return user
