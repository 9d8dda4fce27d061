"""Browser tests: the real production server (`nearer serve`) driven by Debian's Chromium.

One server, one database and one browser serve the whole session. The first-run tests
(test_first_run.py) are moved to the front, because an install has exactly one first visit;
every other test asks for the ``owner`` or ``member`` fixture, which create those accounts
through the pages themselves if no earlier test did.

Accessibility: ``audit(page, name)`` runs axe-core (pinned in package-lock.json) in light and
dark colour schemes, fails on serious or critical violations, and saves screenshots into
e2e/artifacts/<device>/ for a person to look at.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Response,
    expect,
    sync_playwright,
)

E2E_DIR = Path(__file__).resolve().parent
ROOT = E2E_DIR.parent
AXE_JS = E2E_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = E2E_DIR / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

PASSWORD = "a calm test password 42"
OWNER_EMAIL = "owner@nearer.example"

# What each viewport stands for: a laptop, and the phone a member reaches for at night.
DEVICES: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
}
# US English by default, so the help page's guess (from Accept-Language) is predictable.
CONTEXT_DEFAULTS: dict[str, Any] = {"locale": "en-US", "timezone_id": "UTC"}
IMPACTS_THAT_FAIL = {"serious", "critical"}

# Every page a person can reach today, logged out and logged in (a 404 page among them).
LOGGED_OUT_PAGES = [
    "/",
    "/help/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/privacy/erased/",
    "/no-such-page/",
]
LOGGED_IN_PAGES = [
    "/",
    "/accounts/settings/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/sessions/",
    "/help/",
    "/journal/",
    "/journal/new/",
    "/privacy/",
    "/privacy/access-log/",
    "/privacy/erase/",
    "/safety/plan/",
    "/safety/plan/step/1/",
    "/safety/alerts/",
    "/checkins/",
    "/checkins/new/",
    "/checkins/people/",
    "/patterns/",
    "/practice/",
    "/assessments/",
    "/assessments/closeness/",
    "/assessments/signs/",
    "/assessments/wellbeing/",
    "/assessments/closeness/history/",
    "/practice/thoughts/",
    "/practice/thoughts/new/",
    "/practice/thoughts/traps/",
    "/practice/beliefs/",
    "/practice/beliefs/new/",
    "/practice/ladder/",
    "/practice/ladder/steps/new/",
    "/practice/say/",
    "/practice/say/phrases/",
]

expect.set_options(timeout=10_000)


@pytest.fixture(autouse=True)
def _fast_and_isolated() -> None:
    """Replaces the root conftest's fixture: these tests talk to a separate server process,
    so the in-process Django settings it adjusts do not apply."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A fresh install has one first visit: run test_first_run.py before everything else.
    Every test here carries the ``e2e`` marker (``-m "not e2e"`` leaves them out)."""
    for item in items:
        if E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)
    items.sort(key=lambda item: 0 if item.path.name == "test_first_run.py" else 1)


# --- The server ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    url: str
    data_dir: Path
    log: Path
    env: dict[str, str]

    def setup_code_file(self) -> Path:
        return self.data_dir / "setup-code"

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@dataclass(frozen=True)
class Account:
    email: str
    password: str


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def database_url() -> Iterator[str | None]:
    """A fresh, uniquely named PostgreSQL database when NEARER_DATABASE_URL is set; else None
    (the server then keeps SQLite in its data folder)."""
    base = os.environ.get("NEARER_DATABASE_URL")
    if not base:
        yield None
        return
    import psycopg
    from psycopg import sql

    parts = urlsplit(base)
    name = f"nearer_e2e_{uuid.uuid4().hex[:12]}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], server: Server, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"nearer serve exited with {proc.returncode}:\n{server.output()}", pytrace=False)
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:  # noqa: S310 (our own loopback URL)
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            last_error = repr(exc)
        time.sleep(0.2)  # polling a process that is not listening yet: no Playwright wait applies
    pytest.fail(
        f"nearer serve not healthy after {timeout}s ({last_error}):\n{server.output()}",
        pytrace=False,
    )


def _server_env(data_dir: Path, url: str, database_url: str | None) -> dict[str, str]:
    # Only the settings chosen here: a developer's own NEARER_* (data folder, Redis, SMTP)
    # and pytest-django's DJANGO_SETTINGS_MODULE must not reach the server under test.
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEARER_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(
        {
            "NEARER_DATA_DIR": str(data_dir),
            "NEARER_PUBLIC_URL": url,
            "NEARER_WORKERS": "2",
            # Many tests make their own account from one address; at full speed they outrun 20 a minute.
            "NEARER_SIGNUP_RATE": "1000/m/ip",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if database_url:
        env["NEARER_DATABASE_URL"] = database_url
    return env


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=25)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def server(database_url: str | None) -> Iterator[Server]:
    """The real production stack: `nearer prepare`, then `nearer serve` (gunicorn, 2 workers).
    Its output is kept in e2e/artifacts/server.log."""
    data_dir = Path(tempfile.mkdtemp(prefix="nearer-e2e-"))
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = _server_env(data_dir, url, database_url)
    server = Server(url=url, data_dir=data_dir, log=data_dir / "server.log", env=env)
    nearer = [sys.executable, "-m", "nearer"]
    proc: subprocess.Popen[bytes] | None = None
    try:
        with server.log.open("wb") as log:
            prepared = subprocess.run([*nearer, "prepare"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        if prepared.returncode != 0:
            pytest.fail(f"nearer prepare failed:\n{server.output()}", pytrace=False)
        with server.log.open("ab") as log:
            proc = subprocess.Popen(
                [*nearer, "serve", "--no-prepare", "--host", "127.0.0.1", "--port", str(port)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        _wait_healthy(url, proc, server)
        yield server
    finally:
        if proc is not None:
            _stop(proc)
        ARTIFACTS.mkdir(exist_ok=True)
        if server.log.exists():
            shutil.copyfile(server.log, ARTIFACTS / "server.log")
        shutil.rmtree(data_dir, ignore_errors=True)


# --- The browser -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    pw = sync_playwright().start()
    yield pw
    pw.stop()


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium; a downloaded browser is never used."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (bin/test does it)", pytrace=False)
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


NewContext = Callable[..., BrowserContext]


def _record_console(errors: list[str], msg: ConsoleMessage) -> None:
    # A page's own status (404, a form's 400) is reported by Chromium as a console error too;
    # those are intended, and broken stylesheets or scripts are caught from the responses.
    if msg.type == "error" and not msg.text.startswith("Failed to load resource"):
        errors.append(f"console: {msg.text} ({msg.location.get('url')})")


def _record_broken_resource(errors: list[str], response: Response) -> None:
    if response.status >= 400 and response.request.resource_type != "document":
        errors.append(f"{response.status} for {response.request.resource_type} {response.url}")


@pytest.fixture
def browser_errors() -> list[str]:
    """Script errors and console errors (CSP refusals among them) seen during the test."""
    return []


@pytest.fixture
def new_context(browser: Browser, server: Server, browser_errors: list[str]) -> Iterator[NewContext]:
    """Make a browser context as a device would (``new_context("phone", locale="en-GB")``);
    all are closed when the test ends."""
    made: list[BrowserContext] = []

    def make(device: str = "desktop", **overrides: Any) -> BrowserContext:
        options = {**CONTEXT_DEFAULTS, **DEVICES[device], "base_url": server.url, **overrides}
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        # Nothing but the server under test may be reached.
        context.route(re.compile(r"^(?!http://(?:127\.0\.0\.1|localhost)[:/]).*"), lambda route: route.abort())
        context.on("console", lambda msg: _record_console(browser_errors, msg))
        context.on("weberror", lambda error: browser_errors.append(f"script error: {error.error}"))
        context.on("response", lambda response: _record_broken_resource(browser_errors, response))
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


@pytest.fixture(params=list(DEVICES))
def device(request: pytest.FixtureRequest) -> str:
    """Run the test once at laptop width and once on a phone."""
    return request.param


@pytest.fixture
def page(new_context: NewContext, device: str) -> Page:
    """A logged-out visitor's page on the current device."""
    return new_context(device).new_page()


