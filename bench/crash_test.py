"""Crash test: every acknowledged journal write survives SIGKILL, and a retry never makes a twin.

    python bench/crash_test.py [--writes N] [--kills K] [--threads T] [--time-limit S] [--seed X]

Starts the real server (``nearer serve``: gunicorn, its workers in one process group) on a
throwaway install, logs in as a member from several client threads and streams journal writes,
each logical write with an idempotency key of its own. K times, at a random moment mid-stream,
it SIGKILLs the whole server (master and workers, so no shutdown code runs), then reads the
database directly: every write acknowledged so far must be there exactly once. It restarts the
server on the same data and resends every write that was not acknowledged with the *same* key,
as a browser's retry does, plus a few acknowledged ones (a double submit), which must come back
as the entry first made. At the end it reads the database and the member's export (the text,
decrypted) and passes only if every logical write is present exactly once with the words sent.

With NEARER_DATABASE_URL set it runs on a fresh PostgreSQL database on that server, dropped
afterwards (there the kill takes down the app, not the database server). It talks to 127.0.0.1
only and stops at --time-limit. Prints its figures, then PASS (exit 0) or FAIL (exit 1).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__:  # imported by the test suite as bench.crash_test
    from ._server import (
        CONNECTION_ERRORS,
        MEMBER_EMAIL,
        Browser,
        Install,
        Server,
        as_uuid,
        entry_id_from,
    )
else:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _server import (
        CONNECTION_ERRORS,
        MEMBER_EMAIL,
        Browser,
        Install,
        Server,
        as_uuid,
        entry_id_from,
    )

MAX_ATTEMPTS = 25


@dataclass
class Write:
    """One logical write: what a person typed and submitted once, however often it is sent."""

    n: int
    key: uuid.UUID = field(default_factory=uuid.uuid4)
    attempts: int = 0
    entry_id: str | None = None  # the entry the server redirected to: acknowledged

    @property
    def body(self) -> str:
        return f"crash-test write {self.n}"


@dataclass
class Kill:
    at_s: float
    acknowledged_before: int
    acknowledged_missing: int  # acknowledged before the kill, not in the database after it: lost
    acknowledged_twice: int
    in_flight: int  # sent and not answered when the server died
    committed_unacknowledged: int  # of those, committed anyway: the retry must not make a twin
    restart_s: float = 0.0
    double_submits: int = 0
    double_submit_problems: int = 0


@dataclass
class Report:
    engine: str
    writes: int
    threads: int
    seed: int
    kills: list[Kill] = field(default_factory=list)
    kills_wanted: int = 0
    requests: int = 0
    acknowledged: int = 0
    retried: int = 0
    connection_errors: int = 0
    unexpected: list[str] = field(default_factory=list)
    rows: int = 0
    duplicates: int = 0
    lost: int = 0
    wrong_text: int = 0
    wrong_entry: int = 0
    unknown_rows: int = 0
    integrity: str = "not checked"
    elapsed_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [
            f"Crash test on {self.engine}: {self.writes} writes from {self.threads} client "
            f"threads, {self.kills_wanted} kills (seed {self.seed})"
        ]
        for i, k in enumerate(self.kills, 1):
            same = k.double_submits - k.double_submit_problems
            out.append(
                f"  kill {i} at {k.at_s:5.1f} s: {k.acknowledged_before} acknowledged before it, "
                f"{k.acknowledged_missing} missing and {k.acknowledged_twice} twice after it; "
                f"{k.in_flight} in flight, {k.committed_unacknowledged} of them committed anyway; "
                f"restarted in {k.restart_s:.1f} s; {same}/{k.double_submits} double submits "
                "returned the first entry"
            )
        out += [
            f"Logical writes:        {self.writes} ({self.requests} submits, "
            f"{self.retried} writes resent after a failure)",
            f"Acknowledged:          {self.acknowledged}",
            f"Connection errors:     {self.connection_errors}",
            f"Other responses:       {len(self.unexpected)}"
            + (f" (e.g. {self.unexpected[0]})" if self.unexpected else ""),
            f"Entries in database:   {self.rows}",
            f"Duplicates found:      {self.duplicates}",
            f"Lost:                  {self.lost}",
            f"Text differs:          {self.wrong_text}",
            f"Other entry than acked:{self.wrong_entry:>2}",
            f"Unknown entries:       {self.unknown_rows}",
            f"Integrity check:       {self.integrity}",
            f"Time:                  {self.elapsed_s:.1f} s",
        ]
        out += [f"Problem: {p}" for p in self.problems]
        out.append("PASS" if self.passed else "FAIL")
        return out


class Stream:
    """The shared queue of writes: new ones in order, failed ones first again."""

    def __init__(self, total: int):
        self.total = total
        self.lock = threading.Lock()
        self.writes: list[Write] = []
        self.again: deque[Write] = deque()
        self.in_flight: set[int] = set()
        self.acknowledged = 0
        self.requests = 0
        self.connection_errors = 0
        self.unexpected: list[str] = []
        self.server_up = threading.Event()
        self.stop = threading.Event()
        self.all_acknowledged = threading.Event()
        self.login_lock = threading.Lock()

    def take(self) -> Write | None:
        with self.lock:
            if self.again:
                write = self.again.popleft()
            elif len(self.writes) < self.total:
                write = Write(len(self.writes))
                self.writes.append(write)
            else:
                return None
            write.attempts += 1
            self.requests += 1
            self.in_flight.add(write.n)
            return write

    def acknowledge(self, write: Write, entry_id: str) -> None:
        with self.lock:
            write.entry_id = entry_id
            self.acknowledged += 1
            self.in_flight.discard(write.n)
            if self.acknowledged == self.total:
                self.all_acknowledged.set()

    def failed(self, write: Write, *, connection: bool = False, unexpected: str = "") -> None:
        with self.lock:
            self.in_flight.discard(write.n)
            if connection:
                self.connection_errors += 1
            if unexpected:
                self.unexpected.append(unexpected)
            if write.attempts < MAX_ATTEMPTS:
                self.again.append(write)

    def note(self, unexpected: str) -> None:
        with self.lock:
            self.unexpected.append(unexpected)

    def wait_quiet(self, timeout: float) -> bool:
        """Wait until no request is in flight (after a kill, each fails at once)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if not self.in_flight:
                    return True
            time.sleep(0.005)
        return False


