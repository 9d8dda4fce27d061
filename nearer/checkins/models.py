"""Check-ins: a quick note of mood, the urge to pull away, what set it off and what happened.

The member's own people and own options (a trigger, an action or a want of their own) are
rows of their own, so the patterns can count them and the member can rename them later.
Nothing here needs a real name: a nickname or an initial is enough.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from nearer.checkins import vocabulary
from nearer.privacy.fields import EncryptedTextField
from nearer.privacy.models import PrivateModel

# A phone's clock may run a little ahead of the server's.
CLOCK_SLACK = timezone.timedelta(minutes=5)


def validate_feeling(value: str) -> None:
    if value and value not in vocabulary.FEELINGS_BY_SLUG:
        raise ValidationError(f"{value!r} is not one of the feeling words.")


def validate_triggers(value: list) -> None:
    _validate_slugs(value, vocabulary.TRIGGERS, "trigger")


def validate_wants(value: list) -> None:
    _validate_slugs(value, vocabulary.WANTS, "want")


def validate_action(value: str) -> None:
    if value and value not in vocabulary.ACTIONS:
        raise ValidationError(f"{value!r} is not one of the actions.")


def _validate_slugs(value: object, known: dict[str, str], what: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f"Expected a list of {what} slugs.")
    unknown = sorted(set(value) - known.keys())
    if unknown:
        raise ValidationError(f"Unknown {what}: {', '.join(unknown)}.")


class OwnedQuerySet(models.QuerySet):
    def owned_by(self, member):
        return self.filter(owner=member)


class Person(PrivateModel):
    """Someone the member checks in about, by a nickname of their choosing."""

    class Kind(models.TextChoices):
        PARTNER = "partner", vocabulary.RELATIONSHIP_KINDS["partner"]
        EX = "ex", vocabulary.RELATIONSHIP_KINDS["ex"]
        FRIEND = "friend", vocabulary.RELATIONSHIP_KINDS["friend"]
        FAMILY = "family", vocabulary.RELATIONSHIP_KINDS["family"]
        COLLEAGUE = "colleague", vocabulary.RELATIONSHIP_KINDS["colleague"]
        SOMEONE_NEW = "someone_new", vocabulary.RELATIONSHIP_KINDS["someone_new"]
        OTHER = "other", vocabulary.RELATIONSHIP_KINDS["other"]

    nickname = EncryptedTextField()
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    # Archived people keep their check-ins but leave the form's list.
    archived = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "people"
        indexes = [models.Index(fields=["owner", "archived"], name="checkins_person_owner")]

    def __str__(self) -> str:
        return f"person {self.pk}"


class OwnLabel(PrivateModel):
    """A trigger, action or want in the member's own words, offered again on later check-ins."""

    class Kind(models.TextChoices):
        TRIGGER = "trigger", "What set it off"
        ACTION = "action", "What I did"
        WANT = "want", "What I wanted"

    kind = models.CharField(max_length=8, choices=Kind.choices)
    label = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["owner", "kind"], name="checkins_ownlabel_owner_kind")]

    def __str__(self) -> str:
        return f"own {self.kind} {self.pk}"


class CheckinQuerySet(OwnedQuerySet):
    def with_related(self):
        """Everything a list row shows, in a fixed number of queries whatever the page size."""
        return self.select_related("person", "own_action").prefetch_related("own_triggers", "own_wants")


class Checkin(PrivateModel):
    occurred_at = models.DateTimeField(default=timezone.now, help_text="When it happened; may be backdated.")
    pleasantness = models.FloatField(validators=[MinValueValidator(-1.0), MaxValueValidator(1.0)])
    energy = models.FloatField(validators=[MinValueValidator(-1.0), MaxValueValidator(1.0)])
    feeling = models.CharField(max_length=32, blank=True, default="", validators=[validate_feeling])
    urge = models.PositiveSmallIntegerField(validators=[MaxValueValidator(10)])
    triggers = models.JSONField(default=list, blank=True, validators=[validate_triggers])
    own_triggers = models.ManyToManyField(OwnLabel, blank=True, related_name="+")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="checkins")
    action = models.CharField(max_length=16, blank=True, default="", validators=[validate_action])
    own_action = models.ForeignKey(OwnLabel, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    wanted = models.JSONField(default=list, blank=True, validators=[validate_wants])
    own_wants = models.ManyToManyField(OwnLabel, blank=True, related_name="+")
    wanted_text = EncryptedTextField(blank=True, default="")
    note = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Sent with the form that created it, so a retried submit returns this check-in, not a twin.
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = CheckinQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "idempotency_key"], name="checkins_checkin_once_per_key"),
            models.CheckConstraint(condition=models.Q(urge__lte=10), name="checkins_checkin_urge_0_10"),
        ]
        indexes = [models.Index(fields=["owner", "-occurred_at"], name="checkins_checkin_owner_when")]

    def __str__(self) -> str:
        return f"check-in {self.pk}"

    def clean(self) -> None:
        if self.occurred_at and self.occurred_at > timezone.now() + CLOCK_SLACK:
            raise ValidationError({"occurred_at": "That time is in the future. Pick now or earlier."})
        if self.action and self.own_action_id:
            raise ValidationError({"action": "One thing you did per check-in: a listed one or your own."})

    @property
    def mood_label(self) -> str:
        return vocabulary.mood_label(self.pleasantness, self.energy)

    @property
    def feeling_word(self) -> str:
        feeling = vocabulary.FEELINGS_BY_SLUG.get(self.feeling)
        return feeling.word if feeling else ""

    @property
    def action_label(self) -> str:
        """What the member did, in words (their own, if they wrote it)."""
        if self.own_action_id:
            return self.own_action.label
        return vocabulary.ACTIONS.get(self.action, "")

    def trigger_labels(self) -> list[str]:
        return [vocabulary.TRIGGERS[t] for t in self.triggers if t in vocabulary.TRIGGERS] + [
            label.label for label in self.own_triggers.all()
        ]

    def want_labels(self) -> list[str]:
        return [vocabulary.WANTS[w] for w in self.wanted if w in vocabulary.WANTS] + [
            label.label for label in self.own_wants.all()
        ]
