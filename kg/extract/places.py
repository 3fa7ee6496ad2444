"""Where places are: the country the text sets a place in ('Abha in Saudi Arabia', 'Bam, Iran')."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Fact
from kg.resolve import TokenIndex
from kg.vocab import EntityClass, Relation

SETTINGS = frozenset({"in", ","})   # 'Kerbala in southern Iraq', 'Bam, Iran'


def place_facts(doc: Doc, index: TokenIndex) -> list[Fact]:
    """A place mention followed by 'in' and a country ('in southern Iraq'), or by a comma and a country at once
    ('Bam, Iran'), lies in that country; not a country that owns what follows ('Ankara, Germany's Tagesschau')."""
    facts = []
    for i in sorted(index.label):
        if index.first[i] != i or index.cls(i) != EntityClass.Place:
            continue
        after = index.end(i)
        if after >= len(doc) or doc[after].lower_ not in SETTINGS:
            continue
        k = after + 1
        while doc[after].lower_ == "in" and k < len(doc) and k - after <= 2 and doc[k].pos_ in {"ADJ", "DET"}:
            k += 1   # 'in southern Iraq'
        country = k < len(doc) and index.cls(k) == EntityClass.Country and index.first[k] == k
        if country and not possessive(doc, index, k):
            facts.append(Fact(index.label[i], Relation.locatedIn, index.label[k], True, doc[i].sent.text))
    return facts


def possessive(doc: Doc, index: TokenIndex, first: int) -> bool:
    """Whether the mention at `first` is a possessor ('Ankara, Germany's Tagesschau reports'): it owns, it does
    not contain."""
    end = index.end(first)
    return end < len(doc) and doc[end].tag_ == "POS"
