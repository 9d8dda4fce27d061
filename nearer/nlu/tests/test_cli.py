"""`nearer nlu predict` as the measurement harness calls it: JSON lines in, one JSON line out per input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _predict(lines: list[str], *args: str) -> list[dict]:
    done = subprocess.run(  # noqa: S603  (our own interpreter and arguments)
        [sys.executable, "-m", "nearer", "nlu", "predict", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_predict_round_trips_ids_labels_and_scores_for_every_task():
    rows = [json.dumps({"id": 1, "text": "this exam is killing me"}), json.dumps({"id": "b", "text": "I want to die"})]
    crisis = _predict(rows, "--task", "crisis")
    assert [(r["id"], r["labels"]) for r in crisis] == [(1, ["none"]), ("b", ["urgent"])]
    for task, extra in (("emotion", []), ("emotion", ["--scheme", "ekman"]), ("traps", []), ("distancing", [])):
        out = _predict(rows, "--task", task, *extra)
        assert [r["id"] for r in out] == [1, "b"]
        assert all(isinstance(r["labels"], list) and r["scores"] for r in out)
    ekman = _predict(rows, "--task", "emotion", "--scheme", "ekman")
    assert set(ekman[0]["scores"]) == {"anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"}


def test_a_bad_line_gets_an_error_line_and_the_rest_go_on():
    out = _predict(["not json", json.dumps({"id": 7, "text": "I'm fine, whatever."})], "--task", "distancing")
    assert out[0]["id"] is None and "error" in out[0]
    assert out[1]["id"] == 7 and "minimizing" in out[1]["labels"]


def test_an_unknown_task_is_a_usage_error():
    done = subprocess.run(  # noqa: S603  (our own interpreter and arguments)
        [sys.executable, "-m", "nearer", "nlu", "predict", "--task", "sentiment"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2


@pytest.mark.parametrize("command", [["nlu", "--help"], ["nlu", "eval", "--help"], ["nlu", "train", "--help"]])
def test_each_command_documents_itself(command):
    done = subprocess.run(  # noqa: S603  (our own interpreter and arguments)
        [sys.executable, "-m", "nearer", *command], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "usage" in done.stdout
