"""`kg build` and `kg query` on bad input: one clear line each, the rest built, a non-zero exit, no output spoiled."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
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
    ("ASK { " + "{" * 400 + "?x ?y ?z" + "}" * 399, "SPARQL syntax error at line 1"),   # deeper than rdflib's parser
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


# ---------------------------------------------------------------- files that cannot be read, or read forever

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def unprivileged(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess:
    """`kg ARGS` in a process that file permissions apply to (root runs it without its override capabilities)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("as root, setpriv is needed to drop the capability that ignores file permissions")
        prefix = ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
    return subprocess.run([*prefix, *KG, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def test_unreadable_files_and_folders_are_skipped_and_the_rest_built(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "locked").mkdir(parents=True)
    (news / "good.txt").write_text(STORY, encoding="utf-8")
    (news / "locked" / "hidden.txt").write_text(OTHER, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text(OTHER, encoding="utf-8")
    secret.chmod(0)
    (news / "locked").chmod(0)
    try:
        done = unprivileged("build", secret, news, "--out", tmp_path / "out")
    finally:
        (news / "locked").chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert f"skipped {secret}: Permission denied" in done.stderr.splitlines()
    assert f"skipped {news}/locked: Permission denied" in done.stderr.splitlines()
    assert articles_in(tmp_path / "out" / "graph.ttl") == {f"{news}/good.txt"}


def test_a_fifo_is_reported_not_read(tmp_path: Path) -> None:
    """Reading a FIFO would block until someone writes to it: the build must not hang on one."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(news / "pipe.txt")
    os.mkfifo(tmp_path / "named.jsonl")
    done = subprocess.run([*KG, "build", str(tmp_path / "named.jsonl"), str(news), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    reason = "not a regular file (a FIFO, socket or device), not read"
    assert f"skipped {tmp_path}/named.jsonl: {reason}" in done.stderr
    assert f"skipped {news}/pipe.txt: {reason}" in done.stderr
    assert articles_in(tmp_path / "out" / "graph.ttl") == {f"{news}/good.txt"}


def test_a_linked_folder_is_read_and_a_loop_is_reported(tmp_path: Path) -> None:
    news, elsewhere = tmp_path / "news", tmp_path / "elsewhere"
    news.mkdir()
    elsewhere.mkdir()
    (elsewhere / "far.txt").write_text(OTHER, encoding="utf-8")
    (news / "good.txt").write_text(STORY, encoding="utf-8")
    (news / "linked").symlink_to(elsewhere)
    (news / "loop").symlink_to(news)
    result = kg_build(news, "--out", tmp_path / "out")
    assert articles_in(tmp_path / "out" / "graph.ttl") == {f"{news}/good.txt", f"{news}/linked/far.txt"}
    assert f"skipped {news}/loop: a link to a folder already read (a loop), not read again" in result.stderr


@pytest.mark.parametrize("date", ["20190914", "2019-09-14garbage", "14/09/2019", "2019-9-14"])
def test_lenient_dates_are_refused(tmp_path: Path, date: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": STORY, "date": date}) + "\n"
                    + json.dumps({"text": OTHER, "date": "2019-09-14T08:30:00Z"}) + "\n", encoding="utf-8")
    result = kg_build(feed, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert f"skipped {feed}:1: malformed date {date!r} (expected YYYY-MM-DD)" in result.stderr
    assert articles_in(tmp_path / "out" / "graph.ttl") == {f"{feed}#2"}


# ---------------------------------------------------------------- errors: one line for the user, a traceback for a bug

def test_an_unwritable_out_is_found_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "bad.txt"), "--strict", "--out",
                                      str(tmp_path / "a-file" / "out")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {tmp_path}/a-file/out: cannot write there (Not a directory)"]


def test_a_missing_model_is_one_line_also_with_workers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = kg_build(tmp_path / "a.txt", "--out", tmp_path / "out", "--model", "no_such_model", "-j", "2")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: spaCy pipeline 'no_such_model' is not installed (pip install it, or pick another with --model)"]


@pytest.mark.parametrize("bug", [RuntimeError, ValueError, OSError, KeyError, RecursionError])
def test_a_bug_is_not_dressed_up_as_a_user_error(tmp_path: Path, monkeypatch, bug: type) -> None:
    import kg.build

    def broken(*args, **kwargs):
        raise bug("a bug in newskg")

    monkeypatch.setattr(kg.build, "build", broken)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = kg_build(tmp_path / "a.txt", "--out", tmp_path / "out")
    assert isinstance(result.exception, bug) and not result.stderr.startswith("Error:")


def test_a_binary_query_file_is_one_line(tmp_path: Path) -> None:
    graph, query = tmp_path / "graph.ttl", tmp_path / "q.rq"
    graph.write_text(GRAPH, encoding="utf-8")
    query.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    result = kg_query(str(graph), "--file", str(query))
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {query}: not a SPARQL query (not UTF-8 text)"


def test_view_never_overwrites_its_graph(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    for out in (graph, tmp_path / "." / "graph.ttl"):
        result = CliRunner().invoke(cli, ["view", str(graph), "--out", str(out)])
        assert result.exit_code == 1
        assert result.output.strip() == f"Error: {out} is the graph itself: give the view another --out"
    assert graph.read_text(encoding="utf-8") == GRAPH


def test_view_into_a_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["view", str(graph), "--out", str(tmp_path / "a-file" / "view.html")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot write {tmp_path}/a-file/view.html: ")


def test_update_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target, link = tmp_path / "real" / "graph.ttl", tmp_path / "graph.ttl"
    target.write_text(GRAPH, encoding="utf-8")
    link.symlink_to(target)
    result = kg_query(str(link), "--update", "INSERT DATA { <entity/greece> a nkg:Country }")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and "greece" in target.read_text(encoding="utf-8")


def test_a_month_before_the_year_1000_has_four_digits_and_validate_checks_it(tmp_path: Path) -> None:
    import datetime as dt

    from kg.extract.time import resolve_date
    from kg.validate import load_graph, validate

    assert resolve_date("next month", dt.date(999, 1, 15)).value == "0999-02"
    graph = tmp_path / "g.ttl"
    graph.write_text('@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                     '<https://w3id.org/newskg/resource/event/e> <https://w3id.org/newskg/ontology#date> '
                     '"1-02"^^xsd:gYearMonth .\n', encoding="utf-8")
    assert any("not a valid xsd:gYearMonth" in str(v) for v in validate(load_graph(graph)))


# ---------------------------------------------------------------- the store: identity, strict, remove, export

def store_articles(folder: Path) -> dict[str, str]:
    """Article graph IRI -> source, read from the store folder."""
    from kg.store import articles, open_read_only

    return articles(open_read_only(folder))


def test_strict_with_a_store_writes_nothing_into_it(tmp_path: Path) -> None:
    """The bad input comes after enough good ones for several chunks of articles to be extracted."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a-good.jsonl").write_text("".join(json.dumps({"text": f"{OTHER} Order number {i}."}) + "\n"
                                               for i in range(100)), encoding="utf-8")
    (news / "z-bad.txt").write_text("date 2019-13-45 " + STORY, encoding="utf-8")
    result = kg_build(news, "--out", tmp_path / "out", "--store", tmp_path / "store", "--strict")
    assert result.exit_code == 1 and "malformed date header" in result.stderr
    assert len(Store.read_only(str(tmp_path / "store"))) == 0
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_an_article_edited_in_place_replaces_its_stale_version(tmp_path: Path) -> None:
    article, feed, store = tmp_path / "a.txt", tmp_path / "feed.jsonl", tmp_path / "store"
    article.write_text(STORY, encoding="utf-8")
    feed.write_text(json.dumps({"text": OTHER}) + "\n" + json.dumps({"text": STORY + " Again."}) + "\n",
                    encoding="utf-8")
    assert kg_build(article, feed, "--out", tmp_path / "out", "--store", store).exit_code == 0
    article.write_text(STORY + " The deal was signed in 2017.", encoding="utf-8")
    feed.write_text(json.dumps({"text": OTHER + " It was the first order."}) + "\n", encoding="utf-8")
    assert kg_build(article, feed, "--out", tmp_path / "out", "--store", store).exit_code == 0
    assert sorted(store_articles(store).values()) == [str(article), f"{feed}#1"]
    assert articles_in(tmp_path / "out" / "graph.ttl") == {str(article), f"{feed}#1"}


def test_remove_names_one_file_exactly_and_has_a_dry_run(tmp_path: Path) -> None:
    for folder, text in (("a", STORY), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert kg_build(tmp_path / "a", tmp_path / "b", "--out", tmp_path / "out", "--store", store).exit_code == 0

    def remove(*args: str):
        return CliRunner().invoke(cli, ["remove", *args, "--store", str(store)])

    assert remove("index").exit_code == 1          # a bare stem names nothing
    ambiguous = remove("index.txt")
    assert ambiguous.exit_code == 1 and "names articles of 2 files" in ambiguous.output
    dry = remove(f"{tmp_path}/a/index.txt", "--dry-run")
    assert dry.exit_code == 0 and dry.output.startswith("would remove ") and len(store_articles(store)) == 2
    assert remove("a/index.txt").exit_code == 0
    assert list(store_articles(store).values()) == [f"{tmp_path}/b/index.txt"]


def test_export_reads_a_store_that_a_build_holds_open(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert kg_build(tmp_path / "a.txt", "--out", tmp_path / "out", "--store", tmp_path / "store").exit_code == 0
    writer = Store(str(tmp_path / "store"))      # holds the store's lock, as a running build does
    result = CliRunner().invoke(cli, ["export", "--store", str(tmp_path / "store"), "--out", str(tmp_path / "x"),
                                      "--format", "ttl"])
    del writer
    assert result.exit_code == 0, result.output
    assert articles_in(tmp_path / "x" / "graph.ttl") == {f"{tmp_path}/a.txt"}
    shutil.copytree(tmp_path / "store", tmp_path / "copy")
    for path in [tmp_path / "copy", *(tmp_path / "copy").iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)     # a read-only copy
    (tmp_path / "y").mkdir(mode=0o777)
    done = unprivileged("export", "--store", tmp_path / "copy", "--out", tmp_path / "y", "--format", "ttl")
    assert done.returncode == 0, done.stderr
    assert articles_in(tmp_path / "y" / "graph.ttl") == {f"{tmp_path}/a.txt"}


# ---------------------------------------------------------------- memory: inputs and answers stream

def test_a_big_jsonl_is_read_one_line_at_a_time(tmp_path: Path) -> None:
    import tracemalloc

    from kg.read import read_inputs

    feed, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    line = json.dumps({"text": STORY}) + "\n"
    feed.write_text(line * (40_000_000 // len(line)), encoding="utf-8")
    small.write_text(line, encoding="utf-8")
    list(read_inputs([small]))      # the language model is loaded once per process, before measuring
    tracemalloc.start()
    first = next(read_inputs([feed]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert first.text == STORY
    assert peak < 8_000_000, f"{peak:,} bytes held to read the first article of a 40 MB file"


def test_query_results_stream_to_the_output(tmp_path: Path) -> None:
    import io
    import tracemalloc

    from kg.query import run
    from kg.results import write

    graph = tmp_path / "g.nt"
    graph.write_text("".join(f'<http://example.org/{i}> <http://example.org/p> "{"v" * 60}{i}" .\n'
                             for i in range(100_000)), encoding="utf-8")
    answer = run(graph, "SELECT ?s ?o WHERE { ?s ?p ?o }")

    class Counting(io.RawIOBase):
        size = 0

        def write(self, data) -> int:
            self.size += len(data)
            return len(data)

    out = Counting()
    tracemalloc.start()
    write(answer, "table", out)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert out.size > 9_000_000
    assert peak < 3_000_000, f"{peak:,} bytes held to print {out.size:,} bytes"
