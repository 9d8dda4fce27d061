"""The README stays true: every setting and command that exists is documented there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CONFIG_SECTION = README.split("## Configuration", 1)[1].split("\n## ", 1)[0]


def _variables_read_by_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "nearer").rglob("*.py"):
        for match in re.finditer(r"env_(?:str|bool|int|list)\(\s*\"([A-Z0-9_]+)\"", path.read_text()):
            names.add(f"NEARER_{match.group(1)}")
    for folder in ("bin", ".ci"):
        for path in (ROOT / folder).iterdir():
            names.update(re.findall(r"\bNEARER_[A-Z0-9_]+", path.read_text()))
    return names


def test_settings_read_some_variables():
    # Guards the scanner itself: if it found nothing, the next test would pass vacuously.
    assert {"NEARER_DATA_DIR", "NEARER_DATABASE_URL", "NEARER_PUBLIC_URL"} <= _variables_read_by_code()


@pytest.mark.parametrize("name", sorted(_variables_read_by_code()))
def test_every_variable_is_in_the_configuration_table(name):
    assert f"`{name}`" in CONFIG_SECTION, f"{name} is read by the code but not documented in README.md"


def test_every_nearer_command_is_documented():
    from nearer.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for command in sub.choices:
        assert f"`nearer {command}" in README, f"`nearer {command}` is missing from the README"


def test_quick_start_has_exactly_two_commands_run_first():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = quick.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert commands == ["bin/start", "bin/test"]
    assert (ROOT / "bin" / "start").stat().st_mode & 0o111
    assert (ROOT / "bin" / "test").stat().st_mode & 0o111


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "bin/test" in ci
