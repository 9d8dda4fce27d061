"""/checkins/<id>/ and /checkins/<id>/delete/: the member changes or removes her own check-ins."""

import pytest

from nearer.checkins import services
from nearer.checkins.models import Checkin
from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import make_checkin, post

pytestmark = pytest.mark.django_db


def test_the_edit_form_shows_what_was_chosen(member_client, member):
    checkin = make_checkin(
        member, pleasantness=1.0, energy=-0.5, urge=6, feeling="calm", triggers=("praise",), note="first words"
    )
    page = member_client.get(f"/checkins/{checkin.pk}/").content.decode()
    assert 'value="1,-0.5" id="id_mood_19" data-quadrants="low_pleasant" checked' in page
    assert 'value="6" id="id_urge_6" required checked' in page
    assert 'value="calm" id="id_feeling_calm" aria-describedby="id_feeling_calm_def" checked' in page
    assert 'value="praise" id="id_triggers_2" checked' in page
    assert "first words" in page


def test_editing_saves_the_new_answers(member_client, member):
    checkin = make_checkin(member, urge=2, note="first")
    response = member_client.post(
        f"/checkins/{checkin.pk}/", post(urge="9", note="second", occurred_at="2026-11-29T10:00")
    )
    assert response.status_code == 302
    checkin.refresh_from_db()
    assert (checkin.urge, checkin.note, checkin.occurred_at.date().isoformat()) == (9, "second", "2026-11-29")


def test_editing_to_a_future_time_is_refused_and_keeps_the_words(member_client, member):
    checkin = make_checkin(member, note="before")
    response = member_client.post(f"/checkins/{checkin.pk}/", post(note="typed now", occurred_at="2999-01-01T10:00"))
    assert response.status_code == 400 and "typed now" in response.content.decode()
    checkin.refresh_from_db()
    assert checkin.note == "before"


def test_an_archived_person_still_shows_on_their_checkins(member_client, member):
    checkin = make_checkin(member, new_person=NewPerson("Old flame", "ex"))
    services.archive_person(person=checkin.person)
    page = member_client.get(f"/checkins/{checkin.pk}/").content.decode()
    assert f'<option value="{checkin.person_id}" selected>Old flame (ex)</option>' in page
    member_client.post(f"/checkins/{checkin.pk}/", post(person=str(checkin.person_id), urge="4"))
    checkin.refresh_from_db()
    assert checkin.person.nickname == "Old flame" and checkin.urge == 4


def test_an_edit_that_needs_support_shows_it_and_saves(member_client, member):
    checkin = make_checkin(member)
    page = member_client.post(f"/checkins/{checkin.pk}/", post(note="I want to die")).content.decode()
    assert 'role="alert"' in page
    checkin.refresh_from_db()
    assert checkin.note == "I want to die"


def test_delete_asks_first_then_deletes_for_good(member_client, member):
    checkin = make_checkin(member, note="maybe keep this")
    page = member_client.get(f"/checkins/{checkin.pk}/delete/").content.decode()
    assert "Delete this check-in?" in page and "maybe keep this" in page
    assert Checkin.objects.filter(pk=checkin.pk).exists()
    assert member_client.post(f"/checkins/{checkin.pk}/delete/")["Location"] == "/checkins/"
    assert not Checkin.objects.filter(pk=checkin.pk).exists()


@pytest.mark.parametrize("persona", ["stranger", "therapist", "admin"])
def test_anyone_else_gets_404_reading_editing_or_deleting(client, personas, persona):
    checkin = make_checkin(personas["member"], note="Mira's alone", urge=5)
    client.force_login(personas[persona])
    assert client.get(f"/checkins/{checkin.pk}/").status_code == 404
    assert client.post(f"/checkins/{checkin.pk}/", post(note="overwritten")).status_code == 404
    assert client.get(f"/checkins/{checkin.pk}/delete/").status_code == 404
    assert client.post(f"/checkins/{checkin.pk}/delete/").status_code == 404
    checkin.refresh_from_db()
    assert (checkin.note, checkin.urge) == ("Mira's alone", 5)


def test_a_missing_checkin_is_the_same_404(member_client):
    assert member_client.get("/checkins/00000000-0000-4000-8000-000000000000/").status_code == 404
