"""Reads of a member's check-ins: the list, the form's options, the patterns' points, the CSV.

Only ever the member's own rows. Decrypting uses the data-key cache of the request (or of a
``nearer.privacy.keys.key_cache()`` block), so a page of rows costs one key lookup, not one a row.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from nearer.checkins.models import Checkin, OwnLabel, Person

CUSTOM = "custom:"
PERSON = "p:"


@dataclass(frozen=True, slots=True)
class CheckinPoint:
    """One check-in without its words: the fields of ``nearer.patterns.points.Point``, which the
    patterns core reads. Defined here because check-ins sit below patterns and never import it;
    ``tests/test_patterns_contract.py`` keeps the two in step."""

    at: datetime
    urge: int
    triggers: frozenset[str]
    person: str | None
    action: str | None
    pleasantness: float
    energy: float


def checkins_for(member):
    """The member's check-ins, newest first, with what a list row shows."""
    return Checkin.objects.owned_by(member).with_related()


def people_for(member, *, archived: bool | None = None) -> list[Person]:
    """The member's people, oldest first; ``archived`` narrows to archived or current ones."""
    people = Person.objects.owned_by(member)
    if archived is not None:
        people = people.filter(archived=archived)
    return list(people)


def people_for_form(member, checkin: Checkin | None = None) -> list[Person]:
    """Current people, plus whoever an edited check-in is about (even if archived since)."""
    people = people_for(member, archived=False)
    if checkin is not None and checkin.person is not None and checkin.person not in people:
        people.append(checkin.person)
    return people


def own_labels_for(member) -> list[OwnLabel]:
    return list(OwnLabel.objects.owned_by(member))


def points_for(member) -> list[CheckinPoint]:
    """Every check-in as a point for the patterns core, oldest first, in two queries, decrypting nothing.

    ``at`` is the member's local time; own triggers and actions are ``custom:<id>``, people
    ``p:<id>`` (see ``labels_for`` for their names)."""
    own_triggers: dict[object, set[str]] = defaultdict(set)
    through = Checkin.own_triggers.through
    for checkin_id, label_id in through.objects.filter(checkin__owner=member).values_list("checkin_id", "ownlabel_id"):
        own_triggers[checkin_id].add(f"{CUSTOM}{label_id}")
    rows = Checkin.objects.owned_by(member).order_by("occurred_at", "created_at")
    fields = ("id", "occurred_at", "urge", "triggers", "person_id", "action", "own_action_id", "pleasantness", "energy")
    points = []
    for pk, at, urge, triggers, person_id, action, own_action_id, pleasantness, energy in rows.values_list(*fields):
        points.append(
            CheckinPoint(
                at=timezone.localtime(at),
                urge=urge,
                triggers=frozenset(triggers) | own_triggers.get(pk, set()),
                person=f"{PERSON}{person_id}" if person_id else None,
                action=f"{CUSTOM}{own_action_id}" if own_action_id else (action or None),
                pleasantness=pleasantness,
                energy=energy,
            )
        )
    return points


def labels_for(member) -> dict[str, str]:
    """Display names for the keys in ``points_for``: ``custom:<id>`` and ``p:<id>``, decrypted."""
    labels = {f"{CUSTOM}{o.pk}": o.label for o in OwnLabel.objects.owned_by(member)}
    labels.update({f"{PERSON}{p.pk}": p.nickname for p in Person.objects.owned_by(member)})
    return labels


# --- CSV export -------------------------------------------------------------------------------

CSV_COLUMNS = [
    "when",
    "pleasantness",
    "energy",
    "mood",
    "feeling",
    "urge",
    "triggers",
    "person",
    "relationship",
    "action",
    "wanted",
    "wanted_in_words",
    "note",
    "id",
]


def _safe_cell(text: str) -> str:
    """Member text that a spreadsheet would run as a formula gets a leading apostrophe."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def checkins_csv(member) -> str:
    """The member's check-ins, oldest first, as CSV with a header row; text decrypted."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for c in checkins_for(member).order_by("occurred_at", "created_at"):
        writer.writerow(
            [
                timezone.localtime(c.occurred_at).isoformat(timespec="minutes"),
                f"{c.pleasantness:g}",
                f"{c.energy:g}",
                c.mood_label,
                c.feeling_word,
                c.urge,
                "; ".join(_safe_cell(t) for t in c.trigger_labels()),
                _safe_cell(c.person.nickname) if c.person else "",
                c.person.get_kind_display() if c.person else "",
                _safe_cell(c.action_label),
                "; ".join(_safe_cell(w) for w in c.want_labels()),
                _safe_cell(c.wanted_text),
                _safe_cell(c.note),
                str(c.pk),
            ]
        )
    return out.getvalue()
