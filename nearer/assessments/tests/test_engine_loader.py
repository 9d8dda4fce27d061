"""Every kind of malformed instrument file gets its own clear message, naming where the problem is."""

from __future__ import annotations

import copy
import json

import pytest

from nearer.assessments import catalog
from nearer.assessments.engine import InstrumentError, load_json, parse_instrument
from nearer.assessments.tests.packs import ECR_R, PHQ_9, raw


def test_the_fixture_packs_load_with_their_keys():
    ecr = parse_instrument(raw(ECR_R))
    assert len(ecr.items) == 36
    assert sorted(int(i.id[1:]) for i in ecr.items if i.reverse) == [
        9,
        11,
        20,
        22,
        26,
        27,
        28,
        29,
        30,
        31,
        33,
        34,
        35,
        36,
    ]
    assert ecr.subscale("anxiety").items == tuple(f"q{i}" for i in range(1, 19))
    phq = parse_instrument(raw(PHQ_9))
    assert [(t.item, t.at_least, t.tier) for t in phq.safety] == [("item9", 1, "concern"), ("item9", 2, "urgent")]


def test_nearers_own_instruments_load_and_meet_the_brief():
    own = catalog.builtins()
    closeness = own["closeness"]
    for name in ("anxiety", "avoidance"):
        subscale = closeness.subscale(name)
        assert len(subscale.items) >= 8
        assert any(closeness.item(i).reverse for i in subscale.items)
    assert closeness.plane is not None
    assert all(item.tool for item in own["signs"].items)
    assert [t.item for t in own["wellbeing"].safety] == ["ending"]


def _broken(change):
    data = copy.deepcopy(raw(PHQ_9))
    change(data)
    return data


