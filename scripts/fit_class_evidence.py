"""Fit kg/lexicon/class_evidence.csv: how much each piece of evidence says about a name's class.

Usage:  python scripts/fit_class_evidence.py [--corpus ../shared/corpus/news.jsonl] [--out FILE]

The hand judgments of tests/audit/entities.csv (the right class of every entity node of 40 random BBC
articles) are joined to the names the statistical NER finds in those articles (by article and name;
gazetteer matches are left out, their class is known). Each name's features (kg/extract/classes.py) are
counted per right class (Leader counts as Person, Group as Organization, Country as Place, "not a node" as
None) and turned into a naive-Bayes table with add-one smoothing: log P(class) and log P(feature | class).
The article text is read from the corpus and never written anywhere.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from audit import CORPUS, NOT_A_NODE, judgments, records  # noqa: E402
from kg.annotate import pipeline  # noqa: E402
from kg.atomic import write_csv  # noqa: E402
from kg.extract.classes import CLASSES, features  # noqa: E402
from kg.extract.entities import NER_CLASSES, strip_span  # noqa: E402

AS_CLASS = {"Leader": "Person", "Group": "Organization", "Country": "Place", NOT_A_NODE: "None"}


def examples(corpus: Path) -> list[tuple[list[str], str]]:
    """(features, right class) of every NER name of the audited articles that a judgment covers."""
    judged = {(j["article"], j["label"]): AS_CLASS.get(j["right"], j["right"]) for j in judgments("entities.csv")}
    found = []
    articles = records({article for article, _ in judged}, corpus)
    nlp = pipeline()
    for record, doc in zip(articles, nlp.pipe(r["text"] for r in articles)):
        for ent in doc.ents:
            span = strip_span(ent)
            if ent.ent_id_ or ent.label_ not in NER_CLASSES or span is None:
                continue
            right = judged.get((record["id"], span.text))
            if right in CLASSES:
                found.append((features(span, ent.label_), right))
    return found


def fitted(found: list[tuple[list[str], str]]) -> list[tuple[str, str, float]]:
    """(feature or 'prior', class, log-probability) with add-one smoothing."""
    per_class = Counter(cls for _, cls in found)
    counts = Counter((f, cls) for feats, cls in found for f in feats)
    names = sorted({f for feats, _ in found for f in feats})
    rows = [("prior", c, math.log((per_class[c] + 1) / (len(found) + len(CLASSES)))) for c in CLASSES]
    rows += [(f, c, math.log((counts[f, c] + 1) / (per_class[c] + 2))) for f in names for c in CLASSES]
    return rows


def write(rows: list[tuple[str, str, float]], out: Path) -> None:
    """class_evidence.csv, atomically: feature, class, log_p."""
    write_csv(out, ["feature", "class", "log_p"], ((f, c, f"{p:.3f}") for f, c, p in rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=REPO / "kg" / "lexicon" / "class_evidence.csv")
    args = parser.parse_args()
    found = examples(args.corpus)
    print(f"{len(found)} judged names: {dict(Counter(c for _, c in found))}", file=sys.stderr)
    write(fitted(found), args.out)


if __name__ == "__main__":
    main()
