"""A second person joins: sign up, log out from the header, log back in, mistype a password."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import PASSWORD, Account, NewContext, Server, log_in, sign_up, unique_email


def test_signup_logout_and_login_again(page: Page, owner: Account, server: Server, device: str) -> None:
    """Someone new can make an account, leave, and come back with the same email and password."""
    email = unique_email(f"river-{device}")
    sign_up(page, email)
    expect(page).to_have_url(f"{server.url}/")

    page.get_by_role("button", name="Log out").click()
    expect(
        page.get_by_role("heading", level=1, name="Want people close, then find yourself pulling away?")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)
    page.goto("/accounts/settings/")
    expect(page).to_have_url(f"{server.url}/accounts/login/?next=/accounts/settings/")

    log_in(page, email, open_form=False)
    expect(page.get_by_role("heading", level=1, name="Settings")).to_be_visible()
    expect(page.get_by_text(f"Successfully signed in as {email}")).to_be_visible()
    expect(page.get_by_text(f"{email} · Member")).to_be_visible()


def test_signup_requires_the_adult_checkbox(page: Page, owner: Account, server: Server) -> None:
    """Nearer is for adults: without the checkbox the form is not sent, and the box says why."""
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill(unique_email("young"))
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Type it again").fill(PASSWORD)
    page.get_by_role("button", name="Make my account").click()

    expect(page).to_have_url(f"{server.url}/accounts/signup/")
    expect(page.get_by_label("I am 18 or older")).not_to_be_checked()
    message = page.get_by_label("I am 18 or older").evaluate("box => box.validationMessage")
    assert message, "the browser should point at the unticked box"
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)


def test_signup_keeps_what_was_typed_on_error(page: Page, owner: Account) -> None:
    """When the two passwords differ, the server says so and the email is still there."""
    email = unique_email("typo")
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("I am 18 or older").check()
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Type it again").fill(PASSWORD + " typo")
    page.get_by_role("button", name="Make my account").click()

    expect(page.get_by_text("You must type the same password each time.")).to_be_visible()
    expect(page.get_by_label("Email")).to_have_value(email)
    expect(page.get_by_label("I am 18 or older")).to_be_checked()


def test_wrong_password_shows_an_error(new_context: NewContext, device: str, owner: Account) -> None:
    """A mistyped password is told apart from success, and the email stays filled in."""
    page = new_context(device).new_page()
    log_in(page, owner.email, "not the right password")

    expect(page.get_by_text("The email address and/or password you specified are not correct.")).to_be_visible()
    expect(page.get_by_label("Email")).to_have_value(owner.email)
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)
