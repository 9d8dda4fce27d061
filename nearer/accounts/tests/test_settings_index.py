"""The account settings overview at /accounts/settings/."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("persona", "shown"),
    [
        ("member", "mira@example.com · Member"),
        ("therapist", "theo@practice.example · Therapist"),
        ("admin", "ada@practice.example · Editor or admin"),
    ],
)
def test_settings_show_who_is_signed_in(client, personas, persona, shown):
    client.force_login(personas[persona])
    assert shown in client.get("/accounts/settings/").content.decode()


def test_settings_link_to_two_step_sign_in_sessions_and_password(member_client):
    page = member_client.get("/accounts/settings/").content.decode()
    for href in (
        "/accounts/2fa/",
        "/accounts/sessions/",
        "/accounts/password/change/",
        "/accounts/email/",
    ):
        assert f'href="{href}"' in page


def test_settings_say_how_the_crisis_lines_are_chosen(member_client, member):
    before = member_client.get("/accounts/settings/").content.decode()
    assert "We guess your country from your browser." in before
    member.country = "GB"
    member.save()
    after = member_client.get("/accounts/settings/").content.decode()
    assert "We show lines for your saved country first." in after


def test_settings_need_login(client, member):
    response = client.get("/accounts/settings/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/login/?next=/accounts/settings/"
