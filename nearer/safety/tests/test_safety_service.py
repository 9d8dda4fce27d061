"""The one safety service: screen, record risk without the words, alert a therapist only by consent."""

import pytest
from django.core import mail

from nearer.safety import alerts, services
from nearer.safety.models import ScreeningEvent, TherapistNotice

pytestmark = pytest.mark.django_db

URGENT = "I want to kill myself tonight"


@pytest.fixture
def theo_is_miras_therapist(member, therapist):
    def provider(person):
        return [therapist] if person == member else []

    alerts.register_therapist_provider(provider)
    yield therapist
    alerts.unregister_therapist_provider(provider)


def test_ordinary_text_leaves_no_trace(member):
    assert services.screen(member=member, text="We argued and I went quiet.", source="journal").tier == "none"
    assert not ScreeningEvent.objects.exists()


def test_risk_is_recorded_without_the_words(member):
    result = services.screen(member=member, text=URGENT, source="journal")
    event = ScreeningEvent.objects.get(member=member)
    assert (result.tier, event.tier, event.source) == ("urgent", "urgent", "journal")
    assert "kill" not in " ".join(str(v) for v in ScreeningEvent.objects.values().get().values())


def test_without_consent_no_therapist_is_told(member, theo_is_miras_therapist):
    services.screen(member=member, text=URGENT, source="journal")
    assert not TherapistNotice.objects.exists()
    assert mail.outbox == []


def test_with_consent_an_urgent_result_tells_the_therapist_but_never_what_was_written(
    member, theo_is_miras_therapist, django_capture_on_commit_callbacks
):
    services.set_alert_consent(member=member, enabled=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.screen(member=member, text=URGENT, source="journal")
    notice = TherapistNotice.objects.get()
    assert notice.therapist == theo_is_miras_therapist and notice.member == member
    assert notice.emailed_at is not None
    [message] = mail.outbox
    assert message.to == ["theo@practice.example"]
    assert "mira@example.com" in message.body
    assert "kill" not in message.body and "tonight" not in message.body


def test_a_concern_result_does_not_alert_even_with_consent(member, theo_is_miras_therapist):
    services.set_alert_consent(member=member, enabled=True)
    services.screen(member=member, text="Everyone would be better off without me.", source="journal")
    assert ScreeningEvent.objects.get().tier == "concern"
    assert not TherapistNotice.objects.exists()


def test_only_therapists_are_alerted_whatever_a_provider_returns(member, stranger):
    alerts.register_therapist_provider(lambda person: [stranger])
    try:
        assert alerts.therapists_for(member) == []
    finally:
        alerts._providers.clear()


def test_a_retried_journal_save_records_the_risk_once(member_client, member):
    key = "6f1c7a5e-3c1b-4a55-9d5e-2f1d0f0b7a11"
    member_client.post("/journal/new/", {"body": URGENT, "idempotency_key": key})
    again = member_client.post("/journal/new/", {"body": URGENT, "idempotency_key": key})
    assert 'role="alert"' in again.content.decode()  # the response shows again
    assert ScreeningEvent.objects.filter(member=member).count() == 1
