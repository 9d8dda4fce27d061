"""nearer.safety.crisis_lines: the numbers, and guessing a country from the browser's languages."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from nearer.safety import crisis_lines
from nearer.safety.crisis_lines import Line, country_from_accept_language, lookup


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("en-GB,en;q=0.9", "GB"),
        ("en", None),
        ("fr-CA", "CA"),
        ("en-gb", "GB"),
        ("en-US;q=0.5,en-AU;q=0.9", "AU"),
        ("en-IE,en-GB", "IE"),
        (" en-AU ; q=0.7 , en-GB ; q=0.8", "GB"),
        ("de-DE,en-NZ;q=0.8", "NZ"),
        ("zh-Hant-TW,en-IE;q=0.5", "IE"),
        ("zh-Hant-TW", None),
        ("es-419,en;q=0.5", None),
        ("en-US;q=0", None),
        ("en-US;q=oops,en-CA;q=0.1", "CA"),
        ("de-DE,fr-FR", None),
        ("*", None),
        ("", None),
        (None, None),
    ],
)
def test_country_from_accept_language(header, expected):
    assert country_from_accept_language(header) == expected


@pytest.mark.parametrize(
    ("line", "call_href", "text_href"),
    [
        (Line(name="Samaritans", hours="24/7", call="116 123"), "tel:116123", ""),
        (Line(name="Lifeline", hours="24/7", call="13 11 14"), "tel:131114", ""),
        (Line(name="Abroad", hours="24/7", call="+44 (0)20-7946"), "tel:+440207946", ""),
        (
            Line(name="Crisis Text Line", hours="24/7", text="741741", text_body="HOME"),
            "",
            "sms:741741?&body=HOME",
        ),
        (Line(name="1737", hours="24/7", call="1737", text="1737"), "tel:1737", "sms:1737"),
        (Line(name="Nothing", hours="24/7"), "", ""),
    ],
)
def test_line_links(line, call_href, text_href):
    assert line.call_href == call_href
    assert line.text_href == text_href


@pytest.mark.parametrize(
    ("code", "expected"),
    [("GB", "GB"), ("gb", "GB"), ("nz", "NZ"), ("XX", None), ("", None), (None, None), ("G", None)],
)
def test_lookup(code, expected):
    found = lookup(code)
    assert (found.code if found else None) == expected


# The numbers in shared/PRODUCT.md ("Facts to build on"), which the data file cites.
@pytest.mark.parametrize(
    ("code", "emergency", "calls", "texts"),
    [
        ("US", {"911"}, {"988"}, {"988", "HOME to 741741"}),
        ("CA", {"911"}, {"988"}, {"988"}),
        ("GB", {"999", "112"}, {"116 123"}, {"SHOUT to 85258"}),
        ("IE", {"112", "999"}, {"116 123"}, set()),
        ("AU", {"000"}, {"13 11 14"}, set()),
        ("NZ", {"111"}, {"1737"}, {"1737"}),
    ],
)
def test_numbers_match_the_product_brief(code, emergency, calls, texts):
    country = lookup(code)
    assert {country.emergency, country.emergency_alt} - {""} == emergency
    assert {line.call for line in country.lines if line.call} == calls
    shown_texts = {
        f"{line.text_body} to {line.text}" if line.text_body else line.text for line in country.lines if line.text
    }
    assert shown_texts == texts


@pytest.mark.parametrize("country", list(crisis_lines.countries().values()), ids=lambda c: c.code)
def test_every_country_is_complete_and_checked(country):
    assert re.fullmatch(r"[A-Z]{2}", country.code)
    assert country.name
    assert re.fullmatch(r"\d{3}", country.emergency)
    assert country.emergency_href == f"tel:{country.emergency}"
    assert country.lines
    for line in country.lines:
        assert line.name and line.hours
        assert line.call or line.text
    assert country.last_checked <= date.today()


def test_international_directory_is_an_https_link():
    directory = crisis_lines.international_directory()
    assert directory.url.startswith("https://")
    assert directory.name and directory.description


def test_country_choices_are_sorted_by_name():
    names = [name for _, name in crisis_lines.country_choices()]
    assert names == sorted(names)
    assert {code for code, _ in crisis_lines.country_choices()} == set(crisis_lines.countries())


def test_crisis_lines_can_be_used_without_django():
    imported = set()
    for node in ast.walk(ast.parse(Path(crisis_lines.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert not {name for name in imported if name.split(".")[0] in {"django", "nearer"}}
