"""A thought record: one thought that pushed the member away, looked at step by step.

It is saved after every step, so a record can stay a draft for as long as the member likes;
``finished_at`` is set when the feelings have been rated again. Every free text is encrypted.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models

from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel
from nearer.thoughts import steps
from nearer.thoughts.traps import TRAPS_BY_SLUG


def validate_traps(value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("Expected a list of thinking-trap slugs.")
    unknown = sorted(set(value) - TRAPS_BY_SLUG.keys())
    if unknown:
        raise ValidationError(f"Unknown thinking traps: {', '.join(unknown)}.")


class OwnedQuerySet(models.QuerySet):
    def owned_by(self, member):
        return self.filter(owner=member)


class RecordQuerySet(OwnedQuerySet):
    def finished(self):
        return self.filter(finished_at__isnull=False)

    def drafts(self):
        return self.filter(finished_at__isnull=True)


class ThoughtRecord(PrivateModel):
    class Approach(models.TextChoices):
        UNDECIDED = "", "Not decided yet"
        EXAMINE = steps.EXAMINE, "Looked at the thought"
        COMFORT = steps.COMFORT, "Met the feeling with kindness"

    situation = EncryptedTextField()
    thought = EncryptedTextField(blank=True, default="")
    approach = models.CharField(max_length=8, choices=Approach.choices, blank=True, default="")
    # What the text reader suggested, kept apart from what the member chose.
    suggested_traps = models.JSONField(default=list, blank=True, validators=[validate_traps])
    traps = models.JSONField(default=list, blank=True, validators=[validate_traps])
    evidence_for = EncryptedTextField(blank=True, default="")
    evidence_against = EncryptedTextField(blank=True, default="")
    balanced_thought = EncryptedTextField(blank=True, default="")
    kind_words = EncryptedTextField(blank=True, default="")
    # Which steps the member has saved, so "carry on" goes to the first one not done yet.
    done_steps = models.JSONField(default=list, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Sent with the form that started it, so a retried submit returns this record, not a twin.
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = RecordQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="thoughts_record_once_per_key"),
        ]
        indexes = [models.Index(fields=["owner", "-created_at"], name="thoughts_record_owner_created")]

    def __str__(self) -> str:
        return f"thought record {self.pk}"

    @property
    def path(self) -> tuple[steps.Step, ...]:
        return steps.path_for(self.approach)

    def next_undone_step(self) -> steps.Step:
        """Where "carry on" leads: the first step of this path not saved yet (or the last one)."""
        for step in self.path:
            if step.slug not in self.done_steps:
                return step
        return self.path[-1]


class Feeling(PrivateModel):
    """One feeling named in a record, how strong it was (0-100) and, at the end, how strong now."""

    record = models.ForeignKey(ThoughtRecord, on_delete=models.CASCADE, related_name="feelings")
    position = models.PositiveSmallIntegerField(default=0)
    name = EncryptedTextField()
    before = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    after = models.PositiveSmallIntegerField(null=True, blank=True, validators=[MaxValueValidator(100)])

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(before__lte=100), name="thoughts_feeling_before_0_100"),
            models.CheckConstraint(
                condition=models.Q(after__isnull=True) | models.Q(after__lte=100), name="thoughts_feeling_after_0_100"
            ),
        ]

    def __str__(self) -> str:
        return f"feeling {self.pk}"
