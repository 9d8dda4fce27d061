"""What every persona gets at every URL.

Each route in the URL conf needs a row. A new route without one fails
``test_every_route_has_a_row``, so nobody adds a page without deciding who may see it.

Columns: anonymous visitor, Mira (member), Sam (a stranger to Mira's data), Theo (therapist),
Ada (editor/admin). Values: an HTTP status, ``LOGIN`` (sent to the login page) or
``ADMIN_LOGIN`` (sent to the admin's login page). ``{member}`` in a path is Mira's user id,
``{entry}`` one of Mira's journal entries, ``{checkin}`` one of her check-ins and ``{person}`` one of
the people her check-ins are about.

The rows of the apps built after these live beside them in ``tests/authz_rows/<app>.py``, each
with the objects its placeholders need (see ``tests/authz_rows/README.md``).
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests import authz_rows
from tests.authz_rows import ADMIN_LOGIN, LOGIN, PERSONAS, row, staff_only

MATRIX: dict[str, tuple[str, dict[str, object]]] = {
    # --- core ---
    "core:home": row("/", 200, 200),
    "core:healthz": row("/healthz", 200, 200),
    "core:practice": row("/practice/", LOGIN, 200),
    # --- safety: the help page is open to everyone, always ---
    "safety:help": row("/help/", 200, 200),
    "safety:country_update": row("/help/country/", LOGIN, 405),
    "safety:service_worker": row("/sw.js", 200, 200),
    # The safety plan is the member's own; there is no id in its URL, so nobody reaches another's.
    "safety:plan_detail": row("/safety/plan/", LOGIN, 200),
    "safety:plan_step": row("/safety/plan/step/1/", LOGIN, 200),
    "safety:alert_settings": row("/safety/alerts/", LOGIN, 200),
    # Therapists' notices: therapists only; everyone else gets the same 404.
    "safety:notice_list": row("/safety/notices/", LOGIN, 404, therapist=200),
    # --- privacy: only ever the member's own data ---
    "privacy:data_index": row("/privacy/", LOGIN, 200),
    "privacy:export_json": row("/privacy/export.json", LOGIN, 200),
    "privacy:export_document": row("/privacy/export/", LOGIN, 200),
    "privacy:access_log": row("/privacy/access-log/", LOGIN, 200),
    "privacy:erase_confirm": row("/privacy/erase/", LOGIN, 200),
    "privacy:erase_done": row("/privacy/erased/", 200, 200),
    # --- journal: Mira's entry is hers alone; staff get the same 404 as a stranger ---
    "journal:entry_list": row("/journal/", LOGIN, 200),
    "journal:entry_create": row("/journal/new/", LOGIN, 200),
    "journal:entry_detail": row("/journal/{entry}/", LOGIN, 200, stranger=404, therapist=404, admin=404),
    "journal:entry_delete": row("/journal/{entry}/delete/", LOGIN, 200, stranger=404, therapist=404, admin=404),
    # --- check-ins: Mira's check-ins and people are hers alone; staff get the same 404 as a stranger ---
    "checkins:checkin_list": row("/checkins/", LOGIN, 200),
    "checkins:checkin_create": row("/checkins/new/", LOGIN, 200),
    "checkins:checkin_export": row("/checkins/export.csv", LOGIN, 200),
    "checkins:checkin_detail": row("/checkins/{checkin}/", LOGIN, 200, stranger=404, therapist=404, admin=404),
    "checkins:checkin_delete": row("/checkins/{checkin}/delete/", LOGIN, 200, stranger=404, therapist=404, admin=404),
    "checkins:person_list": row("/checkins/people/", LOGIN, 200),
    "checkins:person_detail": row("/checkins/people/{person}/", LOGIN, 200, stranger=404, therapist=404, admin=404),
    # --- patterns: computed from the member's own check-ins only ---
    "patterns:patterns_index": row("/patterns/", LOGIN, 200),
    # --- accounts (ours) ---
    "accounts:setup": row("/setup/", 404, 404),
    "accounts:settings_index": row("/accounts/settings/", LOGIN, 200),
    # --- accounts (allauth) ---
    "account_login": row("/accounts/login/", 200, 302),
    "account_logout": row("/accounts/logout/", 302, 200),
    "account_inactive": row("/accounts/inactive/", 200, 200),
    "account_signup": row("/accounts/signup/", 200, 302),
    "account_reauthenticate": row("/accounts/reauthenticate/", LOGIN, 200),
    "account_request_reauthentication_code": row("/accounts/reauthenticate/code/", LOGIN, 200),
    "account_confirm_reauthentication_code": row("/accounts/reauthenticate/code/confirm/", LOGIN, 302),
    "account_email": row("/accounts/email/", LOGIN, 200),
    "account_email_verification_sent": row("/accounts/confirm-email/", 200, 200),
    "account_change_password": row("/accounts/password/change/", LOGIN, 200),
    "account_set_password": row("/accounts/password/set/", LOGIN, 302),
    "account_reset_password": row("/accounts/password/reset/", 200, 200),
    "account_confirm_login_code": row("/accounts/login/code/confirm/", LOGIN, 302),
    "account_confirm_email": row("/accounts/confirm-email/not-a-key/", 200, 200),
    "account_reset_password_from_key_done": row("/accounts/password/reset/key/done/", 200, 200),
    "account_reset_password_from_key": row("/accounts/password/reset/key/1-not-a-key/", 200, 200),
    "account_reset_password_done": row("/accounts/password/reset/done/", 200, 200),
    "mfa_index": row("/accounts/2fa/", LOGIN, 200),
    "mfa_authenticate": row("/accounts/2fa/authenticate/", LOGIN, 302),
    "mfa_reauthenticate": row("/accounts/2fa/reauthenticate/", LOGIN, 302),
    "mfa_activate_totp": row("/accounts/2fa/totp/activate/", LOGIN, 302),
    "mfa_deactivate_totp": row("/accounts/2fa/totp/deactivate/", LOGIN, 404),
    "mfa_view_recovery_codes": row("/accounts/2fa/recovery-codes/", LOGIN, 404),
    "mfa_generate_recovery_codes": row("/accounts/2fa/recovery-codes/generate/", LOGIN, 302),
    "mfa_download_recovery_codes": row("/accounts/2fa/recovery-codes/download/", LOGIN, 404),
    "mfa_list_webauthn": row("/accounts/2fa/webauthn/", LOGIN, 200),
    "mfa_add_webauthn": row("/accounts/2fa/webauthn/add/", LOGIN, 302),
    "mfa_reauthenticate_webauthn": row("/accounts/2fa/webauthn/reauthenticate/", LOGIN, 302),
    "mfa_remove_webauthn": row("/accounts/2fa/webauthn/keys/999999/remove/", LOGIN, 302),
    "mfa_edit_webauthn": row("/accounts/2fa/webauthn/keys/999999/edit/", LOGIN, 302),
    "mfa_login_webauthn": row("/accounts/2fa/webauthn/login/", LOGIN, 302),
    "usersessions_list": row("/accounts/sessions/", LOGIN, 200),
    # --- Django admin: staff (editors/admins) only ---
    "admin:index": staff_only("/admin/"),
    "admin:login": row("/admin/login/", 200, 200, admin=302),
    "admin:logout": row("/admin/logout/", 302, 302, admin=405),
    "admin:password_change": staff_only("/admin/password_change/"),
    "admin:password_change_done": staff_only("/admin/password_change/done/"),
    "admin:autocomplete": staff_only("/admin/autocomplete/", admin=403),
    "admin:jsi18n": staff_only("/admin/jsi18n/"),
    "admin:view_on_site": staff_only("/admin/r/1/1/", admin=404),
    "admin:auth_user_password_change": staff_only("/admin/accounts/user/{member}/password/"),
    "admin:accounts_user_changelist": staff_only("/admin/accounts/user/"),
    "admin:accounts_user_add": staff_only("/admin/accounts/user/add/"),
    "admin:accounts_user_history": staff_only("/admin/accounts/user/{member}/history/"),
    "admin:accounts_user_delete": staff_only("/admin/accounts/user/{member}/delete/"),
    "admin:accounts_user_change": staff_only("/admin/accounts/user/{member}/change/"),
    "admin/accounts/user/<path:object_id>/": staff_only("/admin/accounts/user/{member}/", admin=302),
    "admin:account_emailaddress_changelist": staff_only("/admin/account/emailaddress/"),
    "admin:account_emailaddress_add": staff_only("/admin/account/emailaddress/add/"),
    "admin:account_emailaddress_history": staff_only("/admin/account/emailaddress/999999/history/", admin=302),
    "admin:account_emailaddress_delete": staff_only("/admin/account/emailaddress/999999/delete/", admin=302),
    "admin:account_emailaddress_change": staff_only("/admin/account/emailaddress/999999/change/", admin=302),
    "admin/account/emailaddress/<path:object_id>/": staff_only("/admin/account/emailaddress/999999/", admin=302),
    "admin:app_list": staff_only("/admin/accounts/"),
    "admin/(?P<url>.*)$": staff_only("/admin/no-such-page/", admin=404),
}


def _app_modules():
    return [
        importlib.import_module(f"tests.authz_rows.{info.name}") for info in pkgutil.iter_modules(authz_rows.__path__)
    ]


for _module in _app_modules():
    _clash = MATRIX.keys() & _module.ROWS.keys()
    assert not _clash, f"{_module.__name__} repeats rows: {sorted(_clash)}"
    MATRIX.update(_module.ROWS)


def _route_keys(patterns, prefix: str = "", namespace: str | None = None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace
            full_ns = f"{namespace}:{ns}" if namespace and ns else ns or namespace
            yield from _route_keys(pattern.url_patterns, prefix + str(pattern.pattern), full_ns)
        elif isinstance(pattern, URLPattern):
            if pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name
            else:
                yield prefix + str(pattern.pattern)


def test_every_route_has_a_row():
    routes = set(_route_keys(get_resolver().url_patterns))
    missing = sorted(routes - MATRIX.keys())
    assert not missing, f"Add these routes to the authorization matrix: {missing}"


def test_every_row_is_a_real_route():
    routes = set(_route_keys(get_resolver().url_patterns))
    stale = sorted(MATRIX.keys() - routes)
    assert not stale, f"These matrix rows name routes that no longer exist: {stale}"


def _outcome(response) -> object:
    if response.status_code == 302:
        location = response.headers["Location"]
        if location.startswith("/admin/login/"):
            return ADMIN_LOGIN
        if location.startswith("/accounts/login/"):
            return LOGIN
    return response.status_code


@pytest.fixture
def mira_entry(personas):
    from nearer.journal.services import write_entry

    return write_entry(member=personas["member"], body="A private line for the matrix.").entry


@pytest.fixture
def mira_checkin(personas):
    from nearer.checkins.services import CheckinAnswers, NewPerson, record_checkin

    answers = CheckinAnswers(
        pleasantness=-0.5, energy=0.5, urge=6, note="A private check-in.", new_person=NewPerson("J", "partner")
    )
    return record_checkin(member=personas["member"], answers=answers).checkin


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_gets_what_the_matrix_says(persona, client, personas, mira_entry, mira_checkin):
    failures = []
    ids = {"entry": mira_entry.pk, "checkin": mira_checkin.pk, "person": mira_checkin.person_id}
    for module in _app_modules():
        if hasattr(module, "objects"):
            ids.update({name: getattr(obj, "pk", obj) for name, obj in module.objects(personas["member"]).items()})
    for route, (path, expected) in MATRIX.items():
        client.logout()
        if persona != "anon":
            client.force_login(personas[persona])
        response = client.get(path.format(member=personas["member"].pk, **ids))
        got = _outcome(response)
        if got != expected[persona]:
            failures.append(f"{route} {path}: expected {expected[persona]}, got {got}")
    assert not failures, "\n".join(failures)