def _set(path, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


CASES = [
    ("not an object", _set(["items"], "Item 1"), "items: must be a list [...], not the text 'Item 1'"),
    ("wrong format", _set(["format"], "csv"), 'format: must be "nearer-instrument"'),
    ("newer format", _set(["format_version"], 2), "format_version: must be 1"),
    ("bad id", _set(["id"], "PHQ 9!"), "id: use lowercase letters, digits and dashes"),
    ("missing title", _delete(["title"]), "title: missing field"),
    ("missing item text", _delete(["items", 3, "text"]), "items[3]: missing field 'text'"),
    ("empty item text", _set(["items", 0, "text"], "  "), "items[0].text: must not be empty"),
    ("duplicate item id", _set(["items", 4, "id"], "item2"), "items[4].id: 'item2' is used twice (also items[1])"),
    ("unknown field", _set(["items", 0, "reverse_keyed"], True), "items[0]: unknown field 'reverse_keyed' (a typo?)"),
    (
        "subscale names an unknown item",
        _set(["subscales", 0, "items", 8], "item10"),
        "subscales[0].items[8]: 'item10' is not an item",
    ),
    (
        "subscale lists an item twice",
        _set(["subscales", 0, "items", 8], "item1"),
        "subscales[0].items[8]: 'item1' is listed twice",
    ),
    ("reverse key on a missing item", _set(["reverse"], ["item3", "item12"]), "reverse[1]: 'item12' is not an item"),
    (
        "unknown rule",
        _set(["subscales", 0, "rule"], "median"),
        'subscales[0].rule: must be "mean" or "sum", not \'median\'',
    ),
    (
        "band gap",
        _set(["subscales", 0, "bands", 2, "min"], 11),
        "subscales[0].bands[2].min: leaves a gap: scores between 9 and 11 have no band",
    ),
    (
        "band overlap",
        _set(["subscales", 0, "bands", 1, "min"], 4),
        "subscales[0].bands[1].min: overlaps the band before it (0-4); start at 5",
    ),
    (
        "bands short of the top",
        _set(["subscales", 0, "bands", 4, "max"], 26),
        "subscales[0].bands[4].max: must be 27, the highest possible score",
    ),
    (
        "bands start late",
        _set(["subscales", 0, "bands", 0, "min"], 1),
        "subscales[0].bands[0].min: must be 0, the lowest possible score",
    ),
    (
        "band upside down",
        _set(["subscales", 0, "bands", 1, "max"], 3),
        "subscales[0].bands[1]: max (3) is below min (5)",
    ),
    (
        "fractional band on a sum",
        _set(["subscales", 0, "bands", 0, "max"], 4.5),
        "subscales[0].bands[0]: a sum's bands use whole numbers",
    ),
    (
        "anchor off the scale",
        _set(["scale", "anchors", 3, "value"], 4),
        "scale.anchors[3].value: 4 is outside the scale 0-3",
    ),
    (
        "anchors out of order",
        _set(["scale", "anchors", 1, "value"], 3),
        "scale.anchors[2].value: anchors go from the lowest value to the highest",
    ),
    ("anchor repeated", _set(["scale", "anchors", 2, "value"], 1), "scale.anchors[2].value: 1 has words already"),
    ("top anchor missing", _delete(["scale", "anchors", 3]), "scale.anchors: the highest point (3) needs words"),
    ("scale upside down", _set(["scale", "max"], 0), "scale: max (0) must be greater than min (0)"),
    ("scale too long", _set(["scale", "max"], 20), "scale: at most 11 points; 0-20 has 21"),
    ("text where a number goes", _set(["scale", "min"], "0"), "scale.min: must be a whole number, not the text '0'"),
    ("safety on a missing item", _set(["safety", 0, "item"], "item10"), "safety[0].item: 'item10' is not an item"),
    (
        "safety trigger off the scale",
        _set(["safety", 0, "at_least"], 4),
        "safety[0].at_least: 4 is outside the scale 0-3",
    ),
    ("unknown tier", _set(["safety", 0, "tier"], "red"), 'safety[0].tier: must be "concern" or "urgent"'),
    (
        "reliability of 1",
        _set(["subscales", 0, "change", "reliability"], 1),
        "subscales[0].change.reliability: must be at least 0 and below 1",
    ),
    (
        "too many missing allowed",
        _set(["subscales", 0, "missing"], {"max_missing": 9}),
        "subscales[0].missing.max_missing: must be a whole number from 0 to 8",
    ),
    (
        "plane on an unknown subscale",
        _set(["plane"], {"x": "total", "y": "mood", "x_cut": 5, "y_cut": 5}),
        "plane.y: 'mood' is not a subscale",
    ),
    ("tool without words", _set(["items", 0, "tool"], "ladder:ladder_index"), "items[0]: a tool needs a tool_label"),
]


@pytest.mark.parametrize(("change", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_of_malformed_file_says_what_is_wrong(change, message):
    with pytest.raises(InstrumentError) as caught:
        parse_instrument(_broken(change))
    assert message in str(caught.value)


def test_bad_json_says_where():
    text = json.dumps(raw(PHQ_9), indent=2).replace('"title"', "'title'", 1)
    with pytest.raises(InstrumentError, match=r"not valid JSON: .* at line \d+, column \d+"):
        load_json(text)


def test_a_file_that_is_not_an_object():
    with pytest.raises(InstrumentError, match=r"must be an object \{\.\.\.\}, not a list"):
        load_json("[1, 2, 3]")


def test_mean_bands_meet_edge_to_edge():
    data = raw(ECR_R)
    bands = [
        {"min": 1, "max": 3.5, "label": "lower", "text": "t"},
        {"min": 3.5, "max": 7, "label": "higher", "text": "t"},
    ]
    data["subscales"][0]["bands"] = bands
    assert parse_instrument(data).subscales[0].bands[1].min == 3.5
    data["subscales"][0]["bands"][1]["min"] = 3.6
    with pytest.raises(InstrumentError, match="leaves a gap: scores between 3.5 and 3.6"):
        parse_instrument(data)


def test_the_example_in_the_docs_is_a_valid_pack():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[3] / "docs" / "instruments.md").read_text(encoding="utf-8")
    example = docs.split("## Example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    instrument = load_json(example)
    assert instrument.item("a2").reverse and instrument.safety[0].item == "c1"
