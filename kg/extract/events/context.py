"""The per-article context every event rule reads: the parse, the resolved mentions, the lexicons, the date."""
from __future__ import annotations

import datetime as dt
from collections import ChainMap, Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from spacy.tokens import Doc, Span

from kg.annotate import DATELINE
from kg.extract.coding import Coder
from kg.extract.events.timing import anchored, reaches_now
from kg.gazetteer import Gazetteer
from kg.model import Entity, Event, Fact
from kg.resolve import TokenIndex, office_holders
from kg.names import gender
from kg.vocab import PEOPLE, EntityClass, EventClass, Relation

ROLES = ("agent", "target", "item", "location")
# either side may be named first
SYMMETRIC = {EventClass.Meeting, EventClass.PhoneCall, EventClass.Negotiation, EventClass.Agreement}


@dataclass(frozen=True)
class Context:
    """One parsed article against its resolved entities, and what is computed of it once."""

    doc: Doc
    index: TokenIndex
    gaz: Gazetteer
    coder: Coder
    article: str
    published: dt.date | None
    holders: Mapping[str, Entity]    # country -> its office-holder on the date, by the gazetteer (resolution's)
    entities: Mapping[str, Entity]   # the entity table, read-only, and the office-holders by label
    country_of: Mapping[str, str]    # office-holder -> their country: the article's, then the gazetteer's
    dates: list[Span]            # the date expressions that name a point in time
    spans_to_now: list[Span]     # those of a span up to the time of the story ('over the past 16 years')
    text: str                    # Doc.text joins every token again on each call
    positions: list[int]         # the tokens inside entity mentions, in order
    lead_end: int                # where the lead paragraph ends
    dateline: tuple[str, ...]    # the place or country the dateline names ('BERLIN —'), if any
    titles: Mapping[str, frozenset[str]]   # person -> the words of the roles the article gives them
    genders: Mapping[str, str | None]      # person -> 'female' or 'male' as their first name or honorific says
    country_mentions: Counter[str]         # country -> how many times the article names it
    read: list[Event] = field(default_factory=list)   # the events read so far, in the order of their triggers


def context_of(doc: Doc, index: TokenIndex, facts: list[Fact], gaz: Gazetteer, coder: Coder, article: str,
               published: dt.date | None) -> Context:
    """The context of one article: who holds an office of which country, its dates, its lead paragraph."""
    country_of = {f.subject: f.object for f in facts if f.predicate in {"leaderOf", "officialOf"}
                  and index.entities.get(f.object) and index.entities[f.object].cls == EntityClass.Country}
    holders = office_holders(index.entities, gaz, published, article)
    for country, holder in holders.items():
        country_of.setdefault(holder.label, country)
    entities = ChainMap(index.entities, {holder.label: holder for holder in holders.values()})
    text = doc.text
    lead_end = text.find("\n\n")
    filed = DATELINE.match(text)
    ents = doc.ents   # Doc.ents makes its spans again on each call
    dateline = tuple(dict.fromkeys(label for i, label in sorted(index.label.items()) if filed and doc[i].idx < filed.end()
                                   and index.entities[label].cls in {EntityClass.Place, EntityClass.Country}))[:1]
    return Context(doc, index, gaz, coder, article, published, MappingProxyType(holders),
                   MappingProxyType(entities), MappingProxyType(country_of),
                   dates=[e for e in ents if e.label_ == "DATE" and anchored(e)],
                   spans_to_now=[e for e in ents if reaches_now(e)], text=text,
                   positions=sorted(index.label), lead_end=len(text) if lead_end < 0 else lead_end, dateline=dateline,
                   titles=MappingProxyType(titles_of(facts)),
                   genders=MappingProxyType({label: gender(label) for label, e in entities.items() if e.cls in PEOPLE}),
                   country_mentions=Counter(label for i, label in index.label.items()
                                            if index.first[i] == i and index.cls(i) == EntityClass.Country))


def titles_of(facts: list[Fact]) -> dict[str, frozenset[str]]:
    """Person -> the lower-cased words of their roles ('Chancellor Gordon Brown': chancellor)."""
    words: dict[str, set[str]] = {}
    for fact in (f for f in facts if f.predicate == Relation.role):
        words.setdefault(fact.subject, set()).update(str(fact.object).lower().split())
    return {person: frozenset(found) for person, found in words.items()}
