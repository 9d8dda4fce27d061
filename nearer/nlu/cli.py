"""`nearer nlu predict|eval|train` (filled in by the Text understanding work)."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    print("nearer nlu: not built yet", file=sys.stderr)
    return 2
