"""The one-way import rule from STYLE.md: ``core ← accounts ← privacy ← safety ← the feature apps``.

An app may import from apps earlier in ``LAYERS``, never from a later one, so ``safety``
never calls back into a feature app and ``core`` stands on its own. ``nearer.config`` and
``nearer.cli`` wire everything together and are exempt. Add each new app to ``LAYERS`` in
its place.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import nearer

LAYERS = [
    "core",
    "nlu",
    "accounts",
    "privacy",
    "safety",
    "journal",
    "checkins",
    "patterns",
    "assessments",
    "thoughts",
    "beliefs",
    "ladder",
    "say",
]

PACKAGE = Path(nearer.__file__).resolve().parent


def imported_modules(source: str, module: str) -> set[str]:
    """Every module that ``source`` (the text of ``module``) imports, relative ones resolved."""
    package = module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if target == "nearer":
                # `from nearer import safety` imports the app itself.
                found.update(f"nearer.{alias.name}" for alias in node.names)
            else:
                found.add(target)
    return found


def layer_violations(layers: list[str], sources: dict[str, str]) -> list[str]:
    """``module imports nearer.X`` for each import of an app later in ``layers``."""
    rank = {app: index for index, app in enumerate(layers)}
    problems = []
    for module, source in sorted(sources.items()):
        own = module.split(".")[1]
        for target in sorted(imported_modules(source, module)):
            parts = target.split(".")
            if parts[0] == "nearer" and len(parts) > 1 and rank.get(parts[1], -1) > rank[own]:
                problems.append(f"{module} imports {target}")
    return problems


def _app_sources(*, tests: bool) -> dict[str, str]:
    """The text of every module of every app, either its code or its tests."""
    sources = {}
    for app in LAYERS:
        for path in sorted((PACKAGE / app).rglob("*.py")):
            relative = path.relative_to(PACKAGE.parent).with_suffix("")
            if ("tests" in relative.parts) == tests:
                sources[".".join(relative.parts)] = path.read_text(encoding="utf-8")
    return sources


def test_app_code_imports_only_from_apps_below_it():
    problems = layer_violations(LAYERS, _app_sources(tests=False))
    assert not problems, "imports against the layer order:\n" + "\n".join(problems)


def test_app_tests_import_only_from_apps_below_them():
    # A lower app's tests that need a higher app's models say the lower app cannot be
    # understood on its own; give such tests a model of their own instead.
    problems = layer_violations(LAYERS, _app_sources(tests=True))
    assert not problems, "imports against the layer order:\n" + "\n".join(problems)


def test_every_app_has_a_place_in_the_layers():
    apps = {path.parent.name for path in PACKAGE.glob("*/apps.py")}
    assert apps == set(LAYERS), "add new apps to LAYERS in their dependency order"


def test_settings_install_the_apps_in_layer_order():
    from django.conf import settings

    ours = [name.removeprefix("nearer.") for name in settings.INSTALLED_APPS if name.startswith("nearer.")]
    assert ours == LAYERS


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        (
            "nearer.core.views",
            "from nearer.safety import crisis_lines",
            ["nearer.core.views imports nearer.safety"],
        ),
        (
            "nearer.core.views",
            "from nearer import accounts",
            ["nearer.core.views imports nearer.accounts"],
        ),
        (
            "nearer.core.views",
            "import nearer.accounts.models",
            ["nearer.core.views imports nearer.accounts.models"],
        ),
        (
            "nearer.accounts.x",
            "from ..safety.services import f",
            ["nearer.accounts.x imports nearer.safety.services"],
        ),
        (
            "nearer.accounts.views",
            "def f():\n    from nearer.safety.selectors import country_for",
            ["nearer.accounts.views imports nearer.safety.selectors"],
        ),
        (
            "nearer.accounts.views",
            "if TYPE_CHECKING:\n    from nearer.safety import services",
            ["nearer.accounts.views imports nearer.safety"],
        ),
        ("nearer.safety.services", "from nearer.accounts.models import User", []),
        ("nearer.safety.services", "from nearer.core import views\nfrom . import crisis_lines", []),
        (
            "nearer.accounts.first_run",
            "from nearer.config.secrets import read_or_create_secret",
            [],
        ),
        ("nearer.core.views", "from django.conf import settings", []),
    ],
)
def test_layer_check_catches_imports_from_above(module, source, expected):
    assert layer_violations(LAYERS, {module: source}) == expected
