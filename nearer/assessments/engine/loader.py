"""Read and check an instrument file (the format is in ``docs/instruments.md``).

``load_json(text)`` and ``parse_instrument(data)`` either return an :class:`Instrument` or raise
:class:`InstrumentError` naming where in the file the problem is (``items[3].id``) and what it is,
in words a practice's administrator can act on. Nothing half-checked is ever returned.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any, cast

from nearer.assessments.engine.model import (
    Anchor,
    Band,
    ChangeRule,
    Instrument,
    Item,
    Missing,
    Norms,
    Plane,
    SafetyTrigger,
    Scale,
    Subscale,
)

FORMAT = "nearer-instrument"
FORMAT_VERSION = 1
MAX_POINTS = 11

_INSTRUMENT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
_ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_URL_NAME = re.compile(r"^[a-z_]+:[a-z_]+$")

_TOP = {
    "format",
    "format_version",
    "id",
    "version",
    "title",
    "kind",
    "description",
    "intro",
    "citation",
    "licence",
    "shuffle",
    "retake_weeks",
    "scale",
    "items",
    "reverse",
    "subscales",
    "safety",
    "plane",
    "comment",
}


class InstrumentError(ValueError):
    """The file is not a valid instrument. ``where`` is the path inside it, ``problem`` the reason."""

    def __init__(self, where: str, problem: str):
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


def load_json(text: str) -> Instrument:
    """An instrument from the text of a JSON file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentError("", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    return parse_instrument(data)


def parse_instrument(data: object) -> Instrument:
    """An instrument from already-decoded JSON, checked field by field."""
    top = _object(data, "", _TOP)
    if top.get("format") != FORMAT:
        raise InstrumentError("format", f'must be "{FORMAT}" (is this an instrument file?)')
    if top.get("format_version") != FORMAT_VERSION:
        raise InstrumentError("format_version", f"must be {FORMAT_VERSION}; this Nearer reads version 1 only")
    instrument_id = _text(top, "id", "")
    if not _INSTRUMENT_ID.match(instrument_id):
        raise InstrumentError("id", "use lowercase letters, digits and dashes (at most 48), like 'ecr-r'")
    scale = _scale(_required(top, "scale", ""))
    items = _items(_required(top, "items", ""))
    known = {item.id for item in items}
    reverse = _id_list(top.get("reverse", []), "reverse", known, allow_empty=True)
    items = tuple(
        Item(id=i.id, text=i.text, reverse=i.id in reverse, tool=i.tool, tool_label=i.tool_label, hint=i.hint)
        for i in items
    )
    subscales = _subscales(_required(top, "subscales", ""), known, scale)
    safety = _safety(top.get("safety", []), known, scale)
    kind = _text(top, "kind", "", default="inventory")
    if kind not in ("inventory", "checklist", "check"):
        raise InstrumentError("kind", f"must be inventory, checklist or check, not {kind!r}")
    retake = top.get("retake_weeks", 4)
    if not _is_int(retake) or not 1 <= retake <= 52:
        raise InstrumentError("retake_weeks", "must be a whole number of weeks from 1 to 52")
    shuffle = top.get("shuffle", False)
    if not isinstance(shuffle, bool):
        raise InstrumentError("shuffle", "must be true or false")
    instrument = Instrument(
        id=instrument_id,
        version=_text(top, "version", ""),
        title=_text(top, "title", ""),
        scale=scale,
        items=items,
        subscales=subscales,
        description=_text(top, "description", "", default=""),
        intro=_text(top, "intro", "", default=""),
        kind=cast(Any, kind),
        citation=_text(top, "citation", "", default=""),
        licence=_text(top, "licence", "", default=""),
        shuffle=shuffle,
        safety=safety,
        plane=None,
        retake_weeks=retake,
    )
    if "plane" in top:
        instrument = _with_plane(instrument, top["plane"])
    for index, subscale in enumerate(instrument.subscales):
        _check_bands(instrument, subscale, f"subscales[{index}].bands")
    return instrument


# --- pieces ------------------------------------------------------------------------------------


def _scale(raw: object) -> Scale:
    scale = _object(raw, "scale", {"min", "max", "anchors", "comment"})
    low, high = _int(scale, "min", "scale"), _int(scale, "max", "scale")
    if high <= low:
        raise InstrumentError("scale", f"max ({high}) must be greater than min ({low})")
    if high - low + 1 > MAX_POINTS:
        raise InstrumentError("scale", f"at most {MAX_POINTS} points; {low}-{high} has {high - low + 1}")
    raw_anchors = _list(_required(scale, "anchors", "scale"), "scale.anchors")
    anchors: list[Anchor] = []
    for index, raw_anchor in enumerate(raw_anchors):
        where = f"scale.anchors[{index}]"
        anchor = _object(raw_anchor, where, {"value", "label", "comment"})
        value = _int(anchor, "value", where)
        if not low <= value <= high:
            raise InstrumentError(f"{where}.value", f"{value} is outside the scale {low}-{high}")
        if anchors and value <= anchors[-1].value:
            if any(a.value == value for a in anchors):
                raise InstrumentError(f"{where}.value", f"{value} has words already")
            raise InstrumentError(f"{where}.value", "anchors go from the lowest value to the highest")
        anchors.append(Anchor(value=value, label=_text(anchor, "label", where)))
    if not anchors or anchors[0].value != low:
        raise InstrumentError("scale.anchors", f"the lowest point ({low}) needs words")
    if anchors[-1].value != high:
        raise InstrumentError("scale.anchors", f"the highest point ({high}) needs words")
    return Scale(min=low, max=high, anchors=tuple(anchors))


def _items(raw: object) -> tuple[Item, ...]:
    raw_items = _list(raw, "items")
    if not raw_items:
        raise InstrumentError("items", "needs at least one item")
    items: list[Item] = []
    first_seen: dict[str, int] = {}
    for index, raw_item in enumerate(raw_items):
        where = f"items[{index}]"
        item = _object(raw_item, where, {"id", "text", "hint", "tool", "tool_label", "comment"})
        item_id = _text(item, "id", where)
        if not _ITEM_ID.match(item_id):
            raise InstrumentError(f"{where}.id", f"{item_id!r}: use letters, digits, '_', '.' or '-' (at most 40)")
        if item_id in first_seen:
            raise InstrumentError(f"{where}.id", f"{item_id!r} is used twice (also items[{first_seen[item_id]}])")
        first_seen[item_id] = index
        tool = _text(item, "tool", where, default="")
        if tool and not _URL_NAME.match(tool):
            raise InstrumentError(f"{where}.tool", f"{tool!r} is not a page name like 'ladder:ladder_index'")
        if tool and not _text(item, "tool_label", where, default=""):
            raise InstrumentError(where, "a tool needs a tool_label: the words of its link")
        items.append(
            Item(
                id=item_id,
                text=_text(item, "text", where),
                hint=_text(item, "hint", where, default=""),
                tool=tool,
                tool_label=_text(item, "tool_label", where, default=""),
            )
        )
    return tuple(items)


def _subscales(raw: object, known: set[str], scale: Scale) -> tuple[Subscale, ...]:
    raw_subscales = _list(raw, "subscales")
    if not raw_subscales:
        raise InstrumentError("subscales", "needs at least one subscale")
    subscales: list[Subscale] = []
    fields = {"id", "name", "description", "items", "rule", "missing", "bands", "norms", "change", "comment"}
    for index, raw_subscale in enumerate(raw_subscales):
        where = f"subscales[{index}]"
        sub = _object(raw_subscale, where, fields)
        subscale_id = _text(sub, "id", where)
        if not _ITEM_ID.match(subscale_id):
            raise InstrumentError(f"{where}.id", f"{subscale_id!r}: use letters, digits, '_', '.' or '-'")
        if any(s.id == subscale_id for s in subscales):
            raise InstrumentError(f"{where}.id", f"{subscale_id!r} is used twice")
        items = _id_list(_required(sub, "items", where), f"{where}.items", known)
        rule = _text(sub, "rule", where)
        if rule not in ("mean", "sum"):
            raise InstrumentError(f"{where}.rule", f'must be "mean" or "sum", not {rule!r}')
        missing = _object(sub.get("missing", {}), f"{where}.missing", {"max_missing", "comment"})
        max_missing = missing.get("max_missing", 0)
        if not _is_int(max_missing) or not 0 <= max_missing < len(items):
            raise InstrumentError(
                f"{where}.missing.max_missing",
                f"must be a whole number from 0 to {len(items) - 1} (fewer than its items)",
            )
        subscales.append(
            Subscale(
                id=subscale_id,
                name=_text(sub, "name", where),
                description=_text(sub, "description", where, default=""),
                items=tuple(items),
                rule=cast(Any, rule),
                missing=Missing(max_missing=max_missing),
                bands=_bands(sub.get("bands", []), f"{where}.bands"),
                norms=_norms(sub["norms"], f"{where}.norms") if "norms" in sub else None,
                change=_change(sub["change"], f"{where}.change") if "change" in sub else None,
            )
        )
    return tuple(subscales)


def _bands(raw: object, where: str) -> tuple[Band, ...]:
    bands = []
    for index, raw_band in enumerate(_list(raw, where)):
        here = f"{where}[{index}]"
        band = _object(raw_band, here, {"min", "max", "label", "text", "comment"})
        low, high = _number(band, "min", here), _number(band, "max", here)
        if high < low:
            raise InstrumentError(here, f"max ({_show(high)}) is below min ({_show(low)})")
        bands.append(Band(min=low, max=high, label=_text(band, "label", here), text=_text(band, "text", here)))
    return tuple(bands)


def _check_bands(instrument: Instrument, subscale: Subscale, where: str) -> None:
    """Bands, if any, cover every possible score exactly once."""
    if not subscale.bands:
        return
    low, high = instrument.score_range(subscale)
    bands = subscale.bands
    if subscale.rule == "sum":
        for index, band in enumerate(bands):
            if band.min != int(band.min) or band.max != int(band.max):
                raise InstrumentError(f"{where}[{index}]", "a sum's bands use whole numbers")
    if bands[0].min != low:
        raise InstrumentError(f"{where}[0].min", f"must be {_show(low)}, the lowest possible score")
    if bands[-1].max != high:
        raise InstrumentError(f"{where}[{len(bands) - 1}].max", f"must be {_show(high)}, the highest possible score")
    step = 1.0 if subscale.rule == "sum" else 0.0
    for index in range(1, len(bands)):
        before, band = bands[index - 1], bands[index]
        if subscale.rule == "mean" and band.min == band.max:
            raise InstrumentError(f"{where}[{index}]", "a mean's band needs min below max")
        expected = before.max + step
        if band.min > expected:
            raise InstrumentError(
                f"{where}[{index}].min",
                f"leaves a gap: scores between {_show(before.max)} and {_show(band.min)} have no band",
            )
        if band.min < expected:
            raise InstrumentError(
                f"{where}[{index}].min",
                f"overlaps the band before it ({_show(before.min)}-{_show(before.max)}); start at {_show(expected)}",
            )


def _norms(raw: object, where: str) -> Norms:
    norms = _object(raw, where, {"mean", "sd", "source", "comment"})
    sd = _number(norms, "sd", where)
    if sd <= 0:
        raise InstrumentError(f"{where}.sd", "must be above 0")
    return Norms(mean=_number(norms, "mean", where), sd=sd, source=_text(norms, "source", where, default=""))


def _change(raw: object, where: str) -> ChangeRule:
    change = _object(raw, where, {"reliability", "sd", "source", "comment"})
    reliability = _number(change, "reliability", where)
    if not 0 <= reliability < 1:
        raise InstrumentError(f"{where}.reliability", "must be at least 0 and below 1 (for example 0.85)")
    sd = _number(change, "sd", where)
    if sd <= 0:
        raise InstrumentError(f"{where}.sd", "must be above 0")
    return ChangeRule(reliability=reliability, sd=sd, source=_text(change, "source", where, default=""))


def _safety(raw: object, known: set[str], scale: Scale) -> tuple[SafetyTrigger, ...]:
    triggers = []
    for index, raw_trigger in enumerate(_list(raw, "safety")):
        where = f"safety[{index}]"
        trigger = _object(raw_trigger, where, {"item", "at_least", "tier", "comment"})
        item = _text(trigger, "item", where)
        if item not in known:
            raise InstrumentError(f"{where}.item", f"{item!r} is not an item")
        at_least = _int(trigger, "at_least", where)
        if not scale.min <= at_least <= scale.max:
            raise InstrumentError(f"{where}.at_least", f"{at_least} is outside the scale {scale.min}-{scale.max}")
        tier = _text(trigger, "tier", where, default="urgent")
        if tier not in ("concern", "urgent"):
            raise InstrumentError(f"{where}.tier", f'must be "concern" or "urgent", not {tier!r}')
        triggers.append(SafetyTrigger(item=item, at_least=at_least, tier=cast(Any, tier)))
    return tuple(triggers)


def _with_plane(instrument: Instrument, raw: object) -> Instrument:
    plane = _object(raw, "plane", {"x", "y", "x_cut", "y_cut", "comment"})
    ids = {s.id for s in instrument.subscales}
    x, y = _text(plane, "x", "plane"), _text(plane, "y", "plane")
    for axis, name in (("x", x), ("y", y)):
        if name not in ids:
            raise InstrumentError(f"plane.{axis}", f"{name!r} is not a subscale")
    if x == y:
        raise InstrumentError("plane", "x and y must be two different subscales")
    cuts = {}
    for axis, name in (("x", x), ("y", y)):
        cut = _number(plane, f"{axis}_cut", "plane")
        low, high = instrument.score_range(instrument.subscale(name))
        if not low < cut < high:
            raise InstrumentError(f"plane.{axis}_cut", f"must lie inside {name}'s range ({_show(low)}-{_show(high)})")
        cuts[axis] = cut
    return Instrument(**{**vars(instrument), "plane": Plane(x=x, y=y, x_cut=cuts["x"], y_cut=cuts["y"])})


# --- field readers -------------------------------------------------------------------------------


def _object(raw: object, where: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise InstrumentError(where, f"must be an object {{...}}, not {_kind(raw)}")
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise InstrumentError(where, f"unknown field {unknown[0]!r} (a typo?)")
    return raw


def _list(raw: object, where: str) -> list[Any]:
    if not isinstance(raw, list):
        raise InstrumentError(where, f"must be a list [...], not {_kind(raw)}")
    return raw


def _required(data: Mapping[str, Any], name: str, where: str) -> Any:
    if name not in data:
        raise InstrumentError(where or name, f"missing field {name!r}" if where else "missing field")
    return data[name]


_NO_DEFAULT = object()


def _text(data: Mapping[str, Any], name: str, where: str, default: object = _NO_DEFAULT) -> str:
    here = f"{where}.{name}" if where else name
    if name not in data:
        if default is _NO_DEFAULT:
            raise InstrumentError(where or name, f"missing field {name!r}" if where else "missing field")
        return cast(str, default)
    value = data[name]
    if not isinstance(value, str):
        raise InstrumentError(here, f"must be text, not {_kind(value)}")
    if default is _NO_DEFAULT and not value.strip():
        raise InstrumentError(here, "must not be empty")
    return value.strip()


def _int(data: Mapping[str, Any], name: str, where: str) -> int:
    value = _required(data, name, where)
    if not _is_int(value):
        raise InstrumentError(f"{where}.{name}", f"must be a whole number, not {_kind(value)}")
    return cast(int, value)


def _number(data: Mapping[str, Any], name: str, where: str) -> float:
    value = _required(data, name, where)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InstrumentError(f"{where}.{name}", f"must be a number, not {_kind(value)}")
    return float(value)


def _id_list(raw: object, where: str, known: set[str], *, allow_empty: bool = False) -> list[str]:
    ids = _list(raw, where)
    if not ids and not allow_empty:
        raise InstrumentError(where, "needs at least one item")
    seen: list[str] = []
    for index, value in enumerate(ids):
        if not isinstance(value, str):
            raise InstrumentError(f"{where}[{index}]", f"must be an item id (text), not {_kind(value)}")
        if value not in known:
            raise InstrumentError(f"{where}[{index}]", f"{value!r} is not an item")
        if value in seen:
            raise InstrumentError(f"{where}[{index}]", f"{value!r} is listed twice")
        seen.append(value)
    return seen


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _show(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
