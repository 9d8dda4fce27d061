"""First run: a fresh install leads to /setup/, where the setup code makes the owner account."""

from __future__ import annotations

import pytest

from nearer.accounts import first_run
from nearer.accounts.models import Role, User

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "quiet harbour lantern 7"


@pytest.fixture
def code(settings, tmp_path):
    """A fresh install: its own data folder with a setup code in it, and no accounts."""
    settings.DATA_DIR = tmp_path
    first_run.reset_cache()
    return first_run.setup_code()


def _form(code: str, **overrides: str) -> dict[str, str]:
    return {
        "setup_code": code,
        "email": "owner@example.com",
        "password": GOOD_PASSWORD,
        "password_again": GOOD_PASSWORD,
        **overrides,
    }


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/accounts/signup/", "/accounts/settings/", "/admin/"])
def test_fresh_install_sends_every_page_to_setup(client, code, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"] == "/setup/"


@pytest.mark.parametrize("path", ["/help/", "/healthz", "/setup/"])
def test_help_and_setup_stay_open_before_there_is_an_owner(client, code, path):
    assert client.get(path).status_code == 200


def test_setup_page_prefills_the_code_from_the_printed_link(client, code):
    page = client.get(f"/setup/?code={code}").content.decode()
    assert f'value="{code}"' in page


def test_wrong_setup_code_is_refused_and_keeps_the_typed_email(client, code):
    response = client.post("/setup/", _form("not-the-code"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "That setup code does not match" in page
    assert 'value="owner@example.com"' in page
    assert not User.objects.exists()
    assert first_run.setup_code_path().exists()


def test_correct_code_creates_the_owner_and_logs_them_in(client, code):
    response = client.post("/setup/", _form(code, email="Owner@Example.COM"))
    assert response.status_code == 302
    assert response.headers["Location"] == "/"

    owner = User.objects.get()
    assert owner.email == "Owner@example.com"
    assert owner.role == Role.EDITOR
    assert owner.is_staff and owner.is_superuser
    assert owner.check_password(GOOD_PASSWORD)
    assert "Welcome back" in client.get("/").content.decode()


def test_setup_code_is_used_up_and_setup_closes(client, code):
    client.post("/setup/", _form(code))
    assert not first_run.setup_code_path().exists()
    client.logout()
    assert client.get("/setup/").status_code == 404
    assert client.post("/setup/", _form(code, email="second@example.com")).status_code == 404
    assert User.objects.count() == 1


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "This password is too short"),
        ("password123", "This password is too common"),
        ("4815162342007", "This password is entirely numeric"),
    ],
)
def test_weak_password_is_refused_with_a_reason(client, code, password, message):
    response = client.post("/setup/", _form(code, password=password, password_again=password))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not User.objects.exists()
    assert first_run.setup_code_path().exists()


def test_mismatched_passwords_are_refused(client, code):
    response = client.post("/setup/", _form(code, password_again=GOOD_PASSWORD + "!"))
    assert response.status_code == 400
    assert "The two passwords are different." in response.content.decode()
    assert not User.objects.exists()


def test_setup_is_closed_once_any_account_exists(client, code, member):
    assert client.get("/setup/").status_code == 404
    assert client.get("/").status_code == 200
