"""Resolve mentions to entities: gazetteer keys, name variants, leaders by office and date."""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Collection
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from kg.extract.bodies import state_body
from kg.gazetteer import Gazetteer, Leader
from kg.model import Entity, Mention
from kg.names import abbreviates, bare, gender
from kg.vocab import PEOPLE, EntityClass


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

    def add(self, label: str, cls: EntityClass, surface: str, article: str, wikidata: str | None = None,
            confidence: float = 1.0) -> Entity:
        entity = self.entities.get(label)
        if entity is None:
            entity = self.entities[label] = Entity(label, cls, wikidata=wikidata, confidence=confidence)
        entity.confidence = max(entity.confidence, confidence) if entity.cls == cls else entity.confidence
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


@dataclass
class People:
    """An article's persons by folded full name, surname and given name, with the gender each name says."""

    names: dict[str, str] = field(default_factory=dict)              # folded name -> canonical label
    parts: dict[str, set[str]] = field(default_factory=dict)         # folded surname or given name -> labels
    genders: dict[str, str | None] = field(default_factory=dict)     # label -> 'female' | 'male' | None

    def add(self, text: str, label: str) -> None:
        name, _ = bare(text)
        self.names.setdefault(fold(name), label)
        self.genders.setdefault(label, gender(text))
        words = name.split()
        keys = [surname(name)] + ([fold(words[0])] if len(words) > 1 else [])   # given name, or family name first
        if len(words) > 2:   # 'Bagheri Kani' of 'Ali Bagheri Kani': the name without its first word
            keys.append(fold(" ".join(words[1:])))
        for key in keys:
            self.parts.setdefault(key, set()).add(label)

    def label_for(self, text: str) -> str | None:
        """The person a mention names: its full name, or the one person whose surname, first word (a given name,
        or a family name written first: 'Yoon' of 'Yoon Suk Yeol') or name without its first word it is and whose
        gender does not contradict the honorific ('Mr Brown' -> Gordon Brown, not Mrs Brown; 'Bagheri Kani' ->
        Ali Bagheri Kani)."""
        name, said = bare(text)
        if fold(name) in self.names and (" " in name or fold(name) not in self.parts):
            return self.names[fold(name)]
        fits = {label for label in self.parts.get(fold(name), ()) if not said or self.genders[label] in {said, None}}
        if len(fits) == 1 and (" " not in name or fold(name) not in self.names):
            return next(iter(fits))
        return self.names.get(fold(name))   # 'Trump', placed as the leader, though Melania Trump shares the name


def people_of(persons: list[Mention], gaz: Gazetteer, published: dt.date | None) -> People:
    """The article's persons, gazetteer leaders (a surname the gazetteer knows in office: 'Trump' in 2020) and then
    full names first, so that a bare surname ('Mr Brown') joins its full name; a full name is labelled without
    its honorific ('Lady Melania Trump' → Melania Trump)."""
    people = People()
    leaders = {id(m): None if m.key else leader_named(bare(m.text)[0], gaz, published) for m in persons}
    for m in sorted(persons, key=lambda m: (m.key is None and leaders[id(m)] is None, -len(bare(m.text)[0].split()))):
        if people.label_for(m.text):
            continue
        leader, (name, said) = leaders[id(m)], bare(m.text)
        if leader and said and gender(leader.label) not in {said, None}:
            leader = None   # 'Mrs Howard' is not John Howard
        people.add(m.text, m.key or (leader.label if leader else name if " " in name else m.text))
    return people


def resolve(mentions: list[Mention], article: str, published: dt.date | None, gaz: Gazetteer) -> Resolution:
    """Group an article's mentions into entities with canonical labels."""
    res = Resolution()
    people = people_of([m for m in mentions if m.cls in PEOPLE], gaz, published)
    for m in mentions:
        if m.key:
            label, cls = m.key, m.cls
            wikidata = wikidata_of(gaz, cls, label)
        elif label := people.label_for(m.text):
            leader = leader_named(label, gaz, published)
            cls, wikidata = (EntityClass.Leader, leader.wikidata) if leader else (EntityClass.Person, None)
        elif m.cls == EntityClass.Organization and (owner := named_prefix(m.text, mentions)):
            label, cls, wikidata = owner.key, owner.cls, wikidata_of(gaz, owner.cls, owner.key)
        elif owner := short_form_of(m, mentions):
            label, cls = owner.key or owner.text, EntityClass.Organization
            wikidata = wikidata_of(gaz, cls, owner.key or "")
        else:
            label, cls, wikidata = m.text, m.cls, None
        sure = 1.0 if m.key or label != m.text else m.confidence   # a gazetteer entry or a name joined is sure
        collective(res.add(label, cls, m.text, article, wikidata, sure), gaz, res)
        res.at[m.start] = label
    return res


