"""The documentation is tested (sybil): every ```console transcript in README.md and docs/*.md is run and must print
what it shows, and every query the docs show gets the same answer from `kg query` and from a bare Oxigraph server.

A transcript is a fenced ```console block: `$ COMMAND` lines (a command goes on over the next lines while a quote
is open or a line ends in a backslash), each followed by the lines it prints, stdout and stderr as a terminal shows
them. Output is compared with doctest's checker and its one option ELLIPSIS: `...` stands for text that varies.
Commands run under bash in a work folder per document, laid out like a clone after the quick start: `exports/` is
one build of seeds/ made for the test session, `seeds/`, `ontology/`, `scripts/` and `docs/` are the repository's.
A `<!-- skip: next if(jena_missing, reason=jena_missing) -->` comment skips the next block where Jena is missing
(`virtuoso_missing` likewise).
"""
from __future__ import annotations

import doctest
import json
import os
import shlex
import shutil
import socket
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sybil import Example, Sybil
from sybil.parsers.markdown import CodeBlockParser, SkipParser

from kg.cli import cli, query_command
from kg.push import push
from stores import REPO, jena_available, oxigraph_server, rows_from_json, seed_build  # noqa: F401

PATTERNS = ["README.md", "docs/*.md"]
LINKED = ("seeds", "ontology", "scripts", "docs")   # the work folder's links into the repository
VIRTUOSO_PORTS = (1111, 8890)                        # the ports docs/triplestores.md starts its Virtuoso on
CHECKER, OPTIONS = doctest.OutputChecker(), doctest.ELLIPSIS
COMMAND_SECONDS = 120
GRAPH = "https://w3id.org/newskg/graph/docs"


@dataclass(frozen=True)
class Command:
    """One shell command of a code block and the output the block shows for it."""
    text: str
    output: str


def complete(text: str) -> bool:
    """True when `text` is a whole command: no quote left open, no line continued with a backslash."""
    try:
        shlex.split(text, comments=True)
    except ValueError:
        return False
    return True


def commands(source: str, transcript: bool) -> list[Command]:
    """The commands of a block: `$ ` lines and the output after each (transcript), or every line not a comment."""
    found: list[list[str]] = []     # [command, output lines...]
    for line in source.splitlines():
        if found and not complete(found[-1][0]):
            found[-1][0] += "\n" + line
        elif transcript and not line.startswith("$ "):
            assert found, f"a console block opens with output, not a command: {line!r}"
            found[-1].append(line)
        elif line.strip() and not line.lstrip().startswith("#"):
            found.append([line.removeprefix("$ ") if transcript else line])
    return [Command(text, "".join(out + "\n" for out in output)) for text, *output in found]


class CommandsParser(CodeBlockParser):
    """The fenced blocks of one language, each parsed into its Commands."""

    def __init__(self, language: str, transcript: bool, evaluator):
        super().__init__(language, evaluator)
        self.transcript = transcript

    def __call__(self, document):
        for region in super().__call__(document):
            region.parsed = commands(str(region.parsed), self.transcript)
            yield region


# ---------------------------------------------------------------- transcripts: run, compare the output

def port_taken(port: int) -> bool:
    """True when something listens on 127.0.0.1:`port`."""
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def virtuoso_missing() -> str | None:
    """Why the docs' Virtuoso transcript cannot run here, or None when it can."""
    missing = [exe for exe in ("virtuoso-t", "isql-vt", "curl") if shutil.which(exe) is None]
    if missing:
        return f"{', '.join(missing)} not installed (Debian virtuoso-opensource, curl)"
    taken = [str(port) for port in VIRTUOSO_PORTS if port_taken(port)]
    return f"port {', '.join(taken)} already in use" if taken else None


def shell(command: str, cwd: Path) -> str:
    """Run `command` under bash in `cwd`; what it printed on stdout and stderr, interleaved."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=COMMAND_SECONDS)
    return done.stdout


def run_transcript(example: Example) -> str | None:
    """Run every command of the block (all of them, so a later `stop` still runs); the mismatches, if any."""
    failures = []
    for command in example.parsed:
        got = shell(command.text, example.namespace["cwd"])
        if not CHECKER.check_output(command.output, got, OPTIONS):
            failures.append(f"$ {command.text}\n" + CHECKER.output_difference(
                doctest.Example(command.text, command.output), got, OPTIONS))
    return "\n".join(failures) or None


# ---------------------------------------------------------------- queries: kg and a bare Oxigraph server agree

@dataclass(frozen=True)
class Query:
    """A SPARQL query or update the docs show."""
    text: str
    update: bool = False


def kg_queries(example: Example) -> list[Query]:
    """The queries of a block: its text (a sparql block), or those of its `kg query` commands, read as kg reads them."""
    if example.region.lexemes["arguments"] == "sparql":
        return [Query("".join(c.text + "\n" for c in example.parsed))]
    found = []
    for command in example.parsed:
        args = shlex.split(command.text, comments=True)
        if args[:2] != ["kg", "query"]:
            continue
        params = query_command.make_context("query", args[2:]).params
        text = params["sparql"] or (example.namespace["cwd"] / params["query_file"]).read_text(encoding="utf-8")
        found.append(Query(text, params["update"]))
    return found


def kg_answer(query: Query, graph: Path, folder: Path) -> dict | None:
    """kg's answer over a copy of `graph` as SPARQL JSON ({} for an update), or None when kg refuses the query."""
    copy = folder / graph.name
    shutil.copyfile(graph, copy)
    flags = ["--update"] if query.update else ["--format", "json"]
    result = CliRunner().invoke(cli, ["query", str(copy), query.text, *flags])
    if result.exit_code != 0:
        return None
    return {} if query.update else json.loads(result.stdout)


