"""Fit kg/lexicon/class_evidence.csv: how much each piece of evidence says about a name's class.

Usage:  python scripts/fit_class_evidence.py [--corpus ../shared/corpus/news.jsonl] [--out FILE]
        python scripts/fit_class_evidence.py --cross      # fit on all samples but one, score on that one
        python scripts/fit_class_evidence.py --on entities.csv [--on ...] --out FILE   # fitted on those only

The hand judgments of tests/audit/ (the right class of every entity node of three samples of 40 random
BBC articles: entities.csv, entities_heldout.csv, entities_heldout2.csv) are joined to the names the
statistical NER finds in those articles (by article and name; gazetteer matches are left out, their class
is known). Each name's features (kg/extract/evidence.py, all its mentions in the article together) go with
its right class (Leader counts as Person, Group as Organization, Country as Place, "not a node" as None)
into a multinomial logistic regression with an L2 penalty (L2), fitted by gradient descent: the weight of
each (feature, class); a feature fewer than MIN_NAMES names show is left out, and so is the kind a name is
given as an example of, which decides alone (kg/extract/classes.py). With --cross the table is
fitted on all samples but one and the names of that one are judged with it, for each sample: the honest
figure of how well the evidence generalises (the table written is fitted on all).
The article text is read from the corpus and never written anywhere.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from audit import CORPUS, NOT_A_NODE, judgments, records  # noqa: E402
from kg.annotate import pipeline  # noqa: E402
from kg.atomic import write_csv  # noqa: E402
from kg.extract.classes import CLASSES, EXAMPLE_KINDS, name_features, weighed  # noqa: E402
from kg.extract.entities import NER_CLASSES  # noqa: E402
from kg.extract.spans import names_in  # noqa: E402

AS_CLASS = {"Leader": "Person", "Group": "Organization", "Country": "Place", NOT_A_NODE: "None"}
SAMPLES = ("entities.csv", "entities_heldout.csv", "entities_heldout2.csv")
L2, STEPS, RATE = 1.0, 3000, 0.5
MIN_NAMES = 3   # a feature fewer names show says nothing reliable
Example = tuple[list[str], str, str, tuple[str, str]]   # features, right class, NER class, (article, name)


def examples(corpus: Path, sample: str) -> list[Example]:
    """(features, right class, NER class, (article, name)) of every NER name of a sample's articles that a
    judgment covers, once per name and article."""
    judged = {(j["article"], j["label"]): AS_CLASS.get(j["right"], j["right"]) for j in judgments(sample)}
    found: dict[tuple[str, str], Example] = {}
    articles = records({article for article, _ in judged}, corpus)
    for record, doc in zip(articles, pipeline().pipe(r["text"] for r in articles)):
        for ent, span in ((ent, span) for ent in doc.ents for span in names_in(ent)):
            if ent.ent_id_ or ent.label_ not in NER_CLASSES:
                continue
            key = (record["id"], span.text)
            if judged.get(key) in CLASSES and key not in found:
                found[key] = (name_features(span, ent.label_), judged[key], NER_CLASSES[ent.label_], key)
    return list(found.values())


def fitted(found: list[Example]) -> list[tuple[str, str, float]]:
    """(feature, class, weight) of a logistic regression of the right class on the features."""
    seen = Counter(f for feats, *_ in found for f in feats if f not in EXAMPLE_KINDS)   # those decide alone
    names = sorted(f for f, count in seen.items() if count >= MIN_NAMES)
    column = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(found), len(names)))
    for row, (feats, *_) in enumerate(found):
        x[row, [column[f] for f in feats if f in column]] = 1
    y = np.eye(len(CLASSES))[[CLASSES.index(right) for _, right, *_ in found]]
    w = np.zeros((len(names), len(CLASSES)))
    for _ in range(STEPS):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(found)
    return [(f, c, float(w[column[f], j])) for f in names for j, c in enumerate(CLASSES)]


def score(rows: list[tuple[str, str, float]], found: list[Example]) -> str:
    """How many names a table judges right, and how many real names it drops or no-nodes it keeps."""
    weights = {(f, c): w for f, c, w in rows}
    verdicts = [(weighed(feats, weights, ner).cls or "None", right) for feats, right, ner, _ in found]
    right = sum(v == r for v, r in verdicts)
    dropped = sum(v == "None" != r for v, r in verdicts)
    kept = sum(r == "None" != v for v, r in verdicts)
    return f"{right}/{len(found)} = {right / len(found):.3f} right, {dropped} real names dropped, {kept} no-nodes kept"


def write(rows: list[tuple[str, str, float]], out: Path) -> None:
    """class_evidence.csv, atomically: feature, class, weight."""
    write_csv(out, ["feature", "class", "weight"], ((f, c, f"{w:.3f}") for f, c, w in rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=REPO / "kg" / "lexicon" / "class_evidence.csv")
    parser.add_argument("--cross", action="store_true", help="fit on each sample, score on the other")
    parser.add_argument("--on", choices=SAMPLES, action="append", help="fit on this sample only")
    args = parser.parse_args()
    found = {sample: examples(args.corpus, sample) for sample in args.on or SAMPLES}
    if args.cross:
        for test in found:
            train = [e for sample in found if sample != test for e in found[sample]]
            print(f"fitted on the others, judged on {test}: {score(fitted(train), found[test])}")
        return
    everything = [e for sample in found for e in found[sample]]
    print(f"{len(everything)} judged names: {dict(Counter(right for _, right, *_ in everything))}", file=sys.stderr)
    write(fitted(everything), args.out)


if __name__ == "__main__":
    main()