def _writer(stream: Stream, tab: Browser) -> None:
    """One client thread: a tab of the member's browser, writing until every write is in."""
    browser: Browser | None = tab
    while not stream.stop.is_set():
        if not stream.server_up.wait(timeout=0.1):
            continue
        if browser is None:
            try:
                with stream.login_lock:  # one at a time, as a person logs in again
                    browser = Browser(tab.base)
                    browser.login()
            except Exception as exc:  # the server is down, or answered oddly: try again
                if not isinstance(exc, CONNECTION_ERRORS):
                    stream.note(f"login: {exc!r}")
                browser = None
                time.sleep(0.05)
                continue
        write = stream.take()
        if write is None:
            if stream.all_acknowledged.is_set():
                return
            time.sleep(0.01)
            continue
        try:
            response = browser.write_entry(write.body, key=write.key)
        except CONNECTION_ERRORS:
            stream.failed(write, connection=True)
            continue
        except Exception as exc:  # a page without a form, say: note it and send again
            stream.failed(write, unexpected=f"write {write.n}: {exc!r}")
            time.sleep(0.05)
            continue
        entry_id = entry_id_from(response)
        if entry_id:
            stream.acknowledge(write, entry_id)
        elif response.status == 302 and "/accounts/login/" in response.location:
            stream.failed(write, unexpected=f"write {write.n}: logged out")
            browser = None
        else:
            stream.failed(write, unexpected=f"write {write.n}: HTTP {response.status} {response.location}")
            time.sleep(0.05)


def _rows_by_key(install: Install, member_id: int) -> list[tuple[uuid.UUID, uuid.UUID | None]]:
    rows = install.query("SELECT id, idempotency_key FROM journal_entry WHERE owner_id = %s", [member_id])
    return [(as_uuid(pk), as_uuid(key) if key is not None else None) for pk, key in rows]


