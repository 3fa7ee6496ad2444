"""Convert PETRARCH2's discard list (Phoenix.discards.txt, MIT) into kg/lexicon/discards.csv.

    python scripts/build_discards.py [--petrarch ../shared/petrarch2]

A discard phrase marks a sentence (or, with a leading '+', a whole story) as outside political news:
sport, entertainment, nature. Entries that name a time rather than a topic are left out, since they
occur in any news: bare years ('1914'), relative periods ('YEARS AGO', 'WEEKS LATER') and the wars that
name an era ('WORLD WAR TWO', 'NAPOLEONIC WARS': 'officers murdered during World War Two').
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_WORDS = re.compile(r"\b(AGO|LATER|EARLIER|WORLD WAR|WARS)\b")


def entries(text: str) -> list[tuple[str, str]]:
    """(phrase, scope) for every discard line that names a topic; scope is 'story' or 'sentence'."""
    found = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        scope = "story" if line.startswith("+") else "sentence"
        phrase = " ".join(line.lstrip("+").split()).lower()
        if not re.search(r"[a-z]", phrase) or TIME_WORDS.search(phrase.upper()):
            continue
        found.setdefault(phrase, scope)
    return sorted(found.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--petrarch", type=Path, default=ROOT.parent / "shared" / "petrarch2")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "lexicon" / "discards.csv")
    args = ap.parse_args()
    rows = entries((args.petrarch / "Phoenix.discards.txt").read_text(encoding="utf-8", errors="replace"))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["phrase", "scope"])
        writer.writerows(rows)
    print(f"{len(rows)} discard phrases -> {args.out}")


if __name__ == "__main__":
    main()
