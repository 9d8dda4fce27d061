"""Start a real Nearer server (gunicorn) on a free loopback port with a throwaway data folder.

``running_server()`` is the quick way for benchmarks. The parts it is made of serve tests that
need more control (the crash test kills and restarts the server; the canary and backup tests
read the files it leaves):

- ``Install``: a data folder and its database, SQLite inside the folder or, given a PostgreSQL
  URL, a fresh database of its own on that server, dropped again by ``destroy()``.
- ``Server``: ``nearer serve`` in a process group of its own, so ``kill()`` takes the gunicorn
  master and every worker down at once with SIGKILL; its output is kept in ``logs/``.
- ``Browser``: a cookie-keeping HTTP client that logs in and posts forms like a browser does.

Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import copy
import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

OWNER_EMAIL = "owner@bench.invalid"
OWNER_PASSWORD = "bench-owner-pass-7"  # noqa: S105 (a throwaway install)
MEMBER_EMAIL = "member@bench.invalid"
MEMBER_PASSWORD = "bench-member-pass-7"  # noqa: S105

# What a dropped connection looks like to a client while the server is being killed.
CONNECTION_ERRORS = (OSError, http.client.HTTPException)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env() -> dict[str, str]:
    """This process's environment without any Nearer or Django settings (a test run sets
    DJANGO_SETTINGS_MODULE and NEARER_DATA_DIR; a child must not inherit them)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("NEARER_") and k != "DJANGO_SETTINGS_MODULE"}


# --- PostgreSQL databases of one's own -----------------------------------------------------------


