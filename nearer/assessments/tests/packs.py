"""The fixture packs: published scoring keys with placeholder item text (see the files' comments)."""

from __future__ import annotations

import json
from pathlib import Path

from nearer.assessments.engine import Instrument, parse_instrument

PACKS = Path(__file__).resolve().parent / "packs"
ECR_R = PACKS / "ecr_r.json"
PHQ_9 = PACKS / "phq9.json"


def raw(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def ecr_r() -> Instrument:
    return parse_instrument(raw(ECR_R))


def phq_9() -> Instrument:
    return parse_instrument(raw(PHQ_9))
