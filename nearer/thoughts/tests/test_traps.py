"""The trap catalogue: one entry per label the text reader knows, each in a line of our own words."""

from nearer.nlu import TRAP_LABELS
from nearer.thoughts import traps


def test_the_catalogue_covers_exactly_the_text_readers_labels_in_its_order():
    assert tuple(trap.slug for trap in traps.TRAPS) == TRAP_LABELS


def test_each_trap_has_a_name_a_one_line_explanation_and_an_example():
    names = [trap.name for trap in traps.TRAPS]
    assert len(set(names)) == len(names)
    for trap in traps.TRAPS:
        assert trap.name and trap.example
        assert "\n" not in trap.explanation and 20 <= len(trap.explanation) <= 120, trap.slug
        assert trap.explanation.endswith(".") and trap.example.endswith((".", "?", "!"))


def test_the_painful_feeling_is_not_offered_as_a_trap_to_dispute():
    assert "painful_feeling" not in {trap.slug for trap in traps.DISPUTABLE}
    assert len(traps.DISPUTABLE) == len(traps.TRAPS) - 1


def test_names_keeps_catalogue_order_and_skips_unknown_slugs():
    assert traps.names(["labeling", "nonsense", "all_or_nothing"]) == ["All or nothing", "Labeling"]
