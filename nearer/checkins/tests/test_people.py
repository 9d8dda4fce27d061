"""/checkins/people/: the people check-ins are about, by nickname; add, rename, archive."""

import pytest

from nearer.checkins import services
from nearer.checkins.models import Person
from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import make_checkin, raw_column

pytestmark = pytest.mark.django_db


def test_the_page_says_real_names_are_never_needed(member_client):
    page = member_client.get("/checkins/people/").content.decode()
    assert "real names are never needed" in page
    assert "Nobody yet" in page


def test_adding_someone_by_nickname_seals_it(member_client, member):
    response = member_client.post("/checkins/people/", {"nickname": "Priya", "kind": "friend"})
    assert response["Location"] == "/checkins/people/"
    person = Person.objects.get(owner=member)
    assert (person.nickname, person.kind) == ("Priya", "friend")
    assert "Priya" not in raw_column("checkins_person", "nickname", person.pk)
    assert "Priya" in member_client.get("/checkins/people/").content.decode()


def test_a_blank_nickname_is_refused_kindly(member_client, member):
    response = member_client.post("/checkins/people/", {"nickname": "", "kind": "friend"})
    assert response.status_code == 400
    assert "Give them a nickname, an initial is enough." in response.content.decode()
    assert not Person.objects.exists()


def test_renaming_someone(member_client, member):
    person, _ = services.add_person(member=member, nickname="J", kind="someone_new")
    page = member_client.get(f"/checkins/people/{person.pk}/").content.decode()
    assert 'value="J"' in page
    member_client.post(f"/checkins/people/{person.pk}/", {"nickname": "Jo", "kind": "partner"})
    person.refresh_from_db()
    assert (person.nickname, person.kind) == ("Jo", "partner")


def test_archiving_takes_them_off_the_form_and_keeps_their_checkins(member_client, member):
    checkin = make_checkin(member, new_person=NewPerson("Ex", "ex"), note="about them")
    member_client.post(f"/checkins/people/{checkin.person_id}/", {"archive": "yes"})
    assert Person.objects.get(pk=checkin.person_id).archived
    assert "Ex (ex)" not in member_client.get("/checkins/new/").content.decode()
    assert "about Ex" in member_client.get("/checkins/").content.decode()
    page = member_client.get("/checkins/people/").content.decode()
    assert "Archived" in page
    member_client.post(f"/checkins/people/{checkin.person_id}/", {"archive": "no"})
    assert not Person.objects.get(pk=checkin.person_id).archived


def test_a_nickname_that_needs_support_gets_it(member_client, member):
    page = member_client.post("/checkins/people/", {"nickname": "I want to die", "kind": "other"}).content.decode()
    assert 'role="alert"' in page
    assert Person.objects.filter(owner=member).exists()


@pytest.mark.parametrize("persona", ["stranger", "therapist", "admin"])
def test_anyone_else_gets_404(client, personas, persona):
    person, _ = services.add_person(member=personas["member"], nickname="Mira's J", kind="partner")
    client.force_login(personas[persona])
    assert client.get(f"/checkins/people/{person.pk}/").status_code == 404
    assert client.post(f"/checkins/people/{person.pk}/", {"nickname": "hijacked", "kind": "ex"}).status_code == 404
    assert client.post(f"/checkins/people/{person.pk}/", {"archive": "yes"}).status_code == 404
    person.refresh_from_db()
    assert (person.nickname, person.archived) == ("Mira's J", False)
    assert "Mira's J" not in client.get("/checkins/people/").content.decode()
