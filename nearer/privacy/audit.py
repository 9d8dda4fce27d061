"""The access log: who read which member's private data, when and why.

Each entry's digest is an HMAC-SHA256, keyed with the audit key (kept outside the database),
over its own fields and the previous entry's digest. Altering or removing any row breaks the
chain from that point on, and someone with only database access cannot forge a new chain.
A one-row head records the count and the last digest, so cutting entries off the end shows too.
Entries are written under a lock (SQLite's write lock; a PostgreSQL advisory lock) so two
writers never fork the chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from nearer.config.secrets import read_or_create_secret
from nearer.privacy.models import AccessEvent, AccessLogHead

GENESIS = "0" * 64
_PG_LOCK_ID = 0x4E454152  # "NEAR": one advisory lock for the access log chain


@dataclass(frozen=True)
class Actor:
    """Someone reading a member's data: a person with an account, or an operator at the console."""

    id: int | None
    label: str
    role: str

    @classmethod
    def of(cls, user) -> Actor:
        return cls(id=user.pk, label=user.email, role=user.role)

    @classmethod
    def operator(cls, label: str = "operator at the command line") -> Actor:
        return cls(id=None, label=label, role="operator")


@cache
def _audit_key() -> bytes:
    secret = settings.AUDIT_KEY or read_or_create_secret(Path(settings.DATA_DIR) / "audit-key")
    return secret.encode()


def _mac(payload: dict[str, object]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hmac.new(_audit_key(), canonical.encode(), hashlib.sha256).hexdigest()


def _digest(fields: dict[str, object], previous: str) -> str:
    return _mac({**fields, "previous": previous})


def _head_mac(count: int, last: str) -> str:
    return _mac({"head": True, "count": count, "last": last})


def _fields(event: AccessEvent) -> dict[str, object]:
    return {
        "occurred_at": event.occurred_at.isoformat(timespec="microseconds"),
        "member_id": event.member_id,
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "actor_role": event.actor_role,
        "what": event.what,
        "why": event.why,
    }


def record_access(*, actor: Actor, member_id: int, what: str, why: str) -> AccessEvent | None:
    """Log a read of ``member_id``'s data by ``actor``. A member reading their own data is not
    logged (nothing to tell them), so this returns ``None`` then."""
    if actor.id is not None and actor.id == member_id:
        return None
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_LOCK_ID])
        last = AccessEvent.objects.order_by("-id").values_list("digest", flat=True).first()
        event = AccessEvent(
            occurred_at=timezone.now(),
            member_id=member_id,
            actor_id=actor.id,
            actor_label=actor.label[:254],
            actor_role=actor.role[:32],
            what=what[:120],
            why=why[:200],
            previous_digest=last or GENESIS,
        )
        event.digest = _digest(_fields(event), event.previous_digest)
        event.save()
        head, _ = AccessLogHead.objects.get_or_create(pk=1, defaults={"count": 0, "last_digest": GENESIS, "mac": ""})
        head.count += 1
        head.last_digest = event.digest
        head.mac = _head_mac(head.count, head.last_digest)
        head.save()
    return event


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    problem: str

    def __str__(self) -> str:
        return f"access log entry {self.event_id}: {self.problem}"


def verify_chain() -> list[ChainProblem]:
    """Walk the whole log; report every entry whose content or link does not add up."""
    problems: list[ChainProblem] = []
    previous = GENESIS
    count = 0
    last_id = 0
    for event in AccessEvent.objects.order_by("id").iterator(chunk_size=2000):
        count += 1
        last_id = event.id
        if event.previous_digest != previous:
            problems.append(ChainProblem(event.id, "the entry before it was removed or altered"))
        if not hmac.compare_digest(_digest(_fields(event), event.previous_digest), event.digest):
            problems.append(ChainProblem(event.id, "its contents were altered"))
        previous = event.digest
    head = AccessLogHead.objects.filter(pk=1).first()
    if head is None:
        if count:
            problems.append(ChainProblem(last_id, "the log's head record is missing"))
    elif not hmac.compare_digest(_head_mac(head.count, head.last_digest), head.mac):
        problems.append(ChainProblem(last_id, "the log's head record was altered"))
    elif head.count != count or head.last_digest != previous:
        problems.append(
            ChainProblem(
                last_id,
                f"the log should hold {head.count} entries but holds {count}: entries were removed from its end",
            )
        )
    return problems


def events_about(member_id: int):
    return AccessEvent.objects.filter(member_id=member_id).order_by("-occurred_at", "-id")
