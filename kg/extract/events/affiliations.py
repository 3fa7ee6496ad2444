"""Affiliations: whom a named person stands for in an event besides themselves."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import lexicon
from kg.vocab import EntityClass

if TYPE_CHECKING:
    from kg.extract.events.context import Context

# the sectors of a country's groups that act in politics: opposition, rebels, militants, the state's own
POLITICAL_SECTORS = frozenset({"OPP", "REB", "UAF", "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "HRI"})
# titles any body gives (kg/lexicon/title_kinds.csv): who holds one speaks for the body ('ICRC spokesperson')
BODY_TITLES = frozenset(row["title"] for row in lexicon.rows("title_kinds.csv") if row["kind"] == "any body")
TITLE_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})


def stands_for(ctx: Context, tok: Token) -> list[str]:
    """The groups and bodies a person named at `tok` acts for besides themselves."""
    entity = ctx.entities.get(ctx.index.label[tok.i])
    if entity is None or entity.cls != EntityClass.Person:
        return []
    return described_as(ctx, tok) + speaks_for(ctx, tok)


def described_as(ctx: Context, tok: Token) -> list[str]:
    """The political group a person is set beside as one of: 'Salaheddine Sidhoum, Algeria's leading human rights
    activist' (the Algerian opposition), 'X, a rebel commander'; not 'X, a teacher'."""
    groups = (ctx.entities.get(ctx.index.label.get(c.i, "")) for c in tok.children if c.dep_ == "appos")
    return [g.label for g in groups if g is not None and g.cls == EntityClass.Group and g.sector in POLITICAL_SECTORS]


def speaks_for(ctx: Context, tok: Token) -> list[str]:
    """The organisation whose spokesperson, president or chief a person is titled: 'ICRC spokesperson Yara
    Khaweja told Efe' (the ICRC), 'UNHCR chief Filippo Grandi said'; not a country's ('Kremlin spokesman')."""
    titles = [c for c in tok.children if c.dep_ == "compound" and c.lower_ in BODY_TITLES]
    bodies = [ctx.index.label[m.i] for t in titles for m in t.children if m.dep_ in TITLE_MODIFIERS
              and m.i in ctx.index.label]
    return [b for b in dict.fromkeys(bodies) if ctx.entities[b].cls == EntityClass.Organization]
