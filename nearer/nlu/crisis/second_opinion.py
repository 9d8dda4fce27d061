"""A learned second opinion for risk said in words no rule lists.

The rules are the guarantee, but they only know the wordings someone thought of: on fresh probes
they missed a third to a half of veiled risk ("the tablets are in an envelope in my bag"). Each
sentence they let pass is compared with the crisis examples through the sentence encoder: how much
more it resembles its three nearest risk examples than its three nearest ordinary ones. A sentence
that resembles risk more than the threshold raises the text to ``concern``, never ``urgent``; the
threshold is set at training time so that 1.5% of the ordinary dev examples (2 of 122) would be
raised: higher rates caught more on the probes but also raised ordinary medication and abuse
questions in the red team, which the rules answer better.

A sentence in which any rule found its words is the rules' to judge, never the encoder's: risk
words a guard answered for (someone else's, a negation, long over, an idiom) and questions the
rules already recognise (medication, abuse, eating) were most of its false alarms when it read
everything.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nearer.nlu import datasets, encoder
from nearer.nlu.crisis.reading import Read, read

FILE = "crisis_neighbours.npz"
NEIGHBOURS = 3
DEV_FALSE_ALARMS = 0.015


@dataclass(frozen=True)
class Neighbours:
    risk: npt.NDArray[np.float32]
    ordinary: npt.NDArray[np.float32]
    threshold: float

    def margins(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        def nearest(examples: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
            similarity = vectors @ examples.T
            k = min(NEIGHBOURS, examples.shape[0])
            top = np.partition(similarity, similarity.shape[1] - k, axis=1)[:, -k:]
            return np.asarray(top.mean(axis=1), dtype=np.float32)

        return nearest(self.risk) - nearest(self.ordinary)

    def best(self, reading: Read, model: encoder.Encoder) -> tuple[str, float] | None:
        """The open sentence most like the risk examples, and by how much; None if none is open."""
        sentences = _open_sentences(reading)
        if not sentences:
            return None
        margins = self.margins(model.embed(sentences))
        at = int(np.argmax(margins))
        return sentences[at], float(margins[at])


_lock = threading.Lock()
_loaded: dict[Path, Neighbours | None] = {}


def neighbours(directory: Path = datasets.ARTIFACTS) -> Neighbours | None:
    """The examples and threshold ``nearer nlu train`` wrote, or None without them or the encoder."""
    with _lock:
        if directory not in _loaded:
            path = directory / FILE
            if not path.is_file() or not encoder.available(directory / "encoder"):
                _loaded[directory] = None
            else:
                with np.load(path) as data:
                    _loaded[directory] = Neighbours(
                        risk=data["risk"].astype(np.float32),
                        ordinary=data["ordinary"].astype(np.float32),
                        threshold=float(data["threshold"]),
                    )
        return _loaded[directory]


def forget() -> None:
    with _lock:
        _loaded.clear()


def _open_sentences(reading: Read) -> list[str]:
    """The sentences no rule found words in, each once."""
    return list(dict.fromkeys(s for i, s in enumerate(reading.sentences) if i not in reading.read_by_rules))


def resembling_risk(reading: Read, directory: Path = datasets.ARTIFACTS) -> str | None:
    """The sentence (as the rules read it) that resembles the risk examples most, if it is past
    the threshold; None otherwise, or when the model is not installed."""
    found = neighbours(directory)
    if found is None:
        return None
    best = found.best(reading, encoder.encoder(directory / "encoder"))
    return best[0] if best is not None and best[1] > found.threshold else None


# Everyday comments from GoEmotions train kept as ordinary neighbours: every Nth, deterministic,
# and none labelled with a painful feeling (some of those are risk the rules do not recognise).
EVERYDAY_EVERY = 6
PAINFUL = frozenset({"sadness", "grief", "fear", "nervousness", "remorse", "disappointment", "embarrassment"})


def _ordinary_texts(train: list[datasets.Example]) -> list[str]:
    """Ordinary sentences to compare with: the crisis examples' hard negatives, every trap and
    distancing example, and a slice of everyday Reddit comments, each only if the rules find no
    risk in it. Without the broad ones, plain sentences ("he held my hand") had no ordinary
    neighbour close by and read as risk."""
    texts = [r.text for r in train if r.labels[0] == "none"]
    texts += [r.text for task in ("traps", "distancing") for r in datasets.examples(task)]
    comments, labels, names = datasets.goemotions("train")
    painful = {names.index(name) for name in PAINFUL}
    everyday = list(zip(comments, labels, strict=True))[::EVERYDAY_EVERY]
    texts += [text for text, ids in everyday if not painful.intersection(ids)]
    readings = [read(t) for t in dict.fromkeys(texts)]
    return [" ".join(r.sentences) for r in readings if r.screening.tier == "none"]


def training_texts() -> tuple[list[str], list[str]]:
    """The risk and the ordinary texts the second opinion compares with (train split only, as the
    rules read them). The encoder is tuned on the same two lists before they are embedded."""
    train = [r for r in datasets.examples("crisis") if r.split == "train"]
    risky = [" ".join(read(r.text).sentences) for r in train if r.labels[0] != "none"]
    return risky, _ordinary_texts(train)


def fit(out: Path = datasets.ARTIFACTS) -> dict[str, Any]:
    """Embed the examples and set the threshold on dev; writes ``crisis_neighbours.npz``."""
    model = encoder.Encoder(out / "encoder")
    dev = [r for r in datasets.examples("crisis") if r.split == "dev"]

    def vectors(texts: list[str]) -> npt.NDArray[np.float32]:
        return model.embed(texts).astype(np.float16).astype(np.float32)  # as they will be read back

    risky, ordinary = training_texts()
    found = Neighbours(risk=vectors(risky), ordinary=vectors(ordinary), threshold=0.0)

    dev_readings = [read(r.text) for r in dev]
    dev_scores = np.array([(found.best(x, model) or ("", float("-inf")))[1] for x in dev_readings])
    dev_risk = np.array([r.labels[0] != "none" for r in dev])
    dev_ordinary = np.sort(dev_scores[~dev_risk])[::-1]
    raised = max(1, round(DEV_FALSE_ALARMS * len(dev_ordinary)))
    threshold = float((dev_ordinary[raised] + dev_ordinary[raised - 1]) / 2)
    np.savez_compressed(
        out / FILE,
        risk=found.risk.astype(np.float16),
        ordinary=found.ordinary.astype(np.float16),
        threshold=np.float32(threshold),
    )
    forget()
    rules = np.array([x.screening.tier != "none" for x in dev_readings])
    both = rules | (dev_scores > threshold)
    return {
        "threshold": round(threshold, 4),
        "examples": {"risk": len(risky), "ordinary": len(ordinary)},
        "dev_recall": {
            "rules": round(float(rules[dev_risk].mean()), 4),
            "with_opinion": round(float(both[dev_risk].mean()), 4),
        },
        "dev_false_alarms": {
            "rules": round(float(rules[~dev_risk].mean()), 4),
            "with_opinion": round(float(both[~dev_risk].mean()), 4),
        },
    }
