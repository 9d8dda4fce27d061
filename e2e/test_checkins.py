"""The daily loop in a real browser: check in by touch, see it on the patterns page, edit, delete."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from playwright.sync_api import Page, expect

from conftest import ARTIFACTS, PASSWORD, Account, Server, log_in, sign_up, unique_email


def test_check_in_see_it_edit_it_delete_it(page: Page, owner: Account, server: Server, device: str) -> None:
    sign_up(page, unique_email(f"loop-{device}"))
    page.get_by_role("link", name="Check in").first.click()
    page.get_by_role("radio", name="Very unpleasant, very high energy").check()
    page.get_by_role("radio", name="On edge").check()
    page.locator("#urge").get_by_text("8", exact=True).click()
    page.get_by_role("checkbox", name="Praise or kindness").check()
    page.get_by_label("Who was it about?").select_option(label="Someone new (add them below)")
    page.get_by_label("Nickname").fill("J")
    page.get_by_label("What they are to you").select_option(label="Partner")
    page.get_by_role("radio", name="Went quiet").check()
    page.get_by_role("checkbox", name="Reassurance").check()
    page.get_by_label("A note").fill("She said she was proud of me and I changed the subject.")
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_text("Checked in. Only you can see it.")).to_be_visible()
    row = page.locator(".checkin-row").first
    expect(row).to_contain_text("8")

    page.get_by_role("link", name="Patterns").first.click()
    expect(page.get_by_text("From 1 check-in")).to_be_visible()

    page.goto("/checkins/")
    page.locator(".checkin-row a").first.click()
    page.locator("#urge").get_by_text("5", exact=True).click()
    page.get_by_role("button", name=re.compile("Save")).first.click()
    expect(page.get_by_text("Saved.")).to_be_visible()

    page.locator(".checkin-row a").first.click()
    page.get_by_role("link", name=re.compile("Delete")).click()
    page.get_by_role("button", name=re.compile("Delete")).click()
    expect(page.get_by_text("Deleted for good.")).to_be_visible()
    expect(page.locator(".checkin-row")).to_have_count(0)


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_a_crisis_note_in_a_check_in_brings_help_on_a_phone(
    new_context, owner: Account, server: Server, javascript: bool
) -> None:
    page = new_context("phone", java_script_enabled=javascript, locale="en-AU").new_page()
    sign_up(page, unique_email(f"checkin-crisis-{'js' if javascript else 'nojs'}"))
    page.goto("/checkins/new/")
    page.get_by_role("radio", name="Very unpleasant, very low energy").check()
    page.locator("#urge").get_by_text("9", exact=True).click()
    page.get_by_label("A note").fill("I don't want to be here anymore. I want to die.")
    page.get_by_role("button", name="Save check-in").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("It sounds like things are really hard right now")
    expect(alert.get_by_role("link", name="Call 13 11 14")).to_have_attribute("href", "tel:131114")


def test_the_patterns_page_reads_well_with_a_year_of_demo_data(
    new_context, owner: Account, server: Server, device: str
) -> None:
    email = unique_email(f"demo-{device}")
    subprocess.run(
        [sys.executable, "-m", "nearer", "demo", "--email", email, "--password", PASSWORD, "--years", "1"],
        env=server.env,
        check=True,
        capture_output=True,
    )
    page = new_context(device).new_page()
    log_in(page, email)
    page.goto("/patterns/")
    expect(page.get_by_role("heading", name="What stands out")).to_be_visible()
    first = page.locator("#insights-heading + ul li a").first
    anchor = first.get_attribute("href")
    first.click()
    expect(page.locator(anchor)).to_be_visible()
    for chart in page.get_by_role("img").all():
        assert chart.get_attribute("aria-labelledby"), "every chart names its title and description"
    page.screenshot(path=str(ARTIFACTS / f"patterns-{device}.png"), full_page=True)
