"""The words a check-in offers: enough of them, each defined in our own words, slugs that fit."""

import pytest

from nearer.checkins import vocabulary as v


def test_there_are_at_least_64_feelings_16_in_each_quadrant():
    assert len(v.FEELINGS) >= 64
    for quadrant in v.QUADRANTS:
        assert len(v.feelings_in(quadrant)) >= 16, quadrant


def test_every_feeling_has_a_unique_slug_word_and_a_one_line_definition():
    assert len({f.slug for f in v.FEELINGS}) == len(v.FEELINGS)
    assert len({f.word.lower() for f in v.FEELINGS}) == len(v.FEELINGS)
    assert len({f.definition for f in v.FEELINGS}) == len(v.FEELINGS)
    for feeling in v.FEELINGS:
        assert feeling.slug.isidentifier() and len(feeling.slug) <= 32
        assert "\n" not in feeling.definition and feeling.definition.endswith(".")
        assert 10 <= len(feeling.definition) <= 80, feeling.slug


def test_the_built_in_triggers_and_actions_are_the_ones_the_product_names():
    assert set(v.TRIGGERS) == {
        "conflict",
        "closeness",
        "praise",
        "needed",
        "uncertainty",
        "seen",
        "criticism",
        "nothing",
    }
    assert set(v.ACTIONS) == {
        "withdrew", "went_quiet", "cancelled", "found_faults", "picked_fight", "ended_it", "stayed", "said_feeling"
    }  # fmt: skip


def test_every_action_is_either_withdrawing_or_staying():
    assert set(v.ACTIONS) == v.WITHDRAWING | v.STAYING
    assert not v.WITHDRAWING & v.STAYING


def test_wants_and_relationship_kinds():
    assert 6 <= len(v.WANTS) <= 8
    assert {"reassurance", "space_with_return", "to_be_asked", "to_say_sorry", "a_hug", "to_be_heard"} <= set(v.WANTS)
    assert set(v.RELATIONSHIP_KINDS) == {"partner", "ex", "friend", "family", "colleague", "someone_new", "other"}


@pytest.mark.parametrize(
    ("pleasantness", "energy", "label"),
    [
        (1.0, -0.5, "Very pleasant, low energy"),
        (-1.0, 1.0, "Very unpleasant, very high energy"),
        (0.0, 0.0, "Neither pleasant nor unpleasant, some energy"),
        (0.4, 0.6, "Pleasant, high energy"),
    ],
)
def test_mood_labels_name_the_grid_cell(pleasantness, energy, label):
    assert v.mood_label(pleasantness, energy) == label


def test_mood_values_round_trip_and_refuse_spots_off_the_grid():
    for p in v.LEVELS:
        for e in v.LEVELS:
            assert v.parse_mood(v.mood_value(p, e)) == (p, e)
    for bad in ("2,0", "0.3,0", "", "a,b", "0"):
        with pytest.raises(ValueError):
            v.parse_mood(bad)


@pytest.mark.parametrize(
    ("pleasantness", "energy", "expected"),
    [
        (-1.0, 1.0, ("high_unpleasant",)),
        (-0.5, -0.5, ("low_unpleasant",)),
        (0.5, 1.0, ("high_pleasant",)),
        (1.0, -1.0, ("low_pleasant",)),
        (0.0, 0.5, ("high_unpleasant", "high_pleasant")),
        (0.5, 0.0, ("high_pleasant", "low_pleasant")),
        (0.0, 0.0, ("high_unpleasant", "low_unpleasant", "high_pleasant", "low_pleasant")),
    ],
)
def test_a_spot_on_the_grid_touches_its_quadrants(pleasantness, energy, expected):
    assert v.quadrants_near(pleasantness, energy) == expected


def test_the_vocabulary_has_no_django_import():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(v.__file__).read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(name and name.startswith("django") for name in imported)
