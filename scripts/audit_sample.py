"""Draw the audited BBC sample, and list what a build of it says that the judgments do not cover yet.

Usage:  python scripts/audit_sample.py draw [--seed 13] [--size 40] [--besides entities.csv] --out SAMPLE.jsonl
        kg build SAMPLE.jsonl --out DIR
        python scripts/audit_sample.py unjudged DIR/graph.ttl [--judgments entities_heldout.csv]
                                                 # CSV rows to judge and add to tests/audit/

The draw is reproducible: records deduplicated on their text (first occurrence kept, as the corpus
README advises), less the articles a judgments file of tests/audit/ already covers (`--besides`: the
held-out sample is `--seed 14 --besides entities.csv`), then `random.Random(seed).sample` over them in
corpus order. The sample is written
outside the repository: the article text is the BBC's and stays in ../shared/corpus.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from audit import AUDIT, CORPUS, judgments, read_graph  # noqa: E402

SEED, SIZE = 13, 40


def draw(corpus: Path, seed: int, size: int, besides: frozenset[str] = frozenset()) -> list[dict]:
    """`size` records at random among the corpus' distinct texts, other than the articles `besides`."""
    seen, unique = set(), []
    with corpus.open(encoding="utf-8") as lines:
        for record in map(json.loads, lines):
            if record["text"] not in seen:
                seen.add(record["text"])
                unique.append(record)
    return random.Random(seed).sample([r for r in unique if r["id"] not in besides], size)


def write_sample(records: list[dict], out: Path) -> None:
    """The drawn records as .jsonl, in the order drawn."""
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def unjudged(turtle: Path, entities: str) -> None:
    """Print the build's nodes (and events, for a sample with an events file) that tests/audit/ has no judgment
    for, as CSV rows."""
    nodes, events = read_graph(turtle)
    have = {(j["article"], j["label"]) for j in judgments(entities)}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerows([n.article, n.label, n.built, "", ""] for n in nodes if (n.article, n.label) not in have)
    events_file = entities.replace("entities", "events")
    if not (AUDIT / events_file).exists():
        return   # this sample judges entity nodes only
    have = {(j["article"], j["event"]) for j in judgments(events_file)}
    out.writerows([e.article, e.event, e.label, e.date, "", ""] for e in events if (e.article, e.event) not in have)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    drawing = sub.add_parser("draw")
    drawing.add_argument("--seed", type=int, default=SEED)
    drawing.add_argument("--size", type=int, default=SIZE)
    drawing.add_argument("--corpus", type=Path, default=CORPUS)
    drawing.add_argument("--besides", action="append", default=[], help="a judgments file of tests/audit/")
    drawing.add_argument("--out", type=Path, required=True)
    listing = sub.add_parser("unjudged")
    listing.add_argument("graph", type=Path)
    listing.add_argument("--judgments", default="entities.csv", help="the entity judgments file of tests/audit/")
    args = parser.parse_args()
    if args.command == "draw":
        besides = frozenset(j["article"] for name in args.besides for j in judgments(name))
        write_sample(draw(args.corpus, args.seed, args.size, besides), args.out)
    else:
        unjudged(args.graph, args.judgments)


if __name__ == "__main__":
    main()
