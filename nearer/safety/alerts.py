"""Who a member's therapist is, as far as Safety needs to know.

Safety sits below the care app (which will hold practices, therapists and their clients), so it
cannot ask care directly. Care registers a provider here instead; until then no member has a
therapist and no notice is ever sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from nearer.accounts.models import User

TherapistProvider = Callable[[User], Iterable[User]]
_providers: list[TherapistProvider] = []


def register_therapist_provider(provider: TherapistProvider) -> None:
    if provider not in _providers:
        _providers.append(provider)


def unregister_therapist_provider(provider: TherapistProvider) -> None:
    if provider in _providers:
        _providers.remove(provider)


def therapists_for(member: User) -> list[User]:
    found: dict[int, User] = {}
    for provider in _providers:
        for therapist in provider(member):
            if therapist.is_therapist and therapist.is_active:
                found[therapist.pk] = therapist
    return list(found.values())