ABBREVIABLE = frozenset({EntityClass.Organization, EntityClass.Person, EntityClass.Place})


def short_form_of(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The one organisation named in full earlier whose acronym or opening words this mention is: 'AIG' after
    'American International Group', 'Marsh' after 'Marsh & McLennan'."""
    if m.key and m.cls != EntityClass.Place or m.cls not in ABBREVIABLE:
        return None   # a known organisation or person keeps its name; 'Texas' after 'Texas Instruments' does not
    owners = {o.key or o.text: o for o in mentions
              if o.cls == EntityClass.Organization and o.start < m.start and abbreviates(m.text, o.text)}
    return next(iter(owners.values())) if len(owners) == 1 else None


def collective(entity: Entity, gaz: Gazetteer, res: Resolution) -> None:
    """Give a Group, named force, armed group or state body its country and sector; an unmentioned country
    becomes a background node."""
    if entity.cls == EntityClass.Group and (found := gaz.group_called(entity.label)):
        country, entity.sector = found[0], found[1].code
    elif entity.cls == EntityClass.Organization and (named := gaz.named_called(entity.label)) and named.sector:
        country, entity.sector = gaz.countries.get(named.iso3 or ""), named.sector
    elif entity.cls == EntityClass.Organization and (body := state_body(entity.label, gaz)):
        country, entity.sector = body   # 'Chinese Coast Guard', "Taiwan's Defense Ministry"
    else:
        return
    if country is not None:
        entity.country = country.label
        res.entities.setdefault(country.label, Entity(country.label, EntityClass.Country, wikidata=country.wikidata))


def named_prefix(text: str, mentions: list[Mention]) -> Mention | None:
    """A known organisation whose name opens this longer one: 'TASS' in 'TASS Russian News Agency'."""
    first = text.split()[0] if text.split() else ""
    return next((m for m in mentions
                 if m.key and m.cls == EntityClass.Organization and m.text == first and m.text != text), None)


def wikidata_of(gaz: Gazetteer, cls: EntityClass, label: str) -> str | None:
    """The QID a data source gives for a gazetteer entity (never guessed)."""
    if cls == EntityClass.Country:
        country = gaz.country_by_label(label)
        return country.wikidata if country else None
    if cls == EntityClass.Leader:
        return next((ldr.wikidata for ldr in gaz.leaders_called(label) if ldr.wikidata), None)
    named = gaz.named_called(label)
    return named.wikidata if named else None


def office_holders(entities: dict[str, Entity], gaz: Gazetteer, day: dt.date | None,
                   article: str) -> dict[str, Entity]:
    """Each mentioned country's office-holder on `day` by the gazetteer (head of government first), as a Leader."""
    holders = {}
    for country in (e for e in entities.values() if e.cls == EntityClass.Country):
        record = gaz.country_by_label(country.label)
        leaders = sorted(gaz.leaders_of(record.iso3, day) if record else [],
                         key=lambda ldr: ldr.office != "head_of_government")
        if leaders:
            holders[country.label] = Entity(leaders[0].label, EntityClass.Leader, wikidata=leaders[0].wikidata,
                                            articles={article})
    return holders


@dataclass
class TokenIndex:
    """Which entity each token of a parsed article belongs to."""

    label: dict[int, str]           # token index -> entity label
    first: dict[int, int]           # token index -> first token of its mention
    entities: dict[str, Entity]

    @classmethod
    def build(cls, doc, mentions: list[Mention], res: Resolution) -> "TokenIndex":
        """Token index → the label of the entity whose mention covers it, and the mention's first token."""
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

    def cls(self, i: int) -> EntityClass | None:
        entity = self.entity(i)
        return entity.cls if entity else None

    def end(self, first: int) -> int:
        """The token after the mention that starts at token `first`."""
        end = first + 1
        while self.first.get(end) == first:
            end += 1
        return end

    def in_span(self, tokens, classes: Collection[EntityClass] | None = None) -> list[str]:
        """Entity labels among `tokens`, in order, once each, optionally of given classes."""
        seen: list[str] = []
        for token in tokens:
            entity = self.entity(token.i)
            if entity and entity.label not in seen and (classes is None or entity.cls in classes):
                seen.append(entity.label)
        return seen
