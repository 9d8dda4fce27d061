"""/checkins/: newest first, a page at a time, and the same cost for 10 rows or 20."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nearer.checkins import services
from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import make_checkin

pytestmark = pytest.mark.django_db


def _rich_checkins(member, count: int, start: int = 0):
    """Check-ins with everything a row shows: a person, own triggers, an own action, own wants."""
    action, _ = services.add_own_label(member=member, kind="action", label="hid under a blanket")
    for n in range(start, start + count):
        make_checkin(
            member,
            urge=n % 11,
            triggers=("praise",),
            new_trigger=f"own trigger {n % 3}",
            new_want=f"own want {n % 2}",
            own_action=action if n % 2 else None,
            new_person=NewPerson(f"Person {n % 4}", "friend"),
            note=f"note number {n}",
        )


def test_newest_first(member_client, member):
    make_checkin(member, note="older", occurred_at=timezone.now() - timezone.timedelta(days=2))
    make_checkin(member, note="newer")
    page = member_client.get("/checkins/").content.decode()
    assert page.index("newer") < page.index("older")


def test_a_row_shows_what_happened_in_words(member_client, member):
    make_checkin(
        member,
        feeling="on_edge",
        urge=7,
        triggers=("criticism",),
        action="went_quiet",
        new_person=NewPerson("Mum", "family"),
    )
    page = member_client.get("/checkins/").content.decode()
    assert "On edge" in page and "urge to pull away 7 of 10" in page and "about Mum" in page
    assert "After: Criticism" in page and "What I did: Went quiet" in page


def test_the_list_costs_the_same_queries_for_10_and_20_checkins(member_client, member):
    _rich_checkins(member, 10)
    member_client.get("/checkins/")
    with CaptureQueriesContext(connection) as ten:
        member_client.get("/checkins/")
    _rich_checkins(member, 10, start=10)
    with CaptureQueriesContext(connection) as twenty:
        member_client.get("/checkins/")
    assert len(twenty) == len(ten)


def test_older_checkins_come_a_page_at_a_time_with_or_without_htmx(member_client, member):
    for n in range(25):
        make_checkin(member, note=f"check-in {n:02d}")
    first = member_client.get("/checkins/").content.decode()
    assert first.count('class="checkin-row"') == 20 and 'href="?page=2"' in first
    partial = member_client.get("/checkins/?page=2", headers={"HX-Request": "true"}).content.decode()
    assert partial.count('class="checkin-row"') == 5 and "<html" not in partial
    plain = member_client.get("/checkins/?page=2").content.decode()
    assert "<html" in plain and plain.count('class="checkin-row"') == 5


def test_an_empty_list_is_welcoming_and_never_counts_days(member_client):
    page = member_client.get("/checkins/").content.decode().lower()
    assert "no check-ins yet, and that's fine" in page
    assert "streak" not in page and "missed" not in page


def test_a_stranger_sees_only_their_own(client, member, stranger):
    make_checkin(member, note="Mira's only")
    client.force_login(stranger)
    assert "Mira's only" not in client.get("/checkins/").content.decode()


def test_the_header_offers_check_in_first_and_home_has_a_card(member_client):
    page = member_client.get("/").content.decode()
    nav = page.split('aria-label="Main"', 1)[1]
    assert nav.index('href="/checkins/new/"') < nav.index('href="/"')
    assert "Check in now" in page
