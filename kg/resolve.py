"""Resolve mentions to entities: gazetteer keys, name variants, leaders by office and date."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from kg.extract.bodies import state_body
from kg.extract.words import dictionary_words
from kg.gazetteer import Country, Gazetteer
from kg.model import Entity, Mention
from kg.names import abbreviates
from kg.people import leader_named, people_of
from kg.vocab import PEOPLE, EntityClass


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


def resolve(mentions: list[Mention], article: str, published: dt.date | None, gaz: Gazetteer) -> Resolution:
    """Group an article's mentions into entities with canonical labels."""
    res = Resolution()
    mentions = [listed(m, mentions, gaz) for m in mentions]
    people = people_of([m for m in mentions if m.cls in PEOPLE], gaz, published)
    for m in mentions:
        if key := None if foreign_institution(m, mentions, gaz) else m.key:
            label, cls = key, m.cls
            wikidata = wikidata_of(gaz, cls, label)
        elif not m.key and (label := people.label_for(m.text, m.start)):
            leader = leader_named(label, gaz, published)
            cls, wikidata = (EntityClass.Leader, leader.wikidata) if leader else (EntityClass.Person, None)
        elif m.cls == EntityClass.Organization and (owner := named_prefix(m.text, mentions)):
            label, cls, wikidata = owner.key, owner.cls, wikidata_of(gaz, owner.cls, owner.key)
        elif owner := short_form_of(m, mentions):
            label, cls = owner.key or owner.text, EntityClass.Organization
            wikidata = wikidata_of(gaz, cls, owner.key or "")
        else:
            label, cls, wikidata = m.text, m.cls, None
        sure = 1.0 if key or label != m.text else m.confidence   # a gazetteer entry or a name joined is sure
        collective(res.add(label, cls, m.text, article, wikidata, sure), gaz, res)
        res.at[m.start] = label
    return res


def listed(m: Mention, mentions: list[Mention], gaz: Gazetteer) -> Mention:
    """An organisation's name another stage found that the gazetteer lists in full keeps the gazetteer's entry ('U.N.
    Security Council', not the U.N. its first word names), unless that entry is another country's ('Democratic
    Party' in a South Korean article is not the US party)."""
    if m.key or m.cls != EntityClass.Organization or (found := gaz.lookup(m.text)) is None:
        return m
    listed_as = replace(m, key=found[1])
    return listed_as if found[0] == EntityClass.Organization and not abroad(listed_as, mentions, gaz) else m


def foreign_institution(m: Mention, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """A country's institution named by one common word ('Treasury', 'Congress') in an article that names other
    countries but not its own: the article's own country's institution, which the gazetteer does not hold."""
    named = gaz.named_called(m.key) if m.cls == EntityClass.Organization and m.key else None
    return named is not None and named.kind == "agency" and common_word(m.text) and abroad(m, mentions, gaz)


def abroad(m: Mention, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """Whether the gazetteer organisation a mention is keyed to belongs to a country the article does not name,
    though it names others."""
    named = gaz.named_called(m.key or "")
    own = gaz.countries.get(named.iso3) if named and named.iso3 else None
    countries = {o.key for o in mentions if o.cls == EntityClass.Country}
    return own is not None and bool(countries) and own.label not in countries


def common_word(text: str) -> bool:
    """'Treasury', 'Congress': one capitalised word that is a common word in lower case."""
    return " " not in text and text[:1].isupper() and text[1:].islower() and text.lower() in dictionary_words()


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
    elif entity.cls == EntityClass.Organization and (body := body_named(entity, gaz)):
        country, entity.sector = body   # 'Chinese Coast Guard', "Taiwan's Defense Ministry"
    else:
        return
    if country is not None:
        entity.country = country.label
        res.entities.setdefault(country.label, Entity(country.label, EntityClass.Country, wikidata=country.wikidata))


def body_named(entity: Entity, gaz: Gazetteer) -> tuple[Country, str] | None:
    """The country and sector of the state body an organisation's label or a name it is written with names ('German
    Defense Ministry', which the gazetteer lists as German Federal Ministry of Defence)."""
    return next(filter(None, (state_body(name, gaz) for name in (entity.label, *sorted(entity.aliases)))), None)


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
