"""The vulnerability ladder: the member's steps, ranked by the fear they expect, and each try
at one as a small experiment (what they predicted before, what happened after)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone

from nearer.ladder.suggestions import SUGGESTIONS_BY_SLUG
from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel

FEAR_MAX = 100


def validate_suggestion(value: str) -> None:
    if value and value not in SUGGESTIONS_BY_SLUG:
        raise ValidationError(f"{value!r} is not one of the suggested steps.")


class OwnedQuerySet(models.QuerySet):
    def owned_by(self, member):
        return self.filter(owner=member)


class StepQuerySet(OwnedQuerySet):
    def with_attempts(self):
        return self.prefetch_related(models.Prefetch("attempts", queryset=Attempt.objects.order_by("planned_at", "id")))


class Step(PrivateModel):
    """One rung: something to try, in the member's words or taken from a suggestion."""

    title = EncryptedTextField()
    # Which suggestion it started from, if any, so that suggestion is not offered twice.
    suggestion = models.CharField(max_length=40, blank=True, default="", validators=[validate_suggestion])
    fear = models.PositiveSmallIntegerField(validators=[MaxValueValidator(FEAR_MAX)], help_text="Expected, 0-100.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = StepQuerySet.as_manager()

    class Meta:
        ordering = ["fear", "created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="ladder_step_once_per_key"),
            models.CheckConstraint(condition=models.Q(fear__lte=FEAR_MAX), name="ladder_step_fear_0_100"),
        ]
        indexes = [models.Index(fields=["owner", "fear"], name="ladder_step_owner_fear")]

    def __str__(self) -> str:
        return f"ladder step {self.pk}"


class Attempt(PrivateModel):
    """A try at a step. Before: the fear and the outcome the member predicts. After: the fear
    they felt and what happened, or that it did not happen this time (which is fine)."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        DONE = "done", "Done"
        NOT_THIS_TIME = "not_this_time", "Not this time"

    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="attempts")
    predicted_fear = models.PositiveSmallIntegerField(validators=[MaxValueValidator(FEAR_MAX)])
    predicted_outcome = EncryptedTextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PLANNED)
    actual_fear = models.PositiveSmallIntegerField(null=True, blank=True, validators=[MaxValueValidator(FEAR_MAX)])
    what_happened = EncryptedTextField(blank=True, default="")
    planned_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-planned_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="ladder_attempt_once_per_key"),
            models.CheckConstraint(
                condition=models.Q(predicted_fear__lte=FEAR_MAX), name="ladder_attempt_predicted_0_100"
            ),
            models.CheckConstraint(
                condition=models.Q(actual_fear__isnull=True) | models.Q(actual_fear__lte=FEAR_MAX),
                name="ladder_attempt_actual_0_100",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="done") | models.Q(actual_fear__isnull=False),
                name="ladder_attempt_done_has_fear",
            ),
        ]
        indexes = [models.Index(fields=["owner", "-planned_at"], name="ladder_attempt_owner_when")]

    def __str__(self) -> str:
        return f"ladder attempt {self.pk}"

    def clean(self) -> None:
        if self.step_id and self.owner_id and self.step.owner_id != self.owner_id:
            raise ValidationError("A try belongs to the owner of its step.")
        if self.status == self.Status.DONE and self.actual_fear is None:
            raise ValidationError({"actual_fear": "How much fear did you feel, 0 to 100?"})

    @property
    def is_done(self) -> bool:
        return self.status == self.Status.DONE

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.PLANNED
