"""`kg query`: SPARQL over graph files and Oxigraph stores, its output formats and its one-line errors."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat, Store
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.cli import cli
from kg.vocab import DEFAULT_BASE, NKG

GRAPH = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/newskg/resource/> .

<entity/turkey> a nkg:Country ; rdfs:label "Turkey" .
<entity/united-states> a nkg:Country ; rdfs:label "United States" .
<entity/erdogan> a nkg:Leader ; rdfs:label "Recep Tayyip Erdogan" ; nkg:leaderOf <entity/turkey> .
<entity/s-400> a nkg:WeaponSystem ; rdfs:label "S-400" .
<event/e1> a nkg:ArmsTransfer ; nkg:agent <entity/turkey> ; nkg:item <entity/s-400> ;
    nkg:date "2019-09"^^xsd:gYearMonth ; nkg:confidence 0.8 .
"""
LEADERS = "SELECT ?leader ?country WHERE { ?leader nkg:leaderOf ?c . ?c rdfs:label ?country }"
COUNTRIES = "SELECT ?c ?label WHERE { ?c a nkg:Country ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture()
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


def kg(*args: str):
    return CliRunner().invoke(cli, ["query", *args])


def test_table_is_aligned_and_shortens_names(graph: Path) -> None:
    result = kg(str(graph), COUNTRIES)
    assert result.exit_code == 0, result.output
    header, rule, *rows, footer = result.output.rstrip("\n").splitlines()
    assert header.split() == ["c", "label"]
    assert rows == [f"{'res:entity/turkey':<24}  Turkey", "res:entity/united-states  United States"]
    assert rule == "-" * 24 + "  " + "-" * len("United States")
    assert footer == "(2 rows)"


def test_typed_literals_keep_their_type_in_the_table(graph: Path) -> None:
    result = kg(str(graph), "SELECT ?d ?c WHERE { ?e nkg:date ?d ; nkg:confidence ?c }")
    assert result.output.splitlines()[2].split() == ["2019-09^^xsd:gYearMonth", "0.8"]


