"""axe-core on every page a person can reach today, at laptop and phone width, light and dark.

Fails on serious or critical problems only (contrast, missing labels or names, broken ARIA):
the ones that stop someone using a screen reader, a keyboard or a dim phone at night.
The setup page is checked in test_first_run.py, while the install is still fresh.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from conftest import LOGGED_IN_PAGES, LOGGED_OUT_PAGES, Account, Audit, Member, NewContext


def _name(path: str) -> str:
    return path.strip("/").replace("/", "-") or "home"


@pytest.mark.parametrize("path", LOGGED_OUT_PAGES, ids=_name)
def test_logged_out_page_is_accessible(page: Page, owner: Account, audit: Audit, path: str) -> None:
    """Visitors, including ones who came for the help page, can use every open page."""
    page.goto(path)
    expect(page.get_by_role("main")).to_be_visible()
    audit(page, f"visitor-{_name(path)}")


@pytest.mark.parametrize("path", LOGGED_IN_PAGES, ids=_name)
def test_logged_in_page_is_accessible(member_page: Page, audit: Audit, path: str) -> None:
    """Members can use every page of their account with assistive technology."""
    member_page.goto(path)
    expect(member_page.get_by_role("button", name="Log out")).to_be_visible()
    audit(member_page, f"member-{_name(path)}")


def test_form_errors_are_accessible(page: Page, owner: Account, audit: Audit) -> None:
    """Error messages are where people most need to read and act: check the signup form's."""
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("not-an-account@nearer.example")
    page.get_by_label("I am 18 or older").check()
    page.get_by_label("Choose a password").fill("short")
    page.get_by_label("Type it again").fill("short")
    page.get_by_role("button", name="Make my account").click()
    expect(page.get_by_text("This password is too short.")).to_be_visible()
    audit(page, "visitor-signup-errors")


def test_login_error_is_accessible(new_context: NewContext, device: str, member: Member, audit: Audit) -> None:
    page = new_context(device).new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password", exact=True).fill("wrong password here")
    page.get_by_role("button", name="Log in", exact=True).click()
    expect(page.get_by_text("are not correct")).to_be_visible()
    audit(page, "visitor-login-error")


def test_keyboard_reaches_content_and_help_first(page: Page, owner: Account) -> None:
    """Keyboard users can skip the menu in one key press, and "Get help now" comes early."""
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.goto("/")
    stops = []
    for _ in range(6):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("() => document.activeElement.textContent.trim()"))
    assert "Get help now" in stops, f"'Get help now' is not in the first six Tab stops: {stops}"
