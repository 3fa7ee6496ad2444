"""Test fixtures that start real triplestores on loopback ports (Oxigraph server, Virtuoso) or run Jena, and query them."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DEV = REPO.parent / "shared" / "dev"   # CI lays a copy of shared/ beside the clone
JENA = [sys.executable, str(REPO / "scripts" / "jena.py")]
VIRTUOSO = REPO / "scripts" / "virtuoso.sh"
QUERIES = sorted((REPO / "ontology" / "queries").glob("*.rq"))
READY_SECONDS = 90

Row = tuple[str | None, ...]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready: Callable[[], bool], what: str, proc: subprocess.Popen) -> None:
    """Poll `ready` until it is true, with a bounded deadline; fail early if the server process `proc` exits.

    Between polls it waits on the server process itself (returns at once if it dies), not a sleep.
    """
    deadline = time.monotonic() + READY_SECONDS
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not ready within {READY_SECONDS}s")
        try:
            code = proc.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"{what} exited with status {code} before it was ready")


def answers(url: str) -> bool:
    """True once an HTTP server answers at `url` (any status)."""
    try:
        httpx.get(url, timeout=2)
    except httpx.TransportError:
        return False
    return True


def jena_available() -> str | None:
    """Why Jena cannot run here, or None when it can."""
    if shutil.which("java") is None:
        return "java not installed (Debian default-jre-headless)"
    if not Path("/usr/share/java/jena-core.jar").exists():
        return "Apache Jena not installed (Debian libapache-jena-java)"
    return None


def jena(*args: str) -> subprocess.CompletedProcess:
    """Run a Jena tool through scripts/jena.py; the result carries its output and status."""
    reason = jena_available()
    if reason:
        pytest.skip(reason)
    return subprocess.run([*JENA, *args], capture_output=True, text=True, timeout=300)


# ---------------------------------------------------------------- result normalisation

def _json_value(cell: dict | None) -> str | None:
    if cell is None:
        return None
    return "_:" if cell["type"] == "bnode" else cell["value"]


def rows_from_json(data: dict) -> set[Row]:
    """SPARQL JSON results as a set of rows of plain values (IRIs and literals' lexical forms)."""
    names = data["head"]["vars"]
    return {tuple(_json_value(b.get(n)) for n in names) for b in data["results"]["bindings"]}


def _term_value(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, (rdflib.BNode, ox.BlankNode)):
        return "_:"
    return str(term.value) if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def rows_rdflib(graph: rdflib.Graph, query: str) -> set[Row]:
    return {tuple(_term_value(t) for t in row) for row in graph.query(query)}


def rows_pyoxigraph(store: ox.Store, query: str) -> set[Row]:
    solutions = store.query(query)
    return {tuple(_term_value(s[v]) for v in solutions.variables) for s in solutions}


def rows_http(endpoint: str, query: str) -> set[Row]:
    response = httpx.post(endpoint, data={"query": query}, timeout=120,
                          headers={"Accept": "application/sparql-results+json"})
    response.raise_for_status()
    return rows_from_json(response.json())


def rows_tdb2(location: Path, query_file: Path) -> set[Row]:
    done = jena("tdbquery", "--loc", str(location), "--query", str(query_file), "--results", "json")
    assert done.returncode == 0, done.stderr
    return rows_from_json(json.loads(done.stdout))


# ---------------------------------------------------------------- graphs built from articles

def build_graphs(*inputs: Path) -> list[tuple[str, rdflib.Graph]]:
    """(article IRI, article graph) for each article in `inputs`, through the real pipeline."""
    from kg.pipeline import extract
    from kg.rdf import article_graph, article_iri
    from kg.read import read_inputs

    return [(str(article_iri(ag.article)), article_graph(ag)) for ag in extract(read_inputs(list(inputs)))]


def dev_articles() -> list[Path]:
    """The development articles (text only), or a skip when shared/dev is not laid beside the repo."""
    found = sorted(DEV.glob("*.txt"))
    if not found:
        pytest.skip(f"no development articles in {DEV}")
    return found


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """`kg build seeds/ --out DIR`: the folder holding graph.ttl built from the seed articles."""
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path_factory.mktemp("seed-build")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def seed_graphs() -> list[tuple[str, rdflib.Graph]]:
    """The seed articles' graphs, one per article."""
    return build_graphs(SEEDS)


@pytest.fixture(scope="session")
def corpus_graphs() -> dict[str, tuple[str, rdflib.Graph]]:
    """Seed and development articles: file name -> (article IRI, graph), each article extracted on its own."""
    return {path.name: build_graphs(path)[0] for path in [*sorted(SEEDS.glob("*.txt")), *dev_articles()]}


# ---------------------------------------------------------------- servers

@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory) -> Iterator[str]:
    """An Oxigraph HTTP server on a free loopback port (queries see the union of graphs); yields its base URL."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("oxigraph CLI not installed (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = (folder / "server.log").open("w")
    proc = subprocess.Popen([exe, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: answers(base + "/"), "oxigraph server", proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log.close()


class Virtuoso:
    """A private Virtuoso started by scripts/virtuoso.sh in `folder`."""

    def __init__(self, folder: Path, sql_port: int, http_port: int):
        self.folder, self.sql_port, self.http_port = folder, sql_port, http_port
        self.sparql = f"http://127.0.0.1:{http_port}/sparql"
        self.graph_store = f"http://127.0.0.1:{http_port}/sparql-graph-crud-auth"

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(VIRTUOSO), *args], capture_output=True, text=True, timeout=300)

    def load(self, path: Path, graph: str) -> None:
        done = self.run("load", str(self.folder), str(path), graph)
        assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[Virtuoso]:
    """A Virtuoso 7 server with its own virtuoso.ini, database in a temp folder, loopback ports."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        pytest.skip("Virtuoso not installed (Debian virtuoso-opensource)")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"), free_port(), free_port())
    try:
        started = server.run("start", str(server.folder), str(server.sql_port), str(server.http_port))
        assert started.returncode == 0, started.stderr
        yield server
    finally:
        if (server.folder / "virtuoso.pid").exists():
            server.run("stop", str(server.folder))
