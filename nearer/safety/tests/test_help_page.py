"""The help page at /help/: crisis lines for the right country, for anyone, without JavaScript."""

from __future__ import annotations

import re
from html import unescape

import pytest

from nearer.safety import crisis_lines

pytestmark = pytest.mark.django_db


def _page(client, path="/help/", **headers) -> str:
    response = client.get(path, headers=headers)
    assert response.status_code == 200
    return unescape(response.content.decode())


def _shown_country(page: str) -> str | None:
    match = re.search(r'<h2 id="lines-heading">In ([^<]+)</h2>', page)
    return match.group(1) if match else None


def test_visitor_in_australia_sees_lifeline_and_000(client, member):
    page = _page(client, **{"Accept-Language": "en-AU,en;q=0.9"})
    assert _shown_country(page) == "Australia"
    assert "Lifeline" in page
    assert '<a class="button" href="tel:131114">Call 13 11 14</a>' in page
    assert '<a href="tel:000"><strong>000</strong></a>' in page
    assert "Samaritans" not in page


def test_picking_a_country_shows_its_lines(client, member):
    page = _page(client, "/help/?country=NZ", **{"Accept-Language": "en-AU"})
    assert _shown_country(page) == "New Zealand"
    assert 'href="tel:1737"' in page
    assert 'href="sms:1737"' in page
    assert '<option value="NZ" selected>' in page


def test_uk_page_offers_calls_texts_and_both_emergency_numbers(client, member):
    page = _page(client, "/help/?country=gb")
    assert _shown_country(page) == "United Kingdom"
    assert 'href="tel:116123"' in page
    assert 'href="sms:85258?&body=SHOUT"' in page
    assert "Text SHOUT to 85258" in page
    assert "<strong>999</strong></a> or 112" in page


def test_us_page_offers_crisis_text_line_with_its_keyword(client, member):
    page = _page(client, "/help/?country=US")
    assert 'href="sms:741741?&body=HOME"' in page
    assert "Text HOME to 741741" in page


def test_page_says_when_the_numbers_were_checked(client, member):
    country = crisis_lines.lookup("AU")
    page = _page(client, "/help/?country=AU")
    assert f"Numbers last checked {country.last_checked.day} {country.last_checked:%B %Y}." in page


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {},
        {"Accept-Language": "en"},
        {"Accept-Language": "de-DE,de;q=0.9"},
        {"path": "/help/?country=XX"},
    ],
    ids=["no-language", "language-without-region", "unlisted-region", "unknown-pick"],
)
def test_unknown_country_shows_every_country_and_the_directory(client, member, request_kwargs):
    page = _page(client, **request_kwargs)
    assert _shown_country(page) is None
    assert "We don't know where you are" in page
    for country in crisis_lines.countries().values():
        assert f"<h3>{country.name}</h3>" in page
        assert f'href="{country.emergency_href}"' in page
    directory = crisis_lines.international_directory()
    assert f'<a href="{directory.url}" rel="noopener noreferrer">{directory.name}</a>' in page


def test_directory_link_is_there_when_the_country_is_known_too(client, member):
    assert 'href="https://findahelpline.com"' in _page(client, "/help/?country=AU")


def test_lines_are_in_the_html_not_loaded_by_script(client, member):
    page = _page(client, "/help/?country=GB")
    without_scripts = re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    assert 'href="tel:116123"' in without_scripts
    inline_scripts = re.findall(r"<script\b(?![^>]*\bsrc=)[^>]*>", page)
    assert inline_scripts == []


def test_country_picker_works_without_javascript(client, member):
    page = _page(client)
    assert '<form method="get" action="/help/"' in page
    assert '<select id="country-pick" name="country">' in page


def test_saved_country_comes_before_the_browser_guess(member_client, member):
    member.country = "GB"
    member.save()
    page = _page(member_client, **{"Accept-Language": "en-AU"})
    assert _shown_country(page) == "United Kingdom"
    assert "Always show" not in page


def test_picked_country_comes_before_the_saved_one(member_client, member):
    member.country = "GB"
    member.save()
    page = _page(member_client, "/help/?country=NZ")
    assert _shown_country(page) == "New Zealand"
    assert "Always show New Zealand first" in page


def test_visitor_is_not_offered_to_save_a_country(client, member):
    page = _page(client, "/help/?country=NZ")
    assert "Always show" not in page
    assert 'action="/help/country/"' not in page


def test_help_page_offers_grounding_and_breathing(client, member):
    page = _page(client)
    assert "I'm safe right now." in page
    assert "five" in page and "Slow breathing" in page and "a count of four" in page


def test_the_help_page_title_is_plain_words(client, member):
    page = _page(client)
    assert "<title>Get help now · Nearer</title>" in page
    assert page.count('id="breathe-heading"') == 1
