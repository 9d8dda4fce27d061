"""A member's private journal: free notes, and later the summaries other tools save here."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel


class EntryQuerySet(models.QuerySet):
    def owned_by(self, member) -> EntryQuerySet:
        return self.filter(owner=member)


class Entry(PrivateModel):
    body = EncryptedTextField()
    written_at = models.DateTimeField(default=timezone.now, help_text="When it happened; may be backdated.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Sent with the form that created it, so a retried submit returns this entry, not a twin.
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-written_at", "-created_at"]
        verbose_name_plural = "entries"
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="journal_entry_once_per_key"),
        ]
        indexes = [models.Index(fields=["owner", "-written_at"], name="journal_entry_owner_written")]

    def __str__(self) -> str:
        return f"journal entry {self.pk}"
