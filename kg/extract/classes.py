"""The class of a name the statistical NER found, decided from evidence, with a confidence.

Each mention of a name gives features (kg/extract/evidence.py): its NER label, the words around it, the kind
of referent a describing noun or its own last word names (WordNet), the pronouns and verbs that agree with
it, the names it is coordinated with. All mentions of the name in the article count together ('Varig,
which operates' and 'Varig's main shareholder'). A table of weights (kg/lexicon/class_evidence.csv, a
logistic regression fitted by scripts/fit_class_evidence.py on the hand-judged BBC samples in tests/audit/)
gives, through a softmax of the summed weights, the probability of Person, Organization, Place, or None (no
node: a work, a product, a law, a unit, a title). A name is no node when None is at least DROP_AT likely;
its class is the likeliest of the three when that is at least OVERRIDE_AT likely, else the NER label's; the
class's probability is the confidence. One piece of evidence decides alone: a name given as an example of a
kind of referent ('films such as Billy Elliot', 'singers such as Joss Stone', 'firms like Google') is of that
kind (on the audited samples 37 names of 37; the table, fitted on few of them, weighs them less).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.evidence import features
from kg.lexicon import NO_NODE
from kg.vocab import EntityClass

CLASSES = (EntityClass.Person, EntityClass.Organization, EntityClass.Place, NO_NODE)
DROP_AT = 0.55   # a name is no node when that is more likely than the rest together
#                   (on builds fitted on two audited samples and judged on the third, 0.55 rather than 0.65 turns 16 more
#                    names right net: 22 no-nodes fewer kept, 20 real names more dropped, 14 classes less wrong)
OVERRIDE_AT = 0.30   # the evidence overrules the NER label unless its likeliest class is below this (0.25-0.35
#                      cross-validate alike on the audited samples; on the dev articles 0.30 does best)
SUREST = 0.99   # evidence is never as sure as a gazetteer match (confidence 1)
EXAMPLE_KINDS = {"such-as:person": EntityClass.Person, "such-as:body": EntityClass.Organization,
                 "such-as:place": EntityClass.Place, "such-as:work": None}   # the kind a name is an example of
EXAMPLE_SURE = 0.9   # how sure an example's kind is (37 of 37 on the audited samples, few to be surer)


@dataclass(frozen=True)
class Verdict:
    """The class a name's evidence points to (None: not a node) and how sure it is."""

    cls: EntityClass | None
    confidence: float


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], float]:
    """(feature, class) -> weight, from kg/lexicon/class_evidence.csv."""
    return {(row["feature"], row["class"]): float(row["weight"]) for row in lexicon.rows("class_evidence.csv")}


@lru_cache(maxsize=4)
def statistical_names(doc: Doc) -> tuple[tuple[Span, list[str]], ...]:
    """The article's statistical NER entities (no gazetteer match), each with the texts of its words."""
    return tuple((ent, [t.text for t in ent]) for ent in doc.ents if not ent.ent_id_)


def mentions_of(span: Span) -> list[tuple[Span, str]]:
    """Every statistical NER mention of the same name in the article, with its NER label ('Varig' in 'Varig,
    which operates in 18 countries' and in 'Varig's main shareholder'); the span itself when there is none."""
    words = [t.text for t in span]
    found = []
    for ent, texts in statistical_names(span.doc):
        found += [(ent[i:i + len(words)], ent.label_) for i in range(len(texts) - len(words) + 1)
                  if texts[i:i + len(words)] == words]
    return found or [(span, "")]


@lru_cache(maxsize=4)
def read_features(doc: Doc) -> dict[tuple[int, int, str], list[str]]:
    """The features of the name spans of an article read so far, by (start, end, NER label): a name mentioned n
    times is read once, not n times over."""
    return {}


def span_features(span: Span, label: str) -> list[str]:
    """`features(span, label)`, read once per article."""
    read = read_features(span.doc)
    key = (span.start, span.end, label)
    if key not in read:
        read[key] = features(span, label)
    return read[key]


def name_features(span: Span, label: str) -> list[str]:
    """The evidence all mentions of a name in the article give together, each feature once."""
    found = list(span_features(span, label))
    for other, other_label in mentions_of(span):
        found += [f for f in span_features(other, other_label or label) if f not in found]
    return found


def probabilities(found: list[str], weights: dict[tuple[str, str], float]) -> dict[str, float]:
    """The probability of each class (and of no node) given the features: a softmax of their summed weights."""
    scores = {cls: sum(weights.get((f, cls), 0.0) for f in found) for cls in CLASSES}
    top = max(scores.values())
    total = sum(math.exp(v - top) for v in scores.values())
    return {cls: math.exp(s - top) / total for cls, s in scores.items()}


def verdict(probability: dict[str, float], ner_class: str | None) -> Verdict:
    """No node when that is DROP_AT likely, the likeliest class when it is OVERRIDE_AT likely, else the NER
    label's class `ner_class`; with its probability."""
    if probability[NO_NODE] >= DROP_AT:
        return Verdict(None, round(min(probability[NO_NODE], SUREST), 2))
    best = max((c for c in CLASSES if c != NO_NODE), key=probability.get)
    if probability[best] < OVERRIDE_AT and ner_class in probability:
        best = ner_class
    return Verdict(best, round(min(probability[best], SUREST), 2))


def weighed(found: list[str], weights: dict[tuple[str, str], float], ner_class: str | None) -> Verdict:
    """The verdict of the features `found`: the kind of referent a name is an example of, else the table's."""
    kind = next((f for f in found if f in EXAMPLE_KINDS), None)
    if kind:
        return Verdict(EXAMPLE_KINDS[kind], EXAMPLE_SURE)
    return verdict(probabilities(found, weights), ner_class)


def judge(span: Span, label: str, ner_class: str | None) -> Verdict:
    """The class of a name span given the evidence of all its mentions (`label`: its NER label, `ner_class` the
    class that label gives), with its probability."""
    return weighed(name_features(span, label), table(), ner_class)
