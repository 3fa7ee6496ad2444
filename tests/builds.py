"""Real builds the tests share: the development articles and the first BBC articles, each built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from stores import DEV, REPO

BBC = REPO.parent / "shared" / "corpus" / "news.jsonl"     # CI lays a copy of shared/ beside the clone
BBC_ARTICLES = 500      # the size; about 3 minutes on 2 cores


def built(inputs: list[Path], out: Path) -> Path:
    """`kg build INPUTS --out OUT -j 2`; the folder holding graph.ttl and graph.html."""
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["build", *map(str, inputs), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 0, (result.output, result.exception)
    return out


@pytest.fixture(scope="session")
def dev_build(tmp_path_factory) -> Path:
    """The development articles of ../shared/dev, built."""
    if not sorted(DEV.glob("*.txt")):
        pytest.skip(f"no development articles in {DEV}")
    return built([DEV], tmp_path_factory.mktemp("dev-build"))


@pytest.fixture(scope="session")
def bbc_build(tmp_path_factory) -> Path:
    """The first BBC_ARTICLES articles of ../shared/corpus/news.jsonl, built."""
    if not BBC.is_file():
        pytest.skip(f"no BBC corpus at {BBC}")
    folder = tmp_path_factory.mktemp("bbc-build")
    sample = folder / "bbc.jsonl"
    with BBC.open(encoding="utf-8") as lines:
        sample.write_text("".join(line for _, line in zip(range(BBC_ARTICLES), lines)), encoding="utf-8")
    return built([sample], folder / "out")
