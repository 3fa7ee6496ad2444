"""Interruptions: a killed build leaves the previous output byte for byte, Ctrl-C prints one line and exits 130."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

KG = [sys.executable, "-c", "from kg.cli import main; main()"]
DEADLINE = 600          # seconds a build may take to show that it has started working (loading spaCy included)
COUNTRIES = ("Turkey", "Greece", "Egypt", "India", "Poland", "Japan", "Brazil", "Norway")
BUYERS = ("Russia", "France", "the United States", "Germany")


def story(i: int) -> str:
    buyer, seller = COUNTRIES[i % len(COUNTRIES)], BUYERS[i % len(BUYERS)]
    return (f"{buyer} signed a contract with {seller} for {i + 2} fighter jets on Monday, the defence ministry said.\n\n"
            f"Officials said the first aircraft would arrive next year. Talks number {i} went on for months.")


def corpus(folder: Path, short: int = 40, long_chars: int = 400_000) -> Path:
    """Short articles, then one text long enough to be cut into parts: reading it prints a warning, and it
    comes after two chunks of articles have been extracted, so that warning shows the build is at work."""
    folder.mkdir()
    for i in range(short):
        (folder / f"a{i:03d}.txt").write_text(story(i), encoding="utf-8")
    paragraphs, size = [], 0
    while size < long_chars:
        paragraphs.append(story(len(paragraphs)))
        size += len(paragraphs[-1]) + 2
    (folder / "z-long.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    (folder / "zz-after.txt").write_text(story(99), encoding="utf-8")
    return folder


def previous_build(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A finished build of one article: the output folder and its files' bytes."""
    (tmp_path / "one.txt").write_text(story(1), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([*KG, "build", str(tmp_path / "one.txt"), "--out", str(out)], capture_output=True, text=True,
                          timeout=DEADLINE)
    assert done.returncode == 0, done.stderr
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


class Running:
    """A `kg build` subprocess in its own session, with its stderr lines collected by a thread."""

    def __init__(self, *args: str | Path):
        self.process = subprocess.Popen([*KG, "build", *map(str, args)], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, prefix: str) -> None:
        """Block until a stderr line starts with `prefix` (bounded by DEADLINE); fail if the build ends first."""
        end = time.monotonic() + DEADLINE
        while (left := end - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                pytest.fail(f"the build ended before printing {prefix!r}: {self.seen}")
            self.seen.append(line)
            if line.startswith(prefix):
                return
        pytest.fail(f"no {prefix!r} line within {DEADLINE}s")

    def finish(self) -> tuple[int, list[str]]:
        """Exit status and the stderr lines after those already seen."""
        code = self.process.wait(timeout=DEADLINE)
        rest = []
        while (line := self.lines.get(timeout=DEADLINE)) is not None:
            rest.append(line)
        return code, rest


def test_killed_build_leaves_the_previous_output_byte_identical(tmp_path: Path) -> None:
    out, before = previous_build(tmp_path)
    build = Running(corpus(tmp_path / "news"), "--out", out)
    build.wait_for("warning: ")   # the long text is being read: two chunks are already extracted
    build.process.kill()
    code, _ = build.finish()
    assert code == -signal.SIGKILL
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_prints_one_line_and_exits_130(tmp_path: Path, workers: str) -> None:
    """Also with worker processes: they leave Ctrl-C to the build, so no traceback of theirs is printed."""
    out, before = previous_build(tmp_path)
    build = Running(corpus(tmp_path / "news"), "--out", out, "--workers", workers)
    build.wait_for("warning: ")
    os.killpg(build.process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C: the whole process group
    code, rest = build.finish()
    assert code == 130
    assert rest == ["interrupted: build stopped, no output file was left half-written"]
    assert build.process.stdout.read() == ""
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


WRITER = """
import sys
from pathlib import Path
import pyoxigraph as ox
from kg.export.formats import write_turtle

path = Path(sys.argv[1])
stores = []
for version in ("a", "b"):
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"https://example.org/{version}/{i}"), ox.NamedNode("https://example.org/p"),
                         ox.Literal("x" * 200 + str(i))) for i in range(20000))
    stores.append(store)
write_turtle(stores[0], path)
print("ready", flush=True)
while True:
    for store in stores:
        write_turtle(store, path)
"""


def test_kill_during_writes_never_leaves_a_half_written_turtle_file(tmp_path: Path) -> None:
    """A process rewriting graph.ttl over and over (two versions in turn) is killed: the file is one whole version."""
    path = tmp_path / "graph.ttl"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "ready\n"   # blocks until the first version is in place
    first = path.stat().st_mtime_ns
    end = time.monotonic() + DEADLINE
    while path.stat().st_mtime_ns == first and time.monotonic() < end:   # until a rewrite has replaced it
        pass
    writer.kill()
    assert writer.wait(timeout=DEADLINE) == -signal.SIGKILL
    text = path.read_text(encoding="utf-8")
    triples = [line for line in text.splitlines() if line.startswith("<https://example.org/")]
    assert len({line.split("/")[3] for line in triples}) == 1   # all of version a or all of version b
    assert len(triples) == 20000 and text.endswith(" .\n")


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_the_build(tmp_path: Path, stop: signal.Signals) -> None:
    """The OOM killer's SIGKILL, or the SIGTERM of `timeout` or systemd, to the build alone: no worker lives on."""
    psutil = pytest.importorskip("psutil")
    build = Running(corpus(tmp_path / "news"), "--out", tmp_path / "out", "--workers", "2")
    build.wait_for("warning: ")   # the workers are up and extracting
    workers = psutil.Process(build.process.pid).children(recursive=True)
    assert len(workers) >= 2
    os.kill(build.process.pid, stop)
    build.process.wait(timeout=DEADLINE)    # not its stderr: an orphaned worker would hold that open
    _, alive = psutil.wait_procs(workers, timeout=60)
    assert alive == []


@pytest.fixture()
def small_disk(tmp_path: Path):
    """A folder on a 4 MiB tmpfs of its own (needs root), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_full_disk_leaves_graph_ttl_and_graph_html_as_they_were(tmp_path: Path, small_disk: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    out = small_disk / "out"
    for i in (1, 2):
        (tmp_path / f"s{i}.txt").write_text(story(i), encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "s1.txt"), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    free = os.statvfs(small_disk)
    room = free.f_bavail * free.f_frsize
    (small_disk / "filler").write_bytes(b"\0" * (room - len(before["graph.html"]) // 2))   # no room for a new view
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "s2.txt"), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: cannot write {out}/graph.ttl, {out}/graph.html: No space left on device; none of them was changed"]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
