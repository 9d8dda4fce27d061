"""Parsing the check-in form and the people form. Nothing is saved here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property

from django import forms
from django.utils import timezone

from nearer.checkins import vocabulary
from nearer.checkins.models import CLOCK_SLACK, OwnLabel
from nearer.checkins.services import LABEL_MAX, NICKNAME_MAX, CheckinAnswers, NewPerson
from nearer.core.forms import (
    FixedChoiceField,
    FixedTypedChoiceField,
    LeanCharField,
    LeanCopy,
    LeanDateTimeField,
    LeanUUIDField,
)

NEW_PERSON = "new"
CUSTOM = "custom:"
KIND_CHOICES = [("", "What are they to you?"), *vocabulary.RELATIONSHIP_KINDS.items()]

# The grid, top row first (most energy), each row from unpleasant to pleasant.
MOOD_CHOICES = [
    (vocabulary.mood_value(p, e), vocabulary.mood_label(p, e))
    for e in reversed(vocabulary.LEVELS)
    for p in vocabulary.LEVELS
]


def _own_choices(labels) -> list[tuple[str, str]]:
    return [(f"{CUSTOM}{label.pk}", label.label) for label in labels]


class _KnownFirst(LeanCopy):
    """Checks a value against the fixed choices before the member's own options and people.

    Those are loaded (and their words decrypted) only when a value needs them or the form is
    shown, so a check-in that uses none of them costs no query for them. Each form sets its own
    choices, so the class's (empty) ones are shared, not copied (see LeanCopy).
    """

    def __init__(self, *args, known: Iterable[str] = (), **kwargs):
        self.known = frozenset(known)
        super().__init__(*args, **kwargs)

    def valid_value(self, value) -> bool:
        return str(value) in self.known or super().valid_value(value)  # type: ignore[misc]


class KnownFirstChoiceField(_KnownFirst, forms.ChoiceField):
    pass


class KnownFirstMultipleChoiceField(_KnownFirst, forms.MultipleChoiceField):
    pass


def _loader[T](value: Iterable[T] | Callable[[], Iterable[T]]) -> Callable[[], list[T]]:
    return (lambda: list(value())) if callable(value) else (lambda: list(value))


class CheckinForm(forms.Form):
    mood = FixedChoiceField(
        label="Your mood",
        choices=MOOD_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Tap the spot on the grid that fits best. Anywhere is fine."},
    )
    feeling = FixedChoiceField(
        label="A word for it",
        choices=[("", "No word for it"), *((f.slug, f.word) for f in vocabulary.FEELINGS)],
        widget=forms.RadioSelect,
        required=False,
    )
    urge = FixedTypedChoiceField(
        label="How strong was the urge to pull away?",
        choices=[(n, str(n)) for n in range(11)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a number from 0 (no pull at all) to 10 (as strong as it gets)."},
    )
    triggers = KnownFirstMultipleChoiceField(
        label="What set it off?", known=vocabulary.TRIGGERS, widget=forms.CheckboxSelectMultiple, required=False
    )
    new_trigger = LeanCharField(label="Something else set it off", max_length=LABEL_MAX, required=False)
    person = KnownFirstChoiceField(label="Who was it about?", known=[NEW_PERSON], required=False)
    new_person_nickname = LeanCharField(
        label="Nickname",
        max_length=NICKNAME_MAX,
        required=False,
        help_text="Any nickname or initial. Real names are never needed.",
    )
    new_person_kind = FixedChoiceField(label="What they are to you", choices=KIND_CHOICES, required=False)
    action = KnownFirstChoiceField(
        label="What did you do?", known=vocabulary.ACTIONS, widget=forms.RadioSelect, required=False
    )
    new_action = LeanCharField(label="Something else I did", max_length=LABEL_MAX, required=False)
    wanted = KnownFirstMultipleChoiceField(
        label="What did you actually want?", known=vocabulary.WANTS, widget=forms.CheckboxSelectMultiple, required=False
    )
    new_want = LeanCharField(label="Something else I wanted", max_length=LABEL_MAX, required=False)
    wanted_text = LeanCharField(label="What you wanted, in a sentence", max_length=500, required=False)
    note = LeanCharField(label="A note", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False)
    occurred_at = LeanDateTimeField(
        label="When",
        help_text="Now, or earlier if you're catching up.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        required=False,
    )
    idempotency_key = LeanUUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, people, own_labels, **kwargs):
        """``people`` and ``own_labels`` are lists, or functions that return them when needed."""
        super().__init__(*args, **kwargs)
        self._load_people = _loader(people)
        self._load_labels = _loader(own_labels)
        # Callables: Django evaluates them only when the choices are listed (see _KnownFirst).
        self.fields["triggers"].choices = lambda: [
            *vocabulary.TRIGGERS.items(),
            *_own_choices(self._labels_of(OwnLabel.Kind.TRIGGER)),
        ]
        self.fields["action"].choices = lambda: [
            ("", "Nothing yet, or not sure"),
            *vocabulary.ACTIONS.items(),
            *_own_choices(self._labels_of(OwnLabel.Kind.ACTION)),
        ]
        self.fields["wanted"].choices = lambda: [
            *vocabulary.WANTS.items(),
            *_own_choices(self._labels_of(OwnLabel.Kind.WANT)),
        ]
        self.fields["person"].choices = lambda: [
            ("", "Nobody in particular"),
            *((key, f"{p.nickname} ({p.get_kind_display().lower()})") for key, p in self._people.items()),
            (NEW_PERSON, "Someone new (add them below)"),
        ]

    @cached_property
    def _people(self) -> dict[str, object]:
        return {str(p.pk): p for p in self._load_people()}

    @cached_property
    def _labels(self) -> dict[str, OwnLabel]:
        return {f"{CUSTOM}{o.pk}": o for o in self._load_labels()}

    def _labels_of(self, kind: str) -> list[OwnLabel]:
        return [o for o in self._labels.values() if o.kind == kind]

    # --- what the templates lay out by hand -----------------------------------------------------

    def mood_cells(self) -> list[dict]:
        chosen = self["mood"].value()
        cells = []
        for value, label in MOOD_CHOICES:
            pleasantness, energy = vocabulary.parse_mood(value)
            cells.append(
                {
                    "value": value,
                    "label": label,
                    "id": f"id_mood_{len(cells)}",
                    "checked": value == chosen,
                    "quadrants": " ".join(vocabulary.quadrants_near(pleasantness, energy)),
                    "tone": "pleasant" if pleasantness > 0 else "unpleasant" if pleasantness < 0 else "neutral",
                    "strength": int(abs(pleasantness) * 2),
                }
            )
        return cells

    def feeling_groups(self) -> list[dict]:
        chosen = self["feeling"].value() or ""
        return [
            {
                "quadrant": quadrant,
                "legend": legend,
                "feelings": [
                    {**vars(f), "id": f"id_feeling_{f.slug}", "checked": f.slug == chosen}
                    for f in vocabulary.feelings_in(quadrant)
                ],
            }
            for quadrant, legend in vocabulary.QUADRANTS.items()
        ]

    # --- checks across fields ---------------------------------------------------------------

    def clean_occurred_at(self):
        value = self.cleaned_data.get("occurred_at")
        if value and value > timezone.now() + CLOCK_SLACK:
            raise forms.ValidationError("That time is in the future. Pick now or earlier.")
        return value

    def clean(self):
        data = super().clean()
        nickname = (data.get("new_person_nickname") or "").strip()
        person = data.get("person") or ""
        if person == NEW_PERSON and not nickname:
            self.add_error("new_person_nickname", "Give them a nickname, an initial is enough.")
        if nickname and person not in ("", NEW_PERSON):
            self.add_error(
                "new_person_nickname", "You chose someone above. Pick “Someone new” there, or clear this box."
            )
        if nickname and not data.get("new_person_kind"):
            self.add_error("new_person_kind", "Choose what they are to you: a friend, family, a partner…")
        if data.get("new_action") and data.get("action"):
            self.add_error("new_action", "You chose something above. Clear it, or clear this box.")
        return data

    def answers(self) -> CheckinAnswers:
        data = self.cleaned_data
        pleasantness, energy = vocabulary.parse_mood(data["mood"])
        nickname = data.get("new_person_nickname") or ""
        action = data.get("action") or ""
        return CheckinAnswers(
            pleasantness=pleasantness,
            energy=energy,
            urge=data["urge"],
            feeling=data.get("feeling") or "",
            triggers=tuple(t for t in data.get("triggers", []) if not t.startswith(CUSTOM)),
            own_triggers=tuple(self._labels[t] for t in data.get("triggers", []) if t.startswith(CUSTOM)),
            person=self._people.get(data["person"]) if data.get("person") not in ("", None, NEW_PERSON) else None,
            action="" if action.startswith(CUSTOM) else action,
            own_action=self._labels.get(action) if action.startswith(CUSTOM) else None,
            wanted=tuple(w for w in data.get("wanted", []) if not w.startswith(CUSTOM)),
            own_wants=tuple(self._labels[w] for w in data.get("wanted", []) if w.startswith(CUSTOM)),
            wanted_text=data.get("wanted_text") or "",
            note=data.get("note") or "",
            occurred_at=data.get("occurred_at"),
            new_trigger=data.get("new_trigger") or "",
            new_action=data.get("new_action") or "",
            new_want=data.get("new_want") or "",
            new_person=NewPerson(nickname=nickname, kind=data["new_person_kind"]) if nickname else None,
        )


def initial_for(checkin) -> dict:
    """The form's starting values for editing ``checkin``."""
    return {
        "mood": vocabulary.mood_value(checkin.pleasantness, checkin.energy),
        "feeling": checkin.feeling,
        "urge": checkin.urge,
        "triggers": [*checkin.triggers, *(f"{CUSTOM}{o.pk}" for o in checkin.own_triggers.all())],
        "person": str(checkin.person_id) if checkin.person_id else "",
        "action": f"{CUSTOM}{checkin.own_action_id}" if checkin.own_action_id else checkin.action,
        "wanted": [*checkin.wanted, *(f"{CUSTOM}{o.pk}" for o in checkin.own_wants.all())],
        "wanted_text": checkin.wanted_text,
        "note": checkin.note,
        "occurred_at": timezone.localtime(checkin.occurred_at).strftime("%Y-%m-%dT%H:%M"),
    }


class PersonForm(forms.Form):
    nickname = forms.CharField(
        label="Nickname",
        max_length=NICKNAME_MAX,
        help_text="Any nickname or initial. Real names are never needed.",
        error_messages={"required": "Give them a nickname, an initial is enough."},
    )
    kind = forms.ChoiceField(
        label="What they are to you",
        choices=KIND_CHOICES,
        error_messages={"required": "Choose what they are to you: a friend, family, a partner…"},
    )
