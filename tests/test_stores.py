"""The persistent store: incremental builds equal one-shot builds, rebuilding changes nothing, removing drops one article."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.store import StoreError, add, find, open_store, remove
from kg.vocab import NKG
from stores import SEEDS, dev_articles, seed_graphs  # noqa: F401

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def kg(*args: str | Path) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def quads(store_dir: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(store_dir)))


def graph_names(store_dir: Path) -> set[str]:
    return {q.graph_name.value for q in quads(store_dir)}


@pytest.fixture(scope="module")
def one_shot(tmp_path_factory) -> Path:
    """`kg build` over the seeds and every development article at once, into a store."""
    folder = tmp_path_factory.mktemp("one-shot")
    kg("build", *SEED_FILES, *dev_articles(), "--out", folder / "out", "--store", folder / "store")
    return folder


@pytest.fixture(scope="module")
def incremental(tmp_path_factory) -> Path:
    """The same articles built into one store: the seeds first, then each development article on its own."""
    folder = tmp_path_factory.mktemp("incremental")
    kg("build", SEEDS, "--out", folder / "out", "--store", folder / "store")
    for article in dev_articles():
        kg("build", article, "--out", folder / "out", "--store", folder / "store")
    return folder


def test_incremental_build_equals_one_shot_build(one_shot, incremental):
    assert len(graph_names(one_shot / "store")) == len(SEED_FILES) + len(dev_articles())
    assert quads(incremental / "store") == quads(one_shot / "store")
    assert isomorphic(Graph().parse(incremental / "out" / "graph.ttl"), Graph().parse(one_shot / "out" / "graph.ttl"))


def test_export_of_the_store_is_the_built_graph(one_shot, tmp_path):
    kg("export", "--store", one_shot / "store", "--out", tmp_path, "--format", "ttl")
    assert isomorphic(Graph().parse(tmp_path / "graph.ttl"), Graph().parse(one_shot / "out" / "graph.ttl"))


def test_rebuilding_an_article_leaves_the_store_unchanged(incremental):
    before = quads(incremental / "store")
    article = dev_articles()[0]
    kg("build", article, "--out", incremental / "again", "--store", incremental / "store")
    assert quads(incremental / "store") == before


def test_kg_remove_drops_exactly_that_article(one_shot, tmp_path):
    store_dir = tmp_path / "store"
    kg("build", *SEED_FILES, dev_articles()[0], "--out", tmp_path / "out", "--store", store_dir)
    before = quads(store_dir)
    store = open_store(store_dir, create=False)
    (removed,) = find(store, dev_articles()[0].name)
    del store
    output = kg("remove", dev_articles()[0].name, "--store", store_dir)
    assert output.strip() == f"removed {removed}"
    assert quads(store_dir) == {q for q in before if q.graph_name.value != removed}
    assert removed not in graph_names(store_dir)


def test_kg_remove_of_an_unknown_article_fails_with_one_line(tmp_path):
    kg("build", *SEED_FILES, "--out", tmp_path / "out", "--store", tmp_path / "store")
    result = CliRunner().invoke(cli, ["remove", "no-such-article", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: no article 'no-such-article' in the store "
                                     "(name its IRI, hash, source or input file)")


def test_remove_and_find_accept_iri_hash_source_and_file_name_but_not_a_stem(seed_graphs):
    store = open_store(None)
    (iri, graph), = seed_graphs
    add(store, iri, graph)
    source = Path(str(graph.value(URIRef(iri), NKG.source)))
    for ref in (iri, iri.rsplit("/", 1)[1], str(source), source.name):
        assert find(store, ref) == [iri], ref
    assert find(store, source.stem) == []
    assert remove(store, source.name) == [iri]
    assert len(store) == 0
    with pytest.raises(StoreError, match="no article"):
        remove(store, source.name)


def test_store_commands_refuse_a_folder_that_is_not_a_store(tmp_path):
    for args in (["remove", "x", "--store", str(tmp_path)], ["export", "--store", str(tmp_path), "--out", str(tmp_path)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert "not a store folder" in result.output
        assert list(tmp_path.iterdir()) == [], "a store was created where none was asked for"


def test_remove_one_record_of_a_jsonl_file_or_the_whole_file(tmp_path):
    records = [{"id": "one", "date": "2021-05-04", "text": "Greece signed a deal to buy Rafale jets from France."},
               {"id": "two", "date": "2021-05-05", "text": "Egypt said it would order more Rafale jets from France."}]
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    kg("build", news, "--out", tmp_path / "out", "--store", tmp_path / "store")
    assert len(graph_names(tmp_path / "store")) == 2
    first = kg("remove", "news.jsonl#1", "--store", tmp_path / "store").split()
    assert len(first) == 2 and len(graph_names(tmp_path / "store")) == 1
    assert first[1] not in graph_names(tmp_path / "store")
    kg("remove", "news.jsonl", "--store", tmp_path / "store")
    assert graph_names(tmp_path / "store") == set()
