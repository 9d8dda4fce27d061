"""A thought record in a real browser, on a phone and a laptop: every step, the thought in view on
each, the before/after chart at the end; kindness for a painful feeling; help at once on risk."""

from __future__ import annotations

import re

from playwright.sync_api import Page, Route, expect

from conftest import Account, Audit, NewContext, Server, sign_up, unique_email

THOUGHT = "She'll get bored of me and leave, like everyone does."


def _go_on(page: Page) -> None:
    page.get_by_role("button", name="Save and go on").click()


def _thought_in_view(page: Page, text: str) -> None:
    expect(page.get_by_role("complementary", name="The thought you're looking at")).to_contain_text(text)


def test_a_thought_record_from_start_to_finish(page: Page, owner: Account, device: str, audit: Audit) -> None:
    sign_up(page, unique_email(f"thoughts-{device}"))
    page.goto("/practice/")
    page.get_by_role("link", name="Thought record").click()
    page.get_by_role("link", name="Start a thought record").click()
    audit(page, "thoughts-situation")
    page.get_by_label("What happened?").fill("She said she loved me and I changed the subject.")
    _go_on(page)

    page.get_by_label("What went through your mind?").fill(THOUGHT)
    _go_on(page)

    _thought_in_view(page, THOUGHT)
    page.get_by_label("A feeling", exact=True).fill("scared")
    page.get_by_label("How strong, 0 to 100", exact=True).first.fill("80")
    page.get_by_label("Another feeling (if there was one)").first.fill("ashamed")
    page.get_by_label("How strong, 0 to 100", exact=True).nth(1).fill("60")
    audit(page, "thoughts-feelings")
    _go_on(page)

    expect(page.get_by_role("heading", name="Thinking traps")).to_be_visible()
    _thought_in_view(page, THOUGHT)
    audit(page, "thoughts-traps")
    page.get_by_role("checkbox", name=re.compile("^Fortune telling")).check()
    page.get_by_role("checkbox", name=re.compile("^Overgeneralizing")).check()
    _go_on(page)

    for label, text in [
        ("What makes the thought feel true?", "My last partner left."),
        ("What doesn't fit the thought?", "She asked me to meet her parents. She stayed after our fight."),
        ("A fairer way to put it", "I'm scared she'll leave, and so far she keeps choosing to stay."),
    ]:
        _thought_in_view(page, THOUGHT)
        page.get_by_label(label).fill(text)
        _go_on(page)

    _thought_in_view(page, THOUGHT)
    page.get_by_label("scared, now (it was 80)", exact=True).fill("45")
    page.get_by_label("ashamed, now (it was 60)", exact=True).fill("30")
    audit(page, "thoughts-rerate")
    page.get_by_role("button", name="Save and finish").click()

    expect(page.get_by_text("Saved. Only you can see it.")).to_be_visible()
    expect(page.get_by_text("scared: 80, then 45")).to_be_visible()
    expect(page.get_by_role("link", name="Fortune telling")).to_be_visible()
    audit(page, "thoughts-detail")

    page.get_by_role("link", name="← Thought records").click()
    chart = page.get_by_role("img", name="Feelings before and after")
    expect(chart).to_be_visible()
    page.get_by_text("The same as a table").click()
    expect(page.get_by_role("cell", name="70", exact=True)).to_be_visible()
    audit(page, "thoughts-list")


def test_the_slider_and_the_number_agree(member_page: Page) -> None:
    page = member_page
    page.goto("/practice/thoughts/new/")
    page.get_by_label("What happened?").fill("Waiting for a reply.")
    _go_on(page)
    page.get_by_label("What went through your mind?").fill("He's ignoring me on purpose.")
    _go_on(page)
    slider = page.get_by_role("slider", name="How strong, 0 to 100 (slider)").first
    slider.fill("65")
    expect(page.get_by_label("How strong, 0 to 100", exact=True).first).to_have_value("65")


