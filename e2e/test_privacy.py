"""A member takes her data with her, then erases it for good."""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

from conftest import PASSWORD, Account, Server, log_in, sign_up, unique_email


def test_download_read_and_erase(page: Page, owner: Account, server: Server, device: str) -> None:
    email = unique_email(f"leaving-{device}")
    sign_up(page, email)
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind").fill("A line I want to keep.")
    page.get_by_role("button", name="Save privately").click()

    page.get_by_role("link", name="Your data").first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download (JSON)").click()
    document = json.loads(download_info.value.path().read_text())
    assert document["format"] == "nearer-export"
    assert document["sections"]["journal"]["entries"][0]["body"] == "A line I want to keep."

    page.goto("/privacy/")
    page.get_by_role("link", name="Open a readable copy").click()
    expect(page.get_by_text("A line I want to keep.")).to_be_visible()

    page.goto("/privacy/")
    page.get_by_role("link", name="See the record").click()
    expect(page.get_by_text("Nobody but you has opened your data.")).to_be_visible()

    page.goto("/privacy/erase/")
    expect(page.get_by_text("It is final")).to_be_visible()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand this is final", exact=False).check()
    page.get_by_role("button", name="Erase my account and data").click()
    expect(page.get_by_role("heading", name="It's done")).to_be_visible()

    log_in(page, email)
    expect(page.get_by_text("The email address and/or password you specified are not correct.")).to_be_visible()
