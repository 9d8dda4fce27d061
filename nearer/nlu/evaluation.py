"""`nearer nlu eval`: the shipped models' figures on the dev sets, from the artifacts alone (no training extra)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from nearer.nlu import datasets, metrics
from nearer.nlu.analysis import DISTANCING_LABELS, TRAP_LABELS, analyse

# Targets from the issue (#5), for the pass/fail column; the real test is on text we never see.
TARGETS = {
    "crisis_risk_recall": 0.95,
    "crisis_false_alarm_rate": 0.05,
    "goemotions_macro_f1": 0.38,
    "ekman_macro_f1": 0.50,
    "traps_macro_f1": 0.30,
    "distancing_micro_f1": 0.80,
}


def _multihot(rows: Sequence[Sequence[str]], labels: Sequence[str]) -> np.ndarray:
    y = np.zeros((len(rows), len(labels)), dtype=np.int8)
    for i, row in enumerate(rows):
        for label in row:
            y[i, labels.index(label)] = 1
    return y


def crisis(rows: Sequence[datasets.Example]) -> dict[str, Any]:
    """Recall of any risk (concern or urgent), urgent kept urgent, and false alarms on the none cases."""
    predicted = [analyse(r.text, ("crisis",)).crisis.labels[0] for r in rows]
    gold = [r.labels[0] for r in rows]
    risky = [p for g, p in zip(gold, predicted, strict=True) if g != "none"]
    urgent = [p for g, p in zip(gold, predicted, strict=True) if g == "urgent"]
    safe = [p for g, p in zip(gold, predicted, strict=True) if g == "none"]
    return {
        "cases": len(rows),
        "risk_recall": round(sum(p != "none" for p in risky) / max(1, len(risky)), 4),
        "urgent_recall": round(sum(p == "urgent" for p in urgent) / max(1, len(urgent)), 4),
        "false_alarm_rate": round(sum(p != "none" for p in safe) / max(1, len(safe)), 4),
        "missed": [r.id for r, g, p in zip(rows, gold, predicted, strict=True) if g != "none" and p == "none"],
        "false_alarms": [r.id for r, g, p in zip(rows, gold, predicted, strict=True) if g == "none" and p != "none"],
    }


def emotion(scheme: str) -> dict[str, Any]:
    texts, ids, names = datasets.goemotions("dev")
    if scheme == "goemotions":
        labels: Sequence[str] = names
        gold = [[names[i] for i in row] for row in ids]
    else:
        from nearer.nlu.tasks import EKMAN_LABELS

        group = datasets.ekman_of(names)
        labels = EKMAN_LABELS
        gold = [sorted({EKMAN_LABELS[group[i]] for i in row}) for row in ids]
    task = "emotion" if scheme == "goemotions" else "ekman"
    predicted = [getattr(analyse(t, (task,)), task).labels for t in texts]
    y, p = _multihot(gold, labels), _multihot(predicted, labels)
    per_label = metrics.per_label_f1(y, p)
    return {
        "texts": len(texts),
        "macro_f1": round(metrics.macro_f1(y, p), 4),
        "micro_f1": round(metrics.micro_f1(y, p), 4),
        "per_label_f1": {label: round(float(f), 3) for label, f in zip(labels, per_label, strict=True)},
    }


def multilabel(task: str, labels: Sequence[str]) -> dict[str, Any]:
    rows = [r for r in datasets.examples(task) if r.split == "dev"]
    predicted = [getattr(analyse(r.text, (task,)), task).labels for r in rows]
    y, p = _multihot([r.labels for r in rows], labels), _multihot(predicted, labels)
    flagged_gold = y.any(1)
    flagged = p.any(1)
    return {
        "texts": len(rows),
        "macro_f1": round(metrics.macro_f1(y, p), 4),
        "micro_f1": round(metrics.micro_f1(y, p), 4),
        # Does the text need a suggestion at all? What a member notices first.
        "any_label_f1": round(metrics.micro_f1(flagged_gold[:, None], flagged[:, None]), 4),
        "empty_correct": round(float((~flagged[~flagged_gold]).mean()) if (~flagged_gold).any() else 1.0, 4),
        "per_label_f1": {
            label: round(float(f), 3) for label, f in zip(labels, metrics.per_label_f1(y, p), strict=True)
        },
    }


def run(tasks: Sequence[str] = ("crisis", "emotion", "traps", "distancing")) -> dict[str, Any]:
    report: dict[str, Any] = {}
    if "crisis" in tasks:
        dev = [r for r in datasets.examples("crisis") if r.split == "dev"]
        report["crisis_dev"] = crisis(dev)
        report["crisis_redteam"] = crisis(datasets.redteam())
    if "emotion" in tasks:
        report["goemotions_dev"] = emotion("goemotions")
        report["ekman_dev"] = emotion("ekman")
    if "traps" in tasks:
        report["traps_dev"] = multilabel("traps", TRAP_LABELS)
    if "distancing" in tasks:
        report["distancing_dev"] = multilabel("distancing", DISTANCING_LABELS)
    return report


def headline(report: dict[str, Any]) -> list[tuple[str, float, float, bool]]:
    """(name, value, target, met) for each issue target that the report covers."""
    pairs = {
        "crisis_risk_recall": ("crisis_dev", "risk_recall"),
        "crisis_false_alarm_rate": ("crisis_dev", "false_alarm_rate"),
        "goemotions_macro_f1": ("goemotions_dev", "macro_f1"),
        "ekman_macro_f1": ("ekman_dev", "macro_f1"),
        "traps_macro_f1": ("traps_dev", "macro_f1"),
        "distancing_micro_f1": ("distancing_dev", "micro_f1"),
    }
    rows = []
    for name, (section, key) in pairs.items():
        if section in report:
            value = float(report[section][key])
            target = TARGETS[name]
            met = value <= target if name.endswith("rate") else value >= target
            rows.append((name, value, target, met))
    return rows
