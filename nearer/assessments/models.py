"""Self-assessment: the instrument packs a practice installed, a member's results, retake reminders.

An installed pack is the practice's licensed text, not member data: it lives in the database so
that every app worker sees the same instruments. A result is the member's own: the answers are
sealed with the member's data key (they can say a lot about a person), the scores are plain
numbers for the history chart, and the optional note is encrypted like any free text.
"""

from __future__ import annotations

import json

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel


class InstalledInstrument(models.Model):
    """A pack installed with ``nearer instruments import FILE``; ``definition`` passed the loader."""

    instrument_id = models.CharField(max_length=48, unique=True)
    version = models.CharField(max_length=40)
    title = models.CharField(max_length=200)
    definition = models.JSONField()
    installed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["title", "instrument_id"]

    def __str__(self) -> str:
        return f"{self.instrument_id} {self.version}"


class OwnedQuerySet(models.QuerySet):
    def owned_by(self, member):
        return self.filter(owner=member)

    def of_instrument(self, instrument_id: str):
        return self.filter(instrument_id=instrument_id)


def validate_scores(value: object) -> None:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, int | float)) for k, v in value.items()
    ):
        raise ValidationError("Scores are a map of subscale ids to numbers (or null).")


class Result(PrivateModel):
    """One time the member took an instrument."""

    class Tier(models.TextChoices):
        NONE = "none", "none"
        CONCERN = "concern", "concern"
        URGENT = "urgent", "urgent"

    instrument_id = models.CharField(max_length=48)
    instrument_version = models.CharField(max_length=40)
    # Kept so the member's history still reads well if a practice later removes its pack.
    instrument_title = models.CharField(max_length=200)
    answers_sealed = EncryptedTextField(help_text="The answers by item id, as JSON.")
    scores = models.JSONField(default=dict, validators=[validate_scores])
    safety_tier = models.CharField(max_length=8, choices=Tier.choices, default=Tier.NONE)
    note = EncryptedTextField(blank=True, default="")
    taken_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    # Sent with the form, so a retried submit returns this result, not a twin.
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-taken_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="assessments_result_once_per_key"),
        ]
        indexes = [models.Index(fields=["owner", "instrument_id", "-taken_at"], name="assessments_result_history")]

    def __str__(self) -> str:
        return f"{self.instrument_id} result {self.pk}"

    @property
    def answers(self) -> dict[str, int]:
        return json.loads(self.answers_sealed) if self.answers_sealed else {}

    @answers.setter
    def answers(self, value: dict[str, int]) -> None:
        self.answers_sealed = json.dumps(value, sort_keys=True)


class Reminder(PrivateModel):
    """The member asked to be reminded, here on the self-check page, to take an instrument again."""

    instrument_id = models.CharField(max_length=48)
    enabled = models.BooleanField(default=True)
    changed_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "instrument_id"], name="assessments_reminder_once"),
        ]

    def __str__(self) -> str:
        return f"reminder {self.pk}"
