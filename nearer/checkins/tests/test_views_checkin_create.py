"""/checkins/new/: a check-in in a few taps, by touch, keyboard or screen reader, never refused for a bad mood."""

import re

import pytest

from nearer.checkins import services
from nearer.checkins.models import Checkin, OwnLabel, Person
from nearer.checkins.tests.factories import form_key, post

pytestmark = pytest.mark.django_db


def test_the_form_works_without_javascript_with_real_radios_and_names(member_client):
    page = member_client.get("/checkins/new/").content.decode()
    grid = re.findall(r'<input type="radio" name="mood" value="([^"]+)" id="(id_mood_\d+)"', page)
    assert len(grid) == 25
    assert '<span class="visually-hidden">Very pleasant, low energy</span>' in page
    assert "<legend>How do you feel? Tap the spot that fits</legend>" in page
    assert len(re.findall(r'name="feeling" value="[a-z_]+"', page)) >= 64
    assert page.count('class="feeling-group"') == 4
    assert 'id="id_feeling_on_edge_def">Braced for something to go wrong.</small>' in page
    assert len(re.findall(r'name="urge" value="\d+"', page)) == 11
    assert 'name="idempotency_key"' in page
    assert 'src="/static/checkins/checkin_form.js" defer nonce="' in page
    assert " style=" not in page  # the CSP forbids inline styles


def test_two_taps_make_a_checkin(member_client, member):
    response = member_client.post("/checkins/new/", post())
    assert response.status_code == 302 and response["Location"] == "/checkins/"
    checkin = Checkin.objects.get(owner=member)
    assert (checkin.pleasantness, checkin.energy, checkin.urge) == (0.0, 0.0, 3)
    assert "Checked in. Only you can see it." in member_client.get("/checkins/").content.decode()


def test_everything_answered_including_a_new_person_and_own_words(member_client, member):
    data = post(
        mood="-0.5,1",
        feeling="on_edge",
        urge="8",
        triggers=["praise", "closeness"],
        new_trigger="Talk about moving in",
        person="new",
        new_person_nickname="J",
        new_person_kind="partner",
        new_action="Scrolled my phone",
        wanted=["a_hug", "reassurance"],
        new_want="To be held",
        wanted_text="For him to stay close",
        note="He said he was proud of me and I froze.",
    )
    assert member_client.post("/checkins/new/", data).status_code == 302
    checkin = Checkin.objects.get(owner=member)
    assert checkin.person.nickname == "J" and checkin.person.kind == "partner"
    assert checkin.action == "" and checkin.action_label == "Scrolled my phone"
    assert checkin.trigger_labels() == ["Praise or kindness", "Closeness or intimacy", "Talk about moving in"]
    assert checkin.want_labels() == ["A hug", "Reassurance", "To be held"]
    # The new person and own words are offered next time.
    page = member_client.get("/checkins/new/").content.decode()
    assert "J (partner)" in page and "Talk about moving in" in page and "To be held" in page


