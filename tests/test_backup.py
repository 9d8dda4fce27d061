"""`nearer backup` and `nearer restore`, run as an operator runs them, on a throwaway install.

Backups are taken while the real server and another process are writing, and must still be
consistent snapshots; a restore brings back what was deleted since and first keeps a copy of
what it replaces; a tampered, cut or foreign backup, or one whose master key is gone, is
refused with a clear message and the live database is left exactly as it was. SQLite by
default; a fresh PostgreSQL database per test when NEARER_DATABASE_URL is set (pg_dump and
pg_restore), plus the cross-engine refusal that needs both.
"""

from __future__ import annotations

import io
import json
import os
import stat
import struct
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bench._server import MEMBER_EMAIL, Browser, Install, Server, entry_id_from
from nearer.privacy import backup

POSTGRES = os.environ.get("NEARER_DATABASE_URL") or None

ENTRIES = """
import json
from nearer.journal.models import Entry
from nearer.privacy import keys
with keys.key_cache():
    print(json.dumps({str(e.pk): e.body for e in Entry.objects.all()}))
"""

# What "the live database is unchanged" compares: raw rows, ciphertext and all.
TABLES = {
    "accounts_user": "id, email, password",
    "journal_entry": "id, owner_id, body, written_at, idempotency_key",
    "privacy_datakey": "owner_id, wrapped, master_key_id",
    "privacy_accessevent": "id, digest",
    "privacy_accessloghead": "id, count, last_digest",
}


def entries(install: Install) -> dict[str, str]:
    """Every journal entry, decrypted: id -> text."""
    return json.loads(install.shell(ENTRIES).strip().splitlines()[-1])


def write(install: Install, *texts: str) -> list[str]:
    code = (
        "import json\n"
        "from nearer.accounts.models import User\n"
        "from nearer.journal.services import write_entry\n"
        f"member = User.objects.get(email={MEMBER_EMAIL!r})\n"
        f"made = [write_entry(member=member, body=t).entry for t in {list(texts)!r}]\n"
        "print(json.dumps([str(e.pk) for e in made]))\n"
    )
    return json.loads(install.shell(code).strip().splitlines()[-1])


def delete(install: Install, entry_id: str) -> None:
    install.shell(
        "from nearer.journal.models import Entry\n"
        "from nearer.journal.services import delete_entry\n"
        f"delete_entry(entry=Entry.objects.get(pk={entry_id!r}))\n"
    )


def rows(install: Install) -> dict[str, list[str]]:
    found = {}
    for table, columns in TABLES.items():
        found[table] = sorted(map(str, install.query(f"SELECT {columns} FROM {table}")))  # noqa: S608
    return found


def refused(install: Install, backup_file: Path) -> str:
    """Run `nearer restore` expecting a refusal; its message."""
    result = install.nearer("restore", str(backup_file), check=False)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def template():
    made = Install.create(postgres_url=POSTGRES)
    yield made
    made.destroy()


@pytest.fixture
def install(template):
    copy = template.clone()
    yield copy
    copy.destroy()


# --- Consistent while the site runs ---------------------------------------------------------------

ACCESS_LOG_WRITER = """
import time
from pathlib import Path
from nearer.accounts.models import User
from nearer.privacy import audit
member = User.objects.get(email={email!r})
operator = audit.Actor.operator("backup test")
Path({ready!r}).touch()
end = time.monotonic() + 30
while time.monotonic() < end and not Path({done!r}).exists():
    audit.record_access(actor=operator, member_id=member.pk, what="a test read", why="backup test")
"""

# What a restored snapshot holds: the access log's verdict and size, and the entries, decrypted.
RESTORED = """
import json
from nearer.journal.models import Entry
from nearer.privacy import audit, keys
from nearer.privacy.models import AccessEvent
with keys.key_cache():
    print(json.dumps({
        "problems": [str(p) for p in audit.verify_chain()],
        "events": AccessEvent.objects.count(),
        "entries": {str(e.pk): e.body for e in Entry.objects.all()},
    }))
"""


