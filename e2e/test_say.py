"""Say what you mean in a real browser, on a laptop and a phone: read a draft, say what is
underneath it, get honest alternatives, copy one, keep one in the phrasebook."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import ARTIFACTS, Account, Audit, NewContext, Server, sign_up, unique_email
from nearer.nlu import analyse
from nearer.say.patterns import PATTERNS

DRAFT = "Fine. Whatever. I'm done, don't bother texting me."


def _read_and_rewrite(page: Page) -> None:
    page.goto("/practice/say/")
    page.get_by_label("Your message draft").fill(DRAFT)
    page.get_by_role("button", name="Read it with me").click()
    expect(page.get_by_role("heading", name="What the coach noticed")).to_be_visible()
    page.get_by_role("group", name="What do you feel?").get_by_text("Hurt", exact=True).click()
    page.get_by_role("group", name="What do you need?").get_by_text("To hear that we're okay").click()
    page.get_by_role("button", name="Show me other ways to say it").click()
    expect(page.get_by_role("heading", name="Ways to say it")).to_be_visible()


def test_read_rewrite_copy_and_keep_a_phrase(
    new_context: NewContext, owner: Account, server: Server, device: str, audit: Audit
) -> None:
    page = new_context(device, permissions=["clipboard-read", "clipboard-write"]).new_page()
    sign_up(page, unique_email(f"say-{device}"))
    page.goto("/practice/")
    page.get_by_role("link", name="Message coach").click()
    expect(page.get_by_role("heading", name="Say what you mean")).to_be_visible()
    audit(page, "say-empty")
    _read_and_rewrite(page)
    expect(page.get_by_label("Your message draft")).to_have_value(DRAFT)  # still there to compare
    warm = page.get_by_label("Warm version, yours to change")
    expect(warm).to_have_value(
        "I don't want to pull away from you. I'm feeling hurt right now, and I need to hear that we're okay. "
        "Could you tell me we're okay, even if we're still working things out?"
    )
    audit(page, "say-alternatives")

    page.get_by_role("button", name="Copy the brief version").click()
    expect(page.locator(".alternative").first.get_by_role("status")).to_have_text("Copied.")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == "Feeling hurt. I need to hear that we're okay. Can you tell me we're okay?"

    warm.fill("I'm hurt, and I don't want to lose you. Can you tell me we're okay?")
    page.get_by_role("button", name="Save to my phrasebook (the warm version)").click()
    expect(page.get_by_text("Saved to your phrasebook. Only the phrase was kept")).to_be_visible()

    page.get_by_role("link", name="Your phrasebook").click()
    expect(page.locator(".phrase-row")).to_have_count(1)
    expect(page.locator(".phrase-row")).to_contain_text("I'm hurt, and I don't want to lose you.")
    expect(page.locator(".phrase-row")).not_to_contain_text("Whatever")
    audit(page, "say-phrasebook")
    assert "bother texting" not in server.output()  # the draft never reached the server's log


def test_the_coach_works_without_javascript_and_the_words_stay_selectable(
    new_context: NewContext, owner: Account, server: Server
) -> None:
    page = new_context("phone", java_script_enabled=False).new_page()
    sign_up(page, unique_email("say-nojs"))
    _read_and_rewrite(page)
    expect(page.get_by_role("button", name="Copy the brief version")).to_be_hidden()
    expect(page.get_by_label("Brief version, yours to change")).to_have_value(
        "Feeling hurt. I need to hear that we're okay. Can you tell me we're okay?"
    )
    page.get_by_role("button", name="Save to my phrasebook (the direct version)").click()
    page.get_by_role("link", name="Your phrasebook").click()
    page.get_by_label("A phrase to keep").fill("Closeness scares me sometimes.")
    page.get_by_role("button", name="Save it").click()
    expect(page.locator(".phrase-row")).to_have_count(2)
    page.get_by_role("link", name="Delete this phrase").first.click()
    page.get_by_role("button", name="Delete it").click()
    expect(page.get_by_text("Deleted for good.")).to_be_visible()
    expect(page.locator(".phrase-row")).to_have_count(1)


def test_a_draft_with_risk_brings_help_at_once_on_a_phone(
    new_context: NewContext, owner: Account, server: Server
) -> None:
    page = new_context("phone", locale="en-GB").new_page()
    sign_up(page, unique_email("say-risk"))
    page.goto("/practice/say/")
    page.get_by_label("Your message draft").fill("I can't do this anymore. I want to die.")
    page.get_by_role("button", name="Read it with me").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("It sounds like things are really hard right now")
    expect(alert.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_label("Your message draft")).to_have_value("I can't do this anymore. I want to die.")


def test_distancing_phrases_are_marked_and_named(
    page: Page, owner: Account, server: Server, device: str, audit: Audit
) -> None:
    sign_up(page, unique_email("say-marks"))
    page.goto("/practice/say/")
    page.get_by_label("Your message draft").fill(DRAFT)
    page.get_by_role("button", name="Read it with me").click()
    expect(page.locator("mark.distancing").first).to_be_visible()
    expect(page.locator(".pattern-card").first).to_contain_text("What it may protect:")
    first = analyse(DRAFT).distancing.spans[0]
    # Named in words next to the phrase, not by colour alone.
    expect(page.locator(".draft-marked")).to_contain_text(f"{first.phrase} ({PATTERNS[first.label].name})")
    page.locator(".say-reading").screenshot(path=str(ARTIFACTS / f"say-reading-{device}.png"))
    audit(page, "say-marked")
