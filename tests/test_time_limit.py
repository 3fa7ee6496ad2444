"""An article whose analysis never ends is stopped at the time limit, reported in one line and skipped; the rest
is built, in this process and in worker processes."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF

import kg.pipeline
from kg.cli import cli
from kg.vocab import NKG

GOOD = ("Turkey took delivery of the first parts of the S-400 air defence system from Russia on Friday, "
        "officials in Ankara said.")
OTHER = "Greece signed a contract with France for 18 Rafale fighter jets on Monday, the defence ministry said."
ENDLESS = "Endless talks began in Vienna on Monday, the Austrian foreign ministry said."
LIMIT = 3.0     # seconds: a fraction of it is what an ordinary article takes, even its first one on a busy machine


@pytest.fixture()
def endless_facts(monkeypatch) -> None:
    """The facts stage never ends on the ENDLESS article: it waits on an event that nobody sets."""
    found = kg.pipeline.find_facts
    never = threading.Event()

    def find_facts(doc, *args, **kwargs):
        if doc.text.startswith("Endless"):
            never.wait()
        return found(doc, *args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "find_facts", find_facts)
    monkeypatch.setenv(kg.pipeline.LIMIT_ENV, str(LIMIT))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_past_the_time_limit_is_skipped_with_one_line(tmp_path: Path, endless_facts, workers: str) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in (("a.txt", GOOD), ("b.txt", ENDLESS), ("c.txt", OTHER)):
        (news / name).write_text(f"date 2019-07-12\n{text}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(news), "--out", str(tmp_path / "out"), "--workers", workers])
    assert result.exit_code == 1, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("skipped")] == [
        f"skipped {news}/b.txt: its analysis did not end within {LIMIT:g} s, so it was stopped "
        f"(${kg.pipeline.LIMIT_ENV} sets the limit)"]
    assert result.stderr.rstrip().endswith("1 input(s) skipped")
    assert result.stdout.startswith("2 articles, ")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert {str(graph.value(a, NKG.source)) for a in graph.subjects(RDF.type, NKG.Article)} == {
        f"{news}/a.txt", f"{news}/c.txt"}


@pytest.mark.parametrize("value", ["soon", "-1", "nan"])
def test_a_bad_time_limit_is_one_line(tmp_path: Path, monkeypatch, value: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv(kg.pipeline.LIMIT_ENV, value)
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {kg.pipeline.LIMIT_ENV}={value!r} is not a number of seconds"]
