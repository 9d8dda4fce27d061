"""Headers every page carries: Django's security and CSP middleware, PrivacyHeadersMiddleware."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def _csp(response) -> dict[str, list[str]]:
    policy = {}
    for directive in response.headers["Content-Security-Policy"].split(";"):
        name, *values = directive.split()
        policy[name] = values
    return policy


@pytest.mark.parametrize("path", ["/", "/help/", "/accounts/login/"])
def test_pages_carry_the_security_headers(client, member, path):
    response = client.get(path)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


def test_csp_allows_only_own_and_nonced_scripts(client, member):
    policy = _csp(client.get("/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"][0] == "'self'"
    assert len(policy["script-src"]) == 2
    assert re.fullmatch(r"'nonce-[\w-]+={0,2}'", policy["script-src"][1])
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in " ".join(sum(policy.values(), []))


def test_every_script_tag_carries_the_pages_nonce(client, member):
    response = client.get("/")
    nonce = _csp(response)["script-src"][1].removeprefix("'nonce-").removesuffix("'")
    scripts = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert scripts, "expected the htmx script tag"
    for tag in scripts:
        assert f'nonce="{nonce}"' in tag


def test_nonce_is_fresh_on_every_response(client, member):
    first = _csp(client.get("/"))["script-src"][1]
    second = _csp(client.get("/"))["script-src"][1]
    assert first != second


@pytest.mark.parametrize("path", ["/", "/help/", "/accounts/settings/", "/accounts/sessions/"])
def test_logged_in_pages_are_never_stored(member_client, path):
    response = member_client.get(path)
    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"]
    assert "private" in response.headers["Cache-Control"]


def test_public_help_page_may_be_cached_for_a_visitor(client, member):
    response = client.get("/help/")
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_logged_in_user_gets_no_store_on_error_pages_too(member_client):
    response = member_client.get("/no-such-page/")
    assert response.status_code == 404
    assert "no-store" in response.headers["Cache-Control"]
