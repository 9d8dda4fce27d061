"""The data folder and the secrets generated into it on first run.

Nothing secret is committed or defaulted: on first start each secret is created with
owner-only permissions, atomically, so several workers starting at once agree on one value.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path


def default_data_dir() -> Path:
    """Where a single-person install keeps its database and keys (XDG data home)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "nearer"


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def read_or_create_secret(path: Path, *, nbytes: int = 48) -> str:
    """Return the secret stored at ``path``, creating it (mode 0600) if it is missing.

    The value is written to a temporary file and hard-linked into place, so a concurrent
    reader never sees a half-written file and the first writer wins.
    """
    if path.exists():
        return _read(path)
    write_private_file(path, secrets.token_urlsafe(nbytes), replace=False)
    return _read(path)


def write_private_file(path: Path, text: str, *, replace: bool) -> None:
    """Write ``text`` to ``path`` with mode 0600, atomically and durably.

    With ``replace=False`` an existing file wins (first writer wins, the file is never
    half-written for a reader); with ``replace=True`` the new text takes its place.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        if replace:
            os.replace(tmp, path)
        else:
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _read(path: Path) -> str:
    value = path.read_text(encoding="utf-8").strip()
    if not value:
        raise RuntimeError(f"{path} is empty; delete it to let Nearer create a new one")
    return value