def _after_kill(stream: Stream, install: Install, member_id: int, in_flight_at_kill: set[int], at_s: float) -> Kill:
    counts = Counter(key for _, key in _rows_by_key(install, member_id))
    acknowledged = [w for w in stream.writes if w.entry_id]
    unanswered = [stream.writes[n] for n in in_flight_at_kill if not stream.writes[n].entry_id]
    return Kill(
        at_s=at_s,
        acknowledged_before=len(acknowledged),
        acknowledged_missing=sum(1 for w in acknowledged if counts[w.key] == 0),
        acknowledged_twice=sum(1 for w in acknowledged if counts[w.key] > 1),
        in_flight=len(unanswered),
        committed_unacknowledged=sum(1 for w in unanswered if counts[w.key] >= 1),
    )


def _submit_unanswered(browser: Browser, stream: Stream, how_many: int) -> list[tuple[Write, Any]]:
    sent = []
    for _ in range(how_many):
        write = stream.take()
        if write is None:
            break
        try:
            sent.append((write, browser.write_entry_unanswered(write.body, key=write.key)))
        except CONNECTION_ERRORS:
            stream.failed(write, connection=True)
    return sent


def _double_submits(browser: Browser, stream: Stream, rng: random.Random, kill: Kill, how_many: int = 3) -> None:
    """Resend a few acknowledged writes with their keys: each must return the first entry."""
    with stream.lock:
        acknowledged = [w for w in stream.writes if w.entry_id]
    for write in rng.sample(acknowledged, min(how_many, len(acknowledged))):
        kill.double_submits += 1
        try:
            again = entry_id_from(browser.write_entry(write.body, key=write.key))
        except CONNECTION_ERRORS:
            again = None
        if again != write.entry_id:
            kill.double_submit_problems += 1


def _verify(report: Report, stream: Stream, install: Install, member_id: int) -> None:
    rows = _rows_by_key(install, member_id)
    report.rows = len(rows)
    counts = Counter(key for _, key in rows)
    row_of = {key: pk for pk, key in rows}
    ours = {w.key for w in stream.writes}
    report.duplicates = sum(n - 1 for key, n in counts.items() if n > 1)
    report.unknown_rows = sum(n for key, n in counts.items() if key not in ours)
    report.lost = sum(1 for w in stream.writes if counts[w.key] == 0) + (stream.total - len(stream.writes))
    report.wrong_entry = sum(
        1 for w in stream.writes if w.entry_id and w.key in row_of and uuid.UUID(w.entry_id) != row_of[w.key]
    )

    export_path = install.root / "export.json"
    install.nearer("export", "--email", MEMBER_EMAIL, "--out", str(export_path))
    entries = json.loads(export_path.read_text(encoding="utf-8"))["sections"]["journal"]["entries"]
    body_of = {uuid.UUID(e["id"]): e["body"] for e in entries}
    report.wrong_text = sum(1 for w in stream.writes if w.key in row_of and body_of.get(row_of[w.key]) != w.body)

    if install.engine == "sqlite":
        report.integrity = install.query("PRAGMA integrity_check")[0][0]
    else:
        report.integrity = "ok (PostgreSQL; the server was not killed)"

    problems = report.problems
    if len(report.kills) < report.kills_wanted:
        problems.append(f"only {len(report.kills)} of {report.kills_wanted} kills happened in time")
    for i, k in enumerate(report.kills, 1):
        if k.acknowledged_missing or k.acknowledged_twice:
            problems.append(
                f"after kill {i}: {k.acknowledged_missing} acknowledged writes missing, {k.acknowledged_twice} twice"
            )
        if k.double_submit_problems:
            problems.append(f"after kill {i}: {k.double_submit_problems} double submits did not return the first entry")
    if report.acknowledged < report.writes:
        problems.append(f"{report.writes - report.acknowledged} writes were never acknowledged (time limit or errors)")
    for label, value in [
        ("duplicate entries", report.duplicates),
        ("lost writes", report.lost),
        ("entries with other text", report.wrong_text),
        ("entries other than acknowledged", report.wrong_entry),
        ("unknown entries", report.unknown_rows),
    ]:
        if value:
            problems.append(f"{value} {label}")
    if report.rows != report.writes:
        problems.append(f"{report.rows} entries in the database for {report.writes} logical writes")
    if not report.integrity.startswith("ok"):
        problems.append(f"integrity check: {report.integrity}")


