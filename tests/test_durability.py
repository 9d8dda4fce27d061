"""Never lose what a member wrote: an acknowledged write survives a crash, a retry makes no twin.

The first test is bench/crash_test.py in small: the real server (gunicorn) on a throwaway
install, SIGKILLed twice in the middle of a stream of journal writes, every unanswered write
resent with its key. On SQLite by default; on a fresh PostgreSQL database of its own when
NEARER_DATABASE_URL is set. The rest use the Django test client.
"""

from __future__ import annotations

import os
import re
import uuid

import pytest

from bench._server import Install
from bench.crash_test import run_crash_test
from nearer.journal.models import Entry

POSTGRES = os.environ.get("NEARER_DATABASE_URL") or None


def test_acknowledged_writes_survive_sigkill_and_retries_make_no_twins():
    report = run_crash_test(writes=60, kills=2, threads=3, time_limit=90, seed=20261201, postgres_url=POSTGRES)

    assert report.passed, "\n".join(report.lines())
    assert len(report.kills) == 2
    assert (report.rows, report.duplicates, report.lost, report.wrong_text) == (60, 0, 0, 0)
    # Each kill leaves at least the two submits whose answers were never read to be resent.
    assert report.retried >= 4


@pytest.fixture(scope="module")
def install():
    made = Install.create(postgres_url=POSTGRES, accounts=False)
    yield made
    made.destroy()


def test_the_database_keeps_every_acknowledged_commit(install):
    if install.engine == "sqlite":
        # WAL for readers beside one writer; synchronous=FULL (2) so a commit survives power loss.
        out = install.shell(
            "from django.db import connection\n"
            "with connection.cursor() as c:\n"
            "    for p in ('journal_mode', 'synchronous', 'foreign_keys'):\n"
            "        print(c.execute(f'PRAGMA {p}').fetchone()[0])\n"
        )
        assert out.split() == ["wal", "2", "1"]
    else:
        out = install.shell(
            "from django.db import connection\n"
            "with connection.cursor() as c:\n"
            "    c.execute('SHOW synchronous_commit'); print(c.fetchone()[0])\n"
        )
        assert out.strip() == "on"


def _form_key(page: bytes) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', page.decode()).group(1)


@pytest.mark.django_db
def test_a_submit_sent_again_after_its_answer_was_lost_returns_the_first_entry(member_client, member):
    key = _form_key(member_client.get("/journal/new/").content)
    fields = {"body": "I cancelled again and felt relieved, then awful.", "idempotency_key": key}

    first = member_client.post("/journal/new/", fields)
    again = member_client.post("/journal/new/", fields)  # the browser retried: the first answer never came
    twice_more = [member_client.post("/journal/new/", fields) for _ in range(2)]

    assert first.status_code == 302
    assert {r["Location"] for r in [again, *twice_more]} == {first["Location"]}
    assert Entry.objects.filter(owner=member).count() == 1
    assert str(Entry.objects.get(owner=member).idempotency_key) == key


@pytest.mark.django_db
def test_each_new_form_carries_a_new_key_so_two_entries_are_two(member_client, member):
    for text in ("first thought", "second thought"):
        key = _form_key(member_client.get("/journal/new/").content)
        member_client.post("/journal/new/", {"body": text, "idempotency_key": key})

    assert sorted(e.body for e in Entry.objects.filter(owner=member)) == [
        "first thought",
        "second thought",
    ]


@pytest.mark.django_db
def test_someone_elses_key_makes_their_own_entry_and_reveals_nothing(client, member_client, member, stranger):
    key = str(uuid.uuid4())
    mine = member_client.post("/journal/new/", {"body": "Mira's words", "idempotency_key": key})
    client.force_login(stranger)

    theirs = client.post("/journal/new/", {"body": "Sam's words", "idempotency_key": key})

    assert theirs.status_code == 302 and theirs["Location"] != mine["Location"]
    assert Entry.objects.get(owner=stranger).body == "Sam's words"
    assert Entry.objects.get(owner=member).body == "Mira's words"


@pytest.mark.django_db
def test_an_empty_body_is_refused_and_keeps_the_time_and_the_key(member_client, member):
    key = _form_key(member_client.get("/journal/new/").content)

    refused = member_client.post(
        "/journal/new/", {"body": "", "written_at": "2026-11-28T22:40", "idempotency_key": key}
    )

    page = refused.content.decode()
    assert refused.status_code == 400
    assert "Write a few words first; even one line is enough." in page
    assert 'value="2026-11-28T22:40"' in page
    assert _form_key(refused.content) == key  # so the corrected form, even sent twice, saves once
    assert not Entry.objects.filter(owner=member).exists()

    fixed = {"body": "Just this.", "written_at": "2026-11-28T22:40", "idempotency_key": key}
    member_client.post("/journal/new/", fixed)
    member_client.post("/journal/new/", fixed)
    entry = Entry.objects.get(owner=member)
    assert entry.body == "Just this."
    assert entry.written_at.strftime("%Y-%m-%d %H:%M") == "2026-11-28 22:40"
