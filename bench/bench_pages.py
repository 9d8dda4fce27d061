"""How fast the real server answers: the help page against the bare health check.

    python bench/bench_pages.py [--requests N]

Prints requests per second for each path and the ratio of each to /healthz (a database
round trip and nothing else), measured in one run so a noisy machine affects all alike.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import running_server  # noqa: E402

PATHS = ["/healthz", "/help/", "/accounts/login/", "/static/core/nearer.css"]


def hammer(url: str, requests: int, concurrency: int) -> tuple[float, float]:
    def one(_: int) -> float:
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
        return time.perf_counter() - start

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = list(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - start
    return requests / elapsed, statistics.quantiles(latencies, n=20)[18] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    with running_server() as (base, _):
        page = urllib.request.urlopen(base + "/help/").read().decode()
        static_path = re.search(r'href="(/static/core/nearer[^"]*\.css)"', page).group(1)
        paths = [p if not p.startswith("/static/") else static_path for p in PATHS]
        for path in paths:  # warm every worker
            hammer(base + path, 20, args.concurrency)
        results = {path: hammer(base + path, args.requests, args.concurrency) for path in paths}
    baseline = results[paths[0]][0]
    print(f"{'path':32} {'req/s':>8} {'p95 ms':>8} {'vs /healthz':>12}")
    for path, (rps, p95) in results.items():
        print(f"{path:32} {rps:8.0f} {p95:8.1f} {rps / baseline:11.2f}x")


if __name__ == "__main__":
    main()
