"""No entity class, event class or status is written as a string outside kg/vocab.py: the code names them as
EntityClass, EventClass and Status terms, so that a misspelt one fails at import, not inside a worker."""
from __future__ import annotations

import ast
from pathlib import Path

from kg.vocab import EntityClass, EventClass, Status

KG = Path(__file__).resolve().parent.parent / "kg"
NAMES = frozenset(term.value for vocabulary in (EntityClass, EventClass, Status) for term in vocabulary)


def vocabulary_literals(source: str) -> list[tuple[int, str]]:
    """(line, name) of every string constant in `source` that is the name of a class or a status."""
    return sorted((node.lineno, node.value) for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in NAMES)


def test_the_check_finds_a_class_or_status_written_as_a_string():
    source = 'if entity.cls == "Country" and f"{x}" != "Happened":\n    kind = EventClass("ArmsTransfer")\n'
    assert vocabulary_literals(source) == [(1, "Country"), (1, "Happened"), (2, "ArmsTransfer")]
    assert vocabulary_literals('label = "Country of origin"; cls = EntityClass.Country\n') == []


def test_no_module_outside_the_vocabulary_writes_a_class_or_status_as_a_string():
    modules = sorted(path for path in KG.rglob("*.py") if path != KG / "vocab.py")
    assert len(modules) > 20
    found = [f"{path.relative_to(KG.parent)}:{line}: {name!r}" for path in modules
             for line, name in vocabulary_literals(path.read_text(encoding="utf-8"))]
    assert found == []
