"""Where you're logged in: the member sees each device and can log the others out."""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import Account, NewContext, Server, log_in, sign_up, unique_email


def test_sessions_page_lists_devices_and_signs_out_the_others(
    new_context: NewContext, device: str, owner: Account, server: Server
) -> None:
    """A member who fears someone else is logged in can see it and end that session."""
    email = unique_email(f"sessions-{device}")
    elsewhere = new_context("desktop").new_page()
    sign_up(elsewhere, email)

    here = new_context(device).new_page()
    log_in(here, email)
    expect(here.get_by_role("heading", level=1, name="Welcome back")).to_be_visible()
    here.goto("/accounts/settings/")
    here.get_by_role("navigation", name="Account settings").get_by_role("link", name="Where you're logged in").click()
    expect(here).to_have_url(f"{server.url}/accounts/sessions/")

    rows = here.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.filter(has_text="Current")).to_have_count(1)
    here.get_by_role("button", name="Sign Out Other Sessions").click()

    expect(here.locator("tbody tr")).to_have_count(1)
    expect(here.get_by_role("button", name="Log out")).to_be_visible()
    elsewhere.goto("/accounts/settings/")
    expect(elsewhere).to_have_url(f"{server.url}/accounts/login/?next=/accounts/settings/")
