import pytest

from nearer.privacy import audit

pytestmark = pytest.mark.django_db


def test_the_member_sees_who_read_their_data(member_client, member, therapist):
    audit.record_access(actor=audit.Actor.of(therapist), member_id=member.pk, what="journal", why="session prep")
    page = member_client.get("/privacy/access-log/").content.decode()
    assert "theo@practice.example" in page and "session prep" in page


def test_nobody_sees_reads_of_somebody_else(client, member, stranger, therapist):
    audit.record_access(actor=audit.Actor.of(therapist), member_id=member.pk, what="journal", why="session prep")
    client.force_login(stranger)
    page = client.get("/privacy/access-log/").content.decode()
    assert "theo@practice.example" not in page
    assert "Nobody but you has opened your data." in page
