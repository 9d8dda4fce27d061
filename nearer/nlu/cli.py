"""`nearer nlu predict|eval|train`: the stable command-line interface by which the models are measured.

nearer nlu predict --task crisis|emotion|traps|distancing [--scheme goemotions|ekman]
    reads JSON lines {"id": ..., "text": ...} on stdin, writes {"id": ..., "labels": [...], "scores": {...}}
    per line (plus "spans"); a line that is not valid JSON gets {"id": null, "error": ...} and the rest go on.
nearer nlu eval [--json]     the shipped models' figures on the dev sets
nearer nlu train [--only STEP]... [--cache DIR]
                             rebuild nearer/nlu/artifacts (needs the train extra); steps emotion, traps,
                             distancing, encoder, crisis; DIR keeps the encoder's downloaded wheel and tuning

No Django here: the command starts fast and runs anywhere the package is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nearer nlu", description="Nearer's offline text models.")
    commands = parser.add_subparsers(dest="command", required=True)
    predict = commands.add_parser("predict", help="label JSON lines read from stdin")
    predict.add_argument("--task", required=True, choices=("crisis", "emotion", "traps", "distancing"))
    predict.add_argument("--scheme", choices=("goemotions", "ekman"), default="goemotions", help="for --task emotion")
    evaluate = commands.add_parser("eval", help="print the metrics on the dev sets")
    evaluate.add_argument("--json", action="store_true", help="the full report as JSON")
    evaluate.add_argument("--task", action="append", choices=("crisis", "emotion", "traps", "distancing"))
    train = commands.add_parser("train", help="rebuild the artifacts from ../shared/data and the project's examples")
    # Kept equal to training.STEPS by a test; not imported from there so `nearer nlu predict` stays light.
    steps = ("emotion", "traps", "distancing", "encoder", "crisis")
    train.add_argument("--only", action="append", choices=steps, help="retrain just these (repeatable)")
    train.add_argument("--cache", type=Path, help="where the encoder's source wheel is kept (default ~/.cache/nearer)")
    return parser


def predict(task: str, scheme: str) -> int:
    from nearer.nlu.analysis import analyse, load

    load()
    name = "ekman" if task == "emotion" and scheme == "ekman" else task
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as error:
            out.write(json.dumps({"id": None, "error": f"bad input line: {error}"}) + "\n")
            continue
        result = getattr(analyse(text, (name,)), name)
        record: dict[str, Any] = {
            "id": row.get("id"),
            "labels": list(result.labels),
            "scores": dict(result.scores),
            "spans": [{"start": s.start, "end": s.end, "label": s.label, "phrase": s.phrase} for s in result.spans],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def evaluate(as_json: bool, tasks: list[str] | None) -> int:
    from nearer.nlu import evaluation

    report = evaluation.run(tasks or ("crisis", "emotion", "traps", "distancing"))
    if as_json:
        print(json.dumps(report, indent=2))
        return 0
    for section, figures in report.items():
        shown = {k: v for k, v in figures.items() if not isinstance(v, (dict, list))}
        print(f"{section:24} " + "  ".join(f"{k}={v}" for k, v in shown.items()))
        for key in ("missed", "false_alarms"):
            if figures.get(key):
                print(f"{'':24} {key}: {', '.join(figures[key])}")
    print()
    for name, value, target, met in evaluation.headline(report):
        sign = "<=" if name.endswith("rate") else ">="
        print(f"{name:26} {value:.3f}  target {sign} {target:.2f}  {'ok' if met else 'BELOW'}")
    return 0


def main(argv: list[str]) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (keeps Python's exit-time flush quiet)
        return 0


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "predict":
        return predict(args.task, args.scheme)
    if args.command == "eval":
        return evaluate(args.json, args.task)
    from nearer.nlu.training import STEPS, train_all

    train_all(steps=args.only or STEPS, cache=args.cache)
    return 0
