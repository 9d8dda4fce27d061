"""The ``nearer`` command: where it agrees to listen, and what ``nearer check`` accepts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nearer import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.0.0.53", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),  # noqa: S104
        ("::", False),
        ("[::]", False),
        ("192.168.1.20", False),
        ("10.0.0.1", False),
        ("nearer.example.org", False),
        ("localhost.example.org", False),
        ("", False),
    ],
)
def test_is_loopback(host, expected):
    assert cli.is_loopback(host) is expected


@pytest.fixture
def served(monkeypatch):
    """Record what `nearer serve` would start instead of starting gunicorn."""
    from gunicorn.app.base import BaseApplication

    started: list[dict[str, object]] = []

    def run(self):
        started.append({"bind": self.cfg.bind})

    monkeypatch.setattr(BaseApplication, "run", run)
    umask = os.umask(0o022)
    os.umask(umask)
    yield started
    os.umask(umask)  # main() tightens the umask for the whole process


def test_serve_refuses_a_public_address_over_plain_http(served, capsys, settings):
    settings.HTTPS = False
    assert cli.main(["serve", "--host", "0.0.0.0", "--no-prepare"]) == 2  # noqa: S104
    assert served == []
    err = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0 over plain HTTP" in err
    assert "NEARER_PUBLIC_URL=https://" in err


@pytest.mark.django_db
def test_serve_listens_on_loopback_over_plain_http(served, capsys, settings, member):
    settings.HTTPS = False
    assert cli.main(["serve", "--host", "127.0.0.1", "--port", "8123", "--no-prepare"]) == 0
    assert served == [{"bind": ["127.0.0.1:8123"]}]
    assert "Nearer is running at http://127.0.0.1:8123/" in capsys.readouterr().out


@pytest.mark.django_db
def test_serve_listens_on_a_public_address_behind_https(served, capsys, settings, member):
    settings.HTTPS = True
    settings.PUBLIC_URL = "https://nearer.example.org"
    assert cli.main(["serve", "--host", "0.0.0.0", "--no-prepare"]) == 0  # noqa: S104
    assert served == [{"bind": ["0.0.0.0:8000"]}]
    assert "Nearer is running at https://nearer.example.org/" in capsys.readouterr().out


def _nearer(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `nearer` as an operator would: production settings, a fresh data folder."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEARER_")}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    clean.update({"NEARER_DATA_DIR": str(tmp_path / "data"), **env})
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "nearer", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "env",
    [
        pytest.param({}, id="single-person-http-on-loopback"),
        pytest.param({"NEARER_PUBLIC_URL": "https://nearer.example.org"}, id="https-behind-proxy"),
    ],
)
def test_check_passes_for_a_fresh_install(tmp_path, env):
    result = _nearer("check", tmp_path=tmp_path, **env)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "warning"),
    [
        ({"NEARER_DEBUG": "true"}, "security.W018"),
        ({"NEARER_SECRET_KEY": "short"}, "security.W009"),
        (
            {"NEARER_PUBLIC_URL": "https://nearer.example.org", "NEARER_SSL_REDIRECT": "false"},
            "security.W008",
        ),
        (
            {"NEARER_PUBLIC_URL": "https://nearer.example.org", "NEARER_HSTS_SECONDS": "0"},
            "security.W004",
        ),
    ],
)
def test_check_fails_on_a_risky_setting(tmp_path, env, warning):
    result = _nearer("check", tmp_path=tmp_path, **env)
    assert result.returncode == 1
    assert warning in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"NEARER_PUBLIC_URL": "nearer.example.org"},
            "NEARER_PUBLIC_URL must look like https://nearer.example.org",
        ),
        (
            {"NEARER_PUBLIC_URL": "ftp://nearer.example.org"},
            "NEARER_PUBLIC_URL must look like https://nearer.example.org",
        ),
        ({"NEARER_DEBUG": "sometimes"}, "NEARER_DEBUG must be true or false, not 'sometimes'"),
        (
            {"NEARER_EMAIL_VERIFICATION": "always"},
            "NEARER_EMAIL_VERIFICATION must be none, optional or mandatory",
        ),
    ],
)
def test_unusable_setting_fails_fast_with_a_one_line_message(tmp_path, env, message):
    result = _nearer("check", tmp_path=tmp_path, **env)
    assert result.returncode == 2
    assert result.stderr.startswith(f"nearer: {message}")
    assert "Traceback" not in result.stderr


def test_a_data_command_on_an_unprepared_data_folder_says_to_prepare(tmp_path):
    result = _nearer("instruments", "list", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "run `nearer prepare` first" in result.stderr and "Traceback" not in result.stderr