def _with_database(url: str, name: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _postgres_admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(sql)


def create_postgres_database(server_url: str, *, template: str | None = None) -> str:
    """A new, empty database on the server ``server_url`` points at; returns its URL."""
    name = f"nearer_bench_{uuid.uuid4().hex[:12]}"
    _postgres_admin(server_url, f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return _with_database(server_url, name)


def drop_postgres_database(url: str) -> None:
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    _postgres_admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- An install: data folder and database ------------------------------------------------------


class CommandFailed(RuntimeError):
    def __init__(self, args: Sequence[str], result: subprocess.CompletedProcess[str]):
        self.result = result
        super().__init__(f"nearer {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")


class Install:
    """A throwaway Nearer install. ``root`` holds ``data/`` (NEARER_DATA_DIR) and ``logs/``."""

    def __init__(self, root: Path, database_url: str | None = None):
        self.root = Path(root)
        self.data_dir = self.root / "data"
        self.log_dir = self.root / "logs"
        self.data_dir.mkdir(mode=0o700, exist_ok=True)
        self.log_dir.mkdir(exist_ok=True)
        self.database_url = database_url

    @classmethod
    def create(cls, *, postgres_url: str | None = None, accounts: bool = True) -> Install:
        """Prepare a new install (migrations, static files) with an owner and a member.

        With ``postgres_url`` its database is a fresh one on that PostgreSQL server."""
        root = Path(tempfile.mkdtemp(prefix="nearer-bench-"))
        install = cls(root, create_postgres_database(postgres_url) if postgres_url else None)
        try:
            install.nearer("prepare")
            if accounts:
                install.add_accounts()
        except BaseException:
            install.destroy()
            raise
        return install

    def clone(self) -> Install:
        """A copy of this install as it is now (server stopped), with its own database."""
        root = Path(tempfile.mkdtemp(prefix="nearer-bench-"))
        shutil.copytree(self.data_dir, root / "data", dirs_exist_ok=True)
        database_url = None
        if self.database_url:
            template = urllib.parse.urlsplit(self.database_url).path.lstrip("/")
            database_url = create_postgres_database(self.database_url, template=template)
        return Install(root, database_url)

    def destroy(self) -> None:
        if self.database_url:
            with contextlib.suppress(Exception):
                drop_postgres_database(self.database_url)
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def engine(self) -> str:
        return "postgresql" if self.database_url else "sqlite"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "nearer.sqlite3"

    def env(self, **extra: str) -> dict[str, str]:
        env = {**clean_env(), "NEARER_DATA_DIR": str(self.data_dir), "PYTHONUNBUFFERED": "1"}
        if self.database_url:
            env["NEARER_DATABASE_URL"] = self.database_url
        env.update(extra)
        return env

    def nearer(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run ``python -m nearer ARGS`` against this install."""
        result = subprocess.run(
            [sys.executable, "-m", "nearer", *args],
            env=self.env(),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode:
            raise CommandFailed(args, result)
        return result

    def popen(self, *args: str) -> subprocess.Popen[str]:
        """Start ``python -m nearer ARGS`` against this install and return without waiting."""
        return subprocess.Popen(
            [sys.executable, "-m", "nearer", *args],
            env=self.env(),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def shell(self, code: str, *, timeout: float = 120) -> str:
        """Run Python with Django set up for this install (``manage shell -c``); its stdout."""
        return self.nearer("manage", "shell", "--no-imports", "--verbosity", "0", "-c", code, timeout=timeout).stdout

    def add_accounts(self) -> None:
        """The owner (so pages render instead of leading to first-run setup) and a member."""
        self.shell(
            "from allauth.account.models import EmailAddress\n"
            "from nearer.accounts.models import User\n"
            f"User.objects.create_superuser(email={OWNER_EMAIL!r}, password={OWNER_PASSWORD!r})\n"
            f"member = User.objects.create_user(email={MEMBER_EMAIL!r},"
            f" password={MEMBER_PASSWORD!r})\n"
            f"EmailAddress.objects.create(user=member, email={MEMBER_EMAIL!r},"
            " primary=True, verified=True)\n"
        )

    def connect(self) -> Any:
        """A DB-API connection straight to the database, bypassing Nearer."""
        if self.database_url:
            import psycopg

            return psycopg.connect(self.database_url, autocommit=True)
        return sqlite3.connect(self.sqlite_path, timeout=20, isolation_level=None)  # autocommit, like psycopg above

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of one SQL statement. Write ``%s`` for parameters on either engine."""
        conn = self.connect()
        try:
            if not self.database_url:
                sql = sql.replace("%s", "?")
            cursor = conn.execute(sql, params)
            return list(cursor.fetchall()) if cursor.description else []
        finally:
            conn.close()

    def member_id(self, email: str = MEMBER_EMAIL) -> int:
        return self.query("SELECT id FROM accounts_user WHERE email = %s", [email])[0][0]


def as_uuid(value: Any) -> uuid.UUID:
    """A UUID column's value as read by either engine (SQLite keeps 32 hex digits)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


# --- The server process ----------------------------------------------------------------------


class Server:
    """``nearer serve`` for an install, started, stopped and killed at will on one port."""

    def __init__(
        self,
        install: Install,
        *,
        port: int | None = None,
        workers: int = 2,
        threads: int = 4,
        extra_env: dict[str, str] | None = None,
    ):
        self.install = install
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.threads = threads
        self.extra_env = extra_env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.stdout_path = install.log_dir / "server.stdout"
        self.stderr_path = install.log_dir / "server.stderr"

    def start(self, *, timeout: float = 30) -> float:
        """Start the server and wait until it answers /healthz; returns the seconds that took."""
        started = time.monotonic()
        env = self.install.env(NEARER_PUBLIC_URL=self.base, **self.extra_env)
        with open(self.stdout_path, "ab") as out, open(self.stderr_path, "ab") as err:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "nearer",
                    "serve",
                    "--no-prepare",
                    "--port",
                    str(self.port),
                    "--workers",
                    str(self.workers),
                    "--threads",
                    str(self.threads),
                ],
                env=env,
                cwd=REPO,
                stdout=out,
                stderr=err,
                start_new_session=True,  # its own process group: killpg reaches every worker
            )
        deadline = started + timeout
        while True:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return time.monotonic() - started
            except CONNECTION_ERRORS:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"the server did not start; see {self.stderr_path}:\n{self.logs()[-3000:]}")
            time.sleep(0.05)

    def cpu_seconds(self) -> float:
        """CPU time used so far by the master and every worker (Linux /proc; elsewhere 0)."""
        if self.proc is None:
            return 0.0
        ticks = 0
        for pid in _live_group_members(self.proc.pid):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL the master and all its workers at once: no shutdown code runs."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self._wait_group_gone()
        self.proc = None

    def stop(self) -> None:
        """Shut down gracefully (SIGTERM), as Ctrl+C or a service manager would."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=25)
        except subprocess.TimeoutExpired:
            self.kill()
            return
        self._wait_group_gone()
        self.proc = None

    def _wait_group_gone(self) -> None:
        # Workers die with the master; wait until none is left running (a dead one may linger
        # as a zombie until init reaps it, but it holds no socket or file any more).
        assert self.proc is not None
        deadline = time.monotonic() + 5
        while _live_group_members(self.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.01)

    def logs(self) -> str:
        parts = [p.read_text(errors="replace") for p in (self.stdout_path, self.stderr_path) if p.exists()]
        return "\n".join(parts)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _live_group_members(pgid: int) -> list[int]:
    """Processes of the group that are not yet dead (Linux /proc; elsewhere, assume none)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            state, group = fields[0], int(fields[2])
            if group == pgid and state not in {"Z", "X"}:
                members.append(int(stat.parent.name))
    return members


# --- A browser, near enough -------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    status: int
    location: str
    text: str


_CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_ENTRY_PATH = re.compile(r"^/journal/([0-9a-f-]{36})/$")


class _NoRaise(urllib.request.HTTPErrorProcessor):
    """Hand back every response as it is: redirects are for the caller to look at."""

    def http_response(self, request, response):  # type: ignore[no-untyped-def]
        return response


class Browser:
    """Cookies, CSRF tokens and form posts, over plain urllib; redirects are not followed."""

    def __init__(self, base: str, *, timeout: float = 15):
        self.base = base
        self.timeout = timeout
        self.cookies = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), _NoRaise())

    def new_tab(self) -> Browser:
        """Another tab of the same browser: its own cookie jar, starting with these cookies
        (the session included), so it needs no login of its own."""
        tab = Browser(self.base, timeout=self.timeout)
        for cookie in self.cookies:
            tab.cookies.set_cookie(copy.copy(cookie))
        return tab

    def forget(self, name: str) -> None:
        """Drop one cookie, as the browser does once the page it was meant for has shown it."""
        for cookie in [c for c in self.cookies if c.name == name]:
            self.cookies.clear(cookie.domain, cookie.path, cookie.name)

    def request(self, method: str, path: str, fields: dict[str, str] | None = None) -> Response:
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)  # noqa: S310
        if method == "POST":
            request.add_header("Origin", self.base)
        with self._opener.open(request, timeout=self.timeout) as response:
            body = response.read().decode("utf-8", errors="replace")
            return Response(response.status, response.headers.get("Location", ""), body)

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, fields: dict[str, str]) -> Response:
        return self.request("POST", path, fields)

    def csrf_from(self, page: Response) -> str:
        match = _CSRF_INPUT.search(page.text)
        if not match:
            raise AssertionError(f"no CSRF token on the page (status {page.status})")
        return match.group(1)

    def login(self, email: str = MEMBER_EMAIL, password: str = MEMBER_PASSWORD) -> None:
        page = self.get("/accounts/login/")
        done = self.post(
            "/accounts/login/",
            {"login": email, "password": password, "csrfmiddlewaretoken": self.csrf_from(page)},
        )
        if done.status != 302 or "/accounts/login/" in done.location:
            raise AssertionError(f"login as {email} failed: {done.status} {done.location}")

    def write_entry(self, body: str, *, key: uuid.UUID | str | None = None, written_at: str = "") -> Response:
        """Load the form and submit it, as a person writing one entry does."""
        page = self.get("/journal/new/")
        if page.status != 200:
            return page
        fields = {
            "body": body,
            "written_at": written_at,
            "csrfmiddlewaretoken": self.csrf_from(page),
        }
        if key is not None:
            fields["idempotency_key"] = str(key)
        return self.post("/journal/new/", fields)

    def write_entry_unanswered(self, body: str, *, key: uuid.UUID | str) -> http.client.HTTPConnection:
        """Submit an entry and never read the answer, like a browser whose connection dropped
        after sending. The caller closes the returned connection."""
        token = self.csrf_from(self.get("/journal/new/"))
        data = urllib.parse.urlencode(
            {
                "body": body,
                "written_at": "",
                "csrfmiddlewaretoken": token,
                "idempotency_key": str(key),
            }
        ).encode()
        request = urllib.request.Request(self.base + "/journal/new/", data=data, method="POST")  # noqa: S310
        self.cookies.add_cookie_header(request)
        parts = urllib.parse.urlsplit(self.base)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=self.timeout)
        conn.request(
            "POST",
            "/journal/new/",
            body=data,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": self.base,
                "Cookie": request.get_header("Cookie") or "",
            },
        )
        return conn

    def edit_entry(self, entry_id: str, body: str, *, written_at: str = "") -> Response:
        page = self.get(f"/journal/{entry_id}/")
        return self.post(
            f"/journal/{entry_id}/",
            {"body": body, "written_at": written_at, "csrfmiddlewaretoken": self.csrf_from(page)},
        )


def entry_id_from(response: Response) -> str | None:
    """The entry a successful create redirected to, or None."""
    if response.status != 302:
        return None
    match = _ENTRY_PATH.match(urllib.parse.urlsplit(response.location).path)
    return match.group(1) if match else None


# --- The quick way, for benchmarks ----------------------------------------------------------


@contextlib.contextmanager
def running_server(*, workers: int = 2, extra_env: dict[str, str] | None = None) -> Iterator[tuple[str, str]]:
    data_dir = tempfile.mkdtemp(prefix="nearer-bench-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "NEARER_DATA_DIR": data_dir,
        "NEARER_PUBLIC_URL": base,
        "NEARER_WORKERS": str(workers),
    }
    env.update(extra_env or {})
    subprocess.run([sys.executable, "-m", "nearer", "prepare"], env=env, check=True, capture_output=True)
    # An owner account, so pages render normally instead of leading to first-run setup.
    subprocess.run(
        [sys.executable, "-m", "nearer", "manage", "createsuperuser", "--noinput"],
        env={
            **env,
            "DJANGO_SUPERUSER_EMAIL": OWNER_EMAIL,
            "DJANGO_SUPERUSER_PASSWORD": OWNER_PASSWORD,
        },
        check=True,
        capture_output=True,
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "nearer", "serve", "--no-prepare", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        yield base, data_dir
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)
