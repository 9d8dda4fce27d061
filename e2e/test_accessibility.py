"""axe-core on every page a person can reach today, at laptop and phone width, light and dark.

Fails on serious or critical problems only (contrast, missing labels or names, broken ARIA):
the ones that stop someone using a screen reader, a keyboard or a dim phone at night.
The setup page is checked in test_first_run.py, while the install is still fresh.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from conftest import Account, Audit, Member, NewContext
from test_help import LOGGED_IN_PAGES, LOGGED_OUT_PAGES


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
    page.get_by_label("Password:", exact=True).fill("short")
    page.get_by_label("Password (again):").fill("different")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("You must type the same password each time.")).to_be_visible()
    audit(page, "visitor-signup-errors")


def test_login_error_is_accessible(new_context: NewContext, device: str, member: Member, audit: Audit) -> None:
    page = new_context(device).new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:", exact=True).fill("wrong password here")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.get_by_text("are not correct")).to_be_visible()
    audit(page, "visitor-login-error")
