"""Authorization rows of each app, one module per app (see README.md here)."""

from __future__ import annotations

LOGIN = "login"
ADMIN_LOGIN = "admin-login"
PERSONAS = ("anon", "member", "stranger", "therapist", "admin")


def row(path: str, anon, member, stranger=None, therapist=None, admin=None):
    """A row; the stranger and therapist default to what a member gets, the admin too."""
    stranger = member if stranger is None else stranger
    therapist = member if therapist is None else therapist
    admin = member if admin is None else admin
    return path, dict(zip(PERSONAS, (anon, member, stranger, therapist, admin), strict=True))


def staff_only(path: str, admin=200):
    return row(path, ADMIN_LOGIN, ADMIN_LOGIN, admin=admin)


def mine_only(path: str, member=200):
    """A page about one of Mira's own things: everyone else, staff included, gets the same 404."""
    return row(path, LOGIN, member, stranger=404, therapist=404, admin=404)
