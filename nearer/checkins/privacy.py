"""A member's check-ins, people and own options: export, import (same ids), erase."""

from __future__ import annotations

import uuid

from django.utils.dateparse import parse_datetime

from nearer.checkins.models import Checkin, OwnLabel, Person

MODELS = [Checkin, Person, OwnLabel]
VOLATILE: list[str] = []
BATCH = 500


def export_user_data(member) -> dict:
    checkins = Checkin.objects.owned_by(member).prefetch_related("own_triggers", "own_wants")
    return {
        "people": [
            {
                "id": str(p.pk),
                "nickname": p.nickname,
                "kind": p.kind,
                "archived": p.archived,
                "created_at": p.created_at.isoformat(),
            }
            for p in Person.objects.owned_by(member).order_by("created_at", "id")
        ],
        "own_labels": [
            {"id": str(o.pk), "kind": o.kind, "label": o.label, "created_at": o.created_at.isoformat()}
            for o in OwnLabel.objects.owned_by(member).order_by("created_at", "id")
        ],
        "checkins": [_export_checkin(c) for c in checkins.order_by("occurred_at", "created_at", "id")],
    }


def _export_checkin(c: Checkin) -> dict:
    return {
        "id": str(c.pk),
        "occurred_at": c.occurred_at.isoformat(),
        "pleasantness": c.pleasantness,
        "energy": c.energy,
        "feeling": c.feeling,
        "urge": c.urge,
        "triggers": list(c.triggers),
        "own_triggers": sorted(str(o.pk) for o in c.own_triggers.all()),
        "person": str(c.person_id) if c.person_id else None,
        "action": c.action,
        "own_action": str(c.own_action_id) if c.own_action_id else None,
        "wanted": list(c.wanted),
        "own_wants": sorted(str(o.pk) for o in c.own_wants.all()),
        "wanted_text": c.wanted_text,
        "note": c.note,
        "created_at": c.created_at.isoformat(),
        "updated_at": c.updated_at.isoformat(),
    }


def import_user_data(member, data: dict) -> None:
    people = [
        Person(
            id=uuid.UUID(p["id"]),
            owner=member,
            nickname=p["nickname"],
            kind=p["kind"],
            archived=p.get("archived", False),
        )
        for p in data.get("people", [])
    ]
    labels = [
        OwnLabel(id=uuid.UUID(o["id"]), owner=member, kind=o["kind"], label=o["label"])
        for o in data.get("own_labels", [])
    ]
    # bulk_create seals the text too (EncryptedTextField.pre_save runs for every row).
    Person.objects.bulk_create(people, batch_size=BATCH)
    OwnLabel.objects.bulk_create(labels, batch_size=BATCH)
    _restore_times(Person, people, data.get("people", []), ["created_at"])
    _restore_times(OwnLabel, labels, data.get("own_labels", []), ["created_at"])

    items = data.get("checkins", [])
    checkins = [
        Checkin(
            id=uuid.UUID(c["id"]),
            owner=member,
            occurred_at=parse_datetime(c["occurred_at"]),
            pleasantness=c["pleasantness"],
            energy=c["energy"],
            feeling=c.get("feeling", ""),
            urge=c["urge"],
            triggers=list(c.get("triggers", [])),
            person_id=uuid.UUID(c["person"]) if c.get("person") else None,
            action=c.get("action", ""),
            own_action_id=uuid.UUID(c["own_action"]) if c.get("own_action") else None,
            wanted=list(c.get("wanted", [])),
            wanted_text=c.get("wanted_text", ""),
            note=c.get("note", ""),
        )
        for c in items
    ]
    Checkin.objects.bulk_create(checkins, batch_size=BATCH)
    _restore_times(Checkin, checkins, items, ["created_at", "updated_at"])
    for name in ("own_triggers", "own_wants"):
        through = getattr(Checkin, name).through
        rows = [
            through(checkin_id=uuid.UUID(c["id"]), ownlabel_id=uuid.UUID(label_id))
            for c in items
            for label_id in c.get(name, [])
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)


def _restore_times(model, rows, items, fields: list[str]) -> None:
    """auto_now fields take the time of the insert; put back the original ones."""
    for row, item in zip(rows, items, strict=True):
        for name in fields:
            setattr(row, name, parse_datetime(item[name]))
    # bulk_update writes the values as given; it does not run auto_now again.
    model.objects.bulk_update(rows, fields, batch_size=BATCH)


def erase_user_data(member) -> None:
    Checkin.objects.owned_by(member).delete()
    OwnLabel.objects.owned_by(member).delete()
    Person.objects.owned_by(member).delete()
