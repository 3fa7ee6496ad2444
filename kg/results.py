"""Write a query's answer as it comes: an aligned table, SPARQL CSV or JSON, true/false, or Turtle / JSON-LD.

Results stream to the output: memory holds the first TABLE_SAMPLE rows of a table (to size its columns),
never the whole answer. Table cells are safe for a terminal (kg.errors.printable); CSV and JSON carry the
values exactly.
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice
from typing import BinaryIO

from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions,
                        QueryTriples, RdfFormat, serialize)

from kg.errors import QueryError, printable
from kg.query import Answer, Result, prefixed

TABLE_SAMPLE = 1_000    # rows that set the column widths; later rows are padded to them (a longer cell overflows)
_BARE_DATATYPES = {f"http://www.w3.org/2001/XMLSchema#{name}" for name in ("string", "integer", "decimal", "double",
                                                                            "boolean")}


def write(answer: Answer, fmt: str, out: BinaryIO) -> None:
    """Write the answer to `out` in `fmt` (table, csv or json); QueryError if the query fails while it runs."""
    try:
        _write(answer.result, fmt, answer.prefixes, out)
    except OSError as error:    # a SERVICE that fails, a store that cannot be read
        raise QueryError(f"the query failed: {' '.join(str(error).split())}") from error


def _write(result: Result, fmt: str, names: dict[str, str], out: BinaryIO) -> None:
    if isinstance(result, QueryBoolean):
        if fmt == "json":
            result.serialize(out, format=QueryResultsFormat.JSON)
            out.write(b"\n")
        else:
            out.write(b"true\n" if result else b"false\n")
    elif isinstance(result, QueryTriples):
        if fmt == "csv":
            raise QueryError("--format csv is for SELECT; CONSTRUCT and DESCRIBE print Turtle, or JSON-LD with --format json")
        if fmt == "json":
            result.serialize(out, format=RdfFormat.JSON_LD)
        else:
            serialize(result, out, format=RdfFormat.TURTLE, prefixes=names)
    elif fmt in ("csv", "json"):
        result.serialize(out, format=QueryResultsFormat.CSV if fmt == "csv" else QueryResultsFormat.JSON)
        if fmt == "json":
            out.write(b"\n")
    else:
        for line in table(result, names):
            out.write(line.encode("utf-8") + b"\n")


def table(solutions: QuerySolutions, names: dict[str, str]) -> Iterator[str]:
    """The lines of an aligned table: header, rule, one line per row, and a row count."""
    header = [variable.value for variable in solutions.variables]
    rows = ([_short(solution[index], names) for index in range(len(header))] for solution in solutions)
    sample = list(islice(rows, TABLE_SAMPLE))
    widths = [max([len(name)] + [len(row[index]) for row in sample]) for index, name in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()

    yield line(header)
    yield line(["-" * width for width in widths])
    count = 0
    for count, row in enumerate(chain(sample, rows), 1):
        yield line(row)
    yield f"({count} row{'' if count == 1 else 's'})"


def _short(term: object, names: dict[str, str]) -> str:
    """A term as a person reads it: prefixed names, bare strings and numbers, typed dates; controls escaped."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return printable(prefixed(term.value, names))
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        value = printable(term.value.replace("\\", "\\\\"))    # one row per line, nothing a terminal obeys
        if term.language:
            return f'"{value}"@{term.language}'
        if term.datatype.value in _BARE_DATATYPES:
            return value
        return f"{value}^^{printable(prefixed(term.datatype.value, names))}"
    return printable(str(term))  # RDF-star triple terms
