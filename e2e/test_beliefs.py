"""Core beliefs in a real browser, on a phone and a laptop: name one, gather evidence by hand and
with one click from a check-in and a thought record, rate it again and see the line move."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from conftest import Account, Audit, NewContext, sign_up, unique_email


def _check_in(page: Page, note: str) -> None:
    page.goto("/checkins/new/")
    page.get_by_role("radio", name="Very unpleasant, very high energy").check()
    page.locator("#urge").get_by_text("7", exact=True).click()
    page.get_by_role("radio", name="Stayed and leaned in").check()
    page.get_by_label("A note").fill(note)
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_text("Checked in. Only you can see it.")).to_be_visible()


def test_a_belief_gathers_evidence_and_its_line_moves(page: Page, owner: Account, device: str, audit: Audit) -> None:
    sign_up(page, unique_email(f"beliefs-{device}"))
    _check_in(page, "Told him I was scared. He held my hand.")
    page.locator(".checkin-row a").first.click()
    expect(page.get_by_role("button", name="Count it as evidence against")).to_have_count(0)  # no belief yet

    page.goto("/practice/")
    page.get_by_role("link", name="Core beliefs").click()
    audit(page, "beliefs-empty")
    page.get_by_role("link", name="Name a belief").click()
    page.get_by_label("The belief, in your words").fill("They'll leave anyway.")
    page.get_by_label("How true does it feel right now, 0 to 100?", exact=True).fill("85")
    audit(page, "beliefs-new")
    page.get_by_role("button", name="Save privately").click()
    expect(page.get_by_role("heading", name="“They'll leave anyway.”")).to_be_visible()

    page.get_by_label("What speaks against it?").fill("Jo texted to check I got home safe.")
    page.get_by_role("button", name="Add it").click()
    expect(page.get_by_text("Added. It counts.")).to_be_visible()

    # One click from the check-in, then the words can be changed.
    page.goto("/checkins/")
    page.locator(".checkin-row a").first.click()
    expect(page.get_by_text("Does this check-in speak against “They'll leave anyway.”?")).to_be_visible()
    page.get_by_role("button", name="Count it as evidence against").click()
    expect(page.get_by_text("as evidence against it")).to_be_visible()
    text = page.get_by_label("What speaks against it?")
    expect(text).to_have_value(re.compile("Stayed and leaned in. Told him I was scared. He held my hand."))
    audit(page, "beliefs-evidence-edit")
    text.fill("I told him I was scared and he held my hand.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("I told him I was scared and he held my hand.")).to_be_visible()
    expect(page.get_by_role("link", name="from a check-in")).to_be_visible()

    page.get_by_label("How true does it feel right now, 0 to 100?", exact=True).fill("60")
    page.get_by_role("button", name="Rate it again").click()
    expect(page.get_by_text("Rated. Only you can see it.")).to_be_visible()
    expect(page.get_by_text("it started at 85")).to_be_visible()
    expect(page.get_by_role("img", name="How true it has felt")).to_be_visible()
    page.get_by_text("The same as a table").click()
    expect(page.get_by_role("cell", name="60", exact=True)).to_be_visible()
    audit(page, "beliefs-detail")

    page.get_by_role("link", name="← Core beliefs").click()
    expect(page.get_by_text("Feels 60 out of 100 true (it started at 85) · 2 pieces of evidence")).to_be_visible()
    audit(page, "beliefs-list")


def test_one_click_from_a_finished_thought_record(
    new_context: NewContext, owner: Account, device: str, audit: Audit
) -> None:
    page = new_context(device).new_page()
    sign_up(page, unique_email(f"beliefs-record-{device}"))
    page.goto("/practice/beliefs/new/")
    page.get_by_label("The belief, in your words").fill("I'm too much.")
    page.get_by_label("How true does it feel right now, 0 to 100?", exact=True).fill("75")
    page.get_by_role("button", name="Save privately").click()

    page.goto("/practice/thoughts/new/")
    steps = [
        ("What happened?", "I talked for an hour about my day."),
        ("What went through your mind?", "She must be sick of me by now."),
    ]
    for label, value in steps:
        page.get_by_label(label).fill(value)
        page.get_by_role("button", name="Save and go on").click()
    page.get_by_label("A feeling", exact=True).fill("embarrassed")
    page.get_by_label("How strong, 0 to 100", exact=True).first.fill("70")
    page.get_by_role("button", name="Save and go on").click()
    page.get_by_role("checkbox", name=re.compile("^Mind reading")).check()
    page.get_by_role("button", name="Save and go on").click()
    page.get_by_role("button", name="Save and go on").click()  # nothing for: that's allowed
    page.get_by_label("What doesn't fit the thought?").fill("She asked a question about every part of it.")
    page.get_by_role("button", name="Save and go on").click()
    page.get_by_label("A fairer way to put it").fill("I worried I was too much; she seemed interested.")
    page.get_by_role("button", name="Save and go on").click()
    page.get_by_label("embarrassed, now (it was 70)", exact=True).fill("35")
    page.get_by_role("button", name="Save and finish").click()

    expect(page.get_by_text("Does this thought record speak against “I'm too much.”?")).to_be_visible()
    audit(page, "thoughts-detail-with-belief")
    page.get_by_role("button", name="Count it as evidence against").click()
    expect(page.get_by_label("What speaks against it?")).to_have_value("She asked a question about every part of it.")
    page.get_by_role("link", name="← “I'm too much.”").click()
    expect(page.get_by_role("link", name="from a thought record")).to_be_visible()
