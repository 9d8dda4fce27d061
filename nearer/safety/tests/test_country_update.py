"""Remembering a member's country for the help page: POST /help/country/."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_member_saves_their_country(member_client, member):
    response = member_client.post("/help/country/", {"country": "NZ"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/help/"
    member.refresh_from_db()
    assert member.country == "NZ"

    page = member_client.get("/help/", headers={"Accept-Language": "en-AU"}).content.decode()
    assert "We&#x27;ll show these lines first from now on." in page
    assert '<h2 id="lines-heading">In New Zealand</h2>' in page


@pytest.mark.parametrize("code", ["XX", "nz", "NZL", "<b>"])
def test_unknown_country_is_refused_and_nothing_changes(member_client, member, code):
    member.country = "GB"
    member.save()
    response = member_client.post("/help/country/", {"country": code})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.country == "GB"
    assert "from now on" not in member_client.get("/help/").content.decode()


def test_empty_choice_goes_back_to_guessing(member_client, member):
    member.country = "GB"
    member.save()
    member_client.post("/help/country/", {"country": ""})
    member.refresh_from_db()
    assert member.country == ""
    page = member_client.get("/help/", headers={"Accept-Language": "en-AU"}).content.decode()
    assert '<h2 id="lines-heading">In Australia</h2>' in page


def test_one_member_saving_a_country_leaves_others_alone(member_client, member, stranger):
    member_client.post("/help/country/", {"country": "IE"})
    stranger.refresh_from_db()
    assert stranger.country == ""


def test_visitor_is_sent_to_log_in(client, member):
    response = client.post("/help/country/", {"country": "NZ"})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login/")
