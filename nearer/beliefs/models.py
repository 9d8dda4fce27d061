"""Core beliefs: an old belief about oneself ("I'm too much"), how true it feels over time (0-100),
and the evidence against it the member collects over the weeks. Every free text is encrypted.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone

from nearer.checkins.models import Checkin
from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel
from nearer.thoughts.models import ThoughtRecord

# A phone's clock may run a little ahead of the server's.
CLOCK_SLACK = timezone.timedelta(minutes=5)


class OwnedQuerySet(models.QuerySet):
    def owned_by(self, member):
        return self.filter(owner=member)


class Belief(PrivateModel):
    statement = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Sent with the form that named it, so a retried submit returns this belief, not a twin.
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="beliefs_belief_once_per_key"),
        ]

    def __str__(self) -> str:
        return f"belief {self.pk}"


class Rating(PrivateModel):
    """How true the belief felt, 0 (not at all) to 100 (completely), at one moment."""

    belief = models.ForeignKey(Belief, on_delete=models.CASCADE, related_name="ratings")
    value = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    rated_at = models.DateTimeField(default=timezone.now)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["rated_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="beliefs_rating_once_per_key"),
            models.CheckConstraint(condition=models.Q(value__lte=100), name="beliefs_rating_0_100"),
        ]

    def __str__(self) -> str:
        return f"rating {self.pk}"


class Evidence(PrivateModel):
    """One thing that speaks against the belief, in the member's words, perhaps from a thought
    record or a check-in (the link goes quiet if that is deleted; the words stay)."""

    class Source(models.TextChoices):
        OWN = "own", "Written here"
        THOUGHT_RECORD = "thought_record", "From a thought record"
        CHECKIN = "checkin", "From a check-in"

    belief = models.ForeignKey(Belief, on_delete=models.CASCADE, related_name="evidence")
    text = EncryptedTextField()
    noticed_at = models.DateTimeField(default=timezone.now, help_text="When it happened; may be earlier.")
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.OWN)
    thought_record = models.ForeignKey(
        ThoughtRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checkin = models.ForeignKey(Checkin, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-noticed_at", "-created_at"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="beliefs_evidence_once_per_key"),
        ]

    def __str__(self) -> str:
        return f"evidence {self.pk}"

    def clean(self) -> None:
        if self.noticed_at and self.noticed_at > timezone.now() + CLOCK_SLACK:
            raise ValidationError({"noticed_at": "That time is in the future. Pick now or earlier."})
