"""Say what you mean: the member's phrasebook. Drafts are never stored; only a phrase the
member chose to save."""

from __future__ import annotations

from django.db import models

from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel


class PhraseQuerySet(models.QuerySet):
    def owned_by(self, member):
        return self.filter(owner=member)


class Phrase(PrivateModel):
    class Register(models.TextChoices):
        BRIEF = "brief", "Brief"
        WARM = "warm", "Warm"
        DIRECT = "direct", "Direct"
        OWN = "own", "My own words"

    text = EncryptedTextField()
    register = models.CharField(max_length=8, choices=Register.choices, default=Register.OWN)
    created_at = models.DateTimeField(auto_now_add=True)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = PhraseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["owner", "idempotency_key"], name="say_phrase_once_per_key")]
        indexes = [models.Index(fields=["owner", "-created_at"], name="say_phrase_owner_created")]

    def __str__(self) -> str:
        return f"phrase {self.pk}"
