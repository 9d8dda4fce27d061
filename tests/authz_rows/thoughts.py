"""Thought records are Mira's alone; staff get the same 404 as a stranger."""

from tests.authz_rows import LOGIN, mine_only, row

ROWS = {
    "thoughts:record_list": row("/practice/thoughts/", LOGIN, 200),
    "thoughts:record_create": row("/practice/thoughts/new/", LOGIN, 200),
    "thoughts:trap_list": row("/practice/thoughts/traps/", LOGIN, 200),
    "thoughts:record_detail": mine_only("/practice/thoughts/{thought_record}/"),
    "thoughts:record_step": mine_only("/practice/thoughts/{thought_record}/step/thought/"),
    "thoughts:record_delete": mine_only("/practice/thoughts/{thought_record}/delete/"),
}


def objects(member):
    """One of Mira's thought records, begun with its situation."""
    from nearer.thoughts.services import start_record

    return {"thought_record": start_record(member=member, situation="He was quiet at dinner.").record}