def test_csv_has_full_iris(graph: Path) -> None:
    result = kg(str(graph), LEADERS, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["leader", "country"]
    assert rows[1] == [DEFAULT_BASE + "entity/erdogan", "Turkey"]


def test_json_is_sparql_results_json(graph: Path) -> None:
    result = kg(str(graph), LEADERS, "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert document["head"]["vars"] == ["leader", "country"]
    [binding] = document["results"]["bindings"]
    assert binding["leader"] == {"type": "uri", "value": DEFAULT_BASE + "entity/erdogan"}
    assert binding["country"]["value"] == "Turkey"


@pytest.mark.parametrize(("query", "answer"), [("ASK { ?x a nkg:Leader }", "true"),
                                               ("ASK { ?x a nkg:Organization }", "false")])
def test_ask_prints_true_or_false(graph: Path, query: str, answer: str) -> None:
    result = kg(str(graph), query)
    assert result.exit_code == 0
    assert result.output.strip() == answer


def test_construct_prints_turtle(graph: Path) -> None:
    result = kg(str(graph), "CONSTRUCT { ?l rdfs:label ?n } WHERE { ?l a nkg:Leader ; rdfs:label ?n }")
    assert result.exit_code == 0
    assert "res:entity\\/erdogan rdfs:label" in result.output  # written with the vocabulary's prefixes
    parsed = Graph().parse(data=result.output, format="turtle")
    assert set(parsed) == {(URIRef(DEFAULT_BASE + "entity/erdogan"), RDFS.label, Literal("Recep Tayyip Erdogan"))}


def test_construct_as_json_ld_and_csv_refused(graph: Path) -> None:
    query = "CONSTRUCT { ?l a nkg:Leader } WHERE { ?l a nkg:Leader }"
    parsed = Graph().parse(data=kg(str(graph), query, "--format", "json").output, format="json-ld")
    assert len(parsed) == 1
    assert "--format csv is for SELECT" in one_line_error(kg(str(graph), query, "--format", "csv"))


def test_a_multi_line_literal_stays_on_one_row(graph: Path) -> None:
    result = kg(str(graph), 'SELECT ?text WHERE { BIND("first line\\nsecond\\tcell" AS ?text) }')
    assert result.output.splitlines()[2] == "first line\\nsecond\\tcell"


def test_query_from_file(graph: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "leaders.rq"
    query_file.write_text("\ufeff" + LEADERS, encoding="utf-8")  # editors may write a byte-order mark
    result = kg(str(graph), "--file", str(query_file))
    assert result.exit_code == 0
    assert "res:entity/erdogan" in result.output and "Turkey" in result.output


def test_named_graphs_are_queried_as_one(tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    trig.write_text('<http://example.org/g1> { <http://example.org/a> a <https://w3id.org/newskg/ontology#Country> }\n'
                    '<http://example.org/g2> { <http://example.org/b> a <https://w3id.org/newskg/ontology#Country> }\n',
                    encoding="utf-8")
    result = kg(str(trig), "SELECT (COUNT(*) AS ?n) WHERE { ?c a nkg:Country }", "--format", "csv")
    assert result.output.splitlines() == ["n", "2"]


def test_store_directory(tmp_path: Path, graph: Path) -> None:
    folder = tmp_path / "store"
    store = Store(str(folder))
    store.load(path=str(graph), format=RdfFormat.TURTLE)
    store.flush()
    del store
    assert kg(str(folder), "ASK { ?x a nkg:Leader }").output.strip() == "true"
    update = kg(str(folder), "--update", "INSERT DATA { <entity/nato> a nkg:Organization }")
    assert update.exit_code == 0, update.output
    assert kg(str(folder), "ASK { ?x a nkg:Organization }").output.strip() == "true"


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def test_syntax_error_gives_its_position(graph: Path) -> None:
    message = one_line_error(kg(str(graph), "SELECT ?x WHERE {\n  ?x a nkg:Country \n"))
    assert "syntax error at line 3, column 1" in message


def test_unknown_prefix_is_named(graph: Path) -> None:
    message = one_line_error(kg(str(graph), "SELECT ?x WHERE {\n ?x a foaf:Person }"))
    assert "unknown prefix 'foaf:'" in message
    assert "line 2" in message


def test_unknown_prefix_inside_a_filter_is_named(graph: Path) -> None:
    message = one_line_error(kg(str(graph), "SELECT ?x WHERE { ?x a ?c FILTER(?c = dbo:Country) }"))
    assert "unknown prefix 'dbo:'" in message


def test_relative_iris_resolve_against_res(graph: Path) -> None:
    result = kg(str(graph), "SELECT ?label WHERE { <entity/erdogan> rdfs:label ?label }", "--format", "csv")
    assert result.output.splitlines() == ["label", "Recep Tayyip Erdogan"]


def test_res_follows_the_base_the_articles_were_minted_in(tmp_path: Path) -> None:
    graph = tmp_path / "based.ttl"
    graph.write_text("<https://example.org/kb/article/a1> a <https://w3id.org/newskg/ontology#Article> .\n"
                     '<https://example.org/kb/entity/nato> <http://www.w3.org/2000/01/rdf-schema#label> "NATO" .\n',
                     encoding="utf-8")
    result = kg(str(graph), "SELECT ?x ?label WHERE { ?x rdfs:label ?label . FILTER(?x = <entity/nato>) }")
    assert result.output.splitlines()[2].split() == ["res:entity/nato", "NATO"]


def test_slash_in_a_prefixed_name_gets_a_hint(graph: Path) -> None:
    message = one_line_error(kg(str(graph), "SELECT ?l WHERE { res:entity/erdogan rdfs:label ?l }"))
    assert "syntax error at line 1" in message
    assert "write <entity/erdogan>" in message


def test_query_run_as_update_is_refused(graph: Path) -> None:
    assert "without --update" in one_line_error(kg(str(graph), "--update", LEADERS))


def test_update_is_refused_without_flag_and_applied_with_it(graph: Path) -> None:
    before = graph.read_bytes()
    insert = 'INSERT DATA { <entity/nato> a nkg:Organization ; rdfs:label "NATO" }'
    message = one_line_error(kg(str(graph), insert))
    assert "--update" in message
    assert graph.read_bytes() == before

    applied = kg(str(graph), "--update", insert)
    assert applied.exit_code == 0, applied.output
    saved = Graph().parse(graph, format="turtle")
    assert (URIRef(DEFAULT_BASE + "entity/nato"), RDFS.label, Literal("NATO")) in saved
    assert (URIRef(DEFAULT_BASE + "entity/erdogan"), NKG.leaderOf, URIRef(DEFAULT_BASE + "entity/turkey")) in saved
    assert sorted(p.name for p in graph.parent.iterdir()) == ["graph.ttl"]  # no temp file left behind


def test_failed_update_leaves_the_file_alone(graph: Path) -> None:
    before = graph.read_bytes()
    one_line_error(kg(str(graph), "--update", "INSERT DATA { res:x a nkg:Country "))
    assert graph.read_bytes() == before


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("missing.ttl", None, "no such file"),
    ("broken.ttl", "<http://a> <http://b> .\n", "line 1"),
    ("broken.jsonld", '{"@id": ', "JSON-LD"),
    ("graph.xyz", "", "unknown graph format"),
])
def test_unreadable_graph(tmp_path: Path, name: str, content: str | None, expected: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert expected in one_line_error(kg(str(path), "ASK {}"))


def test_query_is_required(graph: Path) -> None:
    assert "no query" in one_line_error(kg(str(graph)))


def test_installed_console_script_runs_a_query(graph: Path) -> None:
    kg_script = shutil.which("kg")
    assert kg_script, "the `kg` console script is not installed (pip install -e .)"
    done = subprocess.run([kg_script, "query", str(graph), LEADERS, "--format", "csv"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] == f"{DEFAULT_BASE}entity/erdogan,Turkey"
    done = subprocess.run([kg_script, "query", str(graph), "SELECT ?x WHERE { ?x a bad:Thing }"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "unknown prefix 'bad:'" in done.stderr


@pytest.mark.parametrize(("query", "warning"), [
    ("SELECT ?c WHERE { ?c a nkg:Contry }", "nkg:Contry is not a term of the newskg vocabulary; did you mean nkg:Country?"),
    ("SELECT ?l WHERE { ?c rdfs:lable ?l }", "rdfs:lable is not a term of the RDF Schema vocabulary; did you mean rdfs:label?"),
    ("SELECT ?l WHERE { ?c <http://www.w3.org/2004/02/skos/core#altlabel> ?l }",
     "did you mean <http://www.w3.org/2004/02/skos/core#altLabel>?"),
    ("PREFIX n: <https://w3id.org/newskg/ontology#> SELECT ?x WHERE { ?x n:leaderof ?y }", "did you mean n:leaderOf?"),
    ("SELECT ?x WHERE { ?x a nkg:Spaceship }", "nkg:Spaceship is not a term of the newskg vocabulary"),
])
def test_an_undefined_term_warns_on_stderr_and_the_query_still_runs(graph: Path, query: str, warning: str) -> None:
    result = kg(str(graph), query)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: ") and warning in lines[0]
    assert "(0 rows)" in result.stdout


def test_defined_terms_give_no_warning(graph: Path) -> None:
    query = ("SELECT ?x ?l WHERE { ?x a nkg:Event ; rdf:type ?c ; nkg:agent/rdfs:label ?l ; nkg:item/rdf:_1* ?i "
             "OPTIONAL { ?x nkg:date ?d FILTER(datatype(?d) = xsd:gYearMonth) } ?x <http://example.org/any> ?z }")
    result = kg(str(graph), query)
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize(("query", "message"), [
    ("SELCT ?x WHERE { ?x a nkg:Country }", "line 1, column 1: unexpected 'SELCT' (did you mean SELECT?)"),
    ("SELECT ?x WHERE { ?x a nkg:Country } LIMT 3", "line 1, column 38: unexpected 'LIMT' (did you mean LIMIT?)"),
    ("SELECT ?x WHERE {\n ?x a nkg:Country FILTR(?x) }", "line 2, column 19: unexpected 'FILTR' (did you mean FILTER?)"),
])
def test_a_syntax_error_names_the_word_it_did_not_expect(graph: Path, query: str, message: str) -> None:
    assert one_line_error(kg(str(graph), query)) == f"Error: SPARQL syntax error at {message}"
