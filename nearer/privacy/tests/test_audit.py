"""The access log: who read a member's data, in a chain that shows tampering."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nearer.privacy import audit
from nearer.privacy.models import AccessEvent, AccessLogHead

pytestmark = pytest.mark.django_db


def _three_reads(member, therapist, admin_user):
    for actor, why in ((therapist, "session prep"), (admin_user, "support ticket"), (therapist, "follow-up")):
        audit.record_access(actor=audit.Actor.of(actor), member_id=member.pk, what="journal", why=why)
    return list(AccessEvent.objects.order_by("id"))


def test_a_read_by_someone_else_is_recorded_with_who_what_and_why(member, therapist):
    event = audit.record_access(
        actor=audit.Actor.of(therapist), member_id=member.pk, what="check-ins", why="session prep"
    )
    assert (event.actor_label, event.actor_role, event.what, event.why) == (
        "theo@practice.example",
        "therapist",
        "check-ins",
        "session prep",
    )
    assert list(audit.events_about(member.pk)) == [event]


def test_a_member_reading_their_own_data_is_not_recorded(member):
    assert audit.record_access(actor=audit.Actor.of(member), member_id=member.pk, what="journal", why="own") is None
    assert not AccessEvent.objects.exists()


def test_an_untouched_chain_verifies(member, therapist, admin_user):
    _three_reads(member, therapist, admin_user)
    assert audit.verify_chain() == []
    call_command("audit", "verify")


def test_an_altered_entry_is_found(member, therapist, admin_user):
    events = _three_reads(member, therapist, admin_user)
    AccessEvent.objects.filter(pk=events[1].pk).update(why="nothing to see")
    problems = audit.verify_chain()
    assert [(p.event_id, p.problem) for p in problems] == [(events[1].pk, "its contents were altered")]


def test_a_removed_entry_is_found_at_the_one_after_it(member, therapist, admin_user):
    events = _three_reads(member, therapist, admin_user)
    AccessEvent.objects.filter(pk=events[1].pk).delete()
    problems = audit.verify_chain()
    assert problems and problems[0].event_id == events[2].pk
    assert "removed or altered" in problems[0].problem


def test_entries_cut_from_the_end_are_found(member, therapist, admin_user):
    events = _three_reads(member, therapist, admin_user)
    AccessEvent.objects.filter(pk=events[2].pk).delete()
    problems = audit.verify_chain()
    assert problems and "removed from its end" in problems[0].problem


def test_a_rewritten_chain_without_the_audit_key_is_found(member, therapist, admin_user):
    # Someone with only database access recomputes plain SHA-256 digests: the head's MAC gives it away.
    import hashlib

    events = _three_reads(member, therapist, admin_user)
    AccessEvent.objects.filter(pk=events[0].pk).update(why="rewritten", digest=hashlib.sha256(b"x").hexdigest())
    assert audit.verify_chain()
    AccessLogHead.objects.update(mac="0" * 64)
    assert any("head record was altered" in p.problem for p in audit.verify_chain())


def test_the_verify_command_fails_and_says_where(member, therapist, admin_user, capsys):
    events = _three_reads(member, therapist, admin_user)
    AccessEvent.objects.filter(pk=events[0].pk).update(actor_label="someone else")
    with pytest.raises(CommandError, match=f"first at entry {events[0].pk}"):
        call_command("audit", "verify")
    assert f"access log entry {events[0].pk}: its contents were altered" in capsys.readouterr().err
