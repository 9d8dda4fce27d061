"""The "Get help now" link is one tap away on every page, and the help page works for everyone:
logged out, without JavaScript, and with the lines of the country the browser is set to."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from conftest import (
    LOGGED_IN_PAGES,
    LOGGED_OUT_PAGES,
    Account,
    NewContext,
    Server,
    sign_up,
    unique_email,
)


def _help_link_leads_to_crisis_lines(page: Page, server: Server, path: str) -> None:
    page.goto(path)
    link = page.get_by_role("banner").get_by_role("link", name="Get help now")
    expect(link, f"no 'Get help now' in the header of {path}").to_be_visible()
    expect(link, f"'Get help now' is off screen on {path}").to_be_in_viewport()
    link.click()
    expect(page).to_have_url(f"{server.url}/help/")
    expect(page.get_by_role("heading", level=1, name="Get help now")).to_be_visible()
    # The browser says en-US, so the US lines come first, with a number to call.
    expect(page.get_by_role("link", name="Call 988")).to_be_visible()


def test_help_link_on_every_logged_out_page(page: Page, owner: Account, server: Server) -> None:
    """Someone in crisis who never made an account still finds help from any page."""
    for path in LOGGED_OUT_PAGES:
        _help_link_leads_to_crisis_lines(page, server, path)


def test_help_link_on_every_logged_in_page(member_page: Page, server: Server) -> None:
    """A member finds help from every page of their account too, at the same place."""
    for path in LOGGED_IN_PAGES:
        _help_link_leads_to_crisis_lines(member_page, server, path)


def test_help_page_works_without_javascript(new_context: NewContext, device: str, owner: Account) -> None:
    """With scripts off (or failing to load), the crisis lines and the country picker still work."""
    page = new_context(device, java_script_enabled=False).new_page()
    page.goto("/help/")
    expect(page.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")

    page.get_by_label("Show lines for").select_option(label="Australia")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("heading", name="In Australia")).to_be_visible()
    expect(page.get_by_role("link", name="Call 13 11 14")).to_have_attribute("href", "tel:131114")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_help_page_shows_uk_lines_for_en_gb(
    new_context: NewContext, device: str, owner: Account, javascript: bool
) -> None:
    """A browser set to British English is shown Samaritans and 999 first, without choosing."""
    page = new_context(device, locale="en-GB", java_script_enabled=javascript).new_page()
    page.goto("/help/")
    expect(page.get_by_role("heading", name="In United Kingdom")).to_be_visible()
    expect(page.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "tel:999")


def test_help_page_lists_every_country_when_it_cannot_tell(
    new_context: NewContext, device: str, owner: Account
) -> None:
    """A language without a region says nothing about where someone is: show all lines."""
    page = new_context(device, locale="en").new_page()
    page.goto("/help/")
    expect(page.get_by_role("heading", name="Crisis lines")).to_be_visible()
    for country in ("United States", "United Kingdom", "Australia", "New Zealand"):
        expect(page.get_by_role("heading", level=3, name=country)).to_be_visible()


def test_member_can_keep_a_country_first(page: Page, owner: Account) -> None:
    """A member abroad can pin another country's lines over the browser's guess, and it sticks."""
    sign_up(page, unique_email("abroad"))
    page.goto("/help/?country=NZ")
    page.get_by_role("button", name="Always show New Zealand first").click()
    expect(page.get_by_text("We'll show these lines first from now on.")).to_be_visible()

    page.goto("/help/")
    expect(page.get_by_role("heading", name="In New Zealand")).to_be_visible()
    expect(page.get_by_role("link", name="Call 1737")).to_have_attribute("href", "tel:1737")
