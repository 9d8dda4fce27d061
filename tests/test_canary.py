"""A canary phrase written through the app is nowhere at rest in plain text.

The real server (gunicorn, logging at DEBUG) on a throwaway install: Mira writes journal
entries carrying unique canary phrases (a plain one, an edited one, a refused one, a screened
one), and then no byte of any phrase, in UTF-8 or UTF-16, may be found in the data folder
(the SQLite database, its WAL and shared-memory files, keys, everything), in a backup taken
while the server runs (sealed, and opened again), or in the server's output. With
NEARER_DATABASE_URL set, the database is a fresh PostgreSQL one and is read through SQL and a
plain-text dump instead of files.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from bench._server import Browser, Install, Server, entry_id_from
from nearer.privacy import backup, crypto

POSTGRES = os.environ.get("NEARER_DATABASE_URL") or None
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def canary() -> str:
    return f"canary-{uuid.uuid4().hex}"


def holders(phrases: list[str], blobs: dict[str, bytes]) -> list[str]:
    """'phrase in name (encoding)' for every blob holding a phrase in any encoding."""
    return [
        f"{phrase} in {name} ({encoding})"
        for name, blob in blobs.items()
        for phrase in phrases
        for encoding in ENCODINGS
        if phrase.encode(encoding) in blob
    ]


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def opened_backup(path: Path, data_dir: Path) -> bytes:
    """The snapshot inside a backup, decrypted with the install's master key."""
    header = backup.read_header(path)
    ring = crypto.parse_keyring((data_dir / "master-keys").read_text(encoding="utf-8"))
    key = crypto.derive_key(ring.get(header["master_key_id"]), "backup")
    plain = io.BytesIO()
    with open(path, "rb") as source:
        header_line = source.readline().rstrip(b"\n")
        backup._open_stream(source, plain, header_line, key)
    return plain.getvalue()


def _run(*command: str) -> bytes:
    # PostgreSQL's own client tools, as `nearer backup` uses them.
    return subprocess.run(command, capture_output=True, check=True).stdout  # noqa: S603


def postgres_as_text(url: str) -> bytes:
    return _run("pg_dump", "--format=plain", "--dbname", url)


def dump_as_text(custom_format_dump: bytes, folder: Path) -> bytes:
    """pg_dump's custom format is compressed: turn it back into SQL text before searching."""
    archive = folder / "snapshot.dump"
    archive.write_bytes(custom_format_dump)
    try:
        return _run("pg_restore", "--file", "-", str(archive))
    finally:
        archive.unlink()


@pytest.fixture
def site():
    install = Install.create(postgres_url=POSTGRES)
    server = Server(install, extra_env={"NEARER_LOG_LEVEL": "DEBUG"})
    server.start()
    yield install, server
    server.kill()
    install.destroy()


def test_the_search_finds_a_phrase_in_any_of_its_encodings():
    phrase = canary()
    assert holders([phrase], {"a": b"x" + phrase.encode("utf-16-le") + b"y"}) == [f"{phrase} in a (utf-16-le)"]
    assert holders([phrase], {"a": b"nothing here"}) == []


def test_a_canary_written_through_the_app_is_nowhere_in_plain_text(site):
    install, server = site
    written, edited, refused, screened = canary(), canary(), canary(), canary()
    phrases = [written, edited, refused, screened]
    mira = Browser(server.base)
    mira.login()

    # Written, then edited: the owner reads her words back, so something really was stored.
    entry_id = entry_id_from(mira.write_entry(f"After dinner I went quiet again. {written}", key=uuid.uuid4()))
    assert entry_id and written in mira.get(f"/journal/{entry_id}/").text
    assert mira.edit_entry(entry_id, f"I said what I felt instead. {edited}").status == 302
    assert edited in mira.get(f"/journal/{entry_id}/").text
    # Refused (a time in the future): the text stays on the page and is stored nowhere.
    kept = mira.write_entry(f"Tomorrow, maybe. {refused}", key=uuid.uuid4(), written_at="2999-01-01T09:00")
    assert kept.status == 400 and refused in kept.text
    # Screened for risk and met with support: still saved, still sealed.
    support = mira.write_entry(f"Everyone would be better off without me. {screened}", key=uuid.uuid4())
    assert support.status == 200 and 'role="alert"' in support.text
    assert screened in mira.get("/journal/").text

    # The database, read while the server runs.
    bodies = [row[0] for row in install.query("SELECT body FROM journal_entry")]
    assert len(bodies) == 2 and all(crypto.is_sealed(b) for b in bodies)
    assert not holders(phrases, {"journal_entry.body": "\n".join(bodies).encode()})
    data_files = files_under(install.data_dir)
    if install.engine == "sqlite":
        assert {"nearer.sqlite3", "nearer.sqlite3-wal", "nearer.sqlite3-shm"} <= set(data_files)
        assert len(data_files["nearer.sqlite3-wal"]) > 0  # the latest writes are in the WAL now
    else:
        data_files["pg_dump of the database"] = postgres_as_text(install.database_url)
    assert not holders(phrases, data_files)

    # A backup taken while the server runs: neither the sealed file nor the snapshot inside it.
    backup_path = install.root / "while-running.nearer-backup"
    made = install.nearer("backup", "--out", str(backup_path))
    snapshot = opened_backup(backup_path, install.data_dir)
    if install.engine == "postgresql":
        snapshot = dump_as_text(snapshot, install.root)
    assert b"journal_entry" in snapshot  # the snapshot really is the database
    assert not holders(phrases, {"backup file": backup_path.read_bytes(), "snapshot in the backup": snapshot})

    # After a clean stop the WAL is folded into the database file: look again.
    server.stop()
    assert not holders(phrases, files_under(install.data_dir))

    # The server's output (DEBUG) and the backup command's.
    logs = server.logs()
    assert "Nearer is running at" in logs
    assert not holders(
        phrases,
        {"server output": logs.encode(), "backup output": (made.stdout + made.stderr).encode()},
    )


def test_the_export_does_hold_the_words_so_the_search_is_not_blind(site):
    install, server = site
    phrase = canary()
    mira = Browser(server.base)
    mira.login()
    assert entry_id_from(mira.write_entry(f"Kept for me. {phrase}", key=uuid.uuid4()))
    out = install.root / "export.json"

    install.nearer("export", "--email", "member@bench.invalid", "--out", str(out))

    assert holders([phrase], {"export": out.read_bytes()}) == [f"{phrase} in export (utf-8)"]
    assert json.loads(out.read_text())["sections"]["journal"]["entries"][0]["body"] == f"Kept for me. {phrase}"
