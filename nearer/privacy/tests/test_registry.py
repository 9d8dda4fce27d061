"""Every model that holds member data is in some app's export and erase."""

import pytest
from django.apps import apps
from django.conf import settings

from nearer.privacy import registry
from nearer.privacy.models import PrivateModel


def _holds_member_data(model) -> bool:
    if issubclass(model, PrivateModel) or model._meta.label == settings.AUTH_USER_MODEL:
        return True
    return any(
        field.is_relation
        and field.related_model is not None
        and field.related_model._meta.label == settings.AUTH_USER_MODEL
        for field in model._meta.get_fields()
        if field.concrete
    )


def test_every_model_with_member_data_is_registered_for_export_and_erase():
    missing = sorted(
        m._meta.label for m in apps.get_models() if _holds_member_data(m) and m not in registry.covered_models()
    )
    assert not missing, f"Add these to an app's privacy.py MODELS (or RETAINED with a reason): {missing}"


def test_the_scanner_finds_the_models_we_know_about():
    labels = {m._meta.label for m in apps.get_models() if _holds_member_data(m)}
    assert {"journal.Entry", "accounts.User", "privacy.DataKey", "account.EmailAddress"} <= labels


def test_every_section_exports_imports_and_erases():
    for section in registry.sections():
        for name in ("export_user_data", "import_user_data", "erase_user_data"):
            assert callable(getattr(section.module, name)), f"{section.app_label}.privacy lacks {name}"


@pytest.mark.django_db
def test_retained_rows_say_why():
    for section in registry.sections():
        for model, reason in section.retained.items():
            assert len(reason) > 40, f"{model._meta.label} is kept after erase without a real reason"
