"""LeanCopy fields: each form still owns its copy of every field and widget, as with Django's own copy."""

import copy

from django import forms

from nearer.core.forms import FixedChoiceField, LeanCharField, LeanDateTimeField, LeanUUIDField


class Sample(forms.Form):
    note = LeanCharField(max_length=10, required=False, widget=forms.Textarea(attrs={"rows": 4}))
    when = LeanDateTimeField(required=False, input_formats=["%Y-%m-%d %H:%M"])
    key = LeanUUIDField(required=False, widget=forms.HiddenInput)
    colour = FixedChoiceField(choices=[("red", "Red"), ("blue", "Blue")], widget=forms.RadioSelect)


def test_a_copy_has_the_same_settings_as_djangos_own():
    for name, field in Sample.base_fields.items():
        ours = copy.deepcopy(field)
        theirs = forms.Field.__deepcopy__(field, {})  # what Django would make of a plain field
        assert type(ours) is type(field) and type(ours.widget) is type(field.widget), name
        assert vars(ours).keys() == vars(theirs).keys(), name
        assert ours.widget.attrs == field.widget.attrs and ours.error_messages == field.error_messages, name
        assert ours.validators == field.validators, name


def test_each_form_owns_its_fields_widgets_and_their_settings():
    first, second = Sample(), Sample()
    validators = len(Sample.base_fields["note"].validators)
    for name in Sample.base_fields:
        one, other, base = first.fields[name], second.fields[name], Sample.base_fields[name]
        assert len({id(one), id(other), id(base)}) == 3, name
        assert len({id(one.widget), id(other.widget), id(base.widget)}) == 3, name
        assert one.widget.attrs is not other.widget.attrs and one.error_messages is not other.error_messages
        assert one.validators is not other.validators

    first.fields["note"].required = True
    first.fields["note"].widget.attrs["placeholder"] = "only here"
    first.fields["note"].error_messages["required"] = "Write something."
    first.fields["note"].validators.append(lambda value: None)
    for untouched in (second.fields["note"], Sample.base_fields["note"]):
        assert not untouched.required and "placeholder" not in untouched.widget.attrs
        assert untouched.error_messages["required"] == "This field is required."
        assert len(untouched.validators) == validators


def test_choices_set_on_one_form_stay_that_forms_own():
    first, second = Sample(), Sample()
    first.fields["colour"].choices = [("green", "Green")]
    assert list(first.fields["colour"].widget.choices) == [("green", "Green")]
    assert [value for value, _ in second.fields["colour"].choices] == ["red", "blue"]
    assert [value for value, _ in second.fields["colour"].widget.choices] == ["red", "blue"]
    assert Sample({"colour": "blue"}).is_valid() and not Sample({"colour": "green"}).is_valid()
