"""`nearer demo`: a member to try Nearer with, and check-ins with real patterns in them."""

from datetime import date
from statistics import mean

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nearer import cli
from nearer.accounts.models import User
from nearer.checkins import demo, selectors
from nearer.checkins.models import Checkin, OwnLabel, Person
from nearer.checkins.tests.factories import make_checkin
from nearer.safety.screening import screen_text

pytestmark = pytest.mark.django_db

PASSWORD = "a long demo password"
DAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def year(django_db_setup, django_db_blocker):
    """One demo year, made once for the structure tests (they only read it)."""
    with django_db_blocker.unblock():
        result = demo.load_demo(email="demo-year@example.com", password=PASSWORD, years=1, seed=7, today=DAY)
        points = selectors.points_for(result.member)
        labels = selectors.labels_for(result.member)
        User.objects.filter(pk=result.member.pk).delete()
    return points, labels


def test_the_command_makes_a_member_who_can_log_in(client, capsys):
    call_command("demo", "--email", "demo@example.com", "--password", PASSWORD)
    out = capsys.readouterr().out
    member = User.objects.get(email="demo@example.com")
    count = Checkin.objects.owned_by(member).count()
    assert f"Created demo@example.com: {count} check-ins over 1 year with 5 people" in out
    assert "Log in at /accounts/login/ with demo@example.com" in out
    assert 4 * 365 * 0.85 < count < 4 * 365 * 1.15  # about four a day, with a few pauses
    assert member.role == "member" and member.country == ""
    assert client.login(email="demo@example.com", password=PASSWORD)
    assert client.get("/checkins/").status_code == 200


def test_people_are_nicknames_and_some_notes_are_written(year):
    points, labels = year
    assert sorted(v for k, v in labels.items() if k.startswith("p:")) == sorted(
        ["J", "Mum", "Ade from work", "Priya", "Kit"]
    )
    assert any(p.triggers & {k for k in labels if k.startswith("custom:")} for p in points)


def _mean(points, keep) -> float:
    return mean(p.urge for p in points if keep(p))


def test_praise_closeness_and_criticism_raise_the_urge(year):
    points, _ = year
    plain = _mean(points, lambda p: not p.triggers & {"praise", "closeness", "criticism"})
    assert _mean(points, lambda p: "praise" in p.triggers) - plain > 2
    assert _mean(points, lambda p: "closeness" in p.triggers) - plain > 2
    assert _mean(points, lambda p: "criticism" in p.triggers) - plain > 1


def test_one_person_comes_with_stronger_urges_and_evenings_run_higher(year):
    points, labels = year
    j = next(k for k, v in labels.items() if v == "J")
    assert _mean(points, lambda p: p.person == j) - _mean(points, lambda p: p.person not in (j, None)) > 1
    assert _mean(points, lambda p: p.at.hour >= 19) > _mean(points, lambda p: p.at.hour < 19) + 0.5
    assert _mean(points, lambda p: p.at.weekday() >= 5) < _mean(points, lambda p: p.at.weekday() < 5)


def test_staying_with_strong_urges_grows_over_time(year):
    points, _ = year
    strong = [p for p in points if p.urge >= 6 and p.action]
    half = len(strong) // 2

    def stayed(group):
        return sum(p.action in ("stayed", "said_feeling") for p in group) / len(group)

    assert stayed(strong[half:]) > stayed(strong[:half]) + 0.1


def test_the_same_seed_gives_the_same_checkins():
    def rows(seed):
        import random

        return [
            (r["occurred_at"], r["urge"], r["triggers"], r["action"], r["note"])
            for r in demo.generate(random.Random(seed), years=1, today=DAY)  # noqa: S311
        ]

    assert rows(3) == rows(3)
    assert rows(3) != rows(4)


def test_no_checkin_is_in_the_future_or_today():
    import random

    rows = demo.generate(random.Random(1), years=1, today=DAY)  # noqa: S311
    assert all(r["occurred_at"].date() < DAY for r in rows)


def test_the_demo_words_are_our_own_and_never_crisis_level():
    for text in (*demo.NOTES, *demo.WANTED_TEXTS, demo.OWN_TRIGGER, demo.OWN_ACTION):
        assert screen_text(text).tier == "none", text


def test_resetting_replaces_everything_old(member):
    make_checkin(member, note="an old one")
    result = demo.load_demo(email=member.email, password=PASSWORD, years=1, seed=2)
    assert not result.created
    assert not any(c.note == "an old one" for c in Checkin.objects.owned_by(member))
    first_count = Checkin.objects.owned_by(member).count()
    demo.load_demo(email=member.email, password=PASSWORD, years=1, seed=2)
    assert Checkin.objects.owned_by(member).count() == first_count
    assert Person.objects.owned_by(member).count() == 5
    assert OwnLabel.objects.owned_by(member).count() == 2
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_staff_accounts_are_never_turned_into_demos(admin_user):
    with pytest.raises(CommandError, match="not a demo member"):
        call_command("demo", "--email", admin_user.email, "--password", PASSWORD)
    assert not Checkin.objects.exists()


def test_a_weak_password_is_refused(db):
    with pytest.raises(CommandError):
        call_command("demo", "--email", "demo@example.com", "--password", "demo")
    assert not User.objects.filter(email="demo@example.com").exists()


def test_ten_years_come_out_in_one_go():
    result = demo.load_demo(email="decade@example.com", password=PASSWORD, years=10, seed=1, today=DAY)
    assert result.checkins == Checkin.objects.owned_by(result.member).count() > 13000


def test_the_nearer_command_passes_demo_through(capsys):
    assert cli.main(["demo", "--email", "cli@example.com", "--password", PASSWORD, "--years", "1"]) == 0
    assert "Created cli@example.com" in capsys.readouterr().out
