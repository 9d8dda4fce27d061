"""Small builders for check-in tests: answers with sensible defaults, and form posts."""

from __future__ import annotations

import re

from django.db import connection

from nearer.checkins.services import CheckinAnswers, record_checkin


def answers(**overrides) -> CheckinAnswers:
    return CheckinAnswers(**{"pleasantness": 0.0, "energy": 0.0, "urge": 3, **overrides})


def make_checkin(member, **overrides):
    return record_checkin(member=member, answers=answers(**overrides)).checkin


def post(**overrides) -> dict:
    """The smallest form a member can send: one tap on the grid, one on the urge scale."""
    return {"mood": "0,0", "urge": "3", **overrides}


def form_key(page: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', page).group(1)


def raw_column(table: str, column: str, row_id) -> str:
    """What the database itself holds, bypassing the model."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {column} FROM {table} WHERE id = %s",  # noqa: S608 - names are the test's own
            [row_id.hex if connection.vendor == "sqlite" else row_id],
        )
        return cursor.fetchone()[0]
