"""Text understanding: one offline interface for everything in Nearer that reads what a member writes.

    from nearer.nlu import analyse
    result = analyse("You never listen, so forget it.")
    result.distancing.labels      # ("blaming", "withdrawal"), best first
    result.distancing.spans       # the phrases that drove them, with offsets into the text
    result.traps.labels           # thinking traps, e.g. ("all_or_nothing",)

No Django, no network: safe to call from a view, a command or a benchmark.
"""

from nearer.nlu.analysis import (
    DISTANCING_LABELS,
    TASKS,
    TRAP_LABELS,
    Analysis,
    Span,
    TaskResult,
    analyse,
    load,
)

__all__ = ["DISTANCING_LABELS", "TASKS", "TRAP_LABELS", "Analysis", "Span", "TaskResult", "analyse", "load"]
