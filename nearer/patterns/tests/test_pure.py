"""The patterns core is plain Python: no Django, nothing outside the standard library and itself."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent
MODULES = ["__init__.py", "points.py", "stats.py", "sentences.py", "charts.py"]


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_only_the_standard_library_and_itself(name):
    tree = ast.parse((PACKAGE / name).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    outside = {
        m for m in imported if not m.startswith("nearer.patterns") and m.split(".")[0] not in sys.stdlib_module_names
    }
    assert not outside
