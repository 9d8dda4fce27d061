"""Tiny helpers that read ``NEARER_*`` settings from the environment.

Every helper records the variable it read in ``DOCUMENTED`` so a test can check that
the README documents each one. A value may also come from a file named by
``NEARER_<NAME>_FILE`` (for secrets mounted by an orchestrator); the file wins.
"""

from __future__ import annotations

import os
from pathlib import Path

PREFIX = "NEARER_"

#: Every variable name (without prefix) that settings asked for, in order.
DOCUMENTED: dict[str, str] = {}


class ConfigError(Exception):
    """A setting is present but unusable; raised at start-up so a bad deploy fails fast."""


def _raw(name: str, kind: str) -> str | None:
    DOCUMENTED.setdefault(name, kind)
    file_var = f"{PREFIX}{name}_FILE"
    path = os.environ.get(file_var)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{file_var} points at {path!r}, which cannot be read: {exc}") from exc
    return os.environ.get(f"{PREFIX}{name}")


def env_str(name: str, default: str = "") -> str:
    value = _raw(name, "str")
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool = False) -> bool:
    value = _raw(name, "bool")
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{PREFIX}{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = _raw(name, "int")
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ConfigError(f"{PREFIX}{name} must be a whole number, not {value!r}") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = _raw(name, "list")
    if value is None or value == "":
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]
