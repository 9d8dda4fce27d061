import pytest

from nearer.safety import services
from nearer.safety.models import AlertConsent, ScreeningEvent, TherapistNotice

pytestmark = pytest.mark.django_db


def test_consent_is_off_by_default_and_says_exactly_what_is_shared(member_client, member):
    page = member_client.get("/safety/alerts/").content.decode()
    assert "off unless you turn it on" in page
    assert "never includes what you wrote" in page
    assert "checked" not in page.split('name="enabled"')[1].split(">")[0]
    assert not services.alert_consent_enabled(member)


def test_the_member_turns_it_on_and_off(member_client, member):
    member_client.post("/safety/alerts/", {"enabled": "on"})
    assert AlertConsent.objects.get(member=member).enabled
    member_client.post("/safety/alerts/", {})
    assert not AlertConsent.objects.get(member=member).enabled


def test_a_therapist_sees_new_notices_once(client, member, therapist):
    event = ScreeningEvent.objects.create(member=member, tier="urgent", source="journal")
    TherapistNotice.objects.create(therapist=therapist, member=member, event=event)
    client.force_login(therapist)
    page = client.get("/safety/notices/").content.decode()
    assert "mira@example.com" in page and "<strong>new</strong>" in page
    assert "<strong>new</strong>" not in client.get("/safety/notices/").content.decode()


def test_a_therapist_never_sees_another_therapists_notices(client, member, therapist):
    from conftest import make_user

    other = make_user("tara@practice.example", role="therapist")
    event = ScreeningEvent.objects.create(member=member, tier="urgent", source="journal")
    TherapistNotice.objects.create(therapist=other, member=member, event=event)
    client.force_login(therapist)
    assert "mira@example.com" not in client.get("/safety/notices/").content.decode()
