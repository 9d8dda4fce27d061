"""Saving a check-in over HTTP, against the floor of one bare committed insert on the same server.

    python bench/bench_checkin_save.py [--clients 20] [--requests 3000] [--rounds 10]

Starts the real production server (gunicorn) on loopback with NEARER_BENCH_ENDPOINTS on, logs a
member in, then has 20 concurrent clients POST complete check-ins (with their CSRF token and an
idempotency key, as the form sends them). The same clients then POST to /bench/floor, which does
one committed insert and nothing else. Prints p50, p95 and throughput of both, and the ratio of the
p95s (target: within 2x the floor). Both run in the same server process, in alternating rounds.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import time
import urllib.parse
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import Browser, Install, Server  # noqa: E402

CHECKIN = {
    "mood": "-0.5,0.5",
    "feeling": "on_edge",
    "urge": "7",
    "triggers": "praise",
    "action": "went_quiet",
    "wanted": "reassurance",
    "note": "She said she was proud of me and I changed the subject.",
}


class Sample:
    """Latencies and busy time of one endpoint, gathered over several rounds."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.latencies: list[float] = []
        self.elapsed = 0.0
        self.cpu = 0.0

    def run(self, call, *, clients: int, requests: int) -> None:
        def one(_: int) -> None:
            start = time.perf_counter()
            call()
            self.latencies.append(time.perf_counter() - start)

        started, cpu = time.perf_counter(), self.server.cpu_seconds()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, range(requests)))
        self.elapsed += time.perf_counter() - started
        self.cpu += self.server.cpu_seconds() - cpu

    def figures(self) -> tuple[float, float, float, float]:
        """p50 and p95 in ms, requests a second, and the server's CPU ms per request."""
        cuts = statistics.quantiles(self.latencies, n=100)
        count = len(self.latencies)
        return cuts[49] * 1000, cuts[94] * 1000, count / self.elapsed, self.cpu / count * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    # 3,000 of each: with 600 the p95s, which sit in the tail of SQLite's waits for its write
    # lock, moved by a third between runs of the same code.
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=5)
    args = parser.parse_args()

    install = Install.create()
    server = Server(install, workers=args.workers, threads=args.threads, extra_env={"NEARER_BENCH_ENDPOINTS": "true"})
    try:
        server.start()
        browser = Browser(server.base)
        browser.login()
        token = browser.csrf_from(browser.get("/checkins/new/"))
        # Every request goes out the same way, on a connection of its own, so the client costs
        # the same for each and the figures are the server's. The member's requests carry the
        # cookies a browser sends; the floor carries none, or the server would look up the
        # session and the member for it too. The messages cookie a save sets is not sent back:
        # a browser uses it up on the page it redirects to.
        cookies = "; ".join(f"{c.name}={c.value}" for c in browser.cookies if c.name in {"sessionid", "csrftoken"})
        plain = {"Content-Type": "application/x-www-form-urlencoded", "Origin": server.base}
        address = urllib.parse.urlsplit(server.base)

        def post(path: str, fields: dict[str, str], expect: int, *, as_member: bool = True) -> None:
            headers = {**plain, "Cookie": cookies} if as_member else plain
            conn = http.client.HTTPConnection(address.hostname, address.port, timeout=15)
            try:
                conn.request("POST", path, body=urllib.parse.urlencode(fields), headers=headers)
                response = conn.getresponse()
                response.read()
            finally:
                conn.close()
            if response.status != expect:
                raise RuntimeError(f"POST {path}: HTTP {response.status}, expected {expect}")

        def save_checkin() -> None:
            fields = {**CHECKIN, "csrfmiddlewaretoken": token, "idempotency_key": str(uuid.uuid4())}
            post("/checkins/new/", fields, 302)

        def member_floor() -> None:
            post("/bench/floor-member", {"csrfmiddlewaretoken": token}, 201)

        def floor() -> None:
            post("/bench/floor", {}, 201, as_member=False)

        warm, saving, toll, bare_insert = (Sample(server) for _ in range(4))
        for call in (save_checkin, member_floor, floor):  # warm every worker and thread
            warm.run(call, clients=args.clients, requests=args.clients * 2)
        # Rounds taken in turn, so a neighbour's burst on this shared machine falls on both sides.
        for _ in range(args.rounds):
            saving.run(save_checkin, clients=args.clients, requests=args.requests // args.rounds)
            toll.run(member_floor, clients=args.clients, requests=args.requests // args.rounds)
            bare_insert.run(floor, clients=args.clients, requests=args.requests // args.rounds)
        saved, tolled, bare = saving.figures(), toll.figures(), bare_insert.figures()
    finally:
        server.stop()
        install.destroy()

    print(
        f"{args.clients} concurrent clients, {args.requests} requests each in {args.rounds} rounds, "
        f"loopback, gunicorn {args.workers} workers x {args.threads} threads"
    )
    print(f"{'':24} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'server CPU ms/req':>18}")
    rows = (("save a check-in", saved), ("member + bare insert", tolled), ("bare insert (floor)", bare))
    for name, (p50, p95, rate, cpu) in rows:
        print(f"{name:24} {p50:8.1f} {p95:8.1f} {rate:8.0f} {cpu:18.2f}")
    print(
        f"a member's bare insert (session, login, CSRF): p95 {tolled[1] / bare[1]:.2f}x, "
        f"server CPU {tolled[3] / bare[3]:.2f}x the floor"
    )
    print(f"saving a check-in: server CPU {saved[3] / bare[3]:.2f}x the floor")
    ratio = saved[1] / bare[1]
    print(f"p95 ratio: {ratio:.2f}x the floor (target within 2x): {'PASS' if ratio <= 2 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
