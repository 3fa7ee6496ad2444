"""Sides: the country an actor belongs to, and at whom a directed act that names no target is aimed."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.model import Event
from kg.vocab import COOPERATIVE_QUADS, PLOVER_QUAD, EntityClass

if TYPE_CHECKING:
    from kg.extract.events.context import Context

MULTILATERAL = frozenset({"alliance", "international_body"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PARTNER_MENTIONS = 2   # a country named once is an aside, not the article's other side


def aimed_at(ctx: Context, events: list[Event]) -> dict[tuple[str, bool], Counter[str]]:
    """Whom each side aims its acts at, by whether they cooperate: the countries the article names that its
    events' targets are or belong to ('NATO affirmed support for Ukraine', 'condemned the Russian attacks'),
    besides its own (not the unnamed country of a targeted broadcaster)."""
    table: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    for event in (e for e in events if e.plover in PLOVER_QUAD and e.agent and e.target):
        for side in {side_of(ctx, a) for a in event.agent} - {None}:
            table[side, cooperative(event)].update(
                c for t in event.target if (c := country_of(ctx, t)) and c != side and c in ctx.entities)
    return table


def side_of(ctx: Context, label: str) -> str | None:
    """The side an actor is on: an alliance or international body its own, anyone else their country's."""
    return label if multilateral(ctx, label) else country_of(ctx, label)


def cooperative(event: Event) -> bool:
    """Whether an event's PLOVER category is one of cooperation."""
    return PLOVER_QUAD[event.plover] in COOPERATIVE_QUADS


def partner_of(ctx: Context, event: Event, aims: dict[tuple[str, bool], Counter[str]]) -> list[str]:
    """At whom a directed act that names no target is aimed: the country its side's other acts of the same kind
    aim at most (NATO's aid goes where its support went, not to the Russia it condemned), else the article's
    other side (`partner_country`); no one when whose side the actor is on is unknown (a party, a bank)."""
    sides = {side_of(ctx, a) for a in event.agent}
    if None in sides:
        return []
    counts: Counter[str] = Counter()
    for side in sides:
        counts.update(aims.get((side, cooperative(event)), Counter()))
    return [counts.most_common(1)[0][0]] if counts else partner_country(ctx, event.agent)


def doer_of_the_act_named(ctx: Context, event: Event, events: list[Event]) -> list[str]:
    """At whom an act is aimed whose object refers back to an act reported before ('the', 'this'): that act's
    doer ('Yoon declared martial law … Opposition leaders denounced the declaration': Yoon), not a new act's ('a
    ban')."""
    token = token_at(ctx, event.trigger_at)
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    named = {w for o in objects if o.pos_ == "NOUN" and definite(o)
             for w in (o.lemma_, ctx.coder.nominalizations.get(o.lemma_))}
    for earlier in reversed([e for e in events if e.trigger_at < event.trigger_at and e.agent]):
        if token_at(ctx, earlier.trigger_at).lemma_ in named and not set(earlier.agent) & set(event.agent):
            return earlier.agent[:1]
    return []


def definite(noun: Token) -> bool:
    """Whether a noun phrase refers back: 'the declaration', 'this move' (not 'a ban', 'pressure')."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def token_at(ctx: Context, offset: int) -> Token:
    """The token of the article that starts at character `offset` (an event's trigger)."""
    return ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")[0]


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


def leader_of(ctx: Context, country: str) -> str | None:
    """The leader of `country`: one the article names, else the gazetteer's office-holder on the date."""
    named = [p for p, c in ctx.country_of.items() if c == country]
    if named:
        return named[0]
    holder = ctx.holders.get(country)
    return holder.label if holder else None