# --- Accounts --------------------------------------------------------------------------------


def sign_up(page: Page, email: str, password: str = PASSWORD) -> None:
    """Make an account on /accounts/signup/ as a person would, ending logged in on the home page."""
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Choose a password").fill(password)
    page.get_by_label("Type it again").fill(password)
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Make my account").click()
    expect(page.get_by_role("heading", name="Welcome back")).to_be_visible()


def log_in(page: Page, email: str, password: str = PASSWORD, *, open_form: bool = True) -> None:
    """Fill the login form (opening /accounts/login/ first unless the page already shows it)."""
    if open_form:
        page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Log in", exact=True).click()


def complete_setup(page: Page, server: Server, email: str = OWNER_EMAIL, password: str = PASSWORD) -> None:
    """Fill the first-run setup form with the code from the data folder."""
    code = server.setup_code_file().read_text().strip()
    page.goto("/setup/")
    page.get_by_label("Setup code").fill(code)
    page.get_by_label("Your email address").fill(email)
    page.get_by_label("Choose a password").fill(password)
    page.get_by_label("Type it again").fill(password)
    page.get_by_role("button", name="Create the owner account").click()


@pytest.fixture(scope="session")
def owner(server: Server, browser: Browser) -> Account:
    """The install's owner. test_first_run.py makes it through the pages; when it ran already
    (the setup code is gone), this only hands over the credentials."""
    if server.setup_code_file().exists():
        context = browser.new_context(base_url=server.url, **CONTEXT_DEFAULTS)
        try:
            page = context.new_page()
            complete_setup(page, server)
            expect(page.get_by_role("heading", name="Welcome back")).to_be_visible()
        finally:
            context.close()
    return Account(OWNER_EMAIL, PASSWORD)


