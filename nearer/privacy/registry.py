"""What every app stores about a member, and how to export, import and erase it.

Each app with member data has a ``privacy.py`` module that defines:

    MODELS: list of model classes holding member data (the coverage test checks this)
    VOLATILE: list of dotted keys inside its section that may differ after a round trip
    export_user_data(member) -> dict      JSON-ready; no secrets (password hashes, 2FA seeds)
    import_user_data(member, data) -> None
    erase_user_data(member) -> None        removes every row in MODELS for the member

and may define ``RETAINED = {Model: "reason"}`` for rows deliberately kept after erase, and
``DOCUMENT_TEMPLATE = "<app>/_export_section.html"``: its part of the readable copy, given its
exported section as ``section``.
Sections are found by name (``nearer.<app>.privacy``), never imported by this module, so the
dependency arrow still points from the feature apps to the private store.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from django.apps import apps
from django.db import models


@dataclass(frozen=True)
class Section:
    app_label: str
    module: ModuleType
    models: tuple[type[models.Model], ...]
    volatile: tuple[str, ...]
    retained: dict[type[models.Model], str] = field(default_factory=dict)
    document_template: str | None = None

    def export(self, member) -> dict[str, Any]:
        return self.module.export_user_data(member)

    def import_(self, member, data: dict[str, Any]) -> None:
        self.module.import_user_data(member, data)

    def erase(self, member) -> None:
        self.module.erase_user_data(member)


def sections() -> list[Section]:
    """Every app's section, in INSTALLED_APPS order (lower apps first)."""
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("nearer."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.privacy")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.privacy":
                raise
            continue
        found.append(
            Section(
                app_label=config.label,
                module=module,
                models=tuple(module.MODELS),
                volatile=tuple(getattr(module, "VOLATILE", ())),
                retained=dict(getattr(module, "RETAINED", {})),
                document_template=getattr(module, "DOCUMENT_TEMPLATE", None),
            )
        )
    return found


def covered_models() -> set[type[models.Model]]:
    covered: set[type[models.Model]] = set()
    for section in sections():
        covered.update(section.models)
        covered.update(section.retained)
    return covered
