"""`kg build --engine dask`: extraction on a real Dask cluster gives the same graph as a local build."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from test_scale import ARTICLES, SEEDS, write_jsonl

distributed = pytest.importorskip("dask.distributed", reason="needs dask[distributed]")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def kg_build(*args: str) -> str:
    result = CliRunner().invoke(cli, ["build", *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_dask_build_equals_local_build(tmp_path: Path, scheduler: str) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES)
    local = kg_build(str(SEEDS), str(corpus), "--out", str(tmp_path / "local"))
    remote = kg_build(str(SEEDS), str(corpus), "--out", str(tmp_path / "dask"), "--engine", "dask",
                      "--scheduler", scheduler, "--store", str(tmp_path / "store"))
    assert local.split("->")[0] == remote.split("->")[0]      # same article and triple counts
    expected = Graph().parse(tmp_path / "local" / "graph.ttl")
    assert len(expected) > 100
    assert isomorphic(expected, Graph().parse(tmp_path / "dask" / "graph.ttl"))
    named = CliRunner().invoke(cli, ["query", str(tmp_path / "store"),
                                     "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"])
    assert named.exit_code == 0 and str(len(ARTICLES) + len(list(SEEDS.glob("*.txt")))) in named.stdout


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES[:1])
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out"), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0]
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_without_scheduler_a_local_cluster_runs(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES[:2])
    local = kg_build(str(corpus), "--out", str(tmp_path / "local"))
    cluster = kg_build(str(corpus), "--out", str(tmp_path / "cluster"), "--engine", "dask", "--workers", "1")
    assert local.split("->")[0] == cluster.split("->")[0]
    assert isomorphic(Graph().parse(tmp_path / "local" / "graph.ttl"), Graph().parse(tmp_path / "cluster" / "graph.ttl"))
