"""`kg build` and `kg query` on bad input: one clear line each, the rest built, a non-zero exit, no output spoiled."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat, Store
from rdflib import Graph
from rdflib.namespace import RDF

from kg.cli import cli
from kg.vocab import NKG

STORY = ("Turkey took delivery of the first parts of the S-400 air defence system from Russia on Friday, "
         "officials in Ankara said.\n\nThe United States has warned that the purchase could bring sanctions.")
OTHER = ("Greece signed a contract with France for 18 Rafale fighter jets on Monday, the defence ministry in "
         "Athens said.")
GERMAN = ("Die Bundesregierung hat am Montag beschlossen, weitere Flugabwehrsysteme an die Ukraine zu liefern. "
          "Der Minister sagte, die Lieferung sei dringend und werde noch in diesem Monat beginnen.")


def kg_build(*args: str | Path):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def articles_in(turtle: Path) -> set[str]:
    graph = Graph().parse(turtle, format="turtle")
    return {str(graph.value(a, NKG.source)) for a in graph.subjects(RDF.type, NKG.Article)}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder with two good articles and one of every kind of bad input."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(" date 2019-07-12 " + STORY, encoding="utf-8")
    (folder / "legacy.txt").write_bytes((OTHER + " It cost \u00a32bn, \u201cofficials\u201d said.").encode("cp1252"))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "baddate.txt").write_text("date 2019-13-45 " + STORY, encoding="utf-8")
    (folder / "page.html").write_text(f"<html><head><title>Rafale</title></head><body><p>{OTHER}</p></body></html>",
                                      encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps({"id": "j1", "text": STORY + " More."}) + "\n{not json\n",
                                       encoding="utf-8")
    return folder


def test_corpus_build_skips_each_bad_input_with_one_line_and_builds_the_rest(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = kg_build(corpus, tmp_path / "missing.txt", "--out", out)
    assert result.exit_code == 1, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert sorted(line.split(":")[0] for line in skipped) == sorted([
        f"skipped {corpus}/baddate.txt", f"skipped {corpus}/empty.txt", f"skipped {corpus}/feed.jsonl",
        f"skipped {corpus}/german.txt", f"skipped {corpus}/photo.txt", f"skipped {tmp_path}/missing.txt"])
    assert f"skipped {corpus}/feed.jsonl:2: not JSON" in result.stderr
    assert f"warning: {corpus}/legacy.txt: not UTF-8; decoded as cp1252" in result.stderr
    assert result.stderr.rstrip().endswith("6 input(s) skipped")
    assert articles_in(out / "graph.ttl") == {f"{corpus}/good.txt", f"{corpus}/legacy.txt", f"{corpus}/page.html",
                                              f"{corpus}/feed.jsonl#1"}


def test_strict_stops_at_the_first_bad_input_and_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {corpus}/baddate.txt: malformed date header "
                                                  "'date 2019-13-45' (expected date YYYY-MM-DD)"]
    assert not (out / "graph.ttl").exists()


def test_folder_with_no_articles_is_an_error_and_keeps_the_previous_graph(tmp_path: Path) -> None:
    good, out = tmp_path / "good.txt", tmp_path / "out"
    good.write_text(STORY, encoding="utf-8")
    assert kg_build(good, "--out", out).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("no articles here", encoding="utf-8")
    result = kg_build(empty, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"skipped {empty}: no article files (.txt, .jsonl, .html, .htm) in this folder",
        "Error: no article to build: every input was skipped"]
    assert (out / "graph.ttl").read_bytes() == before


def test_utf16_and_bom_files_build(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes(STORY.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + OTHER.encode())
    result = kg_build(tmp_path / "utf16.txt", tmp_path / "bom.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "utf-16" in result.stderr
    assert len(articles_in(tmp_path / "out" / "graph.ttl")) == 2


# ---------------------------------------------------------------- kg query never writes without --update

GRAPH = """@prefix nkg: <https://w3id.org/newskg/ontology#> .
<https://w3id.org/newskg/resource/entity/turkey> a nkg:Country .
"""


def kg_query(*args: str):
    return CliRunner().invoke(cli, ["query", *args])


def test_query_on_a_file_leaves_it_untouched(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    before = (graph.read_bytes(), graph.stat().st_mtime_ns)
    assert kg_query(str(graph), "SELECT * WHERE { ?s ?p ?o }").exit_code == 0
    for update in ("DELETE WHERE { ?s ?p ?o }", "CLEAR ALL", "DROP DEFAULT", "LOAD <file:///etc/hostname>"):
        result = kg_query(str(graph), update)
        assert result.exit_code == 2 and "pass --update" in result.output, result.output
    assert (graph.read_bytes(), graph.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_update_on_a_store_is_refused_without_the_flag(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = Store(str(folder))
    store.load(GRAPH.encode(), format=RdfFormat.TURTLE)
    store.flush()
    del store
    result = kg_query(str(folder), "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert kg_query(str(folder), "ASK { ?c a nkg:Country }").output.strip() == "true"


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT ?x WHERE { ?x a nkg:Country", "SPARQL syntax error at line 1"),
    ("SELECT ?x WHERE { ?x a foaf:Person }", "unknown prefix 'foaf:'"),
    ("ASK { ?x ?y }", "SPARQL syntax error at line 1"),
])
def test_bad_queries_get_one_line(tmp_path: Path, query: str, expected: str) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    result = kg_query(str(graph), query)
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    assert expected in result.output


def test_query_on_a_missing_file(tmp_path: Path) -> None:
    result = kg_query(str(tmp_path / "nope.ttl"), "ASK {}")
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {tmp_path / 'nope.ttl'}: no such file or directory"
    assert not (tmp_path / "nope.ttl").exists()


@pytest.mark.parametrize(("base", "expected"), [
    ("http://x y/", "is not an absolute IRI"), ("relative/", "is not an absolute IRI"),
    ("https://example.org/kg", "must end with '/' or '#'"),
])
def test_bad_base_iri_is_one_line(tmp_path: Path, base: str, expected: str) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = kg_build(tmp_path / "a.txt", "--out", tmp_path / "out", "--base", base)
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: --base {base!r} ") and expected in line
    assert not (tmp_path / "out").exists()


def test_lang_builds_articles_in_the_languages_asked_for(tmp_path: Path) -> None:
    german, english = tmp_path / "de.txt", tmp_path / "en.txt"
    german.write_text(GERMAN, encoding="utf-8")
    english.write_text(STORY, encoding="utf-8")
    default = kg_build(german, english, "--out", tmp_path / "a")
    assert f"skipped {german}: not English: looks like 'de'" in default.stderr
    assert "--lang de builds it" in default.stderr and len(articles_in(tmp_path / "a" / "graph.ttl")) == 1
    both = kg_build(german, english, "--out", tmp_path / "b", "--lang", "en", "--lang", "de")
    assert both.exit_code == 0, both.output
    assert len(articles_in(tmp_path / "b" / "graph.ttl")) == 2


def test_a_build_never_reads_its_own_output_folder(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text(STORY, encoding="utf-8")
    for _ in range(2):   # the second build finds out/graph.html inside the folder it reads
        result = kg_build(news, "--out", news / "out")
        assert result.exit_code == 0, result.output
    assert len(articles_in(news / "out" / "graph.ttl")) == 1
