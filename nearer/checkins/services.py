"""Writes to check-ins, people and own options. Every free text is screened before it is stored.

A check-in is saved whatever its mood or whatever the screen finds: the screen decides only
whether the member sees crisis lines straight away, never whether their words are kept.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from nearer.checkins.models import Checkin, OwnLabel, Person
from nearer.core.idempotency import create_once
from nearer.privacy import keys
from nearer.safety.screening import Screening, screen_text
from nearer.safety.services import record_screening, screen

SOURCE = "checkin"
NICKNAME_MAX = 60
LABEL_MAX = 80


@dataclass(frozen=True)
class NewPerson:
    """Someone added from inside the check-in form: a nickname and what they are to the member."""

    nickname: str
    kind: str


@dataclass(frozen=True)
class CheckinAnswers:
    """What the member answered, parsed. ``new_*`` are typed into "something else" boxes and
    become the member's own options (or a new person) when the check-in is saved."""

    pleasantness: float
    energy: float
    urge: int
    feeling: str = ""
    triggers: tuple[str, ...] = ()
    own_triggers: tuple[OwnLabel, ...] = ()
    person: Person | None = None
    action: str = ""
    own_action: OwnLabel | None = None
    wanted: tuple[str, ...] = ()
    own_wants: tuple[OwnLabel, ...] = ()
    wanted_text: str = ""
    note: str = ""
    occurred_at: datetime | None = None
    new_trigger: str = ""
    new_action: str = ""
    new_want: str = ""
    new_person: NewPerson | None = None

    def new_texts(self) -> list[str]:
        person = [self.new_person.nickname] if self.new_person else []
        return [t for t in (self.new_trigger, self.new_action, self.new_want, *person) if t]

    def texts(self) -> list[str]:
        return [t for t in (self.note, self.wanted_text, *self.new_texts()) if t]


@dataclass(frozen=True)
class Recorded:
    checkin: Checkin
    created: bool
    screening: Screening = field(default_factory=lambda: Screening(tier="none"))


def record_checkin(*, member, answers: CheckinAnswers, idempotency_key: uuid.UUID | None = None) -> Recorded:
    """Save a new check-in (screened; free text encrypted). A repeated key returns the first
    check-in, updated with what was sent this time, so a retried or corrected submit never
    makes a twin. Own options and a new person typed into the form are created with it."""
    if idempotency_key is not None and not answers.new_texts():
        # Most saves create nothing beside the check-in: insert first, and look for the first
        # attempt only when the key turns out to be taken. The words are read before they are
        # stored; what was found is recorded once the save is known to be the first.
        reading = screen_text(_words(answers))
        checkin, created = _save(Checkin(owner=member), answers, adding=True, key=idempotency_key)
        if not created:
            return _resent(checkin, answers)
        return Recorded(
            checkin=checkin, created=True, screening=record_screening(member=member, result=reading, source=SOURCE)
        )
    if idempotency_key is not None:
        # New options or a new person come with this one: whether a resend brings new words is
        # known only before they are created, so look for the first attempt first.
        first = Checkin.objects.owned_by(member).filter(idempotency_key=idempotency_key).first()
        if first is not None:
            return _resent(first, answers)
    screening = _screen(member, answers)
    checkin, created = _save(Checkin(owner=member), answers, adding=True, key=idempotency_key)
    if not created:  # the first attempt won a race between the lookup and the insert
        return _resent(checkin, answers, screened=screening)
    return Recorded(checkin=checkin, created=True, screening=screening)


def update_checkin(*, checkin: Checkin, answers: CheckinAnswers) -> Recorded:
    """Change a check-in the member made (screened again; it may be backdated further)."""
    screening = _screen(checkin.owner, answers)
    return Recorded(checkin=_save(checkin, answers, adding=False)[0], created=False, screening=screening)


def delete_checkin(*, checkin: Checkin) -> None:
    checkin.delete()


