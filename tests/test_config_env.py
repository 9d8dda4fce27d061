"""nearer.config.env: how NEARER_* variables (and their *_FILE twins) become settings."""

from __future__ import annotations

import pytest

from nearer.config import env
from nearer.config.env import ConfigError, env_bool, env_int, env_list, env_str


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch):
    # The helpers record each name they read; keep the made-up names below out of the
    # registry the documentation test checks.
    monkeypatch.setattr(env, "DOCUMENTED", {})
    for name in ("NEARER_THING", "NEARER_THING_FILE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "fallback"),
        ("", "fallback"),
        ("hello", "hello"),
        (" spaced ", " spaced "),
    ],
)
def test_env_str_reads_the_variable_or_falls_back(monkeypatch, value, expected):
    if value is not None:
        monkeypatch.setenv("NEARER_THING", value)
    assert env_str("THING", "fallback") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, False),
        ("", False),
        ("1", True),
        ("true", True),
        ("True", True),
        (" yes ", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("FALSE", False),
        ("no", False),
        ("off", False),
    ],
)
def test_env_bool_understands_common_spellings(monkeypatch, value, expected):
    if value is not None:
        monkeypatch.setenv("NEARER_THING", value)
    assert env_bool("THING", False) is expected


def test_env_bool_default_applies_when_unset():
    assert env_bool("THING", True) is True


@pytest.mark.parametrize("value", ["maybe", "2", "enabled", "tru"])
def test_env_bool_refuses_anything_else_naming_the_variable(monkeypatch, value):
    monkeypatch.setenv("NEARER_THING", value)
    with pytest.raises(ConfigError, match=r"NEARER_THING must be true or false") as caught:
        env_bool("THING", False)
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, 7), ("", 7), ("0", 0), ("42", 42), ("-3", -3), (" 15 ", 15)],
)
def test_env_int_reads_whole_numbers(monkeypatch, value, expected):
    if value is not None:
        monkeypatch.setenv("NEARER_THING", value)
    assert env_int("THING", 7) == expected


@pytest.mark.parametrize("value", ["ten", "1.5", "4k", "1e3"])
def test_env_int_refuses_non_numbers_naming_the_variable(monkeypatch, value):
    monkeypatch.setenv("NEARER_THING", value)
    with pytest.raises(ConfigError, match=r"NEARER_THING must be a whole number"):
        env_int("THING", 7)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ["default"]),
        ("", ["default"]),
        ("a", ["a"]),
        ("a,b", ["a", "b"]),
        (" a , b ,, c ,", ["a", "b", "c"]),
    ],
)
def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch, value, expected):
    if value is not None:
        monkeypatch.setenv("NEARER_THING", value)
    assert env_list("THING", ["default"]) == expected


def test_env_list_without_default_is_an_empty_list():
    assert env_list("THING") == []


@pytest.mark.parametrize(
    ("helper", "file_text", "expected"),
    [
        (lambda: env_str("THING", "fallback"), "from-file\n", "from-file"),
        (lambda: env_bool("THING", False), "true\n", True),
        (lambda: env_int("THING", 0), " 99\n", 99),
        (lambda: env_list("THING"), "x, y\n", ["x", "y"]),
    ],
)
def test_file_variable_wins_over_the_plain_variable(monkeypatch, tmp_path, helper, file_text, expected):
    secret = tmp_path / "thing"
    secret.write_text(file_text, encoding="utf-8")
    monkeypatch.setenv("NEARER_THING", "from-env-should-lose")
    monkeypatch.setenv("NEARER_THING_FILE", str(secret))
    assert helper() == expected


def test_unreadable_file_variable_fails_fast_naming_it(monkeypatch, tmp_path):
    monkeypatch.setenv("NEARER_THING_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match=r"NEARER_THING_FILE points at .*missing.* cannot be read"):
        env_str("THING")


def test_bad_value_in_a_file_names_the_variable(monkeypatch, tmp_path):
    secret = tmp_path / "thing"
    secret.write_text("lots", encoding="utf-8")
    monkeypatch.setenv("NEARER_THING_FILE", str(secret))
    with pytest.raises(ConfigError, match="NEARER_THING must be a whole number"):
        env_int("THING", 1)


def test_every_variable_read_is_recorded_for_the_docs():
    env_str("THING")
    env_bool("OTHER_THING")
    assert env.DOCUMENTED == {"THING": "str", "OTHER_THING": "bool"}
