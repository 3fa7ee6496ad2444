"""One KgError hierarchy for user errors (one line, a non-zero exit); anything else is a bug and shows its traceback."""
from __future__ import annotations

import ast
import builtins
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.annotate import pipeline
from kg.errors import EngineError, LexiconError
from kg.extract.code_tables import load_role_preps

KG = Path(kg.__file__).parent
# builtin exceptions that say "newskg is wrong" and may be raised as such; any other builtin raised in kg/ would be
# a user error in disguise (a ValueError for a bad option) or a bug dressed up as one
BUG_SIGNALS = {"TypeError", "NotImplementedError", "AssertionError"}
STORY = "Turkey took delivery of the S-400 air defence system from Russia on Friday, officials in Ankara said."


def raised_builtins(path: Path) -> list[str]:
    """'file:line: Name' for each `raise Name(...)` / `raise Name` of a builtin exception in the module at `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and node.exc is not None:
            name = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(name, ast.Name) and isinstance(getattr(builtins, name.id, None), type) \
                    and issubclass(getattr(builtins, name.id), BaseException) and name.id not in BUG_SIGNALS:
                found.append(f"{path.relative_to(KG)}:{node.lineno}: {name.id}")
    return found


def test_kg_raises_no_builtin_error_for_a_user_mistake() -> None:
    assert [hit for path in sorted(KG.rglob("*.py")) for hit in raised_builtins(path)] == []


def test_a_bad_role_preposition_row_is_a_lexicon_error_naming_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "role_preps.csv"
    table.write_text("plover,prep,role\n*,against,target\nASSAULT,with,weapon\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^role_preps.csv:3: unknown category or role: 'ASSAULT', 'weapon'$"):
        load_role_preps(table)
    table.write_text("plover,prep,role\n*,against,target\nASSAULT,in,location\n", encoding="utf-8")
    assert load_role_preps(table)["ASSAULT"] == {"against": "target", "in": "location"}


def test_a_model_that_is_not_installed_is_an_engine_error() -> None:
    with pytest.raises(EngineError, match=r"^spaCy pipeline 'no_such_model' is not installed"):
        pipeline("no_such_model")


def kg_build_with(patch: str, folder: Path) -> subprocess.CompletedProcess:
    """`kg build` of one article in a fresh interpreter, after running `patch` (which breaks one stage)."""
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    program = f"{patch}\nfrom kg.cli import main\nmain()"
    return subprocess.run([sys.executable, "-c", program, "build", str(folder / "a.txt"), "--out", str(folder / "out")],
                          capture_output=True, text=True, timeout=300)


def test_a_bug_in_a_stage_shows_its_traceback(tmp_path: Path) -> None:
    broken = ("import kg.pipeline\n"
              "def find_events(*args, **kwargs):\n    return {}['a bug in newskg']\n"
              "kg.pipeline.find_events = find_events")
    result = kg_build_with(broken, tmp_path)
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr and "in find_events" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1] == "KeyError: 'a bug in newskg'"
    assert not any(line.startswith("Error:") for line in result.stderr.splitlines())
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_user_error_in_a_stage_is_one_line(tmp_path: Path) -> None:
    refused = ("import kg.pipeline\nfrom kg.errors import LexiconError\n"
               "def find_events(*args, **kwargs):\n    raise LexiconError('triggers.csv:7: unknown class')\n"
               "kg.pipeline.find_events = find_events")
    result = kg_build_with(refused, tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Error: triggers.csv:7: unknown class"]
