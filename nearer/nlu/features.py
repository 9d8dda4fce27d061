"""Text to sparse TF-IDF features, the same at training and at prediction time.

Word unigrams and bigrams plus character 2-5-grams inside each word. Characters catch spelling
variety ("soooo", "ugh", "lmao", typos) that a word vocabulary misses, which matters on short,
informal texts. Pure Python and numpy so that prediction needs nothing else; the training script
builds its matrices with this very function, so the two can never drift apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "\u200b": ""})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?]|[\U0001f300-\U0001faff\u2600-\u27bf]")
_REPEAT = re.compile(r"(.)\1{2,}")  # "soooo" and "sooooooo" read as one word


def normalise(text: str) -> str:
    return _REPEAT.sub(r"\1\1", text.lower().translate(_FOLD))


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def terms(text: str) -> Counter[str]:
    """Every feature name in ``text`` with its count."""
    tokens = words(text)
    found: Counter[str] = Counter()
    for token in tokens:
        found["w:" + token] += 1
    for first, second in zip(tokens, tokens[1:], strict=False):
        found["b:" + first + " " + second] += 1
    for token in tokens:
        padded = " " + token + " "
        size = len(padded)
        for n in (2, 3, 4, 5):
            for i in range(size - n + 1):
                found["c:" + padded[i : i + n]] += 1
    return found


@dataclass(frozen=True)
class Vectoriser:
    """A fixed vocabulary with its inverse document frequencies."""

    index: Mapping[str, int]
    idf: npt.NDArray[np.float32]

    def transform(self, text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """Column indices and L2-normalised sublinear TF-IDF values of one text."""
        return self.transform_terms(terms(text))

    def transform_terms(self, found: Mapping[str, int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """The same from :func:`terms` already computed (one text read by several models)."""
        index = self.index
        pairs = [(index[t], 1.0 + math.log(c)) for t, c in found.items() if t in index]
        if not pairs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        cols = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        vals = np.fromiter((p[1] for p in pairs), dtype=np.float32, count=len(pairs)) * self.idf[cols]
        norm = float(np.sqrt(np.dot(vals, vals)))
        return cols, vals / norm if norm else vals


def build_vocabulary(texts: Iterable[str], *, min_df: int, max_features: int) -> Vectoriser:
    """Keep the ``max_features`` terms seen in the most texts (at least ``min_df``); ties break by name."""
    df: Counter[str] = Counter()
    count = 0
    for text in texts:
        df.update(terms(text).keys())
        count += 1
    kept = sorted((t for t, n in df.items() if n >= min_df), key=lambda t: (-df[t], t))[:max_features]
    kept.sort()
    idf = np.array([math.log((1 + count) / (1 + df[t])) + 1.0 for t in kept], dtype=np.float32)
    return Vectoriser(index={t: i for i, t in enumerate(kept)}, idf=idf)
