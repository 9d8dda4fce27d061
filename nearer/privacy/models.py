"""What the private store keeps about keys and access, and the base for private models."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class PrivateModel(models.Model):
    """Base for anything a member writes or owns.

    The primary key is a random UUID known before the row is first saved, so encrypted
    fields can bind their ciphertext to the row. ``owner`` is the member it belongs to.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True


class DataKey(models.Model):
    """A member's data key, wrapped by a master key. Deleting it makes their text unreadable."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", primary_key=True)
    wrapped = models.CharField(max_length=200)
    master_key_id = models.CharField(max_length=32, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    rewrapped_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"data key of member {self.owner_id} (under {self.master_key_id})"


class AccessEvent(models.Model):
    """One read of a member's private data by someone other than that member.

    Append-only: rows are never updated or deleted by the app, and each row's ``digest``
    covers its fields and the previous row's digest, so ``nearer audit verify`` can tell
    where the chain was altered or cut. Holds no member text: only who, whose, what and why.
    """

    occurred_at = models.DateTimeField()
    member_id = models.BigIntegerField(db_index=True)
    actor_id = models.BigIntegerField(null=True)
    actor_label = models.CharField(max_length=254)
    actor_role = models.CharField(max_length=32)
    what = models.CharField(max_length=120)
    why = models.CharField(max_length=200)
    previous_digest = models.CharField(max_length=64)
    digest = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.actor_label} read {self.what} of member {self.member_id}"


class AccessLogHead(models.Model):
    """One row: how long the access log is and how it ends, so a cut-off tail is noticed."""

    count = models.BigIntegerField()
    last_digest = models.CharField(max_length=64)
    mac = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"access log head ({self.count} entries)"
