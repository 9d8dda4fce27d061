"""Where you're logged in: /accounts/sessions/ lists a member's sessions and ends the others."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD

pytestmark = pytest.mark.django_db

PHONE = "Mozilla/5.0 (Linux; Android 14) Phone"
LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Laptop"


def _logged_in_client(user_agent: str, email: str = "mira@example.com") -> Client:
    client = Client(HTTP_USER_AGENT=user_agent)
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def _logged_in(client: Client) -> bool:
    return client.get("/accounts/settings/").status_code == 200


def test_session_list_shows_each_device_of_the_member(member, stranger):
    phone = _logged_in_client(PHONE)
    _logged_in_client(LAPTOP)
    _logged_in_client("Someone else's browser", email="sam@example.com")
    page = phone.get("/accounts/sessions/").content.decode()
    assert PHONE in page
    assert LAPTOP in page
    assert "Someone else" not in page
    assert "Sign Out Other Sessions" in page


def test_signing_out_other_sessions_ends_them_and_keeps_this_one(member):
    phone = _logged_in_client(PHONE)
    laptop = _logged_in_client(LAPTOP)
    response = phone.post("/accounts/sessions/")
    assert response.status_code == 302
    assert not _logged_in(laptop)
    assert _logged_in(phone)
    page = phone.get("/accounts/sessions/").content.decode()
    assert PHONE in page
    assert LAPTOP not in page


def test_signing_out_other_sessions_leaves_other_members_alone(member, stranger):
    phone = _logged_in_client(PHONE)
    sam = _logged_in_client(LAPTOP, email="sam@example.com")
    phone.post("/accounts/sessions/")
    assert _logged_in(sam)


def test_an_expired_session_signs_nobody_in(member):
    phone = _logged_in_client(PHONE)
    assert _logged_in(phone)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert not _logged_in(phone)


def test_signing_out_ends_the_session_on_the_server(member):
    phone = _logged_in_client(PHONE)
    stolen_cookie = phone.cookies["sessionid"].value
    phone.post("/accounts/logout/")
    assert not Session.objects.filter(session_key=stolen_cookie).exists()
    thief = Client()
    thief.cookies["sessionid"] = stolen_cookie
    assert not _logged_in(thief)


def test_each_request_knows_the_member_in_full(member):
    member.time_zone = "Europe/Lisbon"
    member.save()
    phone = _logged_in_client(PHONE)
    response = phone.get("/accounts/settings/")
    assert response.wsgi_request.user == member
    assert response.wsgi_request.user.time_zone == "Europe/Lisbon"


def test_a_deactivated_member_is_signed_out_on_their_next_request(member):
    phone = _logged_in_client(PHONE)
    member.is_active = False
    member.save()
    assert not _logged_in(phone)
