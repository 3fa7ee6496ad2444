"""The class of a name the statistical NER found, decided from evidence, with a confidence.

Each name span gives a few features: its NER label, what comes right before it (an honorific, an office
title, a locative preposition, a noun for a work: 'the film'), its first word (a common given name), its
last word (an organisation head or company suffix: 'Office', 'plc'), what follows it ('Act', 'programme'),
and its shape (all capitals, one word). A naive-Bayes table over those features (kg/lexicon/class_evidence.csv,
fitted by scripts/fit_class_evidence.py on the hand-judged BBC sample in tests/audit/) gives the likelihood of
each class (the sample's class shares are left out: a feed about wars names more unknown places than one
about pop music): Person, Organization, Place, or None (no node: a work, a product, a law, a unit, a title).
A name is no node when None is at least DROP_AT likely; its class is the likeliest of the three when that
is at least OVERRIDE_AT likely, else the NER label's; the class's probability is the confidence.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from kg import lexicon
from kg.lexicon import NO_NODE
from kg.vocab import EntityClass

CLASSES = (EntityClass.Person, EntityClass.Organization, EntityClass.Place, NO_NODE)
DROP_AT = 0.6   # a name is no node only when that is clearly the likeliest reading (7 of 8 right, cross-validated)
OVERRIDE_AT = 0.85   # the evidence overrules the NER label only when it is this sure
HONORIFICS = frozenset(lexicon.words("honorifics.txt"))
ORG_ENDINGS = frozenset(lexicon.words("org_heads.txt")) | frozenset(lexicon.words("company_suffixes.txt"))
WORK_NOUNS = frozenset(lexicon.words("work_nouns.txt"))
THING_ENDINGS = frozenset(lexicon.words("not_node_heads.txt"))
LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "across", "to"})
GIVEN = frozenset(row["name"] for row in lexicon.rows("given_names.csv"))
SPEECH = frozenset(lexicon.words("speech_verbs.txt")) | frozenset(lexicon.words("reporting_verbs.txt"))


@dataclass(frozen=True)
class Verdict:
    """The class a name's evidence points to (None: not a node) and how sure it is."""

    cls: EntityClass | None
    confidence: float


def features(span: Span, label: str) -> list[str]:
    """The evidence a name span (with the NER `label` of its entity) gives about its class, as feature names."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None       # within the sentence only
    before2 = doc[span.start - 2] if span.start - 1 > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    found = [f"ner:{label}"]
    titled = span[0].text.rstrip(".") in HONORIFICS and len(span) > 1            # 'Mr Paddy Considine'
    if titled or before is not None and before.text.rstrip(".") in HONORIFICS:
        found.append("before:honorific")
    span = span[1:] if titled else span
    if before is not None and before.lower_ in LOCATIVE:
        found.append("before:locative")
    if any(t is not None and t.lower_ in WORK_NOUNS for t in (before, before2)):
        found.append("before:work")
    if after is not None and after.lower_ in WORK_NOUNS:
        found.append("after:work")
    if span[-1].text in ORG_ENDINGS:
        found.append("last:organisation")
    if span[-1].text in THING_ENDINGS:
        found.append("last:thing")
    if span[0].lower_ in GIVEN and span[0].lower_ not in dictionary_words():
        found.append("first:given" if len(span) > 1 else "only:given")
    if span.text.isupper() and len(span.text) > 1:
        found.append("shape:capitals")
    found += context(span, before, after)
    if all(t.is_sent_start or t.is_punct for t in doc[span.sent.start:span.start + 1]):
        found.append("position:sentence-start")
    return found


def context(span: Span, before, after) -> list[str]:
    """Evidence from the words around: a common noun right before ('singer Joss Stone', 'boss Arsene
    Wenger'), 'the' before, a possessive after, and being the subject of a verb of saying."""
    found = []
    if before is not None and before.tag_ in {"NN", "NNS"} and before.is_lower:
        found.append("before:noun")
    if before is not None and before.lower_ == "the":
        found.append("before:the")
    if after is not None and after.tag_ == "POS":
        found.append("after:possessive")
    if span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.lemma_ in SPEECH:
        found.append("role:speaker")
    return found


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The common (lower-case) words of /usr/share/dict/words (Debian wamerican): 'Royal', 'River' and 'Deacon'
    open names of things more often than they are given names. Empty where the list is not installed."""
    path = Path("/usr/share/dict/words")
    words = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(w.strip() for w in words if w.islower())


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], float]:
    """(feature or 'prior', class) -> log-probability, from kg/lexicon/class_evidence.csv."""
    return {(row["feature"], row["class"]): float(row["log_p"]) for row in lexicon.rows("class_evidence.csv")}


def judge(span: Span, label: str, ner_class: str | None) -> Verdict:
    """The class of a name span given its features, with its probability: no node when that is DROP_AT likely,
    the likeliest class when it is OVERRIDE_AT likely, else the NER label's class `ner_class`."""
    weights = table()
    scores = {}
    for cls in CLASSES:
        scores[cls] = sum(
            weights[f, cls] for f in features(span, label) if (f, cls) in weights)
    top = max(scores.values())
    probability = {c: math.exp(s - top) / sum(math.exp(v - top) for v in scores.values()) for c, s in scores.items()}
    if probability[NO_NODE] >= DROP_AT:
        return Verdict(None, round(probability[NO_NODE], 2))
    best = max((c for c in CLASSES if c != NO_NODE), key=probability.get)
    if probability[best] < OVERRIDE_AT and ner_class in probability:
        best = ner_class
    return Verdict(best, round(probability[best], 2))
