"""Text understanding on one core: latency of ``analyse()`` with all tasks, throughput, memory, cold load.

    python bench/bench_nlu.py [--texts N] [--cold-runs 3]

Texts are real people's writing: GoEmotions dev comments (from ../shared/data, when present) and
Nearer's own example sentences, cycled to ``--texts``. The process pins itself to one CPU and one
BLAS thread before numpy loads. Cold load is timed in fresh interpreters: import, load every model,
read one text. Targets (issue #5): p95 under 15 ms, resident memory under 350 MB, cold load under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_P95_MS = 15.0
TARGET_RSS_MB = 350.0
TARGET_COLD_S = 2.0
COLD = (
    "import time; t = time.perf_counter(); from nearer.nlu import analysis; analysis.load(); "
    "analysis.analyse('I just need space, it is fine.'); print(time.perf_counter() - t)"
)


def sample_texts(count: int) -> list[str]:
    from nearer.nlu import datasets

    texts: list[str] = []
    dev = datasets.shared_data() / "goemotions" / "dev.tsv"
    if dev.exists():
        texts += [line.split("\t", 1)[0] for line in dev.read_text(encoding="utf-8").splitlines()]
    for task in ("crisis", "traps", "distancing"):
        texts += [json.loads(line)["text"] for line in (datasets.EXAMPLES / f"{task}.jsonl").open(encoding="utf-8")]
    return [texts[i % len(texts)] for i in range(count)]


def cold_load(runs: int) -> float:
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, cwd=ROOT)
        times.append(float(done.stdout.strip()))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=3000)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()

    cold = cold_load(args.cold_runs)
    from nearer.nlu import analysis

    analysis.load()
    texts = sample_texts(args.texts)
    for text in texts[:50]:  # warm caches the way a running server has them
        analysis.analyse(text)
    latencies = []
    started = time.perf_counter()
    for text in texts:
        t = time.perf_counter()
        analysis.analyse(text)
        latencies.append((time.perf_counter() - t) * 1000)
    elapsed = time.perf_counter() - started
    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    p95 = latencies[int(len(latencies) * 0.95)]
    p99 = latencies[int(len(latencies) * 0.99)]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    # A long journal entry: 350 different sentences (about 26,000 characters), each read by the
    # crisis screen's rules and, one by one, by its second opinion.
    from nearer.nlu.crisis.screen import screen_text

    entry = " ".join(f"On day {n} we had dinner and I went quiet when she asked about next year." for n in range(350))
    t = time.perf_counter()
    screen_text(entry)
    long_entry_s = time.perf_counter() - t
    words = statistics.mean(len(t.split()) for t in texts)

    print(f"analyse() with all five readings, {len(texts)} texts (mean {words:.0f} words), one core")
    print(f"  latency      p50 {p50:.2f} ms   p95 {p95:.2f} ms   p99 {p99:.2f} ms")
    print(f"               (target p95 < {TARGET_P95_MS:.0f} ms)")
    print(f"  throughput   {len(texts) / elapsed:.0f} texts/s")
    print(f"  memory       peak RSS {rss_mb:.0f} MB with every model loaded   (target < {TARGET_RSS_MB:.0f} MB)")
    print(
        f"  cold load    {cold:.2f} s, median of {args.cold_runs} fresh interpreters   (target < {TARGET_COLD_S:.0f} s)"
    )
    print(f"  a long entry {long_entry_s:.2f} s to screen 350 sentences (about {len(entry):,} characters)")
    met = p95 < TARGET_P95_MS and rss_mb < TARGET_RSS_MB and cold < TARGET_COLD_S
    print("  all targets met" if met else "  TARGET MISSED")


if __name__ == "__main__":
    main()