def server_answer(query: Query, graph: Path, base: str) -> dict | None:
    """The answer of an Oxigraph server holding only `graph` (SPARQL JSON, {} for an update), None if it refuses."""
    httpx.post(f"{base}/update", data={"update": "CLEAR ALL"}, timeout=60).raise_for_status()
    push(graph, f"{base}/store", graph=GRAPH)
    if query.update:
        response = httpx.post(f"{base}/update", data={"update": query.text}, timeout=60)
        return {} if response.is_success else None
    response = httpx.post(f"{base}/query", data={"query": query.text}, timeout=60,
                          headers={"Accept": "application/sparql-results+json"})
    return response.json() if response.is_success else None


def comparable(answer: dict | None) -> object:
    """An answer reduced to what must agree: refused (None), an update done, a boolean, or the set of rows."""
    if not answer:
        return answer
    return answer["boolean"] if "boolean" in answer else rows_from_json(answer)


def run_queries(example: Example) -> str | None:
    """Every query of the block over exports/graph.ttl: kg and the bare server answer alike, or both refuse."""
    failures = []
    graph = example.namespace["cwd"] / "exports" / "graph.ttl"
    for query in kg_queries(example):
        ours = comparable(kg_answer(query, graph, example.namespace["scratch"]))
        theirs = comparable(server_answer(query, graph, example.namespace["oxigraph"]))
        if ours != theirs:
            failures.append(f"{query.text}\nkg: {ours}\nOxigraph server: {theirs}")
    return "\n".join(failures) or None


# ---------------------------------------------------------------- the documents and their examples

TRANSCRIPTS = Sybil([CommandsParser("console", True, run_transcript), SkipParser()], path=str(REPO),
                    patterns=PATTERNS)
QUERIES = Sybil([CommandsParser("console", True, run_queries), CommandsParser("sh", False, run_queries),
                 CommandsParser("sparql", False, run_queries)], path=str(REPO), patterns=PATTERNS)


def holds_queries(example: Example) -> bool:
    """True for a sparql block and a block with a `kg query` command."""
    return example.region.lexemes["arguments"] == "sparql" or any(
        shlex.split(c.text, comments=True)[:2] == ["kg", "query"] for c in example.parsed)


def examples(sybil: Sybil) -> list[Example]:
    """Every example of README.md and docs/*.md, document by document, in the order they are written."""
    paths = [path for pattern in PATTERNS for path in sorted(REPO.glob(pattern))]
    return [example for path in paths for example in sybil.parse(path)]


def name(example: Example) -> str:
    """The test id of an example: its document and line."""
    return f"{Path(example.path).relative_to(REPO)}:{example.line}"


@pytest.fixture(scope="module")
def workdirs(seed_build: Path, tmp_path_factory) -> Callable[[str], Path]:
    """A work folder per document, made when first asked for: a copy of the seed build and the repository's links."""
    made: dict[str, Path] = {}

    def workdir(document: str) -> Path:
        if document not in made:
            folder = made[document] = tmp_path_factory.mktemp(Path(document).stem)
            shutil.copytree(seed_build, folder / "exports")
            for link in LINKED:
                (folder / link).symlink_to(REPO / link)
        return made[document]
    return workdir


@pytest.mark.parametrize("example", examples(TRANSCRIPTS), ids=name)
def test_transcript_prints_what_the_docs_show(example: Example, workdirs):
    example.namespace.setdefault("cwd", workdirs(example.path))
    example.namespace.setdefault("jena_missing", jena_available())
    example.namespace.setdefault("virtuoso_missing", virtuoso_missing())
    example.evaluate()


@pytest.mark.parametrize("example", list(filter(holds_queries, examples(QUERIES))), ids=name)
def test_query_answers_alike_in_kg_and_a_bare_oxigraph_server(example: Example, workdirs, oxigraph_server: str,
                                                             tmp_path: Path):
    example.namespace.setdefault("cwd", workdirs(example.path))
    example.namespace.update(oxigraph=oxigraph_server, scratch=tmp_path)
    example.evaluate()


def test_the_docs_hold_transcripts_and_queries():
    """The tests above cannot pass on nothing: the README, query.md and triplestores.md show transcripts and queries."""
    expected = {"README.md", "query.md", "triplestores.md"}
    transcripts = [e for e in examples(TRANSCRIPTS) if e.region.lexemes.get("arguments") == "console"]
    assert expected <= {Path(e.path).name for e in transcripts}
    assert expected <= {Path(e.path).name for e in examples(QUERIES) if holds_queries(e)}