@dataclass(frozen=True)
class Member(Account):
    storage_state: dict[str, Any]


@pytest.fixture(scope="session")
def member(owner: Account, server: Server, browser: Browser) -> Member:
    """A member who signed up through the page; their logged-in browser state is reused by the
    tests that look at logged-in pages (none of them logs this session out)."""
    context = browser.new_context(base_url=server.url, **CONTEXT_DEFAULTS)
    try:
        page = context.new_page()
        sign_up(page, "mira@nearer.example")
        return Member("mira@nearer.example", PASSWORD, storage_state=context.storage_state())
    finally:
        context.close()


@pytest.fixture
def member_page(new_context: NewContext, device: str, member: Member) -> Page:
    """The member's logged-in page on the current device."""
    return new_context(device, storage_state=member.storage_state).new_page()


def unique_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}@nearer.example"


# --- Accessibility ---------------------------------------------------------------------------


def _axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci --prefix e2e` (bin/test does it)", pytrace=False)
    return AXE_JS.read_text(encoding="utf-8")


def _format_violations(name: str, scheme: str, url: str, violations: list[dict[str, Any]]) -> str:
    lines = [f"axe found {len(violations)} serious/critical problem(s) on {name} ({scheme}, {url}):"]
    for violation in violations:
        impact, rule, text, link = (violation[k] for k in ("impact", "id", "help", "helpUrl"))
        lines.append(f"  [{impact}] {rule}: {text} ({link})")
        for node in violation["nodes"][:8]:
            target = " ".join(json.dumps(t) if not isinstance(t, str) else t for t in node["target"])
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"      at {target}: {summary}")
        if len(violation["nodes"]) > 8:
            lines.append(f"      ... and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now; return the serious and critical violations.

    The site's CSP allows only nonced scripts, so axe goes in through the DevTools protocol
    (page.evaluate), which the page's CSP does not govern, instead of a <script> tag."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source() + "\n;undefined")
    results = page.evaluate("async () => await window.axe.run(document, {resultTypes: ['violations']})")
    return [v for v in results["violations"] if v.get("impact") in IMPACTS_THAT_FAIL]


# The outermost elements sticking out past the right edge, to say why a page scrolls sideways.
_OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const sticksOut = (el) => el && el.getBoundingClientRect().right > width + 1;
  if (document.documentElement.scrollWidth <= width + 1) return [];
  const culprits = [...document.querySelectorAll('body *')]
    .filter((el) => sticksOut(el) && !sticksOut(el.parentElement))
    .slice(0, 8)
    .map((el) => {
      const right = Math.round(el.getBoundingClientRect().right);
      return `<${el.tagName.toLowerCase()} class="${el.className}"> ends at ${right}px`;
    });
  return culprits.length ? culprits : [`${document.documentElement.scrollWidth}px wide`];
}"""


# Labels a sighted person can read but whose control they cannot see or use.
_ORPHAN_LABELS_JS = """() => [...document.querySelectorAll('label')]
  .filter(label => label.checkVisibility())
  .filter(label => !label.control || !label.control.checkVisibility())
  .map(label => label.textContent.trim())"""


def orphan_labels(page: Page) -> list[str]:
    """Visible labels whose control is missing or hidden (say, a hidden field given a label)."""
    return page.evaluate(_ORPHAN_LABELS_JS)


def sideways_overflow(page: Page) -> list[str]:
    """What makes the page wider than the screen (a phone user would have to scroll sideways)."""
    return page.evaluate(_OVERFLOW_JS)


Audit = Callable[[Page, str], None]


@pytest.fixture
def audit(device: str, browser_errors: list[str]) -> Audit:
    """``audit(page, "help")``: screenshots, then fails on serious/critical axe violations in the
    light and the dark colour scheme (people use this at night; the CSS has a dark palette), on a
    page wider than the screen, and on script, console or missing-file errors."""

    def run(page: Page, name: str) -> None:
        folder = ARTIFACTS / device
        folder.mkdir(parents=True, exist_ok=True)
        problems: list[str] = []
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.screenshot(path=str(folder / f"{name}-{scheme}.png"), full_page=True)
            found = axe_violations(page)
            if found:
                problems.append(_format_violations(f"{name} [{device}]", scheme, page.url, found))
        page.emulate_media(color_scheme="light")
        wide = sideways_overflow(page)
        if wide:
            problems.append(f"{name} [{device}] scrolls sideways at {page.viewport_size}: " + "; ".join(wide))
        orphans = orphan_labels(page)
        if orphans:
            problems.append(f"{name} [{device}] shows labels with no visible field: {orphans}")
        if browser_errors:
            problems.append(f"the browser reported errors on {name} [{device}]:\n  " + "\n  ".join(browser_errors))
        assert not problems, "\n\n".join(problems)

    return run
