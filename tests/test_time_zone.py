import datetime as dt

import pytest

from nearer.journal.services import write_entry

pytestmark = pytest.mark.django_db


def test_a_member_picks_a_time_zone_and_sees_times_in_it(member_client, member):
    entry = write_entry(member=member, body="late", written_at=dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC)).entry
    assert "23:30" in member_client.get(f"/journal/{entry.pk}/").content.decode()
    response = member_client.post("/accounts/settings/", {"time_zone": "Australia/Sydney"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.time_zone == "Australia/Sydney"
    assert "10:30" in member_client.get(f"/journal/{entry.pk}/").content.decode()  # next morning there


def test_an_unknown_time_zone_is_refused_and_nothing_changes(member_client, member):
    response = member_client.post("/accounts/settings/", {"time_zone": "Mars/Olympus"})
    assert response.status_code == 400
    member.refresh_from_db()
    assert member.time_zone == ""
