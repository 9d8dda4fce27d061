"""A fresh install's first visit: the setup page, a mistyped code, and the owner's first login.

conftest.py runs this file before every other one; the tests below also run in order, as the
person installing Nearer would live through them.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import OWNER_EMAIL, PASSWORD, Audit, NewContext, Server, complete_setup


def test_first_visit_lands_on_setup(page: Page, server: Server, audit: Audit) -> None:
    """Whoever opens a new install first is sent to the setup page, not a login form."""
    page.goto("/")
    expect(page).to_have_url(f"{server.url}/setup/")
    expect(page.get_by_role("heading", level=1, name="Set up Nearer")).to_be_visible()
    expect(page.get_by_role("link", name="Get help now")).to_be_visible()
    audit(page, "setup")


def test_wrong_setup_code_shows_error_and_keeps_email(page: Page, server: Server, audit: Audit) -> None:
    """A mistyped code is explained in words, and the email typed so far is not lost."""
    page.goto("/setup/")
    page.get_by_label("Setup code").fill("not-the-code")
    page.get_by_label("Your email address").fill(OWNER_EMAIL)
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Type it again").fill(PASSWORD)
    page.get_by_role("button", name="Create the owner account").click()

    expect(page.get_by_text("That setup code does not match")).to_be_visible()
    expect(page.get_by_label("Your email address")).to_have_value(OWNER_EMAIL)
    assert server.setup_code_file().exists(), "a wrong code must not use up the setup"
    audit(page, "setup-error")


def test_right_code_creates_owner_who_lands_logged_in(new_context: NewContext, server: Server) -> None:
    """The right code makes the owner account and logs its owner straight in."""
    page = new_context("desktop").new_page()
    complete_setup(page, server)

    expect(page).to_have_url(f"{server.url}/")
    expect(page.get_by_role("heading", level=1, name="Welcome back")).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    assert not server.setup_code_file().exists(), "the one-time code is forgotten once used"

    page.goto("/setup/")
    expect(page.get_by_role("heading", level=1, name="We couldn't find that page")).to_be_visible()
