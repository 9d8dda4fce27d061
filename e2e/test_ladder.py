"""The vulnerability ladder in a real browser, on a laptop and a phone: build a ladder, run a small
experiment (predict, try, record), see the prediction against what happened, and get the next step."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from conftest import Account, Audit, NewContext, Server, sign_up, unique_email


def _fear(page: Page, question: str, number: int) -> None:
    page.get_by_role("group", name=question).get_by_text(str(number), exact=True).click()


def test_build_a_ladder_try_a_step_and_see_the_next_one(
    page: Page, owner: Account, server: Server, device: str, audit: Audit
) -> None:
    sign_up(page, unique_email(f"ladder-{device}"))
    page.goto("/practice/")
    page.get_by_role("link", name="Vulnerability ladder").click()
    expect(page.get_by_role("heading", name="Your ladder")).to_be_visible()
    expect(page.get_by_text("Your ladder is empty for now")).to_be_visible()
    audit(page, "ladder-empty")

    # A suggested step, picked from the list on the page.
    page.get_by_role("link", name="Add it to my ladder: Say one honest feeling to someone").click()
    expect(page.get_by_role("radio", name="Say one honest feeling to someone")).to_be_checked()
    _fear(page, "How much fear do you expect?", 30)
    audit(page, "ladder-step-form")
    page.get_by_role("button", name="Add to my ladder").click()
    expect(page.get_by_text("Added to your ladder.")).to_be_visible()

    # A step in her own words, higher up.
    page.get_by_role("link", name="Add a step").click()
    page.get_by_label("Or in your own words").fill(f"Tell Sam I missed him ({device})")
    _fear(page, "How much fear do you expect?", 60)
    page.get_by_role("button", name="Add to my ladder").click()
    rungs = page.locator(".ladder-rung")
    expect(rungs).to_have_count(2)
    expect(rungs.first).to_contain_text("Say one honest feeling")  # least fear first

    # The experiment: before...
    page.get_by_role("link", name="Plan a try of “Say one honest feeling to someone”").click()
    _fear(page, "How much fear do you expect to feel?", 50)
    page.get_by_label("What do you expect will happen?").fill("She'll change the subject.")
    audit(page, "ladder-before")
    page.get_by_role("button", name="Save my prediction").click()
    expect(page.get_by_text("Your prediction is saved.")).to_be_visible()
    expect(page.get_by_text("She'll change the subject.")).to_be_visible()

    # ...and after.
    _fear(page, "How much fear did you actually feel?", 20)
    page.get_by_label("What happened?").fill("She said she'd missed me too.")
    audit(page, "ladder-after")
    page.get_by_role("button", name="Save how it went").click()
    expect(page.get_by_text("It felt 30 points less frightening than you expected.")).to_be_visible()

    page.get_by_role("link", name="The step").click()
    expect(page.get_by_role("img", name="Fear expected and felt: Say one honest feeling to someone")).to_be_visible()
    audit(page, "ladder-step-detail")
    page.get_by_role("link", name="Your ladder").first.click()
    next_card = page.locator(".next-step")
    expect(next_card).to_contain_text("Ready for the next step?")
    expect(next_card).to_contain_text(f"Tell Sam I missed him ({device})")
    chart = page.get_by_role("img", name="Fear expected and fear felt, try by try")
    expect(chart).to_be_visible()
    page.get_by_text("The same numbers as a table").click()
    row = page.get_by_role("row").filter(has_text="Say one honest feeling")
    expect(row).to_contain_text("50")
    expect(row).to_contain_text("20")
    audit(page, "ladder-with-progress")


def test_a_try_that_did_not_happen_is_set_aside_kindly(page: Page, owner: Account, server: Server) -> None:
    sign_up(page, unique_email("ladder-aside"))
    page.goto("/practice/ladder/steps/new/?suggestion=stay_in_the_room")
    page.get_by_role("button", name="Add to my ladder").click()
    page.get_by_role("link", name="Plan a try of “Stay in the room during a disagreement”").click()
    page.get_by_label("What do you expect will happen?").fill("I'll freeze.")
    page.get_by_role("button", name="Save my prediction").click()
    page.get_by_role("button", name="It didn't happen this time").click()
    expect(page.get_by_text("That's fine. Not every plan happens")).to_be_visible()
    expect(page.locator(".ladder-rung")).to_contain_text("Last time it didn't happen, and that's fine.")


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_risk_in_a_prediction_brings_help_at_once_on_a_phone(
    new_context: NewContext, owner: Account, server: Server, javascript: bool
) -> None:
    page = new_context("phone", java_script_enabled=javascript, locale="en-GB").new_page()
    sign_up(page, unique_email(f"ladder-risk-{'js' if javascript else 'nojs'}"))
    page.goto("/practice/ladder/steps/new/")
    page.get_by_label("Or in your own words").fill("Ask for a hug")
    _fear(page, "How much fear do you expect?", 40)
    page.get_by_role("button", name="Add to my ladder").click()
    page.get_by_role("link", name="Plan a try of “Ask for a hug”").click()
    page.get_by_label("What do you expect will happen?").fill("Everyone would be better off without me.")
    page.get_by_role("button", name="Save my prediction").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("That sounds heavy")
    expect(alert.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_text("What you wrote is saved")).to_be_visible()
