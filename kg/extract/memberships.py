"""Members an organisation's mention lists: 'the P5+1, namely Britain, China, France, Russia and the US, plus
Germany', 'the Quad (the US, Japan, India and Australia)', 'a coalition led by Saudi Arabia and the UAE'."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.places import mention_starts
from kg.model import Fact
from kg.resolve import TokenIndex
from kg.vocab import EntityClass, Relation

OPENERS = frozenset({"namely", "including", "comprising", "—", "–", "(", ":"})   # words that open a list of members
JOINERS = frozenset({",", "and", "the", "plus"})   # words a list of countries holds besides their names
MIN_MEMBERS = 2


def listed_members(doc: Doc, index: TokenIndex) -> list[Fact]:
    """Each country of a list of two or more that an opener ('namely', a dash, a bracket, 'led by') sets right
    after an organisation's mention is a member of it."""
    facts = []
    for i in mention_starts(doc, index, {EntityClass.Organization}):
        start = list_start(doc, index.end(i))
        if start is None:
            continue
        members = countries_listed(doc, index, start)
        if len(members) >= (1 if doc[start - 1].lower_ == "by" else MIN_MEMBERS):   # one leader, or a list
            facts += [Fact(country, Relation.memberOf, index.label[i], True, doc[i].sent.text) for country in members]
    return facts


def list_start(doc: Doc, k: int) -> int | None:
    """The token after the opener of a list that follows a mention ending before token `k`, if one does."""
    k += k < len(doc) and doc[k].text == ","
    if k < len(doc) and doc[k].lower_ in OPENERS:
        return k + 1
    if k + 1 < len(doc) and doc[k].lower_ == "led" and doc[k + 1].lower_ == "by":
        return k + 2   # the leading members: 'the coalition led by Saudi Arabia'
    return None


def countries_listed(doc: Doc, index: TokenIndex, k: int) -> list[str]:
    """The countries named from token `k` on, as long as only their names and list words follow one another."""
    members: list[str] = []
    while k < len(doc) and (index.cls(k) == EntityClass.Country or doc[k].lower_ in JOINERS):
        if index.cls(k) == EntityClass.Country and index.label[k] not in members:
            members.append(index.label[k])
        k = index.end(index.first[k]) if index.cls(k) == EntityClass.Country else k + 1
    return members
