"""Two-step sign-in with an authenticator app (TOTP) at /accounts/2fa/authenticate/."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal import auth as totp_auth
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

from conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _steady_clock(monkeypatch):
    # Codes change every period; hold the server's clock mid-period so a test that runs
    # across a boundary cannot flake. The code is still checked against that clock.
    period = mfa_settings.TOTP_PERIOD
    frozen = (int(time.time()) // period) * period + period // 2
    monkeypatch.setattr(totp_auth, "time", SimpleNamespace(time=lambda: frozen))


@pytest.fixture
def secret(member):
    value = generate_totp_secret()
    TOTP.activate(member, value)
    return value


def _counter() -> int:
    return int(totp_auth.time.time()) // mfa_settings.TOTP_PERIOD


def _code_now(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, _counter()))


def _wrong_code(secret: str) -> str:
    now = _counter()
    valid = {format_hotp_value(hotp_value(secret, now + i)) for i in range(-2, 3)}
    return next(c for c in ("000000", "123456", "999999", "424242") if c not in valid)


def _password_step(client):
    return client.post("/accounts/login/", {"login": "mira@example.com", "password": PASSWORD})


def _logged_in(client) -> bool:
    return client.get("/accounts/settings/").status_code == 200


def test_password_alone_leads_to_the_code_step(client, secret):
    response = _password_step(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/2fa/authenticate/"
    assert not _logged_in(client)
    assert 'name="code"' in client.get("/accounts/2fa/authenticate/").content.decode()


def test_correct_code_completes_login(client, secret):
    _password_step(client)
    response = client.post("/accounts/2fa/authenticate/", {"code": _code_now(secret)})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert _logged_in(client)


def test_wrong_code_does_not_log_in(client, secret):
    _password_step(client)
    response = client.post("/accounts/2fa/authenticate/", {"code": _wrong_code(secret)})
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert not _logged_in(client)


def test_a_code_cannot_be_used_twice(client, secret):
    code = _code_now(secret)
    _password_step(client)
    client.post("/accounts/2fa/authenticate/", {"code": code})
    client.post("/accounts/logout/")
    _password_step(client)
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200
    assert not _logged_in(client)


def test_member_without_two_step_logs_in_with_password_only(client, member):
    response = _password_step(client)
    assert response.headers["Location"] == "/"
    assert _logged_in(client)
