"""Form fields shared by the apps."""

from __future__ import annotations

from typing import Any

from django import forms


def _clone[T](obj: T) -> T:
    """What ``copy.copy`` makes of a plain object (a new one with the same attributes), without
    the copy module's generic protocol, which took three times as long as the copy itself."""
    clone = object.__new__(type(obj))
    clone.__dict__.update(obj.__dict__)
    return clone


class LeanCopy:
    """A form field copied for each form as Django copies it, in about a third of the time.

    Django gives every form its own copy of each field and widget, so one form can change them
    without touching another. Saving a check-in builds a form of seventeen fields, and copying
    them was the largest cost of the form (bench/bench_checkin_save.py): first the choices (a
    25-cell mood grid, 64 feeling words), then the copy module's generic protocol for the rest.
    Here the field, its widget and the widget's attrs, the error messages and the validators list
    still become the form's own. Choices are shared, not copied: those fixed with the class are
    never changed per form, and a form that needs its own sets ``choices`` to a new list, which
    is that form's alone, rather than changing the shared one in place.
    """

    widget: forms.Widget
    error_messages: dict[str, Any]
    validators: list[Any]

    def __deepcopy__(self, memo: dict[int, Any]) -> LeanCopy:
        result = _clone(self)
        memo[id(self)] = result
        result.widget = _clone(self.widget)
        result.widget.attrs = self.widget.attrs.copy()
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result


class FixedChoiceField(LeanCopy, forms.ChoiceField):
    pass


class FixedTypedChoiceField(LeanCopy, forms.TypedChoiceField):
    pass


class LeanCharField(LeanCopy, forms.CharField):
    pass


class LeanDateTimeField(LeanCopy, forms.DateTimeField):
    pass


class LeanUUIDField(LeanCopy, forms.UUIDField):
    pass
