"""Encrypted, consistent snapshots of the whole database, taken while the site runs.

SQLite is copied with its online backup API (a consistent snapshot even mid-write);
PostgreSQL with ``pg_dump --format=custom``. The snapshot is then sealed in 1 MiB chunks with
AES-256-GCM under a key derived from the newest master key, so a backup file alone reveals
nothing, and restoring it needs the install's ``master-keys`` (keep a copy apart from backups).

File layout: one line of JSON header, then chunks of ``length(4) || nonce(12) || ciphertext``.
Each chunk's associated data is the header, its index and whether it is the last, so chunks
cannot be reordered, dropped or cut off without the restore noticing.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.db import connection, connections
from django.utils import timezone

from nearer.privacy import crypto, keys

MAGIC = "nearer-backup"
VERSION = 1
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why and what to do."""


@dataclass(frozen=True)
class BackupInfo:
    engine: str
    created_at: str
    master_key_id: str
    bytes_in: int


def _engine() -> str:
    vendor = connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def _chunk_aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def _seal_stream(source: BinaryIO, out: BinaryIO, header: bytes, key: bytes) -> int:
    aead = AESGCM(key)
    out.write(header + b"\n")
    total = index = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if chunk else b""
        last = not following
        nonce = os.urandom(12)
        sealed = aead.encrypt(nonce, chunk, _chunk_aad(header, index, last))
        out.write(struct.pack(">I", len(sealed)) + nonce + sealed)
        total += len(chunk)
        index += 1
        if last:
            return total
        chunk = following


def _open_stream(source: BinaryIO, out: BinaryIO, header: bytes, key: bytes) -> None:
    aead = AESGCM(key)
    index = 0
    while True:
        size_raw = source.read(4)
        if len(size_raw) < 4:
            raise BackupError("The backup file is cut short: its last part is missing.")
        (size,) = struct.unpack(">I", size_raw)
        nonce = source.read(12)
        sealed = source.read(size)
        if len(nonce) < 12 or len(sealed) < size:
            raise BackupError("The backup file is cut short.")
        for last in (False, True):
            try:
                plain = aead.decrypt(nonce, sealed, _chunk_aad(header, index, last))
            except InvalidTag:
                continue
            break
        else:
            raise BackupError(f"Part {index} of the backup does not decrypt: the file was altered or the key is wrong.")
        out.write(plain)
        index += 1
        if last:
            if source.read(1):
                raise BackupError("The backup file has data after its last part.")
            return


@contextlib.contextmanager
def _private_tempfile(suffix: str) -> Iterator[Path]:
    """A temp file beside the data (same disk, owner-only), removed afterwards."""
    fd, name = tempfile.mkstemp(dir=settings.DATA_DIR, prefix=".backup-", suffix=suffix)
    os.close(fd)
    os.chmod(name, 0o600)
    path = Path(name)
    try:
        yield path
    finally:
        for extra in (path, Path(f"{name}-wal"), Path(f"{name}-shm"), Path(f"{name}-journal")):
            with contextlib.suppress(FileNotFoundError):
                extra.unlink()


def _pg_env_args() -> tuple[dict[str, str], list[str]]:
    db = settings.DATABASES["default"]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args = ["--dbname", str(db["NAME"])]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    return env, args


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise BackupError(f"{tool} is not installed; PostgreSQL backups need the PostgreSQL client tools.")
    return path


def create_backup(out_path: Path) -> BackupInfo:
    """Write an encrypted snapshot of the database to ``out_path`` (atomically)."""
    engine = _engine()
    ring = keys.keyring()
    master = ring.newest
    header_fields = {
        "format": MAGIC,
        "version": VERSION,
        "engine": engine,
        "created_at": timezone.now().isoformat(),
        "master_key_id": master.id,
    }
    header = json.dumps(header_fields, sort_keys=True).encode()
    key = crypto.derive_key(master, "backup")
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")
    with _private_tempfile(".snapshot") as snapshot:
        if engine == "sqlite":
            source = sqlite3.connect(str(settings.DATABASES["default"]["NAME"]))
            target = sqlite3.connect(str(snapshot))
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        else:
            env, args = _pg_env_args()
            with open(snapshot, "wb") as handle:
                result = subprocess.run(
                    [_need("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", *args],
                    stdout=handle,
                    stderr=subprocess.PIPE,
                    env=env,
                    check=False,
                )
            if result.returncode:
                raise BackupError(f"pg_dump failed: {result.stderr.decode(errors='replace').strip()}")
        with open(snapshot, "rb") as src, open(partial, "wb") as dst:
            total = _seal_stream(src, dst, header, key)
            dst.flush()
            os.fsync(dst.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, out_path)
    return BackupInfo(engine=engine, created_at=header_fields["created_at"], master_key_id=master.id, bytes_in=total)


def read_header(path: Path) -> dict:
    with open(path, "rb") as handle:
        line = handle.readline(4096)
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise BackupError("This is not a Nearer backup file.") from exc
    if header.get("format") != MAGIC:
        raise BackupError("This is not a Nearer backup file.")
    if header.get("version") != VERSION:
        raise BackupError(f"This backup is version {header.get('version')}; this install reads version {VERSION}.")
    return header


def check_restorable(path: Path) -> tuple[dict, crypto.MasterKey]:
    """The backup's header and master key, or a BackupError saying why it cannot be restored here."""
    header = read_header(Path(path))
    engine = _engine()
    if header["engine"] != engine:
        raise BackupError(f"This backup is of a {header['engine']} database; this install uses {engine}.")
    master = keys.keyring(reload=True).get(header["master_key_id"])
    if master is None:
        raise BackupError(
            f"This backup was sealed with master key {header['master_key_id']!r}, which this install does not have. "
            "Put that key back into master-keys (or NEARER_MASTER_KEYS) and try again."
        )
    return header, master


def restore_backup(path: Path) -> BackupInfo:
    """Replace the current database with the snapshot in ``path``. Everything written since the
    backup is replaced (``nearer restore`` saves a copy first); stop the site while it runs."""
    path = Path(path)
    header, master = check_restorable(path)
    engine = header["engine"]
    key = crypto.derive_key(master, "backup")
    with _private_tempfile(".restore") as snapshot:
        with open(path, "rb") as src, open(snapshot, "wb") as dst:
            header_line = src.readline(4096).rstrip(b"\n")
            _open_stream(src, dst, header_line, key)
        connections.close_all()
        if engine == "sqlite":
            restored = sqlite3.connect(str(snapshot))
            try:
                status = restored.execute("PRAGMA integrity_check").fetchone()[0]
                if status != "ok":
                    raise BackupError(f"The restored database failed its integrity check: {status}")
                live = sqlite3.connect(str(settings.DATABASES["default"]["NAME"]), timeout=30)
                try:
                    restored.backup(live)
                finally:
                    live.close()
            finally:
                restored.close()
        else:
            env, args = _pg_env_args()
            result = subprocess.run(
                [
                    _need("pg_restore"),
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    *args,
                    str(snapshot),
                ],
                capture_output=True,
                env=env,
                check=False,
            )
            if result.returncode:
                raise BackupError(f"pg_restore failed: {result.stderr.decode(errors='replace').strip()}")
    return BackupInfo(
        engine=engine,
        created_at=header["created_at"],
        master_key_id=header["master_key_id"],
        bytes_in=path.stat().st_size,
    )
