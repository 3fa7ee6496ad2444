"""Resolve mentions to entities: gazetteer keys, name variants, leaders by office and date."""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from kg.gazetteer import Gazetteer, Leader
from kg.model import Entity, Mention


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Compare names without case or accents."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def surname(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


@dataclass
class Resolution:
    """The entities of one article and which entity each mention (by start offset) denotes."""

    entities: dict[str, Entity] = field(default_factory=dict)   # by canonical label
    at: dict[int, str] = field(default_factory=dict)            # mention start char -> entity label

    def add(self, label: str, cls: str, surface: str, article: str, wikidata: str | None = None) -> Entity:
        entity = self.entities.get(label)
        if entity is None:
            entity = self.entities[label] = Entity(label, cls, wikidata=wikidata)
        if surface != label:
            entity.aliases.add(surface)
        entity.articles.add(article)
        return entity


@dataclass(frozen=True)
class LeaderIndex:
    """The gazetteer's leaders by folded name and by folded surname, built once per gazetteer."""

    by_name: dict[str, list[Leader]]
    by_surname: dict[str, list[Leader]]
    by_label: dict[str, list[Leader]]       # folded canonical label -> its leaders' terms


@lru_cache(maxsize=4)
def leader_index(gaz: Gazetteer) -> LeaderIndex:
    by_name: dict[str, list[Leader]] = defaultdict(list)
    by_surname: dict[str, list[Leader]] = defaultdict(list)
    by_label: dict[str, list[Leader]] = defaultdict(list)
    for ldr in gaz.leaders:
        for name in {fold(n) for n in (ldr.label,) + ldr.aliases}:
            by_name[name].append(ldr)
        by_surname[surname(ldr.label)].append(ldr)
        by_label[fold(ldr.label)].append(ldr)
    return LeaderIndex(dict(by_name), dict(by_surname), dict(by_label))


@lru_cache(maxsize=1 << 14)   # the same names recur across a corpus, on many different days
def spelled_like(key: str, gaz: Gazetteer) -> list[Leader]:
    """The leaders whose folded name is at least 90% similar to the folded name `key`."""
    index = leader_index(gaz)
    close = process.extract(key, list(index.by_label), scorer=fuzz.ratio, score_cutoff=90, limit=None)
    return [ldr for label, _, _ in close for ldr in index.by_label[label]]


@lru_cache(maxsize=1 << 14)
def leader_named(name: str, gaz: Gazetteer, day: dt.date | None) -> Leader | None:
    """The gazetteer leader a full name or surname denotes, preferring one in office on `day`."""
    key = fold(name)
    index = leader_index(gaz)
    full = index.by_name.get(key, [])
    if full:
        return next((ldr for ldr in full if ldr.in_office(day)), full[0])
    if " " in name.strip():   # a transliteration variant of someone in office: 'Zelensky' / 'Zelenskyy'
        close = {ldr.label: ldr for ldr in spelled_like(key, gaz) if ldr.in_office(day)}
        return next(iter(close.values())) if len(close) == 1 else None
    by_surname = {ldr.label: ldr for ldr in index.by_surname.get(key, []) if ldr.in_office(day)}
    return next(iter(by_surname.values())) if len(by_surname) == 1 else None


def resolve(mentions: list[Mention], article: str, published: dt.date | None, gaz: Gazetteer) -> Resolution:
    """Group an article's mentions into entities with canonical labels."""
    res = Resolution()
    people: dict[str, str] = {}          # folded surname / full name -> canonical person label
    # Full names first, so that a later (or earlier) bare surname joins its full name.
    persons = [m for m in mentions if m.cls in {"Person", "Leader"} and m.key is None]
    for m in sorted(persons, key=lambda m: -len(m.text.split())):
        if fold(m.text) in people or surname(m.text) in people and " " not in m.text:
            continue
        leader = leader_named(m.text, gaz, published)
        label = leader.label if leader else m.text
        people.setdefault(fold(m.text), label)
        people.setdefault(surname(m.text), label)
    for m in mentions:
        if m.key:
            label, cls = m.key, m.cls
            wikidata = wikidata_of(gaz, cls, label)
        elif fold(m.text) in people or surname(m.text) in people and " " not in m.text.strip():
            label = people.get(fold(m.text)) or people[surname(m.text)]
            leader = leader_named(label, gaz, published)
            cls, wikidata = ("Leader", leader.wikidata) if leader else ("Person", None)
        elif m.cls == "Organization" and (owner := named_prefix(m.text, mentions)):
            label, cls, wikidata = owner.key, owner.cls, wikidata_of(gaz, owner.cls, owner.key)
        else:
            label, cls, wikidata = m.text, m.cls, None
        collective(res.add(label, cls, m.text, article, wikidata), gaz, res)
        res.at[m.start] = label
    return res


def collective(entity: Entity, gaz: Gazetteer, res: Resolution) -> None:
    """Give a named force or armed group its country and sector; an unmentioned country becomes a
    background node."""
    named = gaz.named_called(entity.label) if entity.cls == "Organization" else None
    if named is None or not named.sector:
        return
    entity.sector = named.sector
    if country := gaz.countries.get(named.iso3 or ""):
        entity.country = country.label
        res.entities.setdefault(country.label, Entity(country.label, "Country", wikidata=country.wikidata))


def named_prefix(text: str, mentions: list[Mention]) -> Mention | None:
    """A known organisation whose name opens this longer one: 'TASS' in 'TASS Russian News Agency'."""
    first = text.split()[0] if text.split() else ""
    return next((m for m in mentions if m.key and m.cls == "Organization" and m.text == first and m.text != text), None)


def wikidata_of(gaz: Gazetteer, cls: str, label: str) -> str | None:
    """The QID a data source gives for a gazetteer entity (never guessed)."""
    if cls == "Country":
        country = gaz.country_by_label(label)
        return country.wikidata if country else None
    if cls == "Leader":
        return next((ldr.wikidata for ldr in gaz.leaders_called(label) if ldr.wikidata), None)
    named = gaz.named_called(label)
    return named.wikidata if named else None


@dataclass
class TokenIndex:
    """Which entity each token of a parsed article belongs to."""

    label: dict[int, str]           # token index -> entity label
    first: dict[int, int]           # token index -> first token of its mention
    entities: dict[str, Entity]

    @classmethod
    def build(cls, doc, mentions: list[Mention], res: Resolution) -> "TokenIndex":
        label, first = {}, {}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or m.start not in res.at:
                continue
            for token in span:
                label[token.i] = res.at[m.start]
                first[token.i] = span.start
        return cls(label, first, res.entities)

    def entity(self, i: int) -> Entity | None:
        name = self.label.get(i)
        return self.entities.get(name) if name else None

    def cls(self, i: int) -> str | None:
        entity = self.entity(i)
        return entity.cls if entity else None

    def in_span(self, tokens, classes: set[str] | None = None) -> list[str]:
        """Entity labels among `tokens`, in order, once each, optionally of given classes."""
        seen: list[str] = []
        for token in tokens:
            entity = self.entity(token.i)
            if entity and entity.label not in seen and (classes is None or entity.cls in classes):
                seen.append(entity.label)
        return seen
