"""Build a graph from input articles: read → extract → RDF, one named graph per article, then export."""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from tqdm import tqdm

from kg.annotate import DEFAULT_MODEL
from kg.atomic import check_writable, publish
from kg.engine import Part, run
from kg.export.formats import save_turtle, triples
from kg.export.html import ViewStats, write_html
from kg.model import Article
from kg.rdf import article_iri
from kg.read import ENGLISH, ReadError, Skip, input_files, read_inputs
from kg.store import commit, open_store, settle, source_file
from kg.vocab import DEFAULT_BASE

@dataclass
class BuildReport:
    articles: int
    triples: int
    turtle: Path
    html: Path
    skipped: list[Skip]
    repeats: list[str] = field(default_factory=list)    # sources left out: an earlier input had the same text
    view: ViewStats | None = None   # what graph.html shows
    undated: list[str] = field(default_factory=list)    # sources of the articles built without a date


@dataclass
class Unique:
    """Lets through the first article of each text (same text, same article IRI) and notes the sources of the
    repeats it leaves out, the input files the articles came from and the articles without a date."""

    base: str
    seen: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)
    repeats: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.files.add(source_file(article.source))
            iri = str(article_iri(article, self.base))
            if iri in self.seen:
                self.repeats.append(article.source)
                continue
            self.seen.add(iri)
            if article.published is None:
                self.undated.append(article.source)
            yield article


def load_part(store: ox.Store, part: Part) -> None:
    """Load a part's named graphs into this build's store (a graph already there from this build is replaced)."""
    for name in part.graphs:
        graph = ox.NamedNode(name)
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
    store.load(part.nquads, format=ox.RdfFormat.N_QUADS)


def publish_graph(merged: list[ox.Triple], turtle: Path, html: Path) -> ViewStats:
    """graph.ttl and graph.html of the merged triples, published together (kg.atomic.publish); what the view shows."""
    shown: list[ViewStats] = []
    publish({turtle: lambda tmp: save_turtle(merged, Path(tmp)),
             html: lambda tmp: shown.append(write_html(merged, Path(tmp)))})
    return shown[-1]


def count_articles(inputs: list[Path], out: Path) -> int | None:
    """How many articles the inputs hold (one per .txt, one per non-blank .jsonl line); None if unreadable."""
    try:
        total = 0
        for path in input_files(inputs, besides=out):
            if path.suffix == ".jsonl":
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
        return total
    except (ReadError, OSError):
        return None


def progress_bar(inputs: list[Path], out: Path, shown: bool) -> tqdm:
    """Articles done, articles/s and ETA on stderr (disabled unless `shown`)."""
    return tqdm(total=count_articles(inputs, out) if shown else None, disable=not shown, unit=" articles",
                file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def build(inputs: list[Path], out: Path, *, model: str = DEFAULT_MODEL, default_date: dt.date | None = None,
          base: str = DEFAULT_BASE, store_dir: Path | None = None, strict: bool = False, workers: int = 1,
          engine: str = "local", scheduler: str | None = None, progress: bool = False,
          languages: frozenset[str] | None = ENGLISH) -> BuildReport:
    """Extract every input article into a store (on disk with `store_dir`) and write graph.ttl and graph.html.

    Articles stream through `engine` in chunks ("local": this process, or `workers` processes with 0 for one
    per core; "dask": the cluster at `scheduler`, or a local one of `workers` processes), so memory holds the
    output graph, not the corpus. An article whose text an earlier input had is left out (BuildReport.repeats).
    Unreadable inputs, and articles whose analysis runs past the time limit (kg.pipeline.time_limit), are
    reported in BuildReport.skipped and left out; `strict` stops at the first unreadable input.
    Articles in a language outside `languages` are skipped (None: any); files under `out` are not inputs.
    `out` is checked for writing before anything is read; the store is written only when every article is
    extracted (so a stop leaves it as it was), then graph.ttl and graph.html are published together.
    """
    check_writable(out)
    store = open_store(store_dir) if store_dir is not None else None
    staged = ox.Store()     # this build's articles; the store is written only once they are all extracted
    skipped: list[Skip] = []
    unique = Unique(base)
    articles = unique(read_inputs(inputs, default_date, None if strict else skipped, languages=languages,
                                  besides=out))
    loaded, stopped = 0, []     # stopped: articles whose analysis ran past the time limit (kg.pipeline.time_limit)
    with progress_bar(inputs, out, progress) as bar:
        for part in run(articles, engine=engine, workers=workers, scheduler=scheduler, model=model, base=base):
            load_part(staged, part)
            stopped.extend(part.skipped)
            loaded += len(part.graphs) + len(part.skipped)
            bar.update(loaded + len(unique.repeats) - bar.n)     # repeats count as done: the total counts inputs
    if store is not None:
        commit(store, staged, unique.files)     # settles classes and labels over the whole store
    else:
        settle(staged)
    graph = store if store is not None else staged
    turtle, html = out / "graph.ttl", out / "graph.html"
    merged = triples(graph)     # merged and ordered once, for both files
    view = publish_graph(merged, turtle, html)
    return BuildReport(len(unique.seen) - len(stopped), len(merged), turtle, html, skipped + stopped, unique.repeats,
                       view, unique.undated)
