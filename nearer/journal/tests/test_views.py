"""The journal pages, as the member (Mira) and a stranger (Sam) use them."""

import re

import pytest

from nearer.journal.models import Entry
from nearer.journal.services import write_entry

pytestmark = pytest.mark.django_db


def _form_key(page: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', page).group(1)


def test_writing_an_entry_saves_it_and_shows_it(member_client, member):
    key = _form_key(member_client.get("/journal/new/").content.decode())
    response = member_client.post("/journal/new/", {"body": "I went quiet at dinner.", "idempotency_key": key})
    entry = Entry.objects.get(owner=member)
    assert response["Location"] == f"/journal/{entry.pk}/"
    assert "I went quiet at dinner." in member_client.get("/journal/").content.decode()


def test_a_retried_submit_does_not_make_a_twin(member_client, member):
    key = _form_key(member_client.get("/journal/new/").content.decode())
    first = member_client.post("/journal/new/", {"body": "only once", "idempotency_key": key})
    again = member_client.post("/journal/new/", {"body": "only once", "idempotency_key": key})
    assert Entry.objects.filter(owner=member).count() == 1
    assert first["Location"] == again["Location"]


def test_an_empty_entry_is_refused_kindly_and_keeps_the_date_typed(member_client, member):
    response = member_client.post("/journal/new/", {"body": "", "written_at": "2026-11-30T21:15"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Write a few words first" in page
    assert 'value="2026-11-30T21:15"' in page
    assert not Entry.objects.exists()


def test_a_future_date_is_refused_and_the_text_stays_on_the_page(member_client):
    response = member_client.post("/journal/new/", {"body": "keep me", "written_at": "2999-01-01T10:00"})
    assert response.status_code == 400
    assert "keep me" in response.content.decode()
    assert "in the future" in response.content.decode()


def test_backdating_is_allowed(member_client, member):
    member_client.post("/journal/new/", {"body": "catching up", "written_at": "2026-11-20T08:00"})
    assert Entry.objects.get(owner=member).written_at.date().isoformat() == "2026-11-20"


def test_words_about_wanting_to_die_get_help_at_once_and_are_still_saved(member_client, member):
    response = member_client.post("/journal/new/", {"body": "I want to die tonight"})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in page
    assert "tel:" in page  # crisis lines to tap, right there
    assert Entry.objects.get(owner=member).body == "I want to die tonight"


def test_an_idiom_gets_no_crisis_response(member_client):
    response = member_client.post("/journal/new/", {"body": "This exam is killing me."})
    assert response.status_code == 302


def test_editing_and_deleting_her_own_entry(member_client, member):
    entry = write_entry(member=member, body="first draft").entry
    member_client.post(f"/journal/{entry.pk}/", {"body": "second draft", "written_at": "2026-11-29T10:00"})
    entry.refresh_from_db()
    assert entry.body == "second draft"
    member_client.post(f"/journal/{entry.pk}/delete/")
    assert not Entry.objects.filter(pk=entry.pk).exists()


def test_a_stranger_gets_404_reading_editing_or_deleting(client, member, stranger):
    entry = write_entry(member=member, body="Mira's alone").entry
    client.force_login(stranger)
    assert client.get(f"/journal/{entry.pk}/").status_code == 404
    assert client.post(f"/journal/{entry.pk}/", {"body": "overwritten"}).status_code == 404
    assert client.post(f"/journal/{entry.pk}/delete/").status_code == 404
    entry.refresh_from_db()
    assert entry.body == "Mira's alone"


def test_staff_get_the_same_404(client, member, admin_user):
    entry = write_entry(member=member, body="not for admins").entry
    client.force_login(admin_user)
    assert client.get(f"/journal/{entry.pk}/").status_code == 404


def test_the_list_costs_the_same_queries_for_10_and_20_entries(member_client, member):
    for n in range(10):
        write_entry(member=member, body=f"entry {n}")
    member_client.get("/journal/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ten:
        member_client.get("/journal/")
    for n in range(10):
        write_entry(member=member, body=f"more {n}")
    with CaptureQueriesContext(connection) as twenty:
        member_client.get("/journal/")
    assert len(twenty) == len(ten)


def test_older_entries_come_a_page_at_a_time_with_or_without_htmx(member_client, member):
    for n in range(25):
        write_entry(member=member, body=f"entry number {n:02d}")
    first = member_client.get("/journal/").content.decode()
    assert first.count('class="entry-row"') == 20
    assert 'href="?page=2"' in first
    partial = member_client.get("/journal/?page=2", headers={"HX-Request": "true"}).content.decode()
    assert partial.count('class="entry-row"') == 5
    assert "<html" not in partial  # just the rows, to append in place
    plain = member_client.get("/journal/?page=2").content.decode()
    assert "<html" in plain and plain.count('class="entry-row"') == 5


def test_a_resend_with_a_fixed_typo_keeps_one_entry_with_the_new_words(member_client, member):
    key = _form_key(member_client.get("/journal/new/").content.decode())
    member_client.post("/journal/new/", {"body": "I miss hre", "idempotency_key": key})
    member_client.post("/journal/new/", {"body": "I miss her", "idempotency_key": key})
    assert [e.body for e in Entry.objects.owned_by(member)] == ["I miss her"]


def test_delete_asks_first_and_keeps_the_entry_until_confirmed(member_client, member):
    entry = write_entry(member=member, body="maybe keep this").entry
    page = member_client.get(f"/journal/{entry.pk}/delete/").content.decode()
    assert "Delete this entry?" in page and "maybe keep this" in page
    assert Entry.objects.filter(pk=entry.pk).exists()
