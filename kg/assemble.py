"""Assembly: the article's entity table settled against its facts (who is a Leader, whose roles stay), and the
ArticleGraph: that table, the office-holders its events name, and background nodes for the facts' objects."""
from __future__ import annotations

from kg.extract.offices import LEGISLATOR, holds_office, known_offices, title_kind
from kg.gazetteer import Gazetteer
from kg.model import Article, ArticleGraph, Entity, Event, Fact
from kg.resolve import office_holders
from kg.vocab import EntityClass, Relation

OFFICE = {Relation.leaderOf, Relation.officialOf, Relation.role}


def promote_leaders(facts: list[Fact], entities: dict[str, Entity]) -> None:
    """A Person who holds an office (leaderOf, officialOf, or a role held now) becomes a Leader; a legislator
    ('Senator') holds none."""
    roles: dict[str, list[str]] = {}
    for fact in facts:
        if fact.predicate == Relation.role:
            roles.setdefault(fact.subject, []).append(fact.object)
    for fact in facts:
        entity = entities.get(fact.subject)
        if (fact.predicate in OFFICE and entity is not None and entity.cls == EntityClass.Person
                and holds_office(fact.object) and public_office(roles.get(fact.subject, []))):
            entity.cls = EntityClass.Leader


def public_office(roles: list[str]) -> bool:
    """Whether the roles beside an office fact leave its holder a Leader: a legislator's office is none."""
    return not any(title_kind(role) == LEGISLATOR for role in roles)


def leaders_roles(facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """The facts less the roles of people who hold no office: nkg:role is a Leader's ('Shadow Chancellor' is not)."""
    return [f for f in facts
            if f.predicate != Relation.role or f.subject in entities and entities[f.subject].cls == EntityClass.Leader]


def assemble(article: Article, entities: dict[str, Entity], facts: list[Fact], events: list[Event],
             gaz: Gazetteer) -> ArticleGraph:
    """The article's graph: its entities, the office-holders its events name, background nodes for facts' objects
    and for any event role the gazetteer alone knows."""
    leaders = named_leaders(events, entities, office_holders(entities, gaz, article.published, article.id))
    facts = facts + known_offices(leaders, gaz, article.published)   # they lead their country
    table = dict(entities) | {leader.label: leader for leader in leaders}
    unnamed = [f.object for f in facts if f.predicate not in {"role", "category"}] + [
        label for e in events for role in (e.agent, e.target, e.item, e.location) for label in role]
    for label in (label for label in unnamed if label not in table):   # known only from the gazetteer
        table[label] = background_entity(label, gaz)
    return ArticleGraph(article, list(table.values()), facts, events)


def named_leaders(events: list[Event], entities: dict[str, Entity], holders: dict[str, Entity]) -> list[Entity]:
    """The office-holders events name by office ('the Turkish leader') but the article does not, first named first."""
    by_label = {holder.label: holder for holder in holders.values()}
    named = dict.fromkeys(label for event in events for role in (event.agent, event.target, event.item,
                                                                 event.location) for label in role)
    return [by_label[label] for label in named if label in by_label and label not in entities]


def background_entity(label: str, gaz: Gazetteer) -> Entity:
    """An entity the article does not mention, known from the gazetteer as a fact's object."""
    country = gaz.country_by_label(label)
    if country:
        return Entity(label, EntityClass.Country, wikidata=country.wikidata)
    named = gaz.named_called(label)
    return Entity(label, EntityClass.Organization, wikidata=named.wikidata if named else None)
