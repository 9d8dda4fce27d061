"""Members' sessions: Django's database sessions, kept on the server so that signing out (here or
from another device) ends them at once. Only the lookup every signed-in request makes is changed."""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def load(self) -> dict[str, Any]:
        data = self._live_session_data()
        return self.decode(data) if data is not None else {}

    def _live_session_data(self) -> str | None:
        """The stored data of this session if it has not expired, read with one plain statement:
        every signed-in request makes this lookup first, and building it through the ORM cost
        more than the rest of a bare request (bench/bench_checkin_save.py)."""
        model = self.model
        connection = connections[router.db_for_read(model)]
        quote = connection.ops.quote_name
        data, key, expires = (
            quote(model._meta.get_field(f).column) for f in ("session_data", "session_key", "expire_date")
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {data} FROM {quote(model._meta.db_table)} WHERE {key} = %s AND {expires} > %s",  # noqa: S608
                [self.session_key, now],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None  # gone or expired: a new one is made if anything is stored
            return None
        return row[0]
