from __future__ import annotations

from django.core.exceptions import ValidationError

from nearer.accounts.models import User
from nearer.safety import crisis_lines


def remember_country(*, user: User, country: str) -> User:
    """Remember which country's crisis lines this person sees first ('' means guess)."""
    country = country.strip().upper()
    if country and crisis_lines.lookup(country) is None:
        raise ValidationError({"country": "We don't have crisis lines for that country yet."})
    user.country = country
    user.full_clean(exclude=["password"])
    user.save(update_fields=["country"])
    return user
