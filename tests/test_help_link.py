"""Every page has a "Get help now" path to the help page, for visitors and members alike.

The Django admin (staff only, Django's own templates) is the one place without it.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

HELP_NOW = re.compile(r'<a class="help-now" href="/help/">Get help now</a>')

VISITOR_PAGES = [
    "/",
    "/help/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/key/1-not-a-key/",
    "/accounts/confirm-email/not-a-key/",
    "/no-such-page/",
]

MEMBER_PAGES = [
    "/",
    "/help/",
    "/accounts/settings/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/2fa/webauthn/",
    "/accounts/sessions/",
    "/accounts/logout/",
    "/accounts/reauthenticate/",
    "/no-such-page/",
]


@pytest.mark.parametrize("path", VISITOR_PAGES)
def test_visitor_pages_have_the_help_link(client, member, path):
    response = client.get(path)
    assert response.status_code in {200, 404}
    assert HELP_NOW.search(response.content.decode()), f"{path} has no 'Get help now' link"


@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_member_pages_have_the_help_link(member_client, path):
    response = member_client.get(path)
    assert response.status_code in {200, 404}
    assert HELP_NOW.search(response.content.decode()), f"{path} has no 'Get help now' link"


def test_setup_page_has_the_help_link(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    assert HELP_NOW.search(client.get("/setup/").content.decode())
