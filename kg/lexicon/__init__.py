"""Load the data files that configure extraction (trigger lexicon, cue words, currencies)."""
from __future__ import annotations

import csv
from collections.abc import Callable
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from kg.errors import LexiconError
from kg.vocab import EntityClass, EventClass, Relation, Status

HERE = Path(__file__).parent
NO_NODE = "None"    # the class of class_evidence.csv for a name that is no node (a work, a product, a law)


def node_class(value: str) -> EntityClass | str:
    """A class of class_evidence.csv: an entity class, or NO_NODE."""
    return value if value == NO_NODE else EntityClass(value)


class Antecedent(StrEnum):
    """What an anaphor of anaphors.csv stands for: the country the article is about, or the entity named last."""

    focus = "focus"
    last = "last"


# the columns of each lexicon file that hold a term of a closed vocabulary (kg/vocab.py), and how a cell becomes one
CLOSED: dict[str, dict[str, Callable[[str], str]]] = {
    "anaphors.csv": {"class": EntityClass, "antecedent": Antecedent},
    "class_evidence.csv": {"class": node_class},
    "event_classes.csv": {"class": EventClass},
    "event_phrases.csv": {"class": EventClass},
    "factuality.csv": {"status": Status},
    "relation_cues.csv": {"relation": Relation},
    "triggers.csv": {"class": EventClass},
}


def record(header: list[str], row: list[str]) -> dict[str, str]:
    """A CSV row as csv.DictReader makes it: missing cells None, surplus cells a list under the key None."""
    found = dict(zip(header, row))
    if len(row) > len(header):
        found[None] = row[len(header):]
    for column in header[len(row):]:
        found[column] = None
    return found


def numbered(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, record) of each row of a CSV lexicon file, its closed columns (CLOSED) made vocabulary terms;
    a LexiconError naming file, line and value for a cell that is no term. (csv.reader and one dict per row: what
    csv.DictReader gives, at half its cost for the 12.5k given names read at every start.)"""
    closed = CLOSED.get(path.name, {})
    found = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        for cells in reader:
            if not cells:
                continue    # a blank line, which DictReader skips too
            row = record(header, cells)
            for column, term in closed.items():
                try:
                    row[column] = term(row[column])
                except ValueError:
                    raise LexiconError(f"{path}:{reader.line_num}: unknown {column} {row[column]!r}") from None
            found.append((reader.line_num, row))
    return found


def rows(name: str) -> tuple[dict[str, str], ...]:
    """The records of a CSV lexicon file in this folder, checked as `numbered` checks them, read at each call:
    every caller keeps what it derives from them once, so the rows are not kept besides (given_names.csv's 12.5k
    were 5 MiB held for the life of a process)."""
    return tuple(row for _, row in numbered(HERE / name))


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line word list in this folder (# starts a comment)."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
