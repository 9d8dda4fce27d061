"""A questionnaire's crisis answer: recorded without words, a consenting therapist told on urgent."""

import pytest
from django.core import mail

from nearer.safety import alerts, services
from nearer.safety.models import ScreeningEvent, TherapistNotice

pytestmark = pytest.mark.django_db


@pytest.fixture
def theo_is_miras_therapist(member, therapist):
    def provider(person):
        return [therapist] if person == member else []

    alerts.register_therapist_provider(provider)
    yield therapist
    alerts.unregister_therapist_provider(provider)


def test_an_urgent_answer_is_recorded_and_shows_the_crisis_response(member):
    result = services.flag_answer(member=member, source="assessment:wellbeing", tier="urgent")
    assert result.needs_response and result.handling == "crisis_response"
    assert result.flags == ("suicidal_thoughts",)
    event = ScreeningEvent.objects.get(member=member)
    assert (event.tier, event.source, event.flags) == ("urgent", "assessment:wellbeing", "suicidal_thoughts")


def test_tier_none_records_nothing(member):
    assert not services.flag_answer(member=member, source="assessment:x", tier="none").needs_response
    assert not ScreeningEvent.objects.exists()


def test_with_consent_an_urgent_answer_tells_the_therapist_without_the_answer(
    member, theo_is_miras_therapist, django_capture_on_commit_callbacks
):
    services.set_alert_consent(member=member, enabled=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.flag_answer(member=member, source="assessment:wellbeing", tier="urgent")
    notice = TherapistNotice.objects.get()
    assert notice.therapist == theo_is_miras_therapist
    [message] = mail.outbox
    assert "wellbeing" not in message.body and "ending" not in message.body


def test_without_consent_or_on_concern_no_therapist_is_told(member, theo_is_miras_therapist):
    services.flag_answer(member=member, source="assessment:wellbeing", tier="urgent")
    services.set_alert_consent(member=member, enabled=True)
    services.flag_answer(member=member, source="assessment:phq", tier="concern")
    assert ScreeningEvent.objects.filter(member=member).count() == 2
    assert not TherapistNotice.objects.exists()
