"""/checkins/export.csv: the member's own check-ins as a spreadsheet, words and all."""

import csv
import io

import pytest
from django.utils import timezone

from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import make_checkin

pytestmark = pytest.mark.django_db


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_file_has_a_header_and_her_words_decrypted(member_client, member):
    make_checkin(
        member,
        pleasantness=-0.5,
        energy=1.0,
        feeling="on_edge",
        urge=8,
        triggers=("praise",),
        new_trigger="moving-in talk",
        new_person=NewPerson("J", "partner"),
        action="went_quiet",
        wanted=("a_hug",),
        wanted_text="for him to stay",
        note="He said he was proud of me, and I froze.",
    )
    response = member_client.get("/checkins/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    stamp = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="nearer-checkins-{stamp}.csv"'
    (row,) = _rows(response)
    assert row["mood"] == "Unpleasant, very high energy" and row["feeling"] == "On edge"
    assert (row["urge"], row["person"], row["relationship"]) == ("8", "J", "Partner")
    assert row["triggers"] == "Praise or kindness; moving-in talk"
    assert (row["action"], row["wanted"], row["wanted_in_words"]) == ("Went quiet", "A hug", "for him to stay")
    assert row["note"] == "He said he was proud of me, and I froze."


def test_oldest_first_and_only_her_own(member_client, member, stranger):
    make_checkin(member, note="second", occurred_at=timezone.now() - timezone.timedelta(hours=1))
    make_checkin(member, note="first", occurred_at=timezone.now() - timezone.timedelta(days=1))
    make_checkin(stranger, note="Sam's")
    assert [r["note"] for r in _rows(member_client.get("/checkins/export.csv"))] == ["first", "second"]


def test_an_empty_file_still_has_its_header(member_client):
    text = member_client.get("/checkins/export.csv").content.decode()
    assert text.splitlines() == [
        "when,pleasantness,energy,mood,feeling,urge,triggers,person,relationship,action,wanted,wanted_in_words,note,id"
    ]


def test_words_a_spreadsheet_would_run_as_a_formula_are_kept_as_text(member_client, member):
    make_checkin(member, note='=HYPERLINK("http://example.com")')
    assert _rows(member_client.get("/checkins/export.csv"))[0]["note"] == '\'=HYPERLINK("http://example.com")'


def test_a_visitor_is_sent_to_log_in(client, member):
    assert client.get("/checkins/export.csv")["Location"].startswith("/accounts/login/")
