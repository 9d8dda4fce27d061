"""Friendly error pages: 404, 500 and the CSRF failure page, each with a way to help."""

from __future__ import annotations

from html import unescape

import pytest
from django.test import Client
from django.urls import path

import nearer.config.urls
from nearer.config.urls import handler404, handler500  # noqa: F401  (this module is a URL conf)

pytestmark = pytest.mark.django_db

HELP_LINK = '<a href="/help/">Get help now</a>'


def _boom(request):
    raise RuntimeError("a bug in a view")


# A URL conf for these tests only: the real one plus a view that fails.
urlpatterns = [path("boom/", _boom), *nearer.config.urls.urlpatterns]


@pytest.mark.parametrize("logged_in", [False, True])
def test_missing_page_is_a_friendly_404(client, member, logged_in):
    if logged_in:
        client.force_login(member)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = unescape(response.content.decode())
    assert "We couldn't find that page" in page
    assert 'href="/"' in page
    assert HELP_LINK in page


@pytest.mark.urls(__name__)
def test_server_error_says_sorry_and_links_to_help(member):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    page = unescape(response.content.decode())
    assert "Sorry, something went wrong on our side" in page
    assert "It isn't anything you did" in page
    assert HELP_LINK in page
    assert "a bug in a view" not in page
    assert "Traceback" not in page


def test_csrf_failure_is_a_friendly_403(member):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"login": "mira@example.com", "password": "whatever"})
    assert response.status_code == 403
    page = unescape(response.content.decode())
    assert "Your form timed out" in page
    assert "send it again" in page
    assert HELP_LINK in page


def test_form_with_its_csrf_token_gets_through(member):
    client = Client(enforce_csrf_checks=True)
    client.get("/accounts/login/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        "/accounts/login/",
        {"login": "mira@example.com", "password": "whatever", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 200
    assert "are not correct" in response.content.decode()


@pytest.mark.django_db
def test_too_many_attempts_gets_a_calm_page_with_help(rf):
    from django.contrib.auth.models import AnonymousUser

    from nearer.core.views import too_many_requests

    request = rf.get("/accounts/signup/")
    request.user = AnonymousUser()
    response = too_many_requests(request)
    page = response.content.decode()
    assert response.status_code == 429
    assert "Let&#x27;s pause for a moment" in page and 'href="/help/"' in page
