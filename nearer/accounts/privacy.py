"""The account itself: email addresses, role, country; never the password or 2FA secrets."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.admin.models import LogEntry
from django.utils.dateparse import parse_datetime

from nearer.accounts.models import User

MODELS = [User, EmailAddress, Authenticator, UserSession, LogEntry]
# Sign-in state does not survive a move: a restored account logs in afresh and sets up 2FA again.
VOLATILE = ["last_login", "two_factor"]


def export_user_data(member: User) -> dict:
    return {
        "email": member.email,
        "role": member.role,
        "country": member.country,
        "time_zone": member.time_zone,
        "date_joined": member.date_joined.isoformat(),
        "last_login": member.last_login.isoformat() if member.last_login else None,
        "email_addresses": [
            {"email": a.email, "primary": a.primary, "verified": a.verified}
            for a in EmailAddress.objects.filter(user=member).order_by("email")
        ],
        "two_factor": sorted(Authenticator.objects.filter(user=member).values_list("type", flat=True)),
    }


def import_user_data(member: User, data: dict) -> None:
    member.country = data.get("country", "")
    member.time_zone = data.get("time_zone", "")
    if data.get("date_joined"):
        member.date_joined = parse_datetime(data["date_joined"])
    member.save(update_fields=["country", "time_zone", "date_joined"])
    # A member restores their own account; staff roles are granted afresh by the practice.
    for address in data.get("email_addresses", []):
        EmailAddress.objects.create(
            user=member, email=address["email"], primary=address["primary"], verified=address["verified"]
        )


def erase_user_data(member: User) -> None:
    for session in UserSession.objects.filter(user=member):
        session.end()  # also deletes the Django session, so every device is logged out
    Authenticator.objects.filter(user=member).delete()
    EmailAddress.objects.filter(user=member).delete()
    member.delete()
