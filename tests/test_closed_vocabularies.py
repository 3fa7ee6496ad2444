"""The closed columns of the lexicon files (classes, statuses, relations) hold terms of kg/vocab.py, checked when a
file is read: a value that is no term is an error naming the file, the line and the value."""
from __future__ import annotations

import csv
from enum import Enum

import pytest

from kg import lexicon
from kg.errors import LexiconError
from kg.extract.relations import load_cues
from kg.lexicon import CLOSED, NO_NODE, numbered

COLUMNS = [(name, column) for name, columns in CLOSED.items() for column in columns]


@pytest.mark.parametrize(("name", "column"), COLUMNS)
def test_a_bundled_file_reads_its_closed_column_as_terms(name, column):
    values = {row[column] for row in lexicon.rows(name)}
    assert values and all(isinstance(value, Enum) or value == NO_NODE for value in values)


@pytest.mark.parametrize(("name", "column"), COLUMNS)
def test_an_unknown_term_names_file_line_and_value(tmp_path, name, column):
    with (lexicon.HERE / name).open(encoding="utf-8", newline="") as handle:
        good = next(csv.DictReader(handle))
    bad = dict(good, **{column: "Nonesuch"})
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(good))
        writer.writeheader()
        writer.writerows([good, bad])
    with pytest.raises(LexiconError, match=rf"{name}:3: unknown {column} 'Nonesuch'"):
        numbered(path)


def test_a_relation_cue_no_rule_reads_is_an_error(tmp_path):
    path = tmp_path / "relation_cues.csv"
    path.write_text("cue,relation,note\nally,allyOf,\nhead,leaderOf,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"relation_cues\.csv:3: no rule reads relation 'leaderOf'"):
        load_cues(path)


def dict_reader_rows(path) -> list[tuple[int, dict]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return [(reader.line_num, row) for row in reader]


@pytest.mark.parametrize("name", sorted(p.name for p in lexicon.HERE.glob("*.csv") if p.name not in CLOSED))
def test_a_file_reads_as_csv_dictreader_reads_it(name):
    assert numbered(lexicon.HERE / name) == dict_reader_rows(lexicon.HERE / name)


def test_short_long_blank_and_quoted_rows_read_as_csv_dictreader_reads_them(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text('a,b,c\n1,2\n\n1,2,3,4,5\n"two\nlines",s,t\n\n,,\n', encoding="utf-8")
    assert numbered(path) == dict_reader_rows(path)
    assert [row for _, row in numbered(path)][:2] == [{"a": "1", "b": "2", "c": None},
                                                       {"a": "1", "b": "2", "c": "3", None: ["4", "5"]}]
