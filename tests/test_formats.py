"""Every export format is valid for Apache Jena's riot and parses back to the graph it was written from."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import FormatError
from kg.export.formats import (CONTEXT_FILE, FORMATS, graphml_graph, jsonld_context, parse_formats,
                               rdflib_dataset, triples, write_formats)
from kg.store import add, open_store
from stores import jena, seed_graphs  # noqa: F401

RDF_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
# Jena's JSON-LD 1.1 reader needs a Jakarta JSON-P provider that Debian does not package; its 1.0 reader works
RIOT_SYNTAX = {"jsonld": "jsonld10"}
DATASETS = {"trig", "nq", "jsonld"}


@pytest.fixture(scope="module")
def store(seed_graphs):
    memory = open_store(None)
    for iri, graph in seed_graphs:
        add(memory, iri, graph)
    return memory


def merged_graph(store: ox.Store) -> Graph:
    """The union of the store's graphs as one rdflib Graph, to compare parsed files with."""
    return Graph().parse(data=ox.serialize(triples(store), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")


@pytest.fixture(scope="module")
def exported(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export")
    written = write_formats(store, out, FORMATS)
    assert [p.name for p in written] == [name for name, _ in FORMATS.values()]
    return out


def test_all_formats_are_written_with_no_temporary_file_left(exported):
    assert sorted(p.name for p in exported.iterdir()) == sorted(
        [name for name, _ in FORMATS.values()] + [CONTEXT_FILE])


@pytest.mark.parametrize("fmt", sorted(RDF_SYNTAX))
def test_jena_riot_validates(exported, fmt):
    path = exported / FORMATS[fmt][0]
    syntax = ["--syntax", RIOT_SYNTAX[fmt]] if fmt in RIOT_SYNTAX else []
    done = jena("riot", *syntax, "--validate", str(path))
    assert done.returncode == 0, done.stderr
    assert "WARN" not in done.stderr and "ERROR" not in done.stderr, done.stderr


def test_riot_reads_as_many_quads_as_the_store_holds(exported, store):
    done = jena("riot", "--count", str(exported / "graph.nq"))
    assert f"Quads = {len(store)}" in done.stdout + done.stderr


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_merged_formats_round_trip(exported, store, fmt):
    parsed = Graph().parse(exported / FORMATS[fmt][0], format=RDF_SYNTAX[fmt])
    assert len(parsed) == len(merged_graph(store))
    assert isomorphic(parsed, merged_graph(store))


@pytest.mark.parametrize("fmt", sorted(DATASETS))
def test_dataset_formats_keep_one_named_graph_per_article(exported, store, seed_graphs, fmt):
    parsed = Dataset().parse(exported / FORMATS[fmt][0], format=RDF_SYNTAX[fmt])
    graphs = {g.identifier: g for g in parsed.graphs() if len(g)}
    assert set(graphs) == {URIRef(iri) for iri, _ in seed_graphs}
    source = rdflib_dataset(store)
    for iri, graph in seed_graphs:
        assert len(graphs[URIRef(iri)]) == len(graph)
        assert isomorphic(graphs[URIRef(iri)], source.graph(URIRef(iri))), iri


def test_jsonld_is_compacted_with_the_context_file_written_beside_it(exported):
    document = json.loads((exported / "graph.jsonld").read_text(encoding="utf-8"))
    context = json.loads((exported / CONTEXT_FILE).read_text(encoding="utf-8"))["@context"]
    assert context == jsonld_context() == document["@context"]
    assert context["nkg"] == "https://w3id.org/newskg/ontology#"
    text = (exported / "graph.jsonld").read_text(encoding="utf-8")
    assert '"nkg:agent"' in text and "https://w3id.org/newskg/ontology#agent" not in text


PLOVER_GRAPH = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix plover: <https://w3id.org/newskg/plover/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newskg/resource/entity/turkey> a nkg:Country ; rdfs:label "Turkey" .
<https://w3id.org/newskg/resource/entity/turkish-military> a nkg:Group ; rdfs:label "Turkish military" ;
    nkg:country <https://w3id.org/newskg/resource/entity/turkey> ; nkg:sector "MIL" .
<https://w3id.org/newskg/resource/event/e1> a nkg:Assault ; nkg:ploverType plover:ASSAULT ; nkg:ploverMode "aerial" ;
    nkg:agent <https://w3id.org/newskg/resource/entity/turkish-military> .
"""


def test_jsonld_compacts_plover_categories_and_group_terms(tmp_path):
    store = ox.Store()
    store.load(PLOVER_GRAPH, ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/newskg/resource/article/a"))
    (path,) = write_formats(store, tmp_path, ["jsonld"])
    assert jsonld_context()["plover"] == "https://w3id.org/newskg/plover/"
    text = path.read_text(encoding="utf-8")
    assert '"plover:ASSAULT"' in text and '"nkg:ploverType"' in text and '"nkg:country"' in text
    assert "https://w3id.org/newskg/plover/ASSAULT" not in text
    parsed = Dataset().parse(path, format="json-ld")
    assert isomorphic(Graph().parse(data=PLOVER_GRAPH, format="turtle"),
                      parsed.graph(URIRef("https://w3id.org/newskg/resource/article/a")))
    done = jena("riot", "--syntax", RIOT_SYNTAX["jsonld"], "--validate", str(path))
    assert done.returncode == 0 and "WARN" not in done.stderr, done.stderr


def test_graphml_round_trips_with_labels_classes_and_edge_names(exported, store):
    expected = graphml_graph(triples(store))
    parsed = nx.read_graphml(exported / "graph.graphml", force_multigraph=True)
    assert (parsed.number_of_nodes(), parsed.number_of_edges()) == (
        expected.number_of_nodes(), expected.number_of_edges())
    assert parsed.number_of_nodes() > 0 and parsed.number_of_edges() > 0
    assert {d["kind"] for _, d in parsed.nodes(data=True)} == {"entity", "event"}
    for _, data in parsed.nodes(data=True):
        assert data["label"] and data["class"]
    countries = {d["label"] for _, d in parsed.nodes(data=True) if d["class"] == "Country"}
    assert "Turkey" in countries
    names = {d["label"] for _, _, d in parsed.edges(data=True)}
    assert {"agent", "item"} <= names
    assert names <= {"agent", "target", "item", "location", "leaderOf", "officialOf", "memberOf", "allyOf",
                      "originCountry", "manufacturer", "locatedIn", "country"}


def test_unknown_format_names_are_refused_with_the_choices():
    assert parse_formats("ttl, TriG") == ["ttl", "trig"]
    with pytest.raises(FormatError, match="unknown format owl; choose from ttl"):
        parse_formats("ttl,owl")


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    from kg.atomic import replace_into
    from kg.errors import OutputError

    target = tmp_path / "graph.ttl"
    target.write_text("previous\n", encoding="utf-8")

    def half_then_fail(tmp: str) -> None:
        Path(tmp).write_text("half a graph", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OutputError, match="disk full; it was not changed"):
        replace_into(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_jena_script_checks_datatypes_with_one_logging_binding(tmp_path):
    # Datatype checks go through Jena's relocated xerces, which needs the message bundles the script adds
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://example.org/a> <http://example.org/p> "2019-13-45"'
                   '^^<http://www.w3.org/2001/XMLSchema#date> .\n', encoding="utf-8")
    done = jena("riot", "--validate", str(bad))
    assert "Lexical form '2019-13-45' not valid for datatype XSD date" in done.stderr, done.stderr
    assert "Exception" not in done.stderr
    classpath = jena("classpath").stdout.strip().split(":")
    assert len(classpath) == len(set(classpath))
    bindings = [p for p in classpath if Path(p).name.startswith(("slf4j-", "logback-", "log4j-slf4j"))
                and not Path(p).name.startswith("slf4j-api")]
    assert [Path(p).name for p in bindings] == ["slf4j-simple.jar"]
