"""Crisis lines by country, read from ``data/crisis_lines.json``.

Plain Python with no Django import, so the list can be checked and printed offline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("data") / "crisis_lines.json"


@dataclass(frozen=True)
class Line:
    name: str
    hours: str
    call: str = ""
    text: str = ""
    text_body: str = ""

    @property
    def call_href(self) -> str:
        return "tel:" + re.sub(r"[^0-9+]", "", self.call) if self.call else ""

    @property
    def text_href(self) -> str:
        if not self.text:
            return ""
        number = re.sub(r"[^0-9+]", "", self.text)
        return f"sms:{number}?&body={self.text_body}" if self.text_body else f"sms:{number}"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    emergency: str
    last_checked: date
    lines: tuple[Line, ...]
    emergency_alt: str = ""

    @property
    def emergency_href(self) -> str:
        return "tel:" + self.emergency


@dataclass(frozen=True)
class Directory:
    name: str
    url: str
    description: str


@cache
def _load() -> tuple[dict[str, Country], Directory]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    countries = {
        code: Country(
            code=code,
            name=entry["name"],
            emergency=entry["emergency"],
            emergency_alt=entry.get("emergency_alt", ""),
            last_checked=date.fromisoformat(entry["last_checked"]),
            lines=tuple(Line(**line) for line in entry["lines"]),
        )
        for code, entry in raw["countries"].items()
    }
    return countries, Directory(**raw["international"])


def countries() -> dict[str, Country]:
    return _load()[0]


def international_directory() -> Directory:
    return _load()[1]


def country_choices() -> list[tuple[str, str]]:
    return sorted(((c.code, c.name) for c in countries().values()), key=lambda pair: pair[1])


def lookup(code: str | None) -> Country | None:
    return countries().get((code or "").upper())


_LANG_TAG = re.compile(r"^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?-([a-zA-Z]{2})$")


def country_from_accept_language(header: str | None) -> str | None:
    """The first region in an Accept-Language header that we have lines for.

    ``en-GB,en;q=0.9`` gives ``GB``. Languages without a region say nothing about where
    someone is, so ``en`` alone gives ``None`` and the page asks instead of guessing.
    """
    if not header:
        return None
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        match = _LANG_TAG.match(tag.strip())
        if match and quality > 0:
            weighted.append((-quality, index, match.group(1).upper()))
    for _, _, region in sorted(weighted):
        if region in countries():
            return region
    return None
