"""Safety's writes: the crisis screen every free text passes, the safety plan, alert consent."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from nearer.accounts.models import User
from nearer.safety import alerts, crisis_lines, plan_steps
from nearer.safety.models import AlertConsent, SafetyPlan, ScreeningEvent, TherapistNotice
from nearer.safety.screening import Flag, Screening, Tier, screen_text

logger = logging.getLogger(__name__)


def screen(*, member: User, text: str, source: str) -> Screening:
    """Screen one free text before it is stored or answered. Call this first, everywhere.

    Never raises and never changes the text: the caller stores it whatever the result, and shows
    ``safety/_crisis_response.html`` at once when ``result.needs_response``. Risk is recorded
    without the words; an urgent result alerts the member's therapist only if they consented.
    """
    return record_screening(member=member, result=screen_text(text), source=source)


def record_screening(*, member: User, result: Screening, source: str) -> Screening:
    """Record what ``screen_text`` found, for a caller that must read the words before it knows
    whether this request is a first attempt (a resent form must not alert a therapist twice).
    ``screen()`` is both steps at once; prefer it. Never raises."""
    if result.tier == "none":
        return result
    try:
        with transaction.atomic():
            event = ScreeningEvent.objects.create(
                member=member, tier=result.tier, source=source[:40], flags=",".join(getattr(result, "flags", ()))[:200]
            )
            if result.tier == "urgent":
                _notify_therapists(member=member, event=event)
    except Exception:  # the response on screen matters more than the record of it
        logger.exception("could not record a screening result (source=%s)", source)
    return result


def flag_answer(*, member: User, source: str, tier: Tier, flag: Flag = "suicidal_thoughts") -> Screening:
    """A questionnaire answer reached its crisis trigger (a direct question about ending one's life).

    Records the risk as ``screen()`` does, without any words or answers, alerts a consenting
    therapist on ``urgent``, and returns a :class:`Screening` for ``safety/_crisis_response.html``.
    Never raises: the response on screen matters more than the record of it.
    """
    if tier == "none":
        return Screening(tier="none")
    result = Screening(tier=tier, flags=(flag,))
    try:
        with transaction.atomic():
            event = ScreeningEvent.objects.create(member=member, tier=tier, source=source[:40], flags=flag)
            if tier == "urgent":
                _notify_therapists(member=member, event=event)
    except Exception:
        logger.exception("could not record a flagged answer (source=%s)", source)
    return result


def _notify_therapists(*, member: User, event: ScreeningEvent) -> None:
    if not AlertConsent.objects.filter(member=member, enabled=True).exists():
        return
    for therapist in alerts.therapists_for(member):
        notice = TherapistNotice.objects.create(therapist=therapist, member=member, event=event)
        transaction.on_commit(lambda notice_id=notice.pk: email_notice(notice_id=notice_id))


def email_notice(*, notice_id: int) -> None:
    """Email a therapist that a client may need support. No words of the client's, ever."""
    notice = TherapistNotice.objects.select_related("therapist", "member").get(pk=notice_id)
    when = timezone.localtime(notice.created_at).strftime("%d %B %Y at %H:%M")
    try:
        send_mail(
            subject="A client may need support",
            message=(
                f"Hello,\n\n{notice.member.email} asked Nearer to tell you if its safety check ever found "
                f"urgent risk in something they wrote. That happened on {when}.\n\n"
                "Nearer does not share what they wrote. It showed them crisis lines and their safety plan "
                "straight away. Please follow your practice's usual procedure for reaching a client.\n\n"
                f"You can also see this notice when you log in: {settings.PUBLIC_URL}/safety/notices/\n"
            ),
            from_email=None,
            recipient_list=[notice.therapist.email],
        )
    except Exception:
        logger.exception("could not email therapist notice %s", notice_id)
        return
    TherapistNotice.objects.filter(pk=notice_id).update(emailed_at=timezone.now())


def set_alert_consent(*, member: User, enabled: bool) -> AlertConsent:
    consent, _ = AlertConsent.objects.update_or_create(member=member, defaults={"enabled": enabled})
    return consent


def alert_consent_enabled(member: User) -> bool:
    return AlertConsent.objects.filter(member=member, enabled=True).exists()


def plan_for(member: User) -> SafetyPlan | None:
    return SafetyPlan.objects.filter(owner=member).first()


def save_plan_step(*, member: User, step: plan_steps.Step, text: str) -> tuple[SafetyPlan, Screening]:
    """Save one step of the member's plan (screened, encrypted), creating the plan on first use."""
    result = screen(member=member, text=text, source="safety_plan")
    with transaction.atomic():
        plan = SafetyPlan.objects.select_for_update().filter(owner=member).first() or SafetyPlan(owner=member)
        setattr(plan, step.field, text)
        plan.full_clean()
        plan.save()
    return plan, result


def mark_notices_seen(*, therapist: User) -> int:
    return TherapistNotice.objects.filter(therapist=therapist, seen_at__isnull=True).update(seen_at=timezone.now())


def remember_country(*, user: User, country: str) -> User:
    """Remember which country's crisis lines this person sees first ('' means guess)."""
    country = country.strip().upper()
    if country and crisis_lines.lookup(country) is None:
        raise ValidationError({"country": "We don't have crisis lines for that country yet."})
    user.country = country
    user.full_clean(exclude=["password"])
    user.save(update_fields=["country"])
    return user
