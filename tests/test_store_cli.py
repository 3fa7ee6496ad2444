"""`kg export` and `kg push` against real stores: an Oxigraph server and Virtuoso on loopback ports."""
from __future__ import annotations

from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.export.formats import FORMATS
from stores import free_port, oxigraph_server, rows_http, seed_build, virtuoso  # noqa: F401

GRAPH = "https://w3id.org/newskg/resource/test/pushed"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"%s\")) }"


def kg(*args: str | Path):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    from stores import SEEDS

    folder = tmp_path_factory.mktemp("cli-store")
    assert kg("build", SEEDS, "--out", folder / "out", "--store", folder / "store").exit_code == 0
    return folder / "store"


@pytest.fixture(scope="module")
def exported(store_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli-export")
    result = kg("export", "--store", store_dir, "--out", out)
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(out / FORMATS[f][0]) for f in ("ttl", "trig", "nq", "jsonld", "graphml")]
    return out


def test_export_refuses_an_unknown_format(store_dir, tmp_path):
    result = kg("export", "--store", store_dir, "--out", tmp_path, "--format", "ttl,xml")
    assert result.exit_code == 2
    assert "unknown format xml; choose from ttl, nt, trig, nq, jsonld, graphml" in result.output
    assert list(tmp_path.iterdir()) == []


def test_push_turtle_replaces_the_named_graph_in_oxigraph(oxigraph_server, exported):
    turtle = exported / "graph.ttl"
    size = len(Graph().parse(turtle))
    for _ in range(2):  # PUT twice: the graph is replaced, not doubled
        result = kg("push", turtle, "--endpoint", f"{oxigraph_server}/store", "--graph", GRAPH)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("PUT ")
        assert rows_http(f"{oxigraph_server}/query", COUNT % GRAPH) == {(str(size),)}


def test_push_nquads_keeps_one_named_graph_per_article(oxigraph_server, exported, store_dir):
    result = kg("push", exported / "graph.nq", "--endpoint", f"{oxigraph_server}/store")
    assert result.exit_code == 0, result.output
    assert "application/n-quads" in result.output
    pushed = rows_http(f"{oxigraph_server}/query", GRAPHS % "https://w3id.org/newskg/resource/article/")
    articles = {q.graph_name.value for q in ox.Store.read_only(str(store_dir))}
    assert {g for (g,) in pushed} == articles


def test_push_without_a_graph_adds_to_the_default_graph(oxigraph_server, tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.ttl").write_text(f"<https://example.org/{name}> <https://example.org/p> 1 .\n")
        result = kg("push", tmp_path / f"{name}.ttl", "--endpoint", f"{oxigraph_server}/store")
        assert result.exit_code == 0, result.output
        assert result.output.startswith("POST ")
    default = httpx.get(f"{oxigraph_server}/store", params={"default": ""}, timeout=30,
                        headers={"Accept": "application/n-triples"})
    subjects = {str(s) for s in Graph().parse(data=default.text, format="nt").subjects()}
    assert {"https://example.org/a", "https://example.org/b"} <= subjects


def test_push_to_a_closed_port_fails_with_one_line(exported):
    url = f"http://127.0.0.1:{free_port()}/store"
    result = kg("push", exported / "graph.ttl", "--endpoint", url)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"Error: cannot connect to {url}")


def test_push_to_a_wrong_path_reports_the_http_status(oxigraph_server, exported):
    result = kg("push", exported / "graph.ttl", "--endpoint", f"{oxigraph_server}/nowhere")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert " answered 404 " in result.output


def test_push_refuses_a_graph_name_for_a_dataset_file(exported):
    result = kg("push", exported / "graph.trig", "--endpoint", "http://127.0.0.1:1/store", "--graph", GRAPH)
    assert result.exit_code == 1
    assert "holds named graphs" in result.output


def test_push_to_virtuoso_with_digest_authentication(virtuoso, exported):
    turtle = exported / "graph.ttl"
    refused = kg("push", turtle, "--endpoint", virtuoso.graph_store, "--graph", GRAPH,
                 "--user", "dba", "--password", "wrong", "--digest")
    assert refused.exit_code == 1
    assert " answered 401 " in refused.output
    result = kg("push", turtle, "--endpoint", virtuoso.graph_store, "--graph", GRAPH,
                "--user", "dba", "--password", "dba", "--digest")
    assert result.exit_code == 0, result.output
    assert rows_http(virtuoso.sparql, COUNT % GRAPH) == {(str(len(Graph().parse(turtle))),)}


def test_virtuoso_loads_the_turtle_with_ttlp_mt(virtuoso, seed_build):
    turtle = seed_build / "graph.ttl"
    virtuoso.load(turtle, GRAPH + "/ttlp")
    assert rows_http(virtuoso.sparql, COUNT % (GRAPH + "/ttlp")) == {(str(len(Graph().parse(turtle))),)}
    assert httpx.get(virtuoso.sparql, params={"query": "ASK {}"}, timeout=30).status_code == 200
