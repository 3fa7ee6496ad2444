"""The terms a SPARQL query names, checked against the vocabularies they belong to: a typo gets 'did you mean'."""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache

from pyparsing import ParseResults
from rdflib import URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.plugins.sparql.parserutils import CompValue

from kg.vocab import NKG

VOCABULARIES = {NKG: "newskg", RDF: "RDF", RDFS: "RDF Schema", OWL: "OWL", SKOS: "SKOS", XSD: "XML Schema",
                PROV: "PROV-O", SDO: "schema.org"}
RDF_MEMBER = re.compile(r"_[1-9][0-9]*")     # rdf:_1, rdf:_2, ...: container membership, defined by pattern


@cache
def defined_terms() -> dict[str, tuple[str, frozenset[str]]]:
    """Namespace IRI → (vocabulary name, the local names it defines)."""
    return {str(ns._NS): (name, frozenset(ns.__annotations__)) for ns, name in VOCABULARIES.items()}


def nodes(tree: object) -> Iterator[object]:
    """Every node of an rdflib SPARQL parse tree, in document order."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, CompValue):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(reversed(list(node)))


def named_terms(tree: object, prefixes: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(as written, IRI) of each IRI the tree names; prefixed names expand with its PREFIX lines, else `prefixes`."""
    declared = dict(prefixes)
    for node in nodes(tree):
        if isinstance(node, CompValue) and node.name == "PrefixDecl":
            declared[dict.get(node, "prefix") or ""] = str(node["iri"])
        elif isinstance(node, CompValue) and node.name == "pname":
            prefix, local = dict.get(node, "prefix") or "", dict.get(node, "localname") or ""
            if prefix in declared:
                yield f"{prefix}:{local}", declared[prefix] + local
        elif isinstance(node, URIRef):
            yield f"<{node}>", str(node)


def undefined_terms(tree: object, prefixes: dict[str, str]) -> list[str]:
    """One warning for each term of a known vocabulary that the vocabulary does not define, with its closest term."""
    warnings = []
    for written, iri in dict.fromkeys(named_terms(tree, prefixes)):
        namespace = next((ns for ns in defined_terms() if iri.startswith(ns)), None)
        if namespace is None:
            continue
        vocabulary, names = defined_terms()[namespace]
        local = iri[len(namespace):]
        if not local or local in names or namespace == str(RDF) and RDF_MEMBER.fullmatch(local):
            continue
        warnings.append(f"{written} is not a term of the {vocabulary} vocabulary{suggestion(written, local, namespace, names)}")
    return warnings


def suggestion(written: str, local: str, namespace: str, names: frozenset[str]) -> str:
    """'; did you mean nkg:Country?', written the way the term was (prefixed or in full); '' when none is close."""
    close = difflib.get_close_matches(local, names, n=1, cutoff=0.6)
    if not close:
        return ""
    better = f"<{namespace}{close[0]}>" if written.startswith("<") else written[:len(written) - len(local)] + close[0]
    return f"; did you mean {better}?"
