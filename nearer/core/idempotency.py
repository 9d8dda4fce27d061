"""Create-once writes: a retried submit returns the first result instead of making a twin.

Every create form carries a random key rendered with the form. The model has a unique
constraint on (owner, key); ``create_once`` inserts, and on a clash returns the row that the
first attempt made.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Any

from django.db import IntegrityError, models, router, transaction


def new_key() -> str:
    return str(uuid.uuid4())


def create_once[M: models.Model](
    instance: M, *, scope: dict[str, Any], key: uuid.UUID | None, check_first: bool = True
) -> tuple[M, bool]:
    """Save ``instance`` unless a row with the same ``key`` exists in ``scope``.

    Returns ``(row, created)``. ``scope`` names the fields that, with the key, must be unique
    (for example ``{"owner": member}``). A caller that has just looked the key up itself passes
    ``check_first=False``; the unique constraint still catches a race.
    """
    model = type(instance)
    if key is not None and check_first:
        existing = model._default_manager.filter(idempotency_key=key, **scope).first()
        if existing is not None:
            return existing, False
    instance.idempotency_key = key  # type: ignore[attr-defined]
    # Field values are checked before the write starts, so the write lock is held only for the
    # insert; uniqueness, constraints and foreign keys are the database's to enforce there.
    instance.full_clean(
        exclude=[f.name for f in model._meta.fields if f.is_relation], validate_unique=False, validate_constraints=False
    )
    # Alone, the insert is its own transaction: the database takes its write lock inside the one
    # statement, in C, so no Python runs while other writers wait (an explicit transaction held the
    # lock from BEGIN through the ORM's own work to COMMIT). Inside a caller's transaction it gets
    # a savepoint, so a clash leaves the caller's transaction usable.
    inside = transaction.get_connection(router.db_for_write(model)).in_atomic_block
    try:
        with transaction.atomic() if inside else contextlib.nullcontext():
            instance.save(force_insert=True)
    except IntegrityError:
        if key is None:
            raise
        return model._default_manager.get(idempotency_key=key, **scope), False
    return instance, True
