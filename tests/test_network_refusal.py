"""Network: `kg query` sends nothing unless --allow-network, `kg push` believes only a 2xx answer and never
shows a secret, a local Dask cluster listens on loopback only. Every server here is a loopback one."""
from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from kg.cli import cli

GRAPH = "<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n"
SECRET = "s3cr3t-pa55"
TOKEN = "tok-9f8e7d"


@dataclass
class Answer:
    """What the loopback server answers, and what it was asked."""

    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


@pytest.fixture()
def server() -> Iterator[tuple[str, Answer]]:
    """An HTTP server on 127.0.0.1 that records each request and gives the configured answer."""
    answer = Answer()

    class Handler(BaseHTTPRequestHandler):
        def do_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            answer.requests.append((self.command, self.path, dict(self.headers)))
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = do_any

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", answer
    httpd.shutdown()
    thread.join(timeout=10)


@pytest.fixture()
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


def kg(*args: str | Path, env: dict[str, str] | None = None, input: str | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, input=input)


# ---------------------------------------------------------------- kg query: SERVICE and LOAD

def test_service_is_refused_without_allow_network_and_nothing_is_sent(graph: Path, server) -> None:
    url, answer = server
    query = f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"
    result = kg("query", graph, query)
    assert result.exit_code == 2
    assert result.output.strip() == ("Error: the query uses SERVICE, which sends requests to other machines; "
                                     "pass --allow-network to let it")
    assert answer.requests == []


def test_load_in_an_update_is_refused_without_allow_network(graph: Path, server) -> None:
    url, answer = server
    before = graph.read_bytes()
    result = kg("query", graph, "--update", f"LOAD <{url}/x.ttl>")
    assert result.exit_code == 2 and "uses LOAD" in result.output
    assert answer.requests == [] and graph.read_bytes() == before


@pytest.mark.parametrize("query", [
    'SELECT ?service WHERE { ?service <http://example.org/p> "SERVICE <http://x/>" }  # SERVICE in a comment',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
])
def test_the_words_in_strings_iris_variables_and_comments_are_not_network_use(graph: Path, query: str) -> None:
    assert kg("query", graph, query).exit_code == 0


def test_a_failing_service_with_allow_network_is_one_line(graph: Path, server) -> None:
    url, answer = server
    answer.status = 500
    result = kg("query", graph, f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}", "--allow-network")
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: the query failed: ")
    assert [r[0] for r in answer.requests] in (["GET"], ["POST"])


# ---------------------------------------------------------------- kg push

def test_a_redirect_is_not_success(graph: Path, server) -> None:
    url, answer = server
    answer.status, answer.headers = 302, {"Location": "http://127.0.0.1:1/login"}
    result = kg("push", graph, "--endpoint", f"{url}/store")
    assert result.exit_code == 1
    assert "answered 302 Found, a redirect to http://127.0.0.1:1/login; nothing was stored" in result.output
    assert len(answer.requests) == 1     # the redirect was not followed


def test_credentials_in_the_url_are_used_and_never_printed(graph: Path, server) -> None:
    url, answer = server
    endpoint = url.replace("http://", f"http://admin:{SECRET}@") + "/store"
    ok = kg("push", graph, "--endpoint", endpoint)
    assert ok.exit_code == 0 and SECRET not in ok.output and "admin" not in ok.output
    expected = "Basic " + base64.b64encode(f"admin:{SECRET}".encode()).decode()
    assert answer.requests[0][2]["Authorization"] == expected
    answer.status = 401
    answer.body = f"denied: Authorization: {expected} \x1b[2J\x1b]0;pwned\x07 {SECRET}".encode()
    failed = kg("push", graph, "--endpoint", endpoint)
    assert failed.exit_code == 1
    [line] = failed.output.strip().splitlines()
    assert SECRET not in line and expected.split()[1] not in line and "\x1b" not in line and "\x07" not in line
    assert "answered 401 Unauthorized: denied: Authorization: Basic ***" in line


def test_password_and_token_come_from_the_environment_or_a_prompt(graph: Path, server) -> None:
    url, answer = server
    assert kg("push", graph, "--endpoint", url, env={"KG_PUSH_TOKEN": TOKEN}).exit_code == 0
    assert answer.requests[-1][2]["Authorization"] == f"Bearer {TOKEN}"
    env = kg("push", graph, "--endpoint", url, "--user", "u", env={"KG_PUSH_PASSWORD": SECRET})
    assert env.exit_code == 0 and SECRET not in env.output
    prompted = kg("push", graph, "--endpoint", url, "--user", "u", input=SECRET + "\n")
    assert prompted.exit_code == 0 and SECRET not in prompted.output
    basic = "Basic " + base64.b64encode(f"u:{SECRET}".encode()).decode()
    assert [r[2]["Authorization"] for r in answer.requests[-2:]] == [basic, basic]


def test_the_endpoint_query_string_is_kept_and_graph_must_be_an_iri(graph: Path, server) -> None:
    url, answer = server
    assert kg("push", graph, "--endpoint", f"{url}/store?repo=news", "--graph", "http://example.org/g").exit_code == 0
    assert answer.requests[0][1] == "/store?repo=news&graph=http%3A%2F%2Fexample.org%2Fg"
    bad = kg("push", graph, "--endpoint", f"{url}/store", "--graph", "not an iri")
    assert bad.exit_code == 1 and bad.output.startswith("Error: --graph 'not an iri' is not an absolute IRI")
    assert len(answer.requests) == 1


@pytest.mark.parametrize("endpoint", ["http://[::1", "ftp://127.0.0.1/store", "127.0.0.1:7878/store", "http://"])
def test_a_bad_endpoint_url_is_one_line(graph: Path, endpoint: str) -> None:
    result = kg("push", graph, "--endpoint", endpoint)
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: invalid endpoint URL")


# ---------------------------------------------------------------- Dask: loopback only

def test_a_local_dask_cluster_listens_on_loopback_only() -> None:
    pytest.importorskip("dask.distributed")
    from kg.engine import dask_executor

    with dask_executor(None, 1):
        me = psutil.Process()
        processes = [me, *me.children(recursive=True)]
        listening = [c.laddr for p in processes for c in p.net_connections(kind="inet") if c.status == "LISTEN"]
    assert listening, "the cluster listens somewhere"
    assert {address.ip for address in listening} <= {"127.0.0.1", "::1"}
