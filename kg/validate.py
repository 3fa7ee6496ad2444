"""Check an exported graph against the SHACL shapes of ontology/shapes.ttl and the terms of ontology/newskg.ttl.

The two Turtle files are read from the repository's `ontology/` folder, located relative to
this package (`Path(__file__).parents[1] / "ontology"`): this assumes the source-tree or
editable install (`pip install -e .`) that the README describes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyoxigraph import RdfFormat
from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, XSD
from rdflib.term import Node

from kg.query import PREFIXES, GraphError, open_store, prefixed, prefixes_of
from kg.vocab import DEFAULT_BASE

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "newskg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
# the lexical forms of the XSD date types (XML Schema 1.1 part 2, 3.3.9-3.3.11): a year has at least 4 digits
_ZONE = r"(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?"
DATE_FORMS = {XSD.date: re.compile(rf"-?([1-9]\d{{4,}}|\d{{4}})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]){_ZONE}"),
              XSD.gYearMonth: re.compile(rf"-?([1-9]\d{{4,}}|\d{{4}})-(0[1-9]|1[0-2]){_ZONE}"),
              XSD.gYear: re.compile(rf"-?([1-9]\d{{4,}}|\d{{4}}){_ZONE}")}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    focus: str          # the focus node, shortened with the vocabulary prefixes
    path: str           # the property path, shortened, or "" for a node-level constraint
    message: str
    severity: str       # Violation | Warning | Info
    value: str = ""     # the offending value, shortened, where the result names one

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        got = f" (got {self.value})" if self.value else ""
        return f"{where}: {self.message}{got}"


def load_graph(path: Path) -> Graph:
    """The graph file (any RDF format `kg query` reads) as one rdflib Graph, named graphs merged.

    Raises kg.query.GraphError with a one-line message if it is missing or does not parse.
    """
    store, declared = open_store(path)
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    graph = Graph().parse(data=union.serialize(format=RdfFormat.N_TRIPLES), format="nt")
    for name, iri in prefixes_of(store, declared).items():
        graph.bind(name, iri, override=True, replace=True)
    return graph


@cache
def _ontology() -> Graph:
    return _bundled(ONTOLOGY_FILE)


@cache
def _shapes() -> Graph:
    return _bundled(SHAPES_FILE)


def _bundled(path: Path) -> Graph:
    if not path.is_file():
        raise GraphError(f"{path}: not found; kg validate reads ontology/ from the source tree (pip install -e .)")
    return Graph().parse(path, format="turtle")


def validate(data: Graph) -> list[Violation]:
    """Every SHACL result of `data` against the shapes, and every nkg: property or class the
    ontology does not declare (a typo such as nkg:leaderof); empty when the graph conforms.

    Raises kg.query.GraphError if ontology/ is not beside the package."""
    _conforms, report, _text = shacl_validate(
        data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none",
        allow_warnings=True)
    names = PREFIXES | {"res": str(dict(data.namespaces()).get("res", DEFAULT_BASE))}  # exports may use --base
    results = [
        (report.value(result, SH.focusNode), report.value(result, SH.resultPath),
         str(report.value(result, SH.resultMessage) or "constraint not met"),
         str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1], report.value(result, SH.value))
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]
    violations = {Violation(_short(focus, names), _short(path, names), message, severity, _short(value, names))
                  for focus, path, message, severity, value in [*results, *_unknown_terms(data), *_bad_dates(data)]}
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))


def _unknown_terms(data: Graph) -> list[tuple[Node, Node, str, str, Node]]:
    """(focus, path, message, severity, value) for each use of an nkg: term the ontology does not declare."""
    namespace = PREFIXES["nkg"]
    properties = {term for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                  for term in _ontology().subjects(RDF.type, kind)}
    classes = set(_ontology().subjects(RDF.type, OWL.Class))
    found = []
    for subject, predicate, value in data:
        if predicate == RDF.type and str(value).startswith(namespace) and value not in classes:
            found.append((subject, predicate, "not a class of the newskg vocabulary", "Violation", value))
        elif str(predicate).startswith(namespace) and predicate not in properties:
            found.append((subject, predicate, "not a property of the newskg vocabulary", "Violation", value))
    return found


def _bad_dates(data: Graph) -> list[tuple[Node, Node, str, str, Node]]:
    """(focus, path, message, severity, value) for each xsd:date, gYearMonth or gYear value that is not
    written as its type requires ("1-02"^^xsd:gYearMonth: a year needs four digits)."""
    return [(subject, predicate, f"not a valid xsd:{str(value.datatype).rsplit('#', 1)[1]}", "Violation", value)
            for subject, predicate, value in data
            if isinstance(value, Literal) and value.datatype in DATE_FORMS
            and not DATE_FORMS[value.datatype].fullmatch(str(value))]


def _short(node: Node | None, names: dict[str, str]) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return prefixed(str(node), names)
    if isinstance(node, Literal) and node.datatype is not None:
        return f'"{node}"^^{prefixed(str(node.datatype), names)}'
    return node.n3()
