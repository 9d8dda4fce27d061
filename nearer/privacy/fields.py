"""``EncryptedTextField``: a member's free text, sealed in the database, plain in Python.

A new app gets encryption at rest in one line::

    class Note(PrivateModel):
        body = EncryptedTextField()

The column holds only ciphertext bound to (table, column, row id, owner). Reading the
attribute decrypts lazily with the owner's data key; assigning a string seals it on save.
A value that fails to decrypt raises ``DecryptionError``; it is never shown as text.
Encrypted columns cannot be filtered on or written with ``QuerySet.update()``: both would need
plaintext in SQL, so both raise.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from nearer.privacy import crypto, keys


class Sealed:
    """Ciphertext as loaded from the database, not yet opened. Deliberately not a str."""

    __slots__ = ("token",)

    def __init__(self, token: str):
        self.token = token

    def __repr__(self) -> str:
        return "<sealed text>"

    def __str__(self) -> str:
        raise crypto.DecryptionError("Sealed text must be read through its model field, not printed.")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sealed) and other.token == self.token

    def __hash__(self) -> int:
        return hash(self.token)


class EncryptedTextAttribute:
    """Opens sealed values on first read and keeps the plain text on the instance."""

    def __init__(self, field: EncryptedTextField):
        self.field = field

    def __get__(self, instance: models.Model | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        attname = self.field.attname
        if attname not in instance.__dict__:
            instance.refresh_from_db(fields=[attname])
        value = instance.__dict__[attname]
        if isinstance(value, Sealed):
            value = self.field.open(instance, value.token)
            instance.__dict__[attname] = value
        return value

    def __set__(self, instance: models.Model, value: Any) -> None:
        instance.__dict__[self.field.attname] = value


class EncryptedTextField(models.TextField):
    description = "Text encrypted with its owner's data key (AES-256-GCM)"
    descriptor_class = EncryptedTextAttribute  # type: ignore[assignment]

    def __init__(self, *args: Any, owner_field: str = "owner", **kwargs: Any):
        self.owner_field = owner_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.owner_field != "owner":
            kwargs["owner_field"] = self.owner_field
        return name, path, args, kwargs

    # --- binding ---------------------------------------------------------------------------

    def _aad(self, instance: models.Model) -> bytes:
        if instance.pk is None:
            raise crypto.CryptoError(
                f"{type(instance).__name__}.{self.name} needs its primary key before saving; "
                "inherit nearer.privacy.models.PrivateModel."
            )
        return crypto.associated_data(
            table=instance._meta.db_table, column=self.column, row=instance.pk, owner=self._owner_id(instance)
        )

    def _owner_id(self, instance: models.Model) -> int:
        owner_id = getattr(instance, f"{self.owner_field}_id")
        if owner_id is None:
            raise crypto.CryptoError(f"{type(instance).__name__} has no owner; encrypted text needs one.")
        return owner_id

    def open(self, instance: models.Model, token: str) -> str:
        return crypto.unseal(keys.data_key_for(self._owner_id(instance)), token, self._aad(instance))

    # --- database round trip ---------------------------------------------------------------

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Sealed | None:
        return None if value is None else Sealed(value)

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = model_instance.__dict__.get(self.attname)
        if value is None or isinstance(value, Sealed):
            return value
        if not isinstance(value, str):
            value = str(value)
        key = keys.data_key_for(self._owner_id(model_instance), create=True)
        return crypto.seal(key, value, self._aad(model_instance))

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, Sealed):
            return value.token
        if crypto.is_sealed(value):
            return value
        raise crypto.CryptoError(
            f"Refusing to put plain text into the encrypted column {self.name!r}: "
            "save the model instance instead of filtering or using update()."
        )

    def to_python(self, value: Any) -> Any:
        return value

    def value_to_string(self, obj: models.Model) -> str:
        raw = obj.__dict__.get(self.attname)
        return raw.token if isinstance(raw, Sealed) else ""

    def get_lookup(self, lookup_name: str):
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)