def run_crash_test(
    *,
    writes: int = 400,
    kills: int = 5,
    threads: int = 4,
    time_limit: float = 60.0,
    seed: int | None = None,
    postgres_url: str | None = None,
    keep_on_failure: bool = False,
    say: Callable[[str], None] = lambda line: None,
) -> Report:
    """Run the whole test and return its figures; ``report.passed`` is the verdict."""
    seed = seed if seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    started = time.monotonic()
    deadline = started + time_limit
    install = Install.create(postgres_url=postgres_url)
    report = Report(engine=install.engine, writes=writes, threads=threads, seed=seed, kills_wanted=kills)
    server = Server(install, workers=2, threads=4)
    stream = Stream(writes)
    workers: list[threading.Thread] = []
    try:
        member_id = install.member_id()
        server.start()
        checker = Browser(server.base)
        checker.login()
        stream.server_up.set()
        workers = [
            threading.Thread(target=_writer, args=(stream, checker.new_tab()), daemon=True) for _ in range(threads)
        ]
        for worker in workers:
            worker.start()

        # Kill i falls somewhere in the middle of the (i+1)-th stretch of the stream.
        stretch = writes / (kills + 1)
        for i in range(kills):
            threshold = int(stretch * (i + rng.uniform(0.5, 1.5)))
            while stream.acknowledged < threshold and time.monotonic() < deadline:
                time.sleep(0.002)
            if time.monotonic() >= deadline:
                break
            # Two submits whose answers are never read (the connection "drops"): the server
            # most likely commits them, and the retry after the restart must not make twins.
            unanswered = _submit_unanswered(checker, stream, 2)
            time.sleep(rng.uniform(0.02, 0.2))  # a random moment, not just after an answer
            stream.server_up.clear()
            with stream.lock:
                in_flight = set(stream.in_flight)
            at_s = time.monotonic() - started
            server.kill()
            for write, conn in unanswered:
                conn.close()
                stream.failed(write)
            stream.wait_quiet(timeout=20)
            kill = _after_kill(stream, install, member_id, in_flight, at_s)
            kill.restart_s = server.start()
            _double_submits(checker, stream, rng, kill)
            report.kills.append(kill)
            say(
                f"kill {i + 1}: {kill.acknowledged_before} acknowledged before, "
                f"{kill.in_flight} in flight, {kill.committed_unacknowledged} of those committed; "
                f"restarted in {kill.restart_s:.1f} s"
            )
            stream.server_up.set()

        stream.all_acknowledged.wait(timeout=max(0.0, deadline - time.monotonic()))
        stream.stop.set()
        for worker in workers:
            worker.join(timeout=20)
        server.stop()

        report.requests = stream.requests
        report.acknowledged = stream.acknowledged
        report.retried = sum(1 for w in stream.writes if w.attempts > 1)
        report.connection_errors = stream.connection_errors
        report.unexpected = stream.unexpected
        _verify(report, stream, install, member_id)
    except Exception as exc:
        report.problems.append(f"the test itself failed: {exc!r}")
    finally:
        stream.stop.set()
        server.kill()
        report.elapsed_s = time.monotonic() - started
        if report.passed or not keep_on_failure:
            install.destroy()
        else:
            report.problems.append(f"install kept for a look: {install.root} ({install.database_url or 'SQLite'})")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writes", type=int, default=400, help="logical writes to send (default 400)")
    parser.add_argument("--kills", type=int, default=5, help="times to SIGKILL the server mid-stream (default 5)")
    parser.add_argument("--threads", type=int, default=4, help="client threads writing at once (default 4)")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds before it gives up (default 60)")
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable kill schedule")
    args = parser.parse_args()
    report = run_crash_test(
        writes=args.writes,
        kills=args.kills,
        threads=args.threads,
        time_limit=args.time_limit,
        seed=args.seed,
        postgres_url=os.environ.get("NEARER_DATABASE_URL") or None,
        keep_on_failure=True,
        say=lambda line: print(line, flush=True),
    )
    print("\n".join(report.lines()))
    return 0 if report.passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
