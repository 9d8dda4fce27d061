"""What Safety keeps: the member's safety plan, that a screen found risk (never the text), and
the member's consent to alert their therapist, with the notices it produced."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel


class SafetyPlan(PrivateModel):
    """One per member, in the six steps of safety planning plus what matters most to them."""

    warning_signs = EncryptedTextField(blank=True, default="")
    coping = EncryptedTextField(blank=True, default="")
    distractions = EncryptedTextField(blank=True, default="")
    people_to_ask = EncryptedTextField(blank=True, default="")
    professionals = EncryptedTextField(blank=True, default="")
    safer_surroundings = EncryptedTextField(blank=True, default="")
    what_matters = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="safety_plan_one_per_member")]

    def __str__(self) -> str:
        return f"safety plan of member {self.owner_id}"


class Tier(models.TextChoices):
    CONCERN = "concern", "Concern"
    URGENT = "urgent", "Urgent"


class ScreeningEvent(models.Model):
    """The crisis screen found risk in something the member wrote. Holds no words: only when,
    where (which kind of text) and how serious, so an alert can be sent and the member can see it."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    tier = models.CharField(max_length=16, choices=Tier.choices)
    source = models.CharField(max_length=40)
    flags = models.CharField(max_length=200, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["member", "-created_at"], name="safety_event_member_time")]

    def __str__(self) -> str:
        return f"{self.tier} screen for member {self.member_id} ({self.source})"


class AlertConsent(models.Model):
    """Whether an urgent result may notify the member's therapist. Off unless the member turns it on."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    enabled = models.BooleanField(default=False)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"alert consent of member {self.member_id}: {'on' if self.enabled else 'off'}"


class TherapistNotice(models.Model):
    """What a therapist is told after an urgent result, with consent: who and when, never what."""

    therapist = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey(ScreeningEvent, on_delete=models.CASCADE, related_name="notices")
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"notice to therapist {self.therapist_id} about member {self.member_id}"
