from nearer.ladder.services import add_step, plan_attempt, record_outcome


def step(member, title="Say one honest feeling", fear=30, **kwargs):
    return add_step(member=member, title=title, fear=fear, **kwargs).step


def done_try(step, predicted=50, actual=30, outcome="They'll go quiet.", happened="She hugged me."):
    attempt = plan_attempt(step=step, predicted_fear=predicted, predicted_outcome=outcome).attempt
    return record_outcome(attempt=attempt, actual_fear=actual, what_happened=happened).attempt
