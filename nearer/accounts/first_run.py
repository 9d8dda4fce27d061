"""The first visit to a fresh install: one setup page creates the owner account.

A one-time setup code is written to the data folder and printed by ``nearer serve``, so a
stranger who reaches a new install before its owner cannot claim it.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from nearer.config.secrets import read_or_create_secret

_owner_known = False


def setup_code_path() -> Path:
    return Path(settings.DATA_DIR) / "setup-code"


def setup_code() -> str:
    """The current one-time setup code, created on first use."""
    return read_or_create_secret(setup_code_path(), nbytes=12)


def setup_code_matches(candidate: str) -> bool:
    path = setup_code_path()
    if not path.exists():
        return False
    return hmac.compare_digest(candidate.strip().encode(), setup_code().encode())


def forget_setup_code() -> None:
    setup_code_path().unlink(missing_ok=True)


def needs_setup() -> bool:
    """True until the first account exists. Cached once false: accounts are never all removed
    by the app, and a cheap check on every request matters more than that corner."""
    global _owner_known
    if _owner_known:
        return False
    if get_user_model().objects.exists():
        _owner_known = True
        return False
    return True


def reset_cache() -> None:
    global _owner_known
    _owner_known = False
