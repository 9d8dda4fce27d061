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


def test_visitor_does_not_get_the_member_home(client, member):
    page = client.get("/").content.decode()
    assert "Welcome back" not in page
    assert "Log out" not in page
    assert 'href="/accounts/login/"' in page


def test_member_does_not_get_the_sign_up_pitch(member_client):
    page = member_client.get("/").content.decode()
    assert "Make a private account" not in page
    assert 'href="/accounts/signup/"' not in page
    assert 'href="/accounts/settings/"' in page


def test_only_staff_see_the_admin_link(client, member, admin_user):
    client.force_login(member)
    assert 'href="/admin/"' not in client.get("/").content.decode()
    client.force_login(admin_user)
    assert 'href="/admin/"' in client.get("/").content.decode()


def test_home_only_answers_get(member_client):
    assert member_client.post("/").status_code == 405
