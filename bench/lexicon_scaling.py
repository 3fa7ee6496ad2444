"""Per-article CPU of analysis (entities, facts, events) with the hand lexicon only (kg/lexicon/triggers.csv), and
with every CAMEO/PLOVER verb and none, a quarter, half or all of the dictionary's phrase patterns: the cost should
not grow with the number of patterns.

    python bench/lexicon_scaling.py [--articles 100]

The articles are parsed once; only `kg.pipeline.analyse` is timed (CPU seconds of this process), three rounds,
the cheapest kept.
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

from kg.annotate import pipeline
from kg.extract.coding import Coder, index_patterns, load_coder
from kg.gazetteer import load
from kg.model import Article
from kg.pipeline import analyse

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "news.jsonl"
ROUNDS = 3


def articles(corpus: Path, count: int) -> list[Article]:
    import json

    records = [json.loads(line) for line, _ in zip(corpus.open(encoding="utf-8"), range(count))]
    return [Article(id=r["id"], text=r["text"], source=r["id"], published=dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None)
            for r in records]


def hand_only(coder: Coder) -> Coder:
    """The coder without the dictionary: no verbs, nouns or patterns."""
    return replace(coder, cameo=replace(coder.cameo, verbs={}, patterns={}, nouns={}), patterns={})


def share(coder: Coder, fraction: float) -> Coder:
    """The coder with the first `fraction` of each verb family's patterns."""
    patterns = {family: rows[:int(len(rows) * fraction)] for family, rows in coder.cameo.patterns.items()}
    return replace(coder, cameo=replace(coder.cameo, patterns=patterns), patterns=index_patterns(patterns))


def cost(docs: list, parsed: list[Article], gaz, coder: Coder) -> float:
    """CPU seconds per article of analysing the parsed articles, cheapest of ROUNDS."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for doc, article in zip(docs, parsed):
            analyse(doc, article, gaz, coder)
        best = min(best, time.process_time() - start)
    return best / len(parsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    parsed = articles(args.corpus, args.articles)
    start = time.process_time()
    docs = list(pipeline().pipe([a.text for a in parsed], batch_size=16))
    parse = (time.process_time() - start) / len(parsed)
    gaz, coder = load(), load_coder()
    print(f"parsing (spaCy + our components): {parse * 1000:.1f} ms CPU per article")
    print("| lexicon | verbs | patterns | analysis ms CPU per article |")
    print("|---|---:|---:|---:|")
    coders = [("hand lexicon only", hand_only(coder))] + [(f"dictionary, {f:.0%} of patterns", share(coder, f))
                                                          for f in (0.0, 0.25, 0.5, 1.0)]
    for name, used in coders:
        count = sum(len(rows) for rows in used.cameo.patterns.values())
        print(f"| {name} | {len(used.cameo.verbs):,} | {count:,} | {cost(docs, parsed, gaz, used) * 1000:.1f} |")

if __name__ == "__main__":
    main()
