"""Self-check in a real browser: take the closeness inventory by touch, read the result, take it
again, compare with the reliable change index; the wellbeing check's crisis answer brings help."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import Account, Audit, NewContext, Server, sign_up, unique_email


def _answer_all(page: Page, pick: dict[str, str], *, skip: str | None = None) -> None:
    """Answer each question of the closeness inventory: anxiety items (ids anx..) with one answer,
    avoidance items with another, whatever order the page shows them in."""
    for fieldset in page.locator("fieldset.assessment-item").all():
        item_id = (fieldset.get_attribute("id") or "").removeprefix("q-")
        if item_id == skip:
            continue
        fieldset.get_by_text(pick[item_id[:3]], exact=True).click()


def test_take_the_inventory_read_the_result_take_it_again_and_compare(
    page: Page, owner: Account, server: Server, device: str, audit: Audit
) -> None:
    sign_up(page, unique_email(f"selfcheck-{device}"))
    page.get_by_role("link", name="Self-check").first.click()
    expect(page.get_by_role("heading", name="Self-check", exact=True)).to_be_visible()
    page.get_by_role("link", name=re.compile(r"^Start\W+Closeness patterns$")).click()
    expect(page.locator("fieldset.assessment-item")).to_have_count(20)
    audit(page, "selfcheck-take")

    # Leave one out: the page says which, and keeps every other answer.
    # Every statement answered alike, so reverse-keyed ones count the other way round:
    # anxiety (7 x 7 + 3 x 1) / 10 = 5.2, avoidance (7 x 3 + 3 x 5) / 10 = 3.6.
    _answer_all(page, {"anx": "Strongly agree", "avo": "Slightly disagree"}, skip="avo05")
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_text("1 question still needs an answer.")).to_be_visible()
    expect(page.locator("#q-anx01").get_by_role("radio", checked=True)).to_have_count(1)
    page.get_by_role("link", name=re.compile(r"^Question \d+$")).click()
    page.locator("#q-avo05").get_by_text("Slightly disagree", exact=True).click()
    page.get_by_role("button", name="See my result").click()

    expect(page.get_by_role("heading", name="You may lean towards worrying about closeness")).to_be_visible()
    expect(page.locator("svg.chart-plane")).to_be_visible()
    expect(page.get_by_text("not a validated clinical measure")).to_be_visible()
    expect(page.get_by_role("link", name="Check in when the worry spikes")).to_be_visible()
    audit(page, "selfcheck-result")

    page.get_by_role("link", name="Take it again").first.click()
    _answer_all(page, {"anx": "Slightly disagree", "avo": "Slightly disagree"})  # 3.6 and 3.6
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("heading", name="Closeness may feel mostly safe for you at the moment")).to_be_visible()

    page.get_by_role("link", name=re.compile(r"^Compare with ")).click()
    anxiety = page.get_by_role("region", name="Worry about being left")
    expect(anxiety).to_contain_text("From 5.2 to 3.6 (-1.6)")  # RCI = -1.6 / (1.0 x sqrt 2 x sqrt 0.2) = -2.53
    expect(anxiety).to_contain_text("A reliable change: lower")
    expect(page.get_by_role("region", name="Unease with closeness")).to_contain_text("Not a reliable change")
    audit(page, "selfcheck-compare")

    page.get_by_role("link", name="History").click()
    expect(page.locator("svg.chart-history")).to_have_count(2)
    audit(page, "selfcheck-history")


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_the_wellbeing_crisis_answer_brings_help_at_once_on_a_phone(
    new_context: NewContext, owner: Account, server: Server, javascript: bool
) -> None:
    page = new_context("phone", java_script_enabled=javascript, locale="en-GB").new_page()
    sign_up(page, unique_email(f"selfcheck-crisis-{'js' if javascript else 'nojs'}"))
    page.goto("/assessments/wellbeing/")
    for fieldset in page.locator("fieldset.assessment-item").all():
        fieldset.get_by_text("On a few days", exact=True).click()
    page.get_by_role("button", name="See my result").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("It sounds like things are really hard right now")
    expect(alert.get_by_role("link", name="Call 116 123").first).to_be_visible()
    expect(page.get_by_role("heading", name="How have you been?")).to_be_visible()


def test_the_reminder_is_opt_in_and_switches_off(page: Page, owner: Account, server: Server) -> None:
    sign_up(page, unique_email("selfcheck-reminder"))
    page.goto("/assessments/signs/")
    for fieldset in page.locator("fieldset.assessment-item").all():
        fieldset.get_by_text("Sometimes me", exact=True).click()
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("link", name="Check in: notice what set it off").first).to_be_visible()
    page.get_by_role("button", name="Remind me here in 4 weeks").click()
    expect(page.get_by_text("We'll mention it here on the self-check page in 4 weeks.")).to_be_visible()
    page.get_by_role("button", name="Turn off this reminder").click()
    expect(page.get_by_text("Reminder off.")).to_be_visible()


def test_the_wellbeing_result_with_the_crisis_response_is_accessible(
    page: Page, owner: Account, server: Server, device: str, audit: Audit
) -> None:
    sign_up(page, unique_email(f"selfcheck-crisis-a11y-{device}"))
    page.goto("/assessments/wellbeing/")
    audit(page, "selfcheck-wellbeing")
    for fieldset in page.locator("fieldset.assessment-item").all():
        fieldset.get_by_text("Nearly every day", exact=True).click()
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_text("very heavy", exact=False).first).to_be_visible()
    audit(page, "selfcheck-wellbeing-crisis")
