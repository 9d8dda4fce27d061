"""Master keys and members' data keys.

Master keys come from ``NEARER_MASTER_KEYS`` (or ``NEARER_MASTER_KEYS_FILE``), or else from the
file ``master-keys`` in the data folder, created on first use with one key (mode 0600).
Data keys live in the database, wrapped; unwrapped keys are cached only for the length of one
request or command (``key_cache``), never for the life of a process, so an erased member's
key is gone everywhere at once.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from nearer.config.secrets import write_private_file
from nearer.privacy import crypto
from nearer.privacy.models import DataKey

_lock = threading.Lock()
_keyring: crypto.Keyring | None = None
_keyring_stamp: tuple[object, ...] | None = None
_request_cache: contextvars.ContextVar[dict[int, bytes] | None] = contextvars.ContextVar(
    "nearer_data_keys", default=None
)


def master_keys_path() -> Path:
    return Path(settings.DATA_DIR) / "master-keys"


def keys_from_environment() -> bool:
    return bool(settings.MASTER_KEYS)


def _read_keyring() -> crypto.Keyring:
    if keys_from_environment():
        return crypto.parse_keyring(settings.MASTER_KEYS)
    path = master_keys_path()
    if not path.exists():
        _write_keys_file(path, [crypto.MasterKey("mk1", crypto.new_key())], create=True)
    return crypto.parse_keyring(path.read_text(encoding="utf-8"))


def _write_keys_file(path: Path, keys: list[crypto.MasterKey], *, create: bool = False) -> None:
    """Write the key file atomically; on first creation, the first writer wins."""
    body = "# Nearer master keys, oldest first. Keep a copy apart from backups; never commit.\n"
    body += "".join(crypto.format_master_key(k) + "\n" for k in keys)
    write_private_file(path, body, replace=not create)


def _file_stamp() -> tuple[object, ...]:
    """Changes whenever the keys' source or content may have changed."""
    if keys_from_environment():
        return ("env", settings.MASTER_KEYS)
    path = master_keys_path()
    try:
        stat = path.stat()
    except FileNotFoundError:
        return ("file", str(path), None)
    return ("file", str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)


def keyring(*, reload: bool = False) -> crypto.Keyring:
    """The master keys. Re-read when the key file changes, so a running worker picks up a key
    that ``nearer keys rotate`` added in another process."""
    global _keyring, _keyring_stamp
    with _lock:
        stamp = _file_stamp()
        if _keyring is None or reload or stamp != _keyring_stamp:
            _keyring = _read_keyring()
            _keyring_stamp = _file_stamp()
        return _keyring


def _unwrap(wrapped: str, owner_id: int) -> bytes:
    try:
        return crypto.unwrap_key(keyring(), wrapped, owner=owner_id)
    except crypto.KeyringError:
        # Another process may have rotated in a new master key since we loaded ours.
        return crypto.unwrap_key(keyring(reload=True), wrapped, owner=owner_id)


def _stored_wrapped_key(owner_id: int) -> str | None:
    """The member's wrapped data key, or None. Read with one plain statement because this runs on
    every request that reads or writes a member's words, and building the same lookup through the
    ORM cost twenty times the lookup itself (bench/bench_checkin_save.py)."""
    opts = DataKey._meta
    quote = connection.ops.quote_name
    wrapped, owner = (quote(opts.get_field(name).column) for name in ("wrapped", "owner"))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {wrapped} FROM {quote(opts.db_table)} WHERE {owner} = %s", [owner_id])  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else None


def data_key_for(owner_id: int, *, create: bool = False) -> bytes:
    """The member's data key; with ``create``, make one if they have none yet."""
    cache = _request_cache.get()
    if cache is not None and owner_id in cache:
        return cache[owner_id]
    wrapped = _stored_wrapped_key(owner_id)
    if wrapped is None:
        if not create:
            raise crypto.DecryptionError("This member's data key no longer exists: their text cannot be read.")
        wrapped = _create_data_key(owner_id).wrapped
    key = _unwrap(wrapped, owner_id)
    if cache is not None:
        cache[owner_id] = key
    return key


def _create_data_key(owner_id: int) -> DataKey:
    ring = keyring()
    wrapped = crypto.wrap_key(ring, crypto.new_key(), owner=owner_id)
    try:
        with transaction.atomic():
            return DataKey.objects.create(owner_id=owner_id, wrapped=wrapped, master_key_id=ring.newest.id)
    except IntegrityError:
        # Two requests for a new member at once: keep the one that won.
        return DataKey.objects.get(owner_id=owner_id)


def destroy_data_key(owner_id: int) -> bool:
    """Delete the member's data key. Whatever was sealed with it can never be read again."""
    cache = _request_cache.get()
    if cache is not None:
        cache.pop(owner_id, None)
    deleted, _ = DataKey.objects.filter(owner_id=owner_id).delete()
    return bool(deleted)


@contextlib.contextmanager
def key_cache() -> Iterator[None]:
    """Cache unwrapped data keys for one request or command, then forget them."""
    token = _request_cache.set({})
    try:
        yield
    finally:
        _request_cache.reset(token)


class KeyCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with key_cache():
            return self.get_response(request)


@dataclass(frozen=True)
class RotationReport:
    new_master_key: str
    added: bool
    rewrapped: int
    already_current: int


def rotate(*, add_key: bool = True) -> RotationReport:
    """Re-wrap every data key under the newest master key, adding a new one first if the keys
    are kept in the data folder. Old master keys stay until nothing uses them, so a worker that
    has not seen the new key yet still reads everything. Members' text is never touched."""
    added = False
    if add_key and not keys_from_environment():
        current = keyring(reload=True)
        next_id = f"mk{1 + max((int(k.id[2:]) for k in current.keys if k.id[2:].isdigit()), default=0)}"
        _write_keys_file(master_keys_path(), [*current.keys, crypto.MasterKey(next_id, crypto.new_key())])
        added = True
    ring = keyring(reload=True)
    newest = ring.newest.id
    rewrapped = 0
    stale = DataKey.objects.exclude(master_key_id=newest).values_list("owner_id", flat=True)
    for owner_id in list(stale):
        with transaction.atomic():
            row = DataKey.objects.select_for_update().filter(owner_id=owner_id).first()
            if row is None or row.master_key_id == newest:  # erased or rotated meanwhile
                continue
            data_key = crypto.unwrap_key(ring, row.wrapped, owner=row.owner_id)
            row.wrapped = crypto.wrap_key(ring, data_key, owner=row.owner_id)
            row.master_key_id = newest
            row.rewrapped_at = timezone.now()
            row.save(update_fields=["wrapped", "master_key_id", "rewrapped_at"])
            rewrapped += 1
    current_count = DataKey.objects.filter(master_key_id=newest).count() - rewrapped
    return RotationReport(new_master_key=newest, added=added, rewrapped=rewrapped, already_current=current_count)


def retire_unused_master_keys() -> list[str]:
    """Drop master keys from the data-folder file that no data key uses any more."""
    if keys_from_environment():
        raise crypto.KeyringError("Master keys come from NEARER_MASTER_KEYS; remove old ones there.")
    ring = keyring(reload=True)
    used = set(DataKey.objects.values_list("master_key_id", flat=True).distinct())
    keep = [k for k in ring.keys if k.id in used or k.id == ring.newest.id]
    dropped = [k.id for k in ring.keys if k not in keep]
    if dropped:
        _write_keys_file(master_keys_path(), keep)
        keyring(reload=True)
    return dropped
