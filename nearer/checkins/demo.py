"""Demo data: a member with years of realistic check-ins, for trying Nearer and its patterns.

The check-ins carry real structure, so the patterns page has something true to find:
praise and closeness raise the urge to pull away by about 3, criticism by about 2, one person
(J, the partner) by about 2; evenings run higher and weekends a little lower; and over the
years strong urges more often end in staying or saying what was felt. Everything follows from
the seed, so the same seed on the same day gives the same check-ins.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nearer.checkins import privacy, vocabulary
from nearer.checkins.models import Checkin, OwnLabel, Person
from nearer.privacy import keys

BATCH = 1000


@dataclass(frozen=True)
class DemoPerson:
    key: str
    nickname: str
    kind: str
    weight: float
    urge: float
    triggers: dict[str, float]


PEOPLE = (
    DemoPerson("j", "J", "partner", 0.38, 2.0, {"closeness": 0.35, "praise": 0.2, "conflict": 0.2, "seen": 0.15}),
    DemoPerson("mum", "Mum", "family", 0.17, 0.5, {"criticism": 0.35, "needed": 0.3, "conflict": 0.1}),
    DemoPerson("ade", "Ade from work", "colleague", 0.17, 0.0, {"criticism": 0.3, "praise": 0.25, "uncertainty": 0.2}),
    DemoPerson("priya", "Priya", "friend", 0.13, -0.5, {"needed": 0.25, "praise": 0.25, "closeness": 0.2}),
    DemoPerson("kit", "Kit", "someone_new", 0.05, 0.5, {"uncertainty": 0.45, "seen": 0.3, "praise": 0.15}),
)
NOBODY = DemoPerson("", "", "", 0.10, -0.5, {"uncertainty": 0.2, "nothing": 0.5})
TRIGGER_URGE = {"praise": 3.0, "closeness": 3.0, "criticism": 2.0, "seen": 1.5, "conflict": 1.0, "uncertainty": 1.0}
OWN_TRIGGER = "Talk about the future"
OWN_ACTION = "Scrolled my phone for an hour"
WITHDRAWING = (("withdrew", 25), ("went_quiet", 30), ("cancelled", 15), ("found_faults", 15), ("picked_fight", 10))
STRONG = 6

NOTES = (
    "J said he was proud of me and I changed the subject as fast as I could.",
    "Mum asked when I'm visiting. I said I was busy, which wasn't really true.",
    "Ade liked my idea in the meeting. I spent the afternoon sure he was just being polite.",
    "Priya asked how I'm really doing. I gave the short answer again.",
    "We had a lovely evening and then I picked at how he loads the dishwasher.",
    "Waited two hours for a reply. Wrote three messages, sent none.",
    "Told J I was tired when I was actually scared of how close we were getting.",
    "Said out loud that I felt left out. It went better than I feared.",
    "Stayed on the sofa with him instead of finding a reason to go to bed early.",
    "Cancelled dinner with Priya. Felt relief, then felt lonely.",
    "Mum said I looked tired. I heard 'you're not doing well enough'.",
    "Noticed the pull and named it to myself. That helped a little.",
    "He held my hand in public and I let go first.",
    "Kit texted that they'd like to see me again. I haven't answered yet.",
    "Criticism at work stung for hours. Went home and didn't talk to anyone.",
    "Asked for a hug instead of saying I was fine. Got one.",
    "I wanted to be asked how my day was. Nobody asked, and I didn't say.",
    "Said 'I need a moment, I'll come back'. And I did come back.",
    "Found myself listing everything wrong with Kit before we've even met twice.",
    "A quiet morning. Nothing much set it off today.",
    "He said 'I love you' first. I said 'you too' and went to shower.",
    "Priya needed me tonight. I showed up, even though I wanted to hide.",
    "Got a compliment and my first thought was 'they don't know me yet'.",
    "Picked a fight about nothing. It was really about feeling exposed.",
    "Told Mum something true about how I've been. She listened.",
    "Went quiet at dinner. Later I said sorry and explained a bit.",
    "Ade asked for my help and I felt crowded, then oddly glad.",
    "Felt close and calm for a whole evening. Writing it down so I remember.",
    "Nearly told J we should break up. Then remembered it's the fear talking.",
    "Sat with the urge to pull away for ten minutes instead of acting on it. It passed.",
)
WANTED_TEXTS = (
    "For him to notice I was trying.",
    "To hear that it's fine to need things.",
    "To stay in the room without feeling watched.",
    "For someone to stay even when I go quiet.",
    "To say how I felt without it turning into a thing.",
    "To be close without having to perform.",
)


@dataclass(frozen=True)
class DemoResult:
    member: object
    checkins: int
    people: int
    created: bool


def load_demo(*, email: str, password: str, years: int = 1, seed: int = 1, today: date | None = None) -> DemoResult:
    """Create (or reset) a member with ``years`` of check-ins, about four a day.

    Resetting replaces the member's check-ins, people and own options and sets the password;
    it refuses staff and therapist accounts, which are never demo accounts."""
    if years < 1:
        raise ValidationError("Give at least one year.")
    user_model = get_user_model()
    with transaction.atomic(), keys.key_cache():
        member = user_model.objects.filter(email__iexact=email).first()
        created = member is None
        validate_password(password, user=member)
        if member is None:
            member = user_model.objects.create_user(email=email, password=password)
        elif member.is_staff or member.role != "member":
            raise ValidationError(f"{email} is a {member.get_role_display().lower()} account, not a demo member.")
        else:
            privacy.erase_user_data(member)
            member.set_password(password)
        member.country = ""
        member.save()
        EmailAddress.objects.update_or_create(
            user=member, email=member.email, defaults={"primary": True, "verified": True}
        )
        count, people = _write(member, years=years, seed=seed, today=today or timezone.localdate())
    return DemoResult(member=member, checkins=count, people=people, created=created)


def _write(member, *, years: int, seed: int, today: date) -> tuple[int, int]:
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    people = {p.key: Person(owner=member, nickname=p.nickname, kind=p.kind) for p in PEOPLE}
    Person.objects.bulk_create(people.values())
    own_trigger = OwnLabel.objects.create(owner=member, kind=OwnLabel.Kind.TRIGGER, label=OWN_TRIGGER)
    own_action = OwnLabel.objects.create(owner=member, kind=OwnLabel.Kind.ACTION, label=OWN_ACTION)
    through = Checkin.own_triggers.through
    checkins, links = [], []
    count = 0
    for row in generate(rng, years=years, today=today):
        person_key, with_own_trigger, with_own_action = row.pop("person"), row.pop("own_trigger"), row.pop("own_action")
        checkin = Checkin(
            id=uuid.uuid4(),
            owner=member,
            person=people[person_key] if person_key else None,
            own_action=own_action if with_own_action else None,
            **row,
        )
        if with_own_trigger:
            links.append(through(checkin_id=checkin.id, ownlabel_id=own_trigger.id))
        checkins.append(checkin)
        if len(checkins) >= BATCH:
            count += _flush(checkins, links, through)
    count += _flush(checkins, links, through)
    return count, len(people)


def _flush(checkins: list, links: list, through) -> int:
    # bulk_create runs EncryptedTextField.pre_save for every row, so notes are sealed here too.
    Checkin.objects.bulk_create(checkins)
    through.objects.bulk_create(links)
    done = len(checkins)
    checkins.clear()
    links.clear()
    return done


def generate(rng: random.Random, *, years: int, today: date):
    """Check-ins as plain dicts, oldest first: about four a day, ending yesterday."""
    zone = timezone.get_current_timezone()
    days = 365 * years
    first = today - timedelta(days=days)
    pause_days = _pauses(rng, days)
    for offset in range(days):
        if offset in pause_days:
            continue  # a week away now and then: nothing is owed
        day = first + timedelta(days=offset)
        progress = offset / days
        for minute in sorted(_minutes(rng)):
            at = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=zone)
            yield _one(rng, at=at, progress=progress)


def _pauses(rng: random.Random, days: int) -> set[int]:
    paused: set[int] = set()
    for _ in range(max(1, days // 180)):
        start = rng.randrange(days)
        paused.update(range(start, start + rng.randint(3, 9)))
    return paused


def _minutes(rng: random.Random) -> list[int]:
    slots = ((7 * 60, 10 * 60), (12 * 60, 14 * 60), (16 * 60, 19 * 60), (19 * 60, 23 * 60 + 30))
    count = rng.choices((2, 3, 4, 5, 6), weights=(1, 3, 8, 4, 1))[0]
    chosen = rng.choices(slots, weights=(20, 20, 25, 35), k=count)
    return [rng.randrange(low, high) for low, high in chosen]


def _one(rng: random.Random, *, at: datetime, progress: float) -> dict:
    person = rng.choices((*PEOPLE, NOBODY), weights=[p.weight for p in (*PEOPLE, NOBODY)])[0]
    triggers = [t for t, chance in person.triggers.items() if rng.random() < chance]
    if not triggers and rng.random() < 0.6:
        triggers = ["nothing"]
    own_trigger = person.key == "j" and rng.random() < 0.08
    urge = 2.0 + rng.gauss(0, 1.3) + person.urge + sum(TRIGGER_URGE.get(t, 0.0) for t in triggers)
    urge += 1.2 if at.hour >= 19 else 0.0
    urge -= 0.7 if at.weekday() >= 5 else 0.0
    urge -= 0.8 * progress
    urge_level = max(0, min(10, round(urge)))
    action, own_action = _action(rng, urge_level, progress)
    energy = rng.gauss(0.0, 0.45) + (0.45 if {"conflict", "criticism"} & set(triggers) else 0.0)
    energy -= 0.35 if at.hour >= 22 else 0.0
    pleasantness = 0.7 - 0.13 * urge_level + rng.gauss(0, 0.35) + (0.3 if action in vocabulary.STAYING else 0.0)
    pleasantness, energy = vocabulary.nearest_level(_clip(pleasantness)), vocabulary.nearest_level(_clip(energy))
    feelings = [f for q in vocabulary.quadrants_near(pleasantness, energy) for f in vocabulary.feelings_in(q)]
    wanted = (
        rng.sample(list(vocabulary.WANTS), k=rng.choice((1, 1, 2))) if urge_level >= 5 and rng.random() < 0.5 else []
    )
    return {
        "occurred_at": at,
        "pleasantness": pleasantness,
        "energy": energy,
        "feeling": rng.choice(feelings).slug if rng.random() < 0.8 else "",
        "urge": urge_level,
        "triggers": triggers,
        "own_trigger": own_trigger,
        "person": person.key,
        "action": action,
        "own_action": own_action,
        "wanted": wanted,
        "wanted_text": rng.choice(WANTED_TEXTS) if wanted and rng.random() < 0.15 else "",
        "note": rng.choice(NOTES) if rng.random() < 0.12 else "",
    }


def _action(rng: random.Random, urge: int, progress: float) -> tuple[str, bool]:
    """Strong urges end in staying more often as the years go by."""
    if rng.random() < 0.1:
        return "", False
    staying = 0.2 + 0.45 * progress if urge >= STRONG else 0.65
    if rng.random() < staying:
        return rng.choice(("stayed", "said_feeling")), False
    if rng.random() < 0.06:
        return "", True
    if urge >= 8 and rng.random() < 0.08:
        return "ended_it", False
    return rng.choices([a for a, _ in WITHDRAWING], weights=[w for _, w in WITHDRAWING])[0], False


def _clip(value: float) -> float:
    return max(-1.0, min(1.0, value))
