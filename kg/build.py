"""Build a graph from input articles: read → extract → RDF, one named graph per article, then export."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.annotate import DEFAULT_MODEL
from kg.export.formats import merged_graph, write_turtle
from kg.export.html import write_html
from kg.pipeline import extract
from kg.rdf import article_graph, article_iri
from kg.read import Skip, read_inputs
from kg.store import add, open_store
from kg.vocab import DEFAULT_BASE, NKG

# A node typed differently by different articles keeps the more specific class.
SETTLE_CLASSES = f"DELETE {{ GRAPH ?g {{ ?s a <{NKG.Person}> }} }} WHERE {{ GRAPH ?g {{ ?s a <{NKG.Person}> }} ?s a <{NKG.Leader}> }}"


@dataclass
class BuildReport:
    articles: int
    triples: int
    turtle: Path
    html: Path
    skipped: list[Skip]


def build(inputs: list[Path], out: Path, *, model: str = DEFAULT_MODEL, default_date: dt.date | None = None,
          base: str = DEFAULT_BASE, store_dir: Path | None = None, strict: bool = False) -> BuildReport:
    """Extract every input article into a store (on disk with `store_dir`) and write graph.ttl and graph.html.

    Unreadable inputs are reported in BuildReport.skipped and left out; `strict` stops at the first.
    """
    store: ox.Store = open_store(store_dir)
    skipped: list[Skip] = []
    count = 0
    for ag in extract(read_inputs(inputs, default_date, None if strict else skipped), model=model):
        add(store, article_iri(ag.article, base), article_graph(ag, base))
        count += 1
    store.update(SETTLE_CLASSES)
    out.mkdir(parents=True, exist_ok=True)
    turtle, html = out / "graph.ttl", out / "graph.html"
    write_turtle(store, turtle)
    graph = merged_graph(store)
    write_html(graph, html)
    if store_dir is not None:
        store.flush()
    return BuildReport(count, len(graph), turtle, html, skipped)
