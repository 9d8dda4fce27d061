"""The crisis screen on the held-out probes, as totals only: never a probe's text.

    python bench/score_crisis_probes.py [probe files...]

For each probe (default: every ``nearer/nlu/data/held_out/crisis_probe*.jsonl``), prints risk
found and false alarms for the whole screen (rules and second opinion) and for the rules alone,
urgent kept urgent, and the false alarms counted by the kind of hard negative. The probes exist to
measure wordings nobody here has read (``held_out/README.md``): printing totals only keeps them
that way, so a new probe should be scored with this and nothing else. Compare two builds by
running it in each tree (``git worktree add``), one after the other.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nearer.nlu import datasets  # noqa: E402
from nearer.nlu.crisis.reading import read  # noqa: E402
from nearer.nlu.crisis.screen import screen_text  # noqa: E402


def _number(path: Path) -> int:
    digits = "".join(c for c in path.stem if c.isdigit())
    return int(digits or 0)


def score(path: Path) -> str:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    risk = [row for row in rows if row["label"] != "none"]
    ordinary = [row for row in rows if row["label"] == "none"]
    whole = [screen_text(row["text"]).tier for row in rows]
    rules = [read(row["text"]).screening.tier for row in rows]
    tiers = {id(row): (w, r) for row, w, r in zip(rows, whole, rules, strict=True)}

    def raised(group: list[dict[str, str]], which: int) -> int:
        return sum(tiers[id(row)][which] != "none" for row in group)

    urgent = [row for row in risk if row["label"] == "urgent"]
    kept = sum(tiers[id(row)][0] == "urgent" for row in urgent)
    kinds = Counter(row.get("kind", "?") for row in ordinary if tiers[id(row)][0] != "none")
    found, alarms = raised(risk, 0), raised(ordinary, 0)
    return (
        f"{path.stem}: risk found {found}/{len(risk)} = {found / max(1, len(risk)):.3f}, "
        f"false alarms {alarms}/{len(ordinary)} = {alarms / max(1, len(ordinary)):.3f} "
        f"(by kind {dict(sorted(kinds.items()))}); rules alone {raised(risk, 1)}/{len(risk)}, "
        f"{raised(ordinary, 1)}/{len(ordinary)}; urgent kept urgent {kept}/{len(urgent)}"
    )


def main(argv: list[str]) -> None:
    held_out = datasets.PACKAGE / "data" / "held_out"
    paths = [Path(a) for a in argv] or sorted(held_out.glob("crisis_probe*.jsonl"), key=_number)
    for path in paths:
        print(score(path), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
