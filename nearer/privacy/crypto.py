"""Envelope encryption for members' free text: AES-256-GCM, no Django.

Each member has a random 256-bit *data key*. Their text is sealed with it; the data key itself
is stored *wrapped* (sealed) by a *master key* that never enters the database. Destroying the
wrapped data key makes everything that member wrote unreadable (crypto-shredding), and a new
master key can re-wrap every data key without touching the text ("rotation").

Associated data binds each ciphertext to where it belongs: table, column, row and owner. A
ciphertext copied to another row, column or member fails to decrypt instead of showing someone
the wrong words. Every failure raises ``DecryptionError``; nothing here ever hands back
ciphertext as though it were text.

Formats (all ASCII so they fit a text column on SQLite and PostgreSQL):

    sealed text:      "nc1." + base64url(nonce[12] || ciphertext+tag)
    wrapped data key: "nk1." + master_key_id + "." + base64url(nonce[12] || ciphertext+tag)
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
TEXT_PREFIX = "nc1."
WRAP_PREFIX = "nk1."
_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


class CryptoError(Exception):
    """Base class: something about keys or ciphertext is wrong. Never shows plaintext."""


class DecryptionError(CryptoError):
    """The ciphertext, its key or its associated data do not match: refuse to show anything."""


class KeyringError(CryptoError):
    """The master keys are missing or malformed."""


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise DecryptionError("The stored value is not valid ciphertext.") from exc


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def associated_data(*, table: str, column: str, row: object, owner: object) -> bytes:
    """What a sealed value is bound to. Any difference on decryption fails it."""
    return f"nearer|{table}|{column}|{row}|{owner}".encode()


def seal(key: bytes, plaintext: str, aad: bytes) -> str:
    nonce = os.urandom(NONCE_BYTES)
    return TEXT_PREFIX + _b64e(nonce + AESGCM(key).encrypt(nonce, plaintext.encode("utf-8"), aad))


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(TEXT_PREFIX)


def unseal(key: bytes, token: str, aad: bytes) -> str:
    if not is_sealed(token):
        raise DecryptionError("The stored value is not sealed ciphertext; refusing to show it as text.")
    raw = _b64d(token[len(TEXT_PREFIX) :])
    if len(raw) < NONCE_BYTES + 16:
        raise DecryptionError("The stored ciphertext is truncated.")
    try:
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise DecryptionError(
            "This value does not decrypt with its owner's key at this place: it was altered, "
            "copied from elsewhere, or its key was destroyed."
        ) from exc
    return plain.decode("utf-8")


@dataclass(frozen=True)
class MasterKey:
    id: str
    key: bytes

    def __post_init__(self) -> None:
        if not _KEY_ID.match(self.id):
            raise KeyringError(f"Master key id {self.id!r} must be 1-32 letters, digits, - or _.")
        if len(self.key) != KEY_BYTES:
            raise KeyringError(f"Master key {self.id!r} must be {KEY_BYTES} bytes, not {len(self.key)}.")

    def __repr__(self) -> str:  # never print key material
        return f"MasterKey(id={self.id!r})"


class Keyring:
    """The configured master keys, oldest first. New wraps use the newest (last)."""

    def __init__(self, keys: Iterable[MasterKey]):
        self.keys = list(keys)
        if not self.keys:
            raise KeyringError("No master key is configured.")
        ids = [k.id for k in self.keys]
        if len(set(ids)) != len(ids):
            raise KeyringError("Two master keys share an id.")
        self._by_id = {k.id: k for k in self.keys}

    @property
    def newest(self) -> MasterKey:
        return self.keys[-1]

    def get(self, key_id: str) -> MasterKey | None:
        return self._by_id.get(key_id)

    def __contains__(self, key_id: str) -> bool:
        return key_id in self._by_id


def parse_keyring(text: str) -> Keyring:
    """Parse ``id:base64key`` entries separated by commas or newlines (``#`` starts a comment)."""
    keys = []
    entries = [e for line in text.splitlines() for e in line.split("#", 1)[0].split(",")]
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        key_id, sep, encoded = entry.partition(":")
        if not sep:
            raise KeyringError("Each master key must be written as id:base64key.")
        try:
            material = base64.urlsafe_b64decode(encoded.strip() + "=" * (-len(encoded.strip()) % 4))
        except (binascii.Error, ValueError) as exc:
            raise KeyringError(f"Master key {key_id.strip()!r} is not valid base64.") from exc
        keys.append(MasterKey(key_id.strip(), material))
    return Keyring(keys)


def format_master_key(key: MasterKey) -> str:
    return f"{key.id}:{_b64e(key.key)}"


def _wrap_aad(owner: object) -> bytes:
    return f"nearer|data-key|{owner}".encode()


def wrap_key(keyring: Keyring, data_key: bytes, *, owner: object) -> str:
    master = keyring.newest
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(master.key).encrypt(nonce, data_key, _wrap_aad(owner))
    return f"{WRAP_PREFIX}{master.id}.{_b64e(nonce + sealed)}"


def wrapped_with(wrapped: str) -> str:
    """The id of the master key that wrapped this data key."""
    if not wrapped.startswith(WRAP_PREFIX) or wrapped.count(".") != 2:
        raise DecryptionError("The stored data key is malformed.")
    return wrapped.split(".")[1]


def unwrap_key(keyring: Keyring, wrapped: str, *, owner: object) -> bytes:
    master = keyring.get(wrapped_with(wrapped))
    if master is None:
        raise KeyringError(
            f"The data key was wrapped with master key {wrapped_with(wrapped)!r}, which is not configured."
        )
    raw = _b64d(wrapped.split(".")[2])
    try:
        return AESGCM(master.key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _wrap_aad(owner))
    except InvalidTag as exc:
        raise DecryptionError("The stored data key does not unwrap for this member.") from exc


def derive_key(master: MasterKey, purpose: str) -> bytes:
    """A separate key for another job (backups), so one key never serves two purposes."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=f"nearer|{purpose}".encode()).derive(
        master.key
    )
