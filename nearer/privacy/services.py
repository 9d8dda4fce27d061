"""Export, import and erase a member's data, across every app that registered a section."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from nearer.privacy import audit, keys, registry

FORMAT = "nearer-export"
VERSION = 1


def export_member(*, member, actor: audit.Actor | None = None, why: str = "") -> dict[str, Any]:
    """Everything the member has, as a JSON-ready dict (see docs/export-format.md).

    Reads by anyone but the member are written to the access log first.
    """
    if actor is not None:
        audit.record_access(actor=actor, member_id=member.pk, what="everything (export)", why=why or "export")
    with keys.key_cache():
        sections = {s.app_label: s.export(member) for s in registry.sections()}
    volatile = ["exported_at"] + [f"sections.{s.app_label}.{v}" for s in registry.sections() for v in s.volatile]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "volatile": volatile,
        "sections": sections,
    }


def export_json(*, member, actor: audit.Actor | None = None, why: str = "") -> str:
    return json.dumps(export_member(member=member, actor=actor, why=why), indent=2, ensure_ascii=False) + "\n"


def without_volatile(document: dict[str, Any]) -> dict[str, Any]:
    """The export with every field its schema marks volatile removed, for comparisons."""
    clean = json.loads(json.dumps(document))
    for path in document.get("volatile", []):
        node = clean
        parts = path.split(".")
        for part in parts[:-1]:
            node = node.get(part, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict):
            node.pop(parts[-1], None)
    clean.pop("volatile", None)
    return clean


def import_member(*, document: dict[str, Any]):
    """Create a member from an export made by this or another install.

    The account comes back without a password (exports never carry one): the member sets a new
    one with "Forgot your password?". Their text is sealed again with a new data key.
    """
    if document.get("format") != FORMAT:
        raise ValidationError("This file is not a Nearer export.")
    if document.get("version") != VERSION:
        raise ValidationError(
            f"This export is version {document.get('version')}; this install reads version {VERSION}."
        )
    sections = document.get("sections") or {}
    account = sections.get("accounts") or {}
    email = account.get("email")
    if not email:
        raise ValidationError("The export has no account email.")
    user_model = get_user_model()
    if user_model.objects.filter(email__iexact=email).exists():
        raise ValidationError(f"An account for {email} already exists here. Erase it first to restore this export.")
    with transaction.atomic(), keys.key_cache():
        member = user_model.objects.create_user(email=email, password=None)
        for section in registry.sections():
            if section.app_label in sections:
                section.import_(member, sections[section.app_label])
    return member


def erase_member(*, member, actor: audit.Actor | None = None, why: str = "") -> None:
    """Remove every row the member has in every app, then destroy their data key.

    Lower apps (accounts) go last, so feature apps can still find the member while they clean up.
    Access-log entries stay (see privacy.RETAINED): they name who looked, never what was written.
    """
    if actor is not None:
        audit.record_access(actor=actor, member_id=member.pk, what="everything (erase)", why=why or "erase")
    with transaction.atomic():
        for section in reversed(registry.sections()):
            section.erase(member)
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        # Move the deleted pages out of the write-ahead log now rather than at the next checkpoint
        # (best effort: a busy reader can postpone it, and secure_delete already zeroed them).
        with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
