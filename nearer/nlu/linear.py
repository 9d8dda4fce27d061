"""The shipped models: a TF-IDF vocabulary and one or more logistic-regression heads over it, in one .npz file.

A file holds ``terms`` and ``idf`` (the vocabulary) and, for each head ``H``, ``H.labels``,
``H.weights`` (terms x labels, float16 to keep the file small), ``H.bias``, ``H.thresholds`` and,
when the head also reads dense features (rule hits, emotion scores), ``H.dense``. Prediction is a
sparse dot product and a sigmoid: no scikit-learn at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nearer.nlu.features import Vectoriser

Floats = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Head:
    """One multi-label classifier: a probability per label and the threshold each must reach."""

    labels: tuple[str, ...]
    weights: npt.NDArray[np.float16]
    bias: Floats
    thresholds: Floats
    dense: Floats | None = None

    def probabilities(self, cols: npt.NDArray[np.int64], vals: Floats, extra: Floats | None = None) -> Floats:
        z = self.bias.astype(np.float64)
        if len(cols):
            z = z + vals.astype(np.float64) @ self.weights[cols].astype(np.float64)
        if self.dense is not None and extra is not None:
            z = z + extra.astype(np.float64) @ self.dense.astype(np.float64)
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)


@dataclass(frozen=True)
class Bundle:
    vectoriser: Vectoriser
    heads: dict[str, Head]


def save(path: Path, vectoriser: Vectoriser, heads: dict[str, Head]) -> None:
    terms = sorted(vectoriser.index, key=vectoriser.index.__getitem__)
    arrays: dict[str, npt.NDArray[np.generic]] = {"terms": np.array(terms), "idf": vectoriser.idf.astype(np.float32)}
    for name, head in heads.items():
        arrays[f"{name}.labels"] = np.array(head.labels)
        arrays[f"{name}.weights"] = head.weights.astype(np.float16)
        arrays[f"{name}.bias"] = head.bias.astype(np.float32)
        arrays[f"{name}.thresholds"] = head.thresholds.astype(np.float32)
        if head.dense is not None:
            arrays[f"{name}.dense"] = head.dense.astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez_compressed(handle, allow_pickle=False, **arrays)


def load(path: Path) -> Bundle:
    with np.load(path, allow_pickle=False) as data:
        terms = data["terms"].tolist()
        vectoriser = Vectoriser(index={t: i for i, t in enumerate(terms)}, idf=data["idf"].astype(np.float32))
        names = sorted({key.rsplit(".", 1)[0] for key in data.files if "." in key})
        heads = {
            name: Head(
                labels=tuple(data[f"{name}.labels"].tolist()),
                weights=data[f"{name}.weights"],
                bias=data[f"{name}.bias"],
                thresholds=data[f"{name}.thresholds"],
                dense=data[f"{name}.dense"] if f"{name}.dense" in data.files else None,
            )
            for name in names
        }
    return Bundle(vectoriser=vectoriser, heads=heads)
