"""nearer.safety.services.remember_country."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from nearer.safety.services import remember_country

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("given", "stored"), [("NZ", "NZ"), ("nz", "NZ"), (" gb ", "GB"), ("", "")])
def test_remember_country_stores_the_code(member, given, stored):
    remember_country(user=member, country=given)
    member.refresh_from_db()
    assert member.country == stored


@pytest.mark.parametrize("given", ["XX", "ZZ", "NZL"])
def test_remember_country_refuses_a_country_without_lines(member, given):
    member.country = "GB"
    member.save()
    with pytest.raises(ValidationError) as caught:
        remember_country(user=member, country=given)
    assert caught.value.message_dict == {"country": ["We don't have crisis lines for that country yet."]}
    member.refresh_from_db()
    assert member.country == "GB"
