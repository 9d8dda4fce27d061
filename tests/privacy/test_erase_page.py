import pytest

from conftest import PASSWORD
from nearer.accounts.models import User
from nearer.journal.services import write_entry

pytestmark = pytest.mark.django_db


def test_the_page_says_it_is_final_and_offers_the_export_first(member_client):
    page = member_client.get("/privacy/erase/").content.decode()
    assert "It is final" in page
    assert 'href="/privacy/export.json"' in page


def test_a_wrong_password_erases_nothing_and_says_why(member_client, member):
    response = member_client.post("/privacy/erase/", {"password": "not it", "understood": "on"})
    assert response.status_code == 400
    assert "That password isn&#x27;t right." in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


def test_without_the_checkbox_nothing_is_erased(member_client, member):
    response = member_client.post("/privacy/erase/", {"password": PASSWORD})
    assert response.status_code == 400
    assert User.objects.filter(pk=member.pk).exists()


def test_erasing_removes_the_account_and_logs_out(member_client, member):
    write_entry(member=member, body="gone soon")
    response = member_client.post("/privacy/erase/", {"password": PASSWORD, "understood": "on"})
    assert response.status_code == 302 and response["Location"] == "/privacy/erased/"
    assert not User.objects.filter(pk=member.pk).exists()
    assert member_client.get("/journal/").status_code == 302  # logged out
