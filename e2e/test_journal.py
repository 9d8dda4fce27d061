"""A member writes in the journal, on a phone and a laptop, and gets help at once when it is needed."""

from __future__ import annotations

import re

from playwright.sync_api import Page, Route, expect

from conftest import Account, NewContext, Server, sign_up, unique_email


def test_writing_an_entry_and_finding_it_again(member_page: Page, device: str) -> None:
    """Write, save, see it in the list, edit it: the words are the member's own, unchanged."""
    page = member_page
    page.goto("/")
    page.get_by_role("link", name="Journal").first.click()
    page.get_by_role("link", name="Write something").click()
    page.get_by_label("What's on your mind").fill(f"I said I was busy. I wanted to say yes. ({device})")
    page.get_by_role("button", name="Save privately").click()
    expect(page.get_by_text("Saved. Only you can read it.")).to_be_visible()

    page.goto("/journal/")
    entry = page.locator(".entry-row").first
    expect(entry).to_contain_text(f"I said I was busy. I wanted to say yes. ({device})")
    entry.get_by_role("link").click()
    page.get_by_label("What's on your mind").fill("I said I was busy. Next time: yes.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_label("What's on your mind")).to_have_value("I said I was busy. Next time: yes.")


def test_an_empty_entry_keeps_the_page_and_says_what_to_do(member_page: Page) -> None:
    page = member_page
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind").fill("   ")
    page.get_by_role("button", name="Save privately").click()
    expect(page.get_by_text("Write a few words first")).to_be_visible()


def test_a_retried_save_after_a_lost_answer_saves_one_entry(page: Page, owner: Account, server: Server) -> None:
    """The save reaches the server but its answer is lost (a phone at night on bad signal), so the
    browser shows its error page. Reloading sends the same form again: it must not make a twin."""
    sign_up(page, unique_email("journal-retry"))
    page.goto("/journal/new/")
    lost = {"first": True}

    def lose_first_answer(route: Route) -> None:
        if route.request.method == "POST" and lost["first"]:
            lost["first"] = False
            route.fetch()  # the server saves it...
            route.abort()  # ...but the browser never hears back
        else:
            route.continue_()

    page.route("**/journal/new/", lose_first_answer)
    page.get_by_label("What's on your mind").fill("only once, please")
    page.get_by_role("button", name="Save privately").click()
    expect(page.get_by_text("This site can’t be reached")).to_be_visible()
    page.reload()  # the browser re-sends the same POST, with the same idempotency key
    expect(page).to_have_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))  # answered by a redirect to the entry
    page.goto("/journal/")
    expect(page.locator(".entry-row", has_text="only once, please")).to_have_count(1)


def test_risk_gets_crisis_lines_at_once_even_without_javascript(
    new_context: NewContext, owner: Account, server: Server
) -> None:
    context = new_context("phone", java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    sign_up(page, unique_email("journal-risk"))
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind").fill("Everyone would be better off without me.")
    page.get_by_role("button", name="Save privately").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("That sounds heavy")
    expect(alert.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_text("What you wrote is saved")).to_be_visible()
