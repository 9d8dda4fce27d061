"""Form fields shared by the apps."""

from __future__ import annotations

import copy

from django import forms


class _SharedChoices:
    """Choices fixed when the form class is defined are shared by every form instance, not copied.

    Django deep-copies each field's choices (and its widget's) for every form it builds; for a
    form with a 25-cell mood grid and 64 feeling words that copying was the largest cost of
    saving a check-in (bench/bench_checkin_save.py). The choices here are never changed per
    form, so one copy serves all. Set ``choices`` on an instance and it is that instance's alone.
    """

    def __deepcopy__(self, memo):
        result = copy.copy(self)
        memo[id(self)] = result
        result.widget = copy.copy(self.widget)
        result.widget.attrs = self.widget.attrs.copy()
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result


class FixedChoiceField(_SharedChoices, forms.ChoiceField):
    pass


class FixedTypedChoiceField(_SharedChoices, forms.TypedChoiceField):
    pass
