"""The shipped artifacts: small, versioned, matching their manifest, and above the issue's targets on the dev sets."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from nearer.nlu import datasets, evaluation

MANIFEST = json.loads((datasets.ARTIFACTS / "manifest.json").read_text(encoding="utf-8"))


def test_artifacts_are_small_and_match_the_manifest():
    files = sorted([*datasets.ARTIFACTS.glob("*.npz"), *datasets.ARTIFACTS.glob("*.onnx")])
    # The encoder's files are listed as "encoder/..." and checked in test_training.py.
    assert {p.name for p in files} == {name for name in MANIFEST["artifacts"] if "/" not in name}
    assert sum(p.stat().st_size for p in files) < 20 * 1024 * 1024
    for path in files:
        assert datasets.checksum(path) == MANIFEST["artifacts"][path.name], f"{path.name} changed without retraining"


def test_the_manifest_names_the_examples_it_was_trained_on():
    for task in ("crisis", "traps", "distancing"):
        path = datasets.EXAMPLES / f"{task}.jsonl"
        assert MANIFEST["data"][f"nearer/{task}.jsonl"] == datasets.checksum(path), f"retrain: {task} examples changed"


@pytest.mark.parametrize("task", ["crisis", "traps", "distancing"])
def test_each_example_set_is_large_with_a_dev_split_and_known_labels(task):
    from nearer.nlu import DISTANCING_LABELS, TRAP_LABELS

    rows = datasets.examples(task)
    known = {"crisis": {"none", "concern", "urgent"}, "traps": set(TRAP_LABELS), "distancing": set(DISTANCING_LABELS)}
    assert len(rows) >= 300
    assert len({r.id for r in rows}) == len(rows) and len({r.text for r in rows}) == len(rows)
    splits = Counter(r.split for r in rows)
    assert set(splits) == {"train", "dev"} and splits["dev"] >= 60
    assert all(set(r.labels) <= known[task] for r in rows)
    # Hard negatives: texts that must get nothing (none / no trap / no distancing) are a large share.
    empty = sum(r.labels in ((), ("none",)) for r in rows)
    assert empty >= 0.15 * len(rows)


def test_crisis_on_its_own_dev_set_and_the_red_team():
    dev = evaluation.crisis([r for r in datasets.examples("crisis") if r.split == "dev"])
    assert dev["risk_recall"] >= 0.9 and dev["false_alarm_rate"] <= evaluation.TARGETS["crisis_false_alarm_rate"]
    redteam = evaluation.crisis(datasets.redteam())
    # The learned second opinion raises a few ordinary red-team texts to concern (docs/model-card.md).
    assert redteam["risk_recall"] == 1.0 and redteam["false_alarm_rate"] <= 0.02


@pytest.mark.skipif(not (datasets.shared_data() / "goemotions" / "dev.tsv").exists(), reason="GoEmotions not here")
def test_emotion_dev_macro_f1_beats_the_targets():
    assert evaluation.emotion("goemotions")["macro_f1"] >= evaluation.TARGETS["goemotions_macro_f1"]
    assert evaluation.emotion("ekman")["macro_f1"] >= evaluation.TARGETS["ekman_macro_f1"]


def test_traps_and_distancing_dev_beat_the_targets():
    from nearer.nlu import DISTANCING_LABELS, TRAP_LABELS

    assert evaluation.multilabel("traps", TRAP_LABELS)["macro_f1"] >= evaluation.TARGETS["traps_macro_f1"]
    distancing = evaluation.multilabel("distancing", DISTANCING_LABELS)
    assert distancing["micro_f1"] >= evaluation.TARGETS["distancing_micro_f1"]
