"""Logging in and out at /accounts/login/ and /accounts/logout/, and login throttling."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings

from conftest import PASSWORD

pytestmark = pytest.mark.django_db

WRONG = "not my password at all"
NOT_CORRECT = "The email address and/or password you specified are not correct."


def _login(client, email="mira@example.com", password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def _logged_in(client) -> bool:
    return client.get("/accounts/settings/").status_code == 200


def test_member_logs_in_with_email_and_password(client, member):
    response = _login(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert _logged_in(client)


def test_email_is_matched_without_regard_to_case(client, member):
    assert _login(client, email="MIRA@Example.com").status_code == 302
    assert _logged_in(client)


def test_wrong_password_is_refused_with_a_message(client, member):
    response = _login(client, password=WRONG)
    assert response.status_code == 200
    assert NOT_CORRECT in response.content.decode()
    assert not _logged_in(client)


def test_unknown_email_gets_the_same_message_as_a_wrong_password(client, member):
    unknown = _login(client, email="nobody@example.com").content.decode()
    assert NOT_CORRECT in unknown


def test_login_page_keeps_the_typed_email(client, member):
    page = _login(client, password=WRONG).content.decode()
    assert 'value="mira@example.com"' in page


def test_logout_by_post_ends_the_session(client, member):
    _login(client)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert not _logged_in(client)


def test_logging_out_clears_what_the_browser_kept_and_nothing_else_does(client, member):
    _login(client)
    assert "Clear-Site-Data" not in client.post("/accounts/password/change/", {}).headers
    assert "Clear-Site-Data" not in client.get("/accounts/logout/").headers  # only asks
    assert client.post("/accounts/logout/").headers["Clear-Site-Data"] == '"cache", "storage"'


def test_visiting_the_logout_page_asks_before_logging_out(client, member):
    _login(client)
    response = client.get("/accounts/logout/")
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    assert _logged_in(client)


def test_login_throttling_uses_the_shared_cache():
    # Throttle counters must be shared by every worker process, so never the local-memory cache.
    assert django_settings.CACHES["default"]["BACKEND"] in {
        "django.core.cache.backends.db.DatabaseCache",
        "django.core.cache.backends.redis.RedisCache",
    }


def test_five_failed_logins_lock_the_account_even_with_the_right_password(client, member):
    for _ in range(5):
        assert "are not correct" in _login(client, password=WRONG).content.decode()
    response = _login(client)
    assert response.status_code == 200
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert not _logged_in(client)


def test_four_failed_logins_still_let_the_right_password_in(client, member):
    for _ in range(4):
        _login(client, password=WRONG)
    assert _login(client).status_code == 302
    assert _logged_in(client)


def test_failed_logins_for_one_account_do_not_lock_out_another(client, member, stranger):
    for _ in range(5):
        _login(client, password=WRONG)
    assert _login(client, email="sam@example.com").status_code == 302
