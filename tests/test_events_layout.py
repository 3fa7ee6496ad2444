"""The event extractor stays a package of small modules and functions, and no module or function of kg/ grows
long (issue 11)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg" / "extract" / "events"
MODULES = sorted(PACKAGE.glob("*.py"))
EVERY_MODULE = sorted(PACKAGE.parent.parent.rglob("*.py"))
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 300, 45


def test_the_extractor_is_a_package_not_one_module():
    assert not PACKAGE.with_suffix(".py").exists()
    assert {"triggers", "referents", "roles", "factuality", "timing", "amounts", "coreference", "reader"} <= \
        {path.stem for path in MODULES}


@pytest.mark.parametrize("path", EVERY_MODULE, ids=lambda p: str(p.relative_to(PACKAGE.parent.parent)))
def test_no_module_of_kg_is_long_nor_any_of_its_functions(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES
    assert not [node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_function_is_long_and_each_has_a_docstring(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    long = [f"{f.name}: {f.end_lineno - f.lineno + 1} lines" for f in functions
            if f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long
    nested = {inner.name for f in functions for inner in ast.walk(f) if inner is not f
              and isinstance(inner, ast.FunctionDef)}
    assert not [f.name for f in functions if f.name not in nested and not ast.get_docstring(f)]
