"""The private store's own rows about a member: their data key and who accessed their data."""

from __future__ import annotations

from nearer.privacy import keys
from nearer.privacy.audit import events_about
from nearer.privacy.models import AccessEvent, DataKey

MODELS = [DataKey]
RETAINED = {
    AccessEvent: (
        "Kept after erase so access stays accountable. It records who looked, at what kind of data "
        "and why, with the member's former numeric id: never their name, email or anything they wrote."
    )
}
# The log on the new install starts afresh (and exporting by an operator adds an entry).
VOLATILE = ["access_log"]


def export_user_data(member) -> dict:
    return {
        "access_log": [
            {
                "when": e.occurred_at.isoformat(),
                "who": e.actor_label,
                "role": e.actor_role,
                "what": e.what,
                "why": e.why,
            }
            for e in events_about(member.pk)
        ]
    }


def import_user_data(member, data: dict) -> None:
    """Nothing to restore: a data key is made on first write, and the log is this install's own."""


def erase_user_data(member) -> None:
    keys.destroy_data_key(member.pk)
