"""Corpus builds: streaming in chunks, one node per entity across articles, repeats, worker processes, the store, progress."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg import engine
from kg.build import build
from kg.cli import cli
from kg.model import Article
from kg.vocab import NKG

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Short articles written for these tests; the first two both name France.
ARTICLES = [
    {"id": "paris-talks", "date": "2021-03-04", "title": "Talks in Paris",
     "text": "France and Germany agreed on Tuesday to buy more fighter jets together.\n\n"
             "Officials in Paris said the deal would be signed next month."},
    {"id": "grain-deal", "date": "2021-05-11", "title": "Grain deal",
     "text": "Egypt said on Monday it would buy wheat from France this year.\n\n"
             "The contract covers three shipments, officials in Cairo said."},
    {"id": "port-visit", "date": "2021-06-02", "title": "Port visit",
     "text": "A Japanese navy ship arrived in Australia on Wednesday for joint exercises."},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def turtle(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_two_articles_share_one_entity_node(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "two.jsonl", ARTICLES[:2])
    report = build([corpus], tmp_path / "out")
    g = turtle(tmp_path / "out")
    france = list(g.subjects(RDFS.label, Literal("France")))
    assert len(france) == 1
    articles = set(g.subjects(NKG.source, None))
    assert report.articles == 2 and len(articles) == 2
    assert set(g.objects(france[0], NKG.mentionedIn)) == articles


def test_repeated_text_is_built_once(tmp_path: Path) -> None:
    copy = dict(ARTICLES[0], id="paris-talks-again", title="Talks in Paris (updated)")
    corpus = write_jsonl(tmp_path / "repeat.jsonl", [ARTICLES[0], copy, ARTICLES[1]])
    report = build([corpus], tmp_path / "out")
    assert (report.articles, len(report.repeats)) == (2, 1)
    g = turtle(tmp_path / "out")
    assert len(set(g.subjects(NKG.source, None))) == 2
    assert Literal("Talks in Paris (updated)") not in set(g.objects(None, None))


def test_run_streams_a_bounded_window() -> None:
    """Extraction pulls articles a few chunks ahead of the parts it has handed back, not the whole corpus."""
    pulled: list[int] = []

    def articles():
        for i in range(40):
            pulled.append(i)
            yield Article(id=f"a{i}", text=f"France and Egypt signed agreement number {i} on Monday.", source=f"s{i}")

    parts = engine.run(articles(), chunk=2)
    first = next(parts)
    ahead = len(pulled)
    rest = list(parts)
    assert len(first.graphs) == 2
    assert ahead <= 2 * engine.WINDOW < 40
    assert sum(len(p.graphs) for p in [first, *rest]) == 40 and len(pulled) == 40
    names = [name for p in [first, *rest] for name in p.graphs]
    assert len(set(names)) == 40


def test_worker_processes_give_the_same_graph(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES)
    one = build([SEEDS, corpus], tmp_path / "one")
    two = build([SEEDS, corpus], tmp_path / "two", workers=2)
    assert one.articles == two.articles == len(ARTICLES) + len(list(SEEDS.glob("*.txt")))
    assert one.triples == two.triples
    assert isomorphic(turtle(tmp_path / "one"), turtle(tmp_path / "two"))


def test_store_rebuild_replaces_each_article_graph(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES[:2])
    store_dir = tmp_path / "store"
    build([corpus], tmp_path / "out1", store_dir=store_dir)
    first = sorted(str(q) for q in ox.Store(str(store_dir)))
    renamed = [dict(r, id=f"{r['id']}-v2") for r in ARTICLES[:2]]
    moved = write_jsonl(tmp_path / "moved.jsonl", renamed)   # same texts, new source: same article IRIs
    build([moved], tmp_path / "out2", store_dir=store_dir)
    store = ox.Store(str(store_dir))
    sources = sorted(q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(str(NKG.source)), None))
    assert sources == [f"{moved}#1", f"{moved}#2"]
    assert len(list(store)) == len(first)
    assert len(list(store.named_graphs())) == 2


def test_progress_bar_only_when_asked(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES)
    runner = CliRunner()
    quiet = runner.invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "quiet")])
    shown = runner.invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "shown"), "--progress"])
    assert quiet.exit_code == shown.exit_code == 0, quiet.output + shown.output
    assert "articles" not in quiet.stderr
    assert f"3/{len(ARTICLES)}" in shown.stderr and "articles/s" in shown.stderr
    assert isomorphic(turtle(tmp_path / "quiet"), turtle(tmp_path / "shown"))



def test_chunks_end_at_the_article_count_or_the_text_budget() -> None:
    """A task holds at most `size` articles, and fewer when their text reaches the character budget."""
    short = [Article(id=f"s{i}", text="x" * 10, source=f"s{i}") for i in range(5)]
    long = [Article(id=f"l{i}", text="y" * 60, source=f"l{i}") for i in range(3)]
    sizes = [[a.id for a in chunk] for chunk in engine.chunks(short + long, size=4, chars=100)]
    assert sizes == [["s0", "s1", "s2", "s3"], ["s4", "l0", "l1"], ["l2"]]
