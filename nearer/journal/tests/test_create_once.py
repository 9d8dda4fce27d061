"""core.idempotency.create_once with journal entries (core has no models of its own): one row per key,
written as one committed statement when nothing else is open."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from conftest import make_user
from nearer.core.idempotency import create_once
from nearer.journal.models import Entry


def _statements(captured) -> list[str]:
    return [q["sql"].split()[0].upper() for q in captured.captured_queries]


@pytest.mark.django_db(transaction=True)
def test_alone_the_insert_is_its_own_committed_transaction():
    """Saving holds the database's write lock only inside the one INSERT: no BEGIN or savepoint
    around it, so no Python runs while other writers wait (bench/bench_checkin_save.py)."""
    member = make_user("mira@example.com")
    create_once(Entry(owner=member, body="The first entry makes the data key."), scope={"owner": member}, key=None)
    key = uuid.uuid4()
    with CaptureQueriesContext(connection) as saving:
        entry, created = create_once(
            Entry(owner=member, body="I said it out loud."), scope={"owner": member}, key=key, check_first=False
        )
    assert created
    writes = [s for s in _statements(saving) if s != "SELECT"]  # reading the member's key is no write
    assert writes == ["INSERT"]
    assert Entry.objects.get(pk=entry.pk).body == "I said it out loud."

    again, created = create_once(Entry(owner=member, body="I said it out loud."), scope={"owner": member}, key=key)
    assert not created and again.pk == entry.pk
    assert Entry.objects.filter(owner=member, idempotency_key=key).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_resend_inside_a_larger_write_leaves_that_write_usable():
    """Inside a caller's transaction the clash is caught at a savepoint, so the caller can go on
    (PostgreSQL refuses every later statement of a transaction whose statement failed)."""
    member = make_user("mira@example.com")
    key = uuid.uuid4()
    first, _ = create_once(Entry(owner=member, body="First."), scope={"owner": member}, key=key)
    with transaction.atomic():
        again, created = create_once(
            Entry(owner=member, body="First."), scope={"owner": member}, key=key, check_first=False
        )
        Entry.objects.create(owner=member, body="Written after the clash.")
    assert not created and again.pk == first.pk
    assert Entry.objects.filter(owner=member).count() == 2