def add_person(*, member, nickname: str, kind: str) -> tuple[Person, Screening]:
    """Add someone to the member's list by nickname. Adding the same nickname and kind again
    returns that person (brought back if archived) rather than a second copy."""
    nickname = _clean_text(nickname, NICKNAME_MAX, "nickname", "Give them a nickname, an initial is enough.")
    screening = screen(member=member, text=nickname, source=SOURCE)
    with transaction.atomic():
        return _person(member, NewPerson(nickname=nickname, kind=kind)), screening


def rename_person(*, person: Person, nickname: str, kind: str | None = None) -> Screening:
    nickname = _clean_text(nickname, NICKNAME_MAX, "nickname", "Give them a nickname, an initial is enough.")
    screening = screen(member=person.owner, text=nickname, source=SOURCE)
    person.nickname = nickname
    if kind is not None:
        person.kind = kind
    person.full_clean()
    person.save()
    return screening


def archive_person(*, person: Person, archived: bool = True) -> Person:
    """Take someone off the form's list (or put them back). Their check-ins stay as they are."""
    person.archived = archived
    person.save(update_fields=["archived"])
    return person


def add_own_label(*, member, kind: str, label: str) -> tuple[OwnLabel, Screening]:
    """A trigger, action or want in the member's own words; the same words again reuse it."""
    label = _clean_text(label, LABEL_MAX, "label", "Write a few words.")
    screening = screen(member=member, text=label, source=SOURCE)
    with transaction.atomic():
        return _own_label(member, kind, label), screening


# --- inside -----------------------------------------------------------------------------------


def _words(answers: CheckinAnswers) -> str:
    return "\n".join(answers.texts())


def _screen(member, answers: CheckinAnswers) -> Screening:
    """One screen over every free text of the check-in, each on a line of its own."""
    return screen(member=member, text=_words(answers), source=SOURCE)


def _resent(first: Checkin, answers: CheckinAnswers, *, screened: Screening | None = None) -> Recorded:
    """The same form came again (a retry or a corrected submit): keep one check-in, with these
    answers. Words screened and recorded with the first attempt are not recorded twice."""
    if screened is not None:
        screening = screened
    elif _same_words(first, answers):
        screening = screen_text(_words(answers))  # show the same response again
    else:
        screening = _screen(first.owner, answers)
    return Recorded(checkin=_save(first, answers, adding=False)[0], created=False, screening=screening)


def _same_words(checkin: Checkin, answers: CheckinAnswers) -> bool:
    """Whether a resend carries no words that were not screened with the first attempt."""
    if checkin.note != answers.note or checkin.wanted_text != answers.wanted_text:
        return False
    member = checkin.owner
    kinds = ((OwnLabel.Kind.TRIGGER, answers.new_trigger), (OwnLabel.Kind.ACTION, answers.new_action))
    for kind, text in (*kinds, (OwnLabel.Kind.WANT, answers.new_want)):
        if text and _find_label(member, kind, text) is None:
            return False
    return not (answers.new_person and _find_person(member, answers.new_person) is None)


def _save(checkin: Checkin, answers: CheckinAnswers, *, adding: bool, key=None) -> tuple[Checkin, bool]:
    member = checkin.owner
    _check_owned(member, answers)
    # Fetch the member's data key before any write starts, so the write lock (SQLite takes it at
    # the start of a transaction) is held for the inserts alone.
    keys.data_key_for(member.pk, create=True)
    several_writes = bool(
        answers.new_trigger
        or answers.new_want
        or answers.new_action
        or answers.new_person
        or answers.own_triggers
        or answers.own_wants
    )
    with transaction.atomic() if several_writes or not adding else contextlib.nullcontext():
        own_triggers = list(answers.own_triggers)
        own_wants = list(answers.own_wants)
        own_action, person = answers.own_action, answers.person
        if answers.new_trigger:
            own_triggers.append(_own_label(member, OwnLabel.Kind.TRIGGER, answers.new_trigger))
        if answers.new_want:
            own_wants.append(_own_label(member, OwnLabel.Kind.WANT, answers.new_want))
        if answers.new_action:
            own_action = _own_label(member, OwnLabel.Kind.ACTION, answers.new_action)
        if answers.new_person:
            person = _person(member, answers.new_person)
        _assign(checkin, answers, own_action=own_action, person=person)
        created = False
        if adding:
            # The unique key catches a resend; record_checkin deals with the first attempt.
            checkin, created = create_once(checkin, scope={"owner": member}, key=key, check_first=False)
            if not created:
                return checkin, False
        else:
            checkin.full_clean()
            checkin.save()
        if own_triggers or not created:  # a new check-in has none to replace
            checkin.own_triggers.set(_unique(own_triggers))
        if own_wants or not created:
            checkin.own_wants.set(_unique(own_wants))
    return checkin, created


