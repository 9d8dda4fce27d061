import pytest

pytestmark = pytest.mark.django_db


def test_visitor_sees_what_nearer_is_and_is_not(client, member):
    page = client.get("/").content.decode()
    assert "not therapy" in page
    assert "not for emergencies" in page
    assert 'href="/accounts/signup/"' in page


def test_member_home_offers_help_and_settings(member_client):
    page = member_client.get("/").content.decode()
    assert "Welcome back" in page
    assert 'href="/help/"' in page
    assert "Log out" in page
