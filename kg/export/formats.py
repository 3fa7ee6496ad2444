"""Write a dataset (one named graph per article) as Turtle, N-Triples, TriG, N-Quads, JSON-LD or GraphML."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Dataset

from kg.atomic import replace_into
from kg.collector import collector_paused
from kg.errors import FormatError
from kg.vocab import PREFIXES

if TYPE_CHECKING:
    import networkx as nx

# Vocabulary prefixes only: minted resources stay full IRIs, because path-like local names
# ("entity/turkey") would need `\/` escapes that not every Turtle reader accepts.
SERIALIZE_PREFIXES = {p: str(iri) for p, iri in PREFIXES.items()}
CONTEXT_FILE = "context.jsonld"


def merged_ntriples(store: ox.Store) -> bytes:
    """Every distinct triple of any graph of `store` as N-Triples lines in byte order, which is the order of the
    triples' (subject, predicate, object) as N-Triples terms: a term that another begins with is followed there by
    a byte above the space that ends it. Sorting the lines sorts keys oxigraph wrote, not Python terms; they are
    sorted as dumped, graph by graph (each graph's lines lie together in memory, so the sort runs in a fifth of
    the time a set's scattered order takes), and a repeat is dropped next to its twin."""
    lines: list[bytes] = []
    for graph in (ox.DefaultGraph(), *store.named_graphs()):
        lines += store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).splitlines(keepends=True)
    lines.sort()
    return b"".join(line for line, _ in groupby(lines))


def parse_merged(store: ox.Store) -> ox.QuadParser:
    """The triples of `merged_ntriples`, read back without checking the IRIs again (oxigraph wrote them)."""
    return ox.parse(merged_ntriples(store), format=ox.RdfFormat.N_TRIPLES, lenient=True)


def triples(store: ox.Store) -> list[ox.Triple]:
    """The merged default graph: every distinct triple of any graph, in a stable order (see `merged_ntriples`)."""
    with collector_paused():
        return [quad.triple for quad in parse_merged(store)]


def rdflib_dataset(store: ox.Store) -> Dataset:
    """The store as an rdflib Dataset with the same named graphs."""
    return Dataset().parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")


def write_turtle(store: ox.Store, path: Path) -> None:
    """The merged default graph as Turtle with the vocabulary prefixes (streamed: no list of terms is made)."""
    save_turtle(parse_merged(store), path)


def save_turtle(merged: Iterable[ox.Triple], path: Path) -> None:
    """Triples already merged and ordered (see `triples`) as Turtle with the vocabulary prefixes."""
    replace_into(path, lambda tmp: ox.serialize(merged, tmp, ox.RdfFormat.TURTLE, prefixes=SERIALIZE_PREFIXES))


def write_ntriples(store: ox.Store, path: Path) -> None:
    """The merged default graph as (canonical) N-Triples, one triple a line."""
    replace_into(path, lambda tmp: Path(tmp).write_bytes(merged_ntriples(store)))


def write_trig(store: ox.Store, path: Path) -> None:
    """Every named graph (graph name = article IRI) as TriG."""
    replace_into(path, lambda tmp: store.dump(tmp, ox.RdfFormat.TRIG, prefixes=SERIALIZE_PREFIXES))


def write_nquads(store: ox.Store, path: Path) -> None:
    """Every named graph (graph name = article IRI) as N-Quads."""
    replace_into(path, lambda tmp: store.dump(tmp, ox.RdfFormat.N_QUADS))


def jsonld_context() -> dict[str, str]:
    """The JSON-LD context: the vocabulary prefixes as compact IRI prefixes."""
    return dict(sorted(SERIALIZE_PREFIXES.items()))


def write_jsonld(store: ox.Store, path: Path) -> None:
    """The dataset as compacted JSON-LD (named graphs kept); the context also goes to context.jsonld beside it.

    The context is embedded, not referenced: JSON-LD processors such as Jena's refuse to load a
    context document from a relative file reference.
    """
    context = jsonld_context()
    text = rdflib_dataset(store).serialize(format="json-ld", context=context, auto_compact=True, sort_keys=True)
    context_text = json.dumps({"@context": context}, indent=2) + "\n"
    replace_into(path.parent / CONTEXT_FILE, lambda tmp: Path(tmp).write_text(context_text, encoding="utf-8"))
    replace_into(path, lambda tmp: Path(tmp).write_text(text.rstrip("\n") + "\n", encoding="utf-8"))


def graphml_graph(merged: Iterable[ox.Triple]) -> nx.MultiDiGraph:
    """Entities and events as nodes (iri, label, class, kind, literal facts), relations and roles as edges."""
    import networkx as nx     # imported by the commands that write GraphML, not by every one that opens a store

    from kg.export.records import Facts, view_graph

    source = view_graph(Facts(merged))
    out = nx.MultiDiGraph()
    for node, kg in source.records.items():
        attrs = {"iri": kg["iri"], "label": kg["label"], "class": kg["cls"], "kind": kg["kind"],
                 "aliases": "; ".join(kg["aliases"]), "wikidata": "; ".join(kg["wikidata"]),
                 "articles": len(kg["articles"])}
        for name, value in kg["props"]:
            attrs[name] = f"{attrs[name]}; {value}" if name in attrs else value
        out.add_node(node, **attrs)
    for s, o, kg in source.edges:
        out.add_edge(s, o, label=kg["predicate"], kind=kg["kind"], **({"basis": kg["basis"]} if kg["basis"] else {}))
    return out


def write_graphml(store: ox.Store, path: Path) -> None:
    """The merged graph as GraphML (for Gephi, Cytoscape, yEd)."""
    import networkx as nx

    g = graphml_graph(triples(store))
    replace_into(path, lambda tmp: nx.write_graphml(g, tmp, encoding="utf-8"))


# format name -> (file name, writer); `kg export --format` takes these names
FORMATS: dict[str, tuple[str, Callable[[ox.Store, Path], None]]] = {
    "ttl": ("graph.ttl", write_turtle),
    "nt": ("graph.nt", write_ntriples),
    "trig": ("graph.trig", write_trig),
    "nq": ("graph.nq", write_nquads),
    "jsonld": ("graph.jsonld", write_jsonld),
    "graphml": ("graph.graphml", write_graphml),
}


def parse_formats(spec: str) -> list[str]:
    """'ttl,trig' -> ['ttl', 'trig']; FormatError naming the unknown ones."""
    names = [s.strip().lower() for s in spec.split(",") if s.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise FormatError(f"unknown format {', '.join(unknown) or repr(spec)}; choose from {', '.join(FORMATS)}")
    return names


def write_formats(store: ox.Store, out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write each of `formats` into `out_dir` under its standard file name; return the paths written."""
    written = []
    for name in formats:
        filename, writer = FORMATS[name]
        writer(store, Path(out_dir) / filename)
        written.append(Path(out_dir) / filename)
    return written
