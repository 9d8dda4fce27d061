"""Who uses Nearer: members, therapists and the practice's editors/admins."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models


class Role(models.TextChoices):
    MEMBER = "member", "Member"
    THERAPIST = "therapist", "Therapist"
    EDITOR = "editor", "Editor or admin"


class NearerUserManager(UserManager["User"]):
    """People log in with their email address; there is no username."""

    use_in_migrations = True

    def _create_user_object(self, username: Any, email: str | None, password: str | None, **extra: Any):
        email = self.normalize_email(email)
        user = self.model(email=email, **extra)
        if password is None:
            user.set_unusable_password()
        else:
            user.set_password(password)
        return user

    def _create_user(self, username: Any, email: str | None, password: str | None, **extra: Any):
        user = self._create_user_object(username, email, password, **extra)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email: str | None = None, password: str | None = None, **extra: Any):  # type: ignore[override]
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(None, email, password, **extra)

    def create_superuser(self, email: str | None = None, password: str | None = None, **extra: Any):  # type: ignore[override]
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("role", Role.EDITOR)
        return self._create_user(None, email, password, **extra)


class User(AbstractUser):
    """A person with an account. ``role`` says what they do here; ``is_staff`` opens the
    Django admin, and only editors/admins may have it (a model constraint)."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField("email address", unique=True)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    # ISO 3166-1 alpha-2, used to show the right crisis lines. Blank: guess from the browser.
    country = models.CharField(max_length=2, blank=True, default="")
    # IANA name such as "Europe/London". Blank: the install's NEARER_TIME_ZONE. Times on pages, and
    # the hours and weekdays in Patterns, are the member's own.
    time_zone = models.CharField(max_length=64, blank=True, default="")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = NearerUserManager()  # type: ignore[misc]

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_staff=False) | models.Q(role=Role.EDITOR),
                name="accounts_user_only_editors_are_staff",
                violation_error_message="Only editors or admins can open the admin: set the role to Editor first.",
            ),
            models.CheckConstraint(condition=models.Q(role__in=Role.values), name="accounts_user_role_valid"),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def is_member(self) -> bool:
        return self.role == Role.MEMBER

    @property
    def is_therapist(self) -> bool:
        return self.role == Role.THERAPIST

    @property
    def is_editor(self) -> bool:
        return self.role == Role.EDITOR