def _assign(checkin: Checkin, answers: CheckinAnswers, *, own_action: OwnLabel | None, person: Person | None) -> None:
    checkin.pleasantness = answers.pleasantness
    checkin.energy = answers.energy
    checkin.urge = answers.urge
    checkin.feeling = answers.feeling
    checkin.triggers = list(dict.fromkeys(answers.triggers))
    checkin.person = person
    checkin.own_action = own_action
    checkin.action = "" if own_action else answers.action
    checkin.wanted = list(dict.fromkeys(answers.wanted))
    checkin.wanted_text = answers.wanted_text
    checkin.note = answers.note
    if answers.occurred_at is not None:
        checkin.occurred_at = answers.occurred_at


def _check_owned(member, answers: CheckinAnswers) -> None:
    """Defence in depth behind the form: only the member's own people and options."""
    labels = [*answers.own_triggers, *answers.own_wants, *([answers.own_action] if answers.own_action else [])]
    rows = [*labels, *([answers.person] if answers.person else [])]
    if any(row.owner_id != member.pk for row in rows):
        raise ValidationError("That person or option is not one of yours.")
    expected = [(label, OwnLabel.Kind.TRIGGER) for label in answers.own_triggers]
    expected += [(label, OwnLabel.Kind.WANT) for label in answers.own_wants]
    expected += [(answers.own_action, OwnLabel.Kind.ACTION)] if answers.own_action else []
    if any(label.kind != kind for label, kind in expected):
        raise ValidationError("That option belongs to another question.")


def _own_label(member, kind: str, text: str) -> OwnLabel:
    text = _clean_text(text, LABEL_MAX, "label", "Write a few words.")
    found = _find_label(member, kind, text)
    if found is not None:
        return found
    label = OwnLabel(owner=member, kind=kind, label=text)
    label.full_clean()
    label.save(force_insert=True)
    return label


def _person(member, new: NewPerson) -> Person:
    nickname = _clean_text(new.nickname, NICKNAME_MAX, "nickname", "Give them a nickname, an initial is enough.")
    found = _find_person(member, NewPerson(nickname=nickname, kind=new.kind))
    if found is not None:
        if found.archived:
            archive_person(person=found, archived=False)
        return found
    person = Person(owner=member, nickname=nickname, kind=new.kind)
    person.full_clean()
    person.save(force_insert=True)
    return person


def _find_label(member, kind: str, text: str) -> OwnLabel | None:
    wanted = _normal(text)
    return next((o for o in OwnLabel.objects.owned_by(member).filter(kind=kind) if _normal(o.label) == wanted), None)


def _find_person(member, new: NewPerson) -> Person | None:
    wanted = _normal(new.nickname)
    people = Person.objects.owned_by(member).filter(kind=new.kind)
    return next((p for p in people if _normal(p.nickname) == wanted), None)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clean_text(text: str, limit: int, name: str, empty: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError({name: empty})
    if len(text) > limit:
        raise ValidationError({name: f"Keep it to {limit} characters or fewer."})
    return text


def _unique[T](rows: list[T]) -> list[T]:
    return list(dict.fromkeys(rows))
