"""Assembly: the article's entity table settled against its facts (who is a Leader, whose roles stay)."""
from __future__ import annotations

from kg.extract.relations import holds_office
from kg.model import Entity, Fact
from kg.vocab import EntityClass, Relation

OFFICE = {Relation.leaderOf, Relation.officialOf, Relation.role}


def promote_leaders(facts: list[Fact], entities: dict[str, Entity]) -> None:
    """A Person who holds an office (leaderOf, officialOf, or a role held now) becomes a Leader."""
    for fact in facts:
        entity = entities.get(fact.subject)
        if (fact.predicate in OFFICE and entity is not None and entity.cls == EntityClass.Person
                and holds_office(fact.object)):
            entity.cls = EntityClass.Leader


def leaders_roles(facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """The facts less the roles of people who hold no office: nkg:role is a Leader's ('Shadow Chancellor' is not)."""
    return [f for f in facts
            if f.predicate != Relation.role or f.subject in entities and entities[f.subject].cls == EntityClass.Leader]
