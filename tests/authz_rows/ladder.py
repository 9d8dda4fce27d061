"""The vulnerability ladder: Mira's steps and tries are hers alone; staff get a stranger's 404."""

from tests.authz_rows import LOGIN, mine_only, row

ROWS = {
    "ladder:ladder_index": row("/practice/ladder/", LOGIN, 200),
    "ladder:step_create": row("/practice/ladder/steps/new/", LOGIN, 200),
    "ladder:step_detail": mine_only("/practice/ladder/steps/{step}/"),
    "ladder:step_delete": mine_only("/practice/ladder/steps/{step}/delete/"),
    "ladder:attempt_create": mine_only("/practice/ladder/steps/{step}/try/"),
    "ladder:attempt_detail": mine_only("/practice/ladder/tries/{attempt}/"),
    "ladder:attempt_delete": mine_only("/practice/ladder/tries/{attempt}/delete/"),
}


def objects(member):
    """Mira's objects for the placeholders above (``{step}``, ``{attempt}``)."""
    from nearer.ladder.services import add_step, plan_attempt

    step = add_step(member=member, title="Say one honest feeling", fear=20).step
    attempt = plan_attempt(step=step, predicted_fear=30, predicted_outcome="They'll laugh it off.").attempt
    return {"step": step, "attempt": attempt}