def test_backups_taken_while_two_processes_write_are_consistent_snapshots(install):
    server = Server(install)
    server.start()
    mira = Browser(server.base)
    mira.login()
    acknowledged: list[tuple[float, str, str]] = []  # (when, entry id, text)
    stop = threading.Event()

    def journal_writer() -> None:
        n = 0
        while not stop.is_set():
            text = f"written during a backup, {n}"
            entry_id = entry_id_from(mira.write_entry(text, key=uuid.uuid4()))
            if entry_id:
                acknowledged.append((time.monotonic(), entry_id, text))
            n += 1

    # Another process appends to the access log: each append changes two tables at once, and
    # `nearer audit verify` fails on a snapshot that caught one without the other.
    ready, done = install.root / "writer-ready", install.root / "writer-done"
    log_writer = install.popen(
        "manage",
        "shell",
        "--no-imports",
        "--verbosity",
        "0",
        "-c",
        ACCESS_LOG_WRITER.format(email=MEMBER_EMAIL, ready=str(ready), done=str(done)),
    )
    writer = threading.Thread(target=journal_writer)
    writer.start()
    try:
        deadline = time.monotonic() + 20
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        snapshots = []
        for i in range(2):
            began = time.monotonic()
            path = install.root / f"during-{i}.nearer-backup"
            install.nearer("backup", "--out", str(path))
            snapshots.append((path, began, time.monotonic()))
    finally:
        stop.set()
        done.touch()
        writer.join(timeout=30)
        log_writer.wait(timeout=30)
        server.stop()
    assert log_writer.returncode == 0, log_writer.stderr.read()
    written = {entry_id: text for _, entry_id, text in acknowledged}

    for path, began, ended in snapshots:
        install.nearer("restore", str(path))

        snapshot = json.loads(install.shell(RESTORED).strip().splitlines()[-1])
        assert snapshot["problems"] == []  # `nearer audit verify` would pass
        assert snapshot["events"] > 0  # the log writer was busy while this snapshot was taken
        restored = snapshot["entries"]
        assert restored  # and so was Mira
        assert {i for when, i, _ in acknowledged if when < began} <= set(restored)
        assert {i for when, i, _ in acknowledged if when > ended + 1}.isdisjoint(restored)
        # Each entry decrypts to the words that were sent.
        assert all(written.get(i, text) == text for i, text in restored.items())


# --- Restore --------------------------------------------------------------------------------------


def test_restore_brings_back_what_was_deleted_and_keeps_what_it_replaced(install):
    kept, deleted = write(install, "I told her I was scared.", "I stayed instead of leaving.")
    snapshot = install.root / "snapshot.nearer-backup"
    install.nearer("backup", "--out", str(snapshot))
    delete(install, deleted)
    (later,) = write(install, "Written after the backup.")

    done = install.nearer("restore", str(snapshot))

    assert entries(install) == {
        kept: "I told her I was scared.",
        deleted: "I stayed instead of leaving.",
    }
    (safety_copy,) = (install.data_dir / "backups").glob("before-restore-*.nearer-backup")
    assert str(safety_copy) in done.stdout
    assert stat.S_IMODE(snapshot.stat().st_mode) == 0o600 and stat.S_IMODE(safety_copy.stat().st_mode) == 0o600

    # The copy it kept is the database as it was just before: restoring it undoes the restore.
    install.nearer("restore", str(safety_copy))

    assert entries(install) == {
        kept: "I told her I was scared.",
        later: "Written after the backup.",
    }
    assert len(list((install.data_dir / "backups").glob("before-restore-*.nearer-backup"))) == 2


def test_a_restore_never_overwrites_an_earlier_safety_copy(install):
    snapshot = install.root / "snapshot.nearer-backup"
    install.nearer("backup", "--out", str(snapshot))
    folder = install.data_dir / "backups"
    folder.mkdir()
    # Copies named for each of the next seconds, as earlier restores in those seconds would be.
    now = datetime.now(UTC)
    earlier = [
        folder / f"before-restore-{now + timedelta(seconds=s):%Y%m%dT%H%M%S}.nearer-backup" for s in range(-1, 10)
    ]
    for path in earlier:
        path.write_bytes(b"an earlier safety copy")

    install.nearer("restore", str(snapshot))

    assert all(path.read_bytes() == b"an earlier safety copy" for path in earlier)
    assert len(list(folder.iterdir())) == len(earlier) + 1


def test_restore_without_the_backups_master_key_names_the_key_and_changes_nothing(install):
    write(install, "Sealed under the first master key.")
    snapshot = install.root / "snapshot.nearer-backup"
    install.nearer("backup", "--out", str(snapshot))
    old_keys = (install.data_dir / "master-keys").read_text()
    install.nearer("keys", "rotate")
    install.nearer("keys", "retire")  # mk1 wraps nothing any more, so it goes
    before = rows(install)

    message = refused(install, snapshot)

    assert "master key 'mk1'" in message and "master-keys" in message
    assert rows(install) == before

    # Putting the key back, as the message says, makes the backup restorable again.
    (install.data_dir / "master-keys").write_text(old_keys + (install.data_dir / "master-keys").read_text())
    install.nearer("restore", str(snapshot))
    assert list(entries(install).values()) == ["Sealed under the first master key."]


@pytest.mark.skipif(not POSTGRES, reason="needs NEARER_DATABASE_URL for the PostgreSQL side")
def test_a_backup_only_restores_into_the_same_kind_of_database(install):
    other = Install.create(postgres_url=None if install.engine == "postgresql" else POSTGRES)
    try:
        for source, target in [(install, other), (other, install)]:
            snapshot = source.root / f"{source.engine}.nearer-backup"
            source.nearer("backup", "--out", str(snapshot))
            before = rows(target)

            message = refused(target, snapshot)

            assert f"This backup is of a {source.engine} database; this install uses {target.engine}." in message
            assert rows(target) == before
    finally:
        other.destroy()


# --- Tampering ------------------------------------------------------------------------------------


def chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    """A backup file as its header line and its sealed parts (length, nonce, ciphertext)."""
    header, _, rest = blob.partition(b"\n")
    parts = []
    while rest:
        (size,) = struct.unpack(">I", rest[:4])
        parts.append(rest[: 16 + size])
        rest = rest[16 + size :]
    return header, parts


def join(header: bytes, parts: list[bytes]) -> bytes:
    return header + b"\n" + b"".join(parts)


def flip_a_byte(blob: bytes) -> bytes:
    header, parts = chunks(blob)
    middle = bytearray(parts[1])
    middle[len(middle) // 2] ^= 0x01
    return join(header, [parts[0], bytes(middle), *parts[2:]])


def swap_two_parts(blob: bytes) -> bytes:
    header, parts = chunks(blob)
    return join(header, [parts[1], parts[0], *parts[2:]])


def drop_the_last_part(blob: bytes) -> bytes:
    header, parts = chunks(blob)
    return join(header, parts[:-1])


def cut_mid_part(blob: bytes) -> bytes:
    _, parts = chunks(blob)
    return blob[: len(blob) - len(parts[-1]) // 2]


def add_trailing_bytes(blob: bytes) -> bytes:
    return blob + b"\x00" * 32


def edit_the_header(blob: bytes) -> bytes:
    header, parts = chunks(blob)
    fields = json.loads(header)
    fields["created_at"] = "2020-01-01T00:00:00+00:00"
    return join(json.dumps(fields, sort_keys=True).encode(), parts)


TAMPERINGS = {
    flip_a_byte: "Part 1 of the backup does not decrypt: the file was altered or the key is wrong.",
    swap_two_parts: "Part 0 of the backup does not decrypt",
    drop_the_last_part: "The backup file is cut short: its last part is missing.",
    cut_mid_part: "The backup file is cut short.",
    add_trailing_bytes: "The backup file has data after its last part.",
    edit_the_header: "Part 0 of the backup does not decrypt",
}


@pytest.fixture(scope="module")
def big_backup(template):
    """An install whose backup spans several 1 MiB parts, and that backup's bytes."""
    big = template.clone()
    # Random text does not compress; about 3 MiB of it in 150 entries.
    big.shell(
        "import secrets\n"
        "from nearer.accounts.models import User\n"
        "from nearer.journal.services import write_entry\n"
        f"member = User.objects.get(email={MEMBER_EMAIL!r})\n"
        "for _ in range(150): write_entry(member=member, body=secrets.token_urlsafe(15000))\n"
    )
    path = big.root / "big.nearer-backup"
    big.nearer("backup", "--out", str(path))
    blob = path.read_bytes()
    assert len(chunks(blob)[1]) >= 3
    yield big, blob
    big.destroy()


@pytest.mark.parametrize("tamper", TAMPERINGS, ids=lambda t: t.__name__)
def test_a_tampered_backup_is_refused_and_the_live_database_is_untouched(big_backup, tamper):
    big, blob = big_backup
    tampered = big.root / f"{tamper.__name__}.nearer-backup"
    tampered.write_bytes(tamper(blob))
    before = rows(big)

    message = refused(big, tampered)

    assert TAMPERINGS[tamper] in message
    assert rows(big) == before


def test_a_file_that_is_no_backup_at_all_is_refused_by_name(install):
    stray = install.root / "notes.txt"
    stray.write_text("just some notes\n")

    assert "This is not a Nearer backup file." in refused(install, stray)
    assert not (install.data_dir / "backups").exists() or not any((install.data_dir / "backups").iterdir())


# --- The sealed stream itself, in small parts (no database) ---------------------------------------


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(backup, "CHUNK", 64)
    key = os.urandom(32)
    header = b'{"format": "nearer-backup"}'
    plain = os.urandom(64 * 5 + 7)
    sealed = io.BytesIO()
    backup._seal_stream(io.BytesIO(plain), sealed, header, key)
    return key, header, plain, sealed.getvalue()


def _open(key: bytes, blob: bytes) -> bytes:
    header, _, rest = blob.partition(b"\n")
    out = io.BytesIO()
    backup._open_stream(io.BytesIO(rest), out, header, key)
    return out.getvalue()


def test_an_intact_stream_opens_to_the_same_bytes(small_parts):
    key, _, plain, blob = small_parts
    assert _open(key, blob) == plain
    assert len(chunks(blob)[1]) == 6


def test_an_empty_snapshot_still_seals_and_opens():
    key = os.urandom(32)
    sealed = io.BytesIO()
    backup._seal_stream(io.BytesIO(b""), sealed, b"{}", key)
    assert _open(key, sealed.getvalue()) == b""


@pytest.mark.parametrize("tamper", TAMPERINGS, ids=lambda t: t.__name__)
def test_every_tampering_of_a_stream_raises_backup_error(small_parts, tamper):
    key, _, _, blob = small_parts
    with pytest.raises(backup.BackupError):
        _open(key, tamper(blob))


def test_a_stream_opened_with_another_key_raises_backup_error(small_parts):
    _, _, _, blob = small_parts
    with pytest.raises(backup.BackupError, match="the key is wrong"):
        _open(os.urandom(32), blob)
