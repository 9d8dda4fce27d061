"""Where the training data lives and how to read it: GoEmotions from ``../shared/data`` and Nearer's own examples."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nearer.nlu.tasks import EKMAN_LABELS

PACKAGE = Path(__file__).resolve().parent
EXAMPLES = PACKAGE / "data"
ARTIFACTS = PACKAGE / "artifacts"
REDTEAM = PACKAGE.parent / "safety" / "data" / "redteam.json"


def shared_data() -> Path:
    """``$NEARER_NLU_DATA``, else ``../shared/data`` beside the repository."""
    configured = os.environ.get("NEARER_NLU_DATA")
    return Path(configured) if configured else PACKAGE.parents[2] / "shared" / "data"


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    labels: tuple[str, ...]
    split: str


def goemotions(split: str) -> tuple[list[str], list[list[int]], list[str]]:
    """Texts, label ids and the 28 label names of one GoEmotions split (``train`` or ``dev``)."""
    root = shared_data() / "goemotions"
    names = (root / "labels.txt").read_text(encoding="utf-8").split()
    texts: list[str] = []
    labels: list[list[int]] = []
    with (root / f"{split}.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            text, ids, _ = line.rstrip("\n").split("\t")
            texts.append(text)
            labels.append([int(i) for i in ids.split(",")])
    return texts, labels, names


def ekman_groups() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = json.loads(
        (shared_data() / "goemotions" / "ekman_mapping.json").read_text(encoding="utf-8")
    )
    return groups


def ekman_of(names: list[str]) -> list[int]:
    """For each of the 28 GoEmotions labels, the index of its Ekman group (neutral stays neutral)."""
    groups = ekman_groups()
    owner = {emotion: EKMAN_LABELS.index(group) for group, members in groups.items() for emotion in members}
    return [owner.get(name, EKMAN_LABELS.index("neutral")) for name in names]


def examples(task: str) -> list[Example]:
    """Nearer's own labelled examples for ``crisis``, ``traps`` or ``distancing``."""
    rows: list[Example] = []
    with (EXAMPLES / f"{task}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row: dict[str, Any] = json.loads(line)
            labels = (row["label"],) if "label" in row else tuple(row["labels"])
            rows.append(Example(id=row["id"], text=row["text"], labels=labels, split=row["split"]))
    return rows


def redteam() -> list[Example]:
    """The safety red-team cases as crisis examples (tier as label); all count as dev, never trained on."""
    cases: list[dict[str, Any]] = json.loads(REDTEAM.read_text(encoding="utf-8"))
    return [Example(id=c["id"], text=c["text"], labels=(c["tier"],), split="redteam") for c in cases]


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def data_checksums() -> dict[str, str]:
    root = shared_data() / "goemotions"
    files = {f"goemotions/{name}": root / name for name in ("train.tsv", "dev.tsv", "labels.txt", "ekman_mapping.json")}
    files.update({f"nearer/{task}.jsonl": EXAMPLES / f"{task}.jsonl" for task in ("crisis", "traps", "distancing")})
    return {name: checksum(path) for name, path in files.items() if path.exists()}
