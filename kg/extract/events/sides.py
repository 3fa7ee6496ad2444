"""Sides: the country an actor belongs to, and at whom a directed act that names no target is aimed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.vocab import EntityClass

if TYPE_CHECKING:
    from kg.extract.events.context import Context

MULTILATERAL = frozenset({"alliance", "international_body"})
PARTNER_MENTIONS = 2   # a country named once is an aside, not the article's other side


def partner_country(ctx: Context, agents: list[str]) -> list[str]:
    """The country the article names most, more than once, that is not the agents' own: at whom a directed act
    that names no target is aimed ('Algeria accused the group' in an article on Algeria and Morocco). An
    alliance or international body has no own country: its members are many ('the EU demanded')."""
    own = {country_of(ctx, a) for a in agents if not multilateral(ctx, a)}
    if None in own:
        return []   # whose side a party or a central bank is on, the article may not say
    partner, mentions = next(((c, n) for c, n in ctx.country_mentions.most_common() if c not in own), ("", 0))
    return [partner] if mentions >= PARTNER_MENTIONS else []


def multilateral(ctx: Context, label: str) -> bool:
    """An alliance or an international body the gazetteer knows (NATO, the EU, the UN)."""
    named = ctx.gaz.named_called(label)
    return named is not None and named.kind in MULTILATERAL


def country_of(ctx: Context, label: str) -> str | None:
    """The country an entity belongs to: a country itself, a group's or an office-holder's country, the country
    of a place, capital or body the gazetteer knows."""
    entity = ctx.entities.get(label)
    if entity is None:
        return None
    if entity.cls == EntityClass.Country:
        return label
    if entity.country or label in ctx.country_of:
        return entity.country or ctx.country_of[label]
    country = ctx.gaz.country_around(label)
    return country.label if country else None
