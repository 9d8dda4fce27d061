"""Writes: what is saved, what is screened, what is sealed, and that nothing is saved twice."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nearer.checkins import selectors, services
from nearer.checkins.models import Checkin, OwnLabel, Person
from nearer.checkins.services import NewPerson
from nearer.checkins.tests.factories import answers, make_checkin, raw_column
from nearer.privacy import keys
from nearer.safety.models import ScreeningEvent

pytestmark = pytest.mark.django_db


def test_a_checkin_is_saved_with_everything_answered(member):
    person, _ = services.add_person(member=member, nickname="J", kind="partner")
    checkin = make_checkin(
        member,
        pleasantness=-0.5,
        energy=1.0,
        urge=8,
        feeling="on_edge",
        triggers=("praise", "closeness"),
        person=person,
        action="went_quiet",
        wanted=("a_hug",),
        wanted_text="For him to stay",
        note="He said he was proud of me.",
    )
    checkin = Checkin.objects.get(pk=checkin.pk)
    assert (checkin.urge, checkin.feeling, checkin.triggers, checkin.action) == (
        8,
        "on_edge",
        ["praise", "closeness"],
        "went_quiet",
    )
    assert checkin.person == person and checkin.note == "He said he was proud of me."
    assert checkin.mood_label == "Unpleasant, very high energy"


def test_free_text_is_sealed_at_rest(member):
    checkin = make_checkin(
        member,
        note="I said I needed space but wanted a hug",
        wanted_text="to be asked",
        new_trigger="moving-in talk",
        new_person=NewPerson("Jamie", "partner"),
    )
    for column, words in (("note", "space"), ("wanted_text", "asked")):
        stored = raw_column("checkins_checkin", column, checkin.pk)
        assert stored.startswith("nc1.") and words not in stored
    nickname = raw_column("checkins_person", "nickname", checkin.person_id)
    assert nickname.startswith("nc1.") and "Jamie" not in nickname
    label = OwnLabel.objects.get(owner=member)
    assert raw_column("checkins_ownlabel", "label", label.pk).startswith("nc1.")
    assert label.label == "moving-in talk"


def test_a_retried_key_returns_the_first_checkin_and_records_risk_once(member):
    key = uuid.uuid4()
    first = services.record_checkin(member=member, answers=answers(note="I want to die"), idempotency_key=key)
    again = services.record_checkin(member=member, answers=answers(note="I want to die"), idempotency_key=key)
    assert first.created and not again.created
    assert again.checkin.pk == first.checkin.pk
    assert again.screening.needs_response  # the same help shows again
    assert Checkin.objects.filter(owner=member).count() == 1
    assert ScreeningEvent.objects.filter(member=member).count() == 1


def test_a_resend_with_new_risky_words_is_screened_and_recorded(member):
    key = uuid.uuid4()
    services.record_checkin(member=member, answers=answers(note="rough day"), idempotency_key=key)
    again = services.record_checkin(member=member, answers=answers(note="I want to die"), idempotency_key=key)
    assert again.screening.needs_response and not again.created
    assert Checkin.objects.get(owner=member).note == "I want to die"
    assert ScreeningEvent.objects.filter(member=member).count() == 1


def test_a_first_save_inserts_without_looking_for_a_twin_first(member):
    services.record_checkin(member=member, answers=answers(note="warm up the data key"))
    with keys.key_cache(), CaptureQueriesContext(connection) as queries:  # as in a request
        services.record_checkin(member=member, answers=answers(note="fine"), idempotency_key=uuid.uuid4())
    statements = [q["sql"] for q in queries.captured_queries if "SAVEPOINT" not in q["sql"]]
    assert [sql.split()[0] for sql in statements] == ["SELECT", "INSERT"], statements  # the data key, the check-in
    assert "privacy_datakey" in statements[0]


def test_a_resend_with_changes_keeps_one_checkin_with_the_new_answers(member):
    key = uuid.uuid4()
    services.record_checkin(member=member, answers=answers(urge=4, note="typo hre"), idempotency_key=key)
    services.record_checkin(
        member=member, answers=answers(urge=5, note="typo here", new_trigger="a text"), idempotency_key=key
    )
    checkin = Checkin.objects.get(owner=member)
    assert (checkin.urge, checkin.note) == (5, "typo here")
    assert [o.label for o in checkin.own_triggers.all()] == ["a text"]


def test_words_about_wanting_to_die_get_a_response_and_are_still_saved(member):
    recorded = services.record_checkin(member=member, answers=answers(note="I want to die tonight", urge=10))
    assert recorded.screening.needs_response
    assert Checkin.objects.get(pk=recorded.checkin.pk).note == "I want to die tonight"
    assert ScreeningEvent.objects.get(member=member).source == "checkin"


def test_every_free_text_passes_the_screen(member):
    for field in ("wanted_text", "new_trigger", "new_want", "new_action"):
        recorded = services.record_checkin(member=member, answers=answers(**{field: "I want to die"}))
        assert recorded.screening.needs_response, field
    recorded = services.record_checkin(member=member, answers=answers(new_person=NewPerson("I want to die", "other")))
    assert recorded.screening.needs_response
    _, screening = services.add_own_label(member=member, kind="trigger", label="thinking of killing myself")
    assert screening.needs_response


def test_an_idiom_gets_no_response(member):
    assert not services.record_checkin(
        member=member, answers=answers(note="This exam is killing me.")
    ).screening.needs_response


def test_the_worst_mood_and_strongest_urge_are_saved_like_any_other(member):
    checkin = make_checkin(member, pleasantness=-1.0, energy=-1.0, urge=10, feeling="hopeless")
    assert Checkin.objects.get(pk=checkin.pk).urge == 10


def test_a_future_time_is_refused_and_backdating_is_fine(member):
    with pytest.raises(ValidationError, match="future"):
        make_checkin(member, occurred_at=timezone.now() + timezone.timedelta(hours=2))
    assert not Checkin.objects.exists()
    last_week = timezone.now() - timezone.timedelta(days=7)
    assert make_checkin(member, occurred_at=last_week).occurred_at == last_week


def test_out_of_range_answers_are_refused(member):
    for bad in ({"urge": 11}, {"pleasantness": 1.5}, {"energy": -2.0}, {"feeling": "made_up"}, {"triggers": ("x",)}):
        with pytest.raises(ValidationError):
            make_checkin(member, **bad)
    assert not Checkin.objects.exists()


def test_the_same_own_words_or_person_are_reused_not_copied(member):
    make_checkin(member, new_trigger="Plans  for the weekend", new_person=NewPerson("J", "partner"))
    make_checkin(member, new_trigger="plans for the weekend", new_person=NewPerson("j", "partner"))
    assert OwnLabel.objects.filter(owner=member).count() == 1
    assert Person.objects.filter(owner=member).count() == 1


def test_someone_elses_person_or_option_cannot_be_attached(member, stranger):
    sams_person, _ = services.add_person(member=stranger, nickname="Sam's friend", kind="friend")
    sams_label, _ = services.add_own_label(member=stranger, kind="trigger", label="Sam's own")
    with pytest.raises(ValidationError):
        make_checkin(member, person=sams_person)
    with pytest.raises(ValidationError):
        make_checkin(member, own_triggers=(sams_label,))
    assert not Checkin.objects.filter(owner=member).exists()


def test_an_option_answers_only_its_own_question(member):
    want, _ = services.add_own_label(member=member, kind="want", label="quiet")
    with pytest.raises(ValidationError):
        make_checkin(member, own_triggers=(want,))


def test_archiving_a_person_keeps_their_checkins(member):
    checkin = make_checkin(member, new_person=NewPerson("Ade", "colleague"))
    services.archive_person(person=checkin.person)
    assert Checkin.objects.get(pk=checkin.pk).person.archived
    assert selectors.people_for_form(member) == []
    assert selectors.people_for_form(member, Checkin.objects.get(pk=checkin.pk)) == [checkin.person]


def test_adding_an_archived_person_again_brings_them_back(member):
    person, _ = services.add_person(member=member, nickname="Mum", kind="family")
    services.archive_person(person=person)
    again, _ = services.add_person(member=member, nickname="Mum", kind="family")
    assert again.pk == person.pk and not Person.objects.get(pk=person.pk).archived


def test_a_nickname_is_required_and_short(member):
    with pytest.raises(ValidationError):
        services.add_person(member=member, nickname="   ", kind="friend")
    with pytest.raises(ValidationError):
        services.add_person(member=member, nickname="x" * 61, kind="friend")


def test_points_for_the_patterns_core_decrypt_nothing_and_use_local_time(member, settings):
    settings.TIME_ZONE = "Europe/London"
    label, _ = services.add_own_label(member=member, kind="action", label="scrolled")
    checkin = make_checkin(
        member, urge=7, triggers=("praise",), new_trigger="a text", new_person=NewPerson("J", "partner")
    )
    make_checkin(member, urge=2, own_action=label, occurred_at=timezone.now() - timezone.timedelta(days=1))
    with CaptureQueriesContext(connection) as queries:
        points = selectors.points_for(member)
    assert len(queries) == 2
    older, newer = points
    assert older.action == f"custom:{label.pk}" and older.person is None
    trigger = OwnLabel.objects.get(owner=member, kind="trigger")
    assert newer.triggers == frozenset({"praise", f"custom:{trigger.pk}"})
    assert newer.person == f"p:{checkin.person_id}" and newer.urge == 7 and newer.action is None
    assert str(newer.at.tzinfo) == "Europe/London"


def test_labels_for_names_every_key_the_points_use(member, stranger):
    checkin = make_checkin(member, new_trigger="a text", new_person=NewPerson("J", "partner"))
    make_checkin(stranger, new_trigger="Sam's words")
    labels = selectors.labels_for(member)
    trigger = OwnLabel.objects.get(owner=member)
    assert labels == {f"custom:{trigger.pk}": "a text", f"p:{checkin.person_id}": "J"}
