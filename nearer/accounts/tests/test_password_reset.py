"""Forgotten password: a link emailed from /accounts/password/reset/ sets a new one."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a brand new morning 88"
RESET_LINK = re.compile(r"http://testserver(/accounts/password/reset/key/\S+/)")


def _request_reset(client, email="mira@example.com"):
    return client.post("/accounts/password/reset/", {"email": email})


def _reset_path() -> str:
    match = RESET_LINK.search(mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(1)


def test_reset_request_emails_a_link(client, member):
    response = _request_reset(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mira@example.com"]
    assert message.subject.startswith("[Nearer] ")
    assert _reset_path()


def _choose_new_password(client, path: str):
    """Follow the emailed link (it moves the key out of the address bar), then submit the form."""
    page = client.get(path, follow=True)
    assert page.status_code == 200
    assert 'name="password1"' in page.content.decode()
    ((set_password_path, _),) = page.redirect_chain
    return client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})


def test_following_the_link_sets_a_new_password(client, member):
    _request_reset(client)
    response = _choose_new_password(client, _reset_path())
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/reset/key/done/"

    client.logout()
    old = client.post("/accounts/login/", {"login": "mira@example.com", "password": PASSWORD})
    assert old.status_code == 200
    new = client.post("/accounts/login/", {"login": "mira@example.com", "password": NEW_PASSWORD})
    assert new.status_code == 302
    assert client.get("/accounts/settings/").status_code == 200


def test_reset_link_works_only_once(client, member):
    _request_reset(client)
    path = _reset_path()
    _choose_new_password(client, path)
    client.logout()
    again = client.get(path, follow=True).content.decode()
    assert "The password reset link was invalid" in again
    assert 'name="password1"' not in again


def test_reset_for_an_unknown_address_looks_the_same(client, member):
    response = _request_reset(client, email="nobody@example.com")
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/reset/done/"
    assert all("nobody@example.com" in m.to for m in mail.outbox)
    assert not any(RESET_LINK.search(m.body) for m in mail.outbox)