def test_missing_answers_get_a_message_each_and_everything_typed_stays(member_client, member):
    data = {"triggers": ["criticism"], "note": "keep these words", "new_trigger": "my own thing", "feeling": "sad"}
    response = member_client.post("/checkins/new/", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Tap the spot on the grid that fits best" in page
    assert "Choose a number from 0 (no pull at all) to 10" in page
    assert "keep these words" in page and 'value="my own thing"' in page
    assert re.search(r'value="criticism" id="id_triggers_\d+" checked', page)
    assert 'value="sad" id="id_feeling_sad" aria-describedby="id_feeling_sad_def" checked' in page
    assert not Checkin.objects.exists()


def test_the_chosen_spot_stays_chosen_after_an_error(member_client):
    page = member_client.post("/checkins/new/", {"mood": "1,-0.5"}).content.decode()
    assert 'value="1,-0.5" id="id_mood_19" data-quadrants="low_pleasant" checked' in page


def test_a_future_time_is_refused_and_the_text_stays(member_client):
    response = member_client.post("/checkins/new/", post(note="keep me", occurred_at="2999-01-01T10:00"))
    page = response.content.decode()
    assert response.status_code == 400
    assert "in the future" in page and "keep me" in page and 'value="2999-01-01T10:00"' in page
    assert not Checkin.objects.exists()


def test_backdating_is_allowed(member_client, member):
    member_client.post("/checkins/new/", post(occurred_at="2026-11-20T08:00"))
    assert Checkin.objects.get(owner=member).occurred_at.date().isoformat() == "2026-11-20"


def test_a_retried_submit_does_not_make_a_twin(member_client, member):
    key = form_key(member_client.get("/checkins/new/").content.decode())
    member_client.post("/checkins/new/", post(note="only once", idempotency_key=key))
    member_client.post("/checkins/new/", post(note="only once", idempotency_key=key))
    assert Checkin.objects.filter(owner=member).count() == 1


def test_a_retried_submit_that_adds_a_person_adds_them_once(member_client, member):
    key = form_key(member_client.get("/checkins/new/").content.decode())
    data = post(person="new", new_person_nickname="Mum", new_person_kind="family", idempotency_key=key)
    member_client.post("/checkins/new/", data)
    member_client.post("/checkins/new/", data)
    assert Person.objects.filter(owner=member).count() == 1


def test_the_worst_mood_is_never_blocked(member_client, member):
    response = member_client.post("/checkins/new/", post(mood="-1,-1", urge="10", feeling="hopeless"))
    assert response.status_code == 302
    assert Checkin.objects.get(owner=member).urge == 10


def test_words_about_wanting_to_die_get_help_at_once_and_are_saved(member_client, member):
    response = member_client.post("/checkins/new/", post(note="I want to die tonight"))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in page and "tel:" in page
    assert 'href="/checkins/"' in page  # a way to carry on
    assert Checkin.objects.get(owner=member).note == "I want to die tonight"


def test_someone_new_needs_a_nickname_and_a_kind(member_client):
    page = member_client.post("/checkins/new/", post(person="new")).content.decode()
    assert "Give them a nickname, an initial is enough." in page
    page = member_client.post("/checkins/new/", post(new_person_nickname="Kit")).content.decode()
    assert "Choose what they are to you" in page


def test_choosing_someone_and_typing_a_new_name_asks_which(member_client, member):
    person, _ = services.add_person(member=member, nickname="J", kind="partner")
    response = member_client.post(
        "/checkins/new/", post(person=str(person.pk), new_person_nickname="Kit", new_person_kind="someone_new")
    )
    assert response.status_code == 400
    assert "You chose someone above" in response.content.decode()


def test_a_listed_action_and_an_own_one_at_once_asks_which(member_client):
    response = member_client.post("/checkins/new/", post(action="withdrew", new_action="hid in the bathroom"))
    assert response.status_code == 400
    assert "You chose something above" in response.content.decode()


def test_someone_elses_person_or_option_is_not_a_choice(member_client, stranger):
    sams, _ = services.add_person(member=stranger, nickname="Sam's", kind="friend")
    label, _ = services.add_own_label(member=stranger, kind="trigger", label="Sam's trigger")
    assert member_client.post("/checkins/new/", post(person=str(sams.pk))).status_code == 400
    assert member_client.post("/checkins/new/", post(triggers=[f"custom:{label.pk}"])).status_code == 400
    assert not Checkin.objects.exclude(owner=stranger).exists()


def test_archived_people_are_not_offered(member_client, member):
    person, _ = services.add_person(member=member, nickname="Old flame", kind="ex")
    services.archive_person(person=person)
    assert "Old flame" not in member_client.get("/checkins/new/").content.decode()


def test_a_visitor_is_sent_to_log_in(client, member):
    assert client.get("/checkins/new/")["Location"].startswith("/accounts/login/")
    assert client.post("/checkins/new/", post()).status_code == 302
    assert not Checkin.objects.exists()


def test_own_options_are_offered_for_their_own_question_only(member_client, member):
    services.add_own_label(member=member, kind="want", label="quiet company")
    page = member_client.get("/checkins/new/").content.decode()
    label = OwnLabel.objects.get(owner=member)
    assert f'name="wanted" value="custom:{label.pk}"' in page
    assert f'name="triggers" value="custom:{label.pk}"' not in page


def test_a_checkin_with_only_the_fixed_choices_never_loads_people_or_own_options(member_client, member):
    """Saving is the daily hot path (bench/bench_checkin_save.py): the member's people and own
    options are looked up, and their words decrypted, only when the check-in uses one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    services.add_person(member=member, nickname="J", kind="partner")
    label, _ = services.add_own_label(member=member, kind=OwnLabel.Kind.TRIGGER, label="Moving in")
    data = post(triggers=["praise"], action="went_quiet", wanted=["reassurance"], note="I changed the subject.")
    with CaptureQueriesContext(connection) as plain:
        assert member_client.post("/checkins/new/", data).status_code == 302
    tables = " ".join(q["sql"] for q in plain.captured_queries)
    assert "checkins_person" not in tables and "checkins_ownlabel" not in tables

    # Choosing one of them still works, and a made-up id is still refused.
    person = Person.objects.get(owner=member)
    own = post(person=str(person.pk), triggers=["praise", f"custom:{label.pk}"])
    assert member_client.post("/checkins/new/", own).status_code == 302
    newest = Checkin.objects.filter(owner=member).order_by("-created_at").first()
    assert newest.person == person and newest.trigger_labels() == ["Praise or kindness", "Moving in"]
    forged = member_client.post("/checkins/new/", post(triggers=["custom:999999"]))
    assert forged.status_code == 400 and Checkin.objects.filter(owner=member).count() == 2


def test_saving_reads_the_session_the_member_and_their_key_and_writes_one_row(member_client, member):
    """The whole database cost of a save from the form (bench/bench_checkin_save.py): a new query
    on this path is paid on every check-in, so it should be a deliberate change to this list."""
    import uuid

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    member_client.post("/checkins/new/", post())  # the member's data key exists from now on
    data = post(triggers=["praise"], note="I changed the subject.", idempotency_key=str(uuid.uuid4()))
    with CaptureQueriesContext(connection) as saving:
        assert member_client.post("/checkins/new/", data).status_code == 302
    table = re.compile(r'(?:FROM|INTO) "(\w+)"')
    statements = [
        f"{sql.split()[0]} {table.search(sql).group(1)}"
        for sql in (q["sql"] for q in saving.captured_queries)
        if not sql.startswith(("SAVEPOINT", "RELEASE"))
    ]
    assert statements == [
        "SELECT django_session",
        "SELECT accounts_user",
        "SELECT privacy_datakey",
        "INSERT checkins_checkin",
    ]