def test_a_painful_feeling_gets_kindness_instead_of_disputing(
    new_context: NewContext, owner: Account, audit: Audit, device: str
) -> None:
    page = new_context(device).new_page()
    sign_up(page, unique_email(f"thoughts-kind-{device}"))
    page.goto("/practice/thoughts/new/")
    page.get_by_label("What happened?").fill("Sunday night, the flat is quiet.")
    _go_on(page)
    page.get_by_label("What went through your mind?").fill("I feel so alone.")
    _go_on(page)
    page.get_by_label("A feeling", exact=True).fill("lonely")
    page.get_by_label("How strong, 0 to 100", exact=True).first.fill("90")
    _go_on(page)

    expect(page.get_by_role("heading", name="Some kindness for the feeling")).to_be_visible()
    _thought_in_view(page, "I feel so alone.")
    expect(page.get_by_text("What would you say to a friend who told you this?")).to_be_visible()
    audit(page, "thoughts-kindness")
    page.get_by_label("A few kind words for yourself").fill("Of course it hurts. You wanted company.")
    _go_on(page)
    page.get_by_label("lonely, now (it was 90)", exact=True).fill("75")
    page.get_by_role("button", name="Save and finish").click()
    expect(page.get_by_text("Of course it hurts. You wanted company.")).to_be_visible()


def test_the_trap_catalogue_links_by_name(member_page: Page, audit: Audit) -> None:
    page = member_page
    page.goto("/practice/thoughts/traps/#mind_reading")
    expect(page.locator("#mind_reading")).to_have_text("Mind reading")
    audit(page, "thoughts-traps-catalogue")


def test_a_record_left_halfway_waits_in_the_drafts(member_page: Page) -> None:
    page = member_page
    page.goto("/practice/thoughts/new/")
    page.get_by_label("What happened?").fill("Left the party early without saying goodbye.")
    _go_on(page)
    page.get_by_label("What went through your mind?").fill("They must all think I am rude.")
    page.get_by_role("button", name="Save and stop here").click()
    expect(page.get_by_text("it's in your drafts")).to_be_visible()
    drafts = page.get_by_role("region", name="Not finished yet")
    drafts.get_by_role("link", name="Carry on: what you felt").first.click()
    _thought_in_view(page, "They must all think I am rude.")


def test_risk_in_a_step_brings_help_at_once_on_a_phone_without_javascript(
    new_context: NewContext, owner: Account, server: Server
) -> None:
    page = new_context("phone", java_script_enabled=False, locale="en-GB").new_page()
    sign_up(page, unique_email("thoughts-risk"))
    page.goto("/practice/thoughts/new/")
    page.get_by_label("What happened?").fill("Another fight.")
    _go_on(page)
    page.get_by_label("What went through your mind?").fill("Everyone would be better off without me.")
    _go_on(page)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("That sounds heavy")
    expect(alert.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_text("What you wrote is saved")).to_be_visible()
    page.get_by_role("link", name="I'm safe right now, carry on").click()
    expect(page.get_by_role("heading", name="What you felt")).to_be_visible()


def test_a_retried_start_after_a_lost_answer_makes_one_record(page: Page, owner: Account) -> None:
    """The first step reaches the server but its answer is lost (bad signal at night); reloading
    sends the same form again, with the same key, and must not make a twin."""
    sign_up(page, unique_email("thoughts-retry"))
    page.goto("/practice/thoughts/new/")
    lost = {"first": True}

    def lose_first_answer(route: Route) -> None:
        if route.request.method == "POST" and lost["first"]:
            lost["first"] = False
            route.fetch()  # the server saves it...
            route.abort()  # ...but the browser never hears back
        else:
            route.continue_()

    page.route("**/practice/thoughts/new/", lose_first_answer)
    page.get_by_label("What happened?").fill("only once, please")
    _go_on(page)
    expect(page.get_by_text("This site can’t be reached")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="The thought that came")).to_be_visible()
    page.goto("/practice/thoughts/")
    expect(page.locator(".record-row", has_text="only once, please")).to_have_count(1)
