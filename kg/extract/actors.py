"""Who counts as a political actor: events of political news happen between states, their officials and forces,
parties, public bodies, international bodies, NGOs and armed groups, not between companies or private people (PLOVER
and the Phoenix dictionaries code NGO actors: the Red Cross suspending aid, Amnesty accusing a government)."""
from __future__ import annotations

from kg import lexicon
from kg.gazetteer import Gazetteer
from kg.model import Entity
from kg.vocab import EntityClass

STATE_CLASSES = frozenset({EntityClass.Country, EntityClass.Leader, EntityClass.Group})
PUBLIC_KINDS = frozenset({"armed_group", "party", "agency", "international_body", "legislature", "alliance", "seat",
                          "other", "ngo"})
PUBLIC_BODIES = frozenset(lexicon.words("public_bodies.txt"))


def political(entity: Entity, gaz: Gazetteer) -> bool:
    """A country, an office-holder, a group of a country, or an organisation that is a public body: known as one to
    the gazetteer, or, when it does not know it, named with a public body's head word ('Work Ministry')."""
    if entity.cls in STATE_CLASSES or entity.country:
        return True
    if entity.cls != EntityClass.Organization:
        return False
    named = gaz.named_called(entity.label)
    if named is not None:
        return named.kind in PUBLIC_KINDS
    return entity.label.split()[-1].lower() in PUBLIC_BODIES
