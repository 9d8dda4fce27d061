"""A member adds a passkey and logs in with it, using Chromium's virtual authenticator.

WebAuthn needs a domain, not an IP address, so this test talks to the server as localhost.
"""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import PASSWORD, Account, NewContext, Server, sign_up, unique_email


def test_add_a_passkey_then_log_in_with_it(new_context: NewContext, owner: Account, server: Server) -> None:
    base = server.url.replace("127.0.0.1", "localhost")
    context = new_context("desktop", base_url=base)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    email = unique_email("passkey")
    sign_up(page, email)

    page.goto("/accounts/2fa/webauthn/add/")
    # Adding a way to log in asks for the password again first.
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.get_by_label("Name").fill("My phone")
    page.get_by_label("Passwordless").check()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Security key added.")).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    page.goto("/accounts/login/")
    page.get_by_role("button", name="Log in with a passkey").click()
    expect(page.get_by_role("heading", name="Welcome back")).to_be_visible()
