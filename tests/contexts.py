"""A real per-article event context over a hand-built parse, with the token→entity labels set by hand."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from kg.extract.coding import load_coder
from kg.extract.events.context import Context, context_of
from kg.gazetteer import load
from kg.model import Entity, Fact
from kg.resolve import TokenIndex
from parses import parse


@lru_cache(maxsize=1)
def lexicons():
    """The bundled gazetteer and CAMEO coder, loaded once."""
    return load(), load_coder()


def index_of(mentions: dict[int, tuple[str, str]]) -> TokenIndex:
    """The token index of a hand-built parse: token i names the entity (label, class) of `mentions[i]`, each
    mention one token long."""
    return TokenIndex({i: label for i, (label, _) in mentions.items()}, {i: i for i in mentions},
                      {label: Entity(label, cls) for label, cls in mentions.values()})


def context(analysis: str, mentions: dict[int, tuple[str, str]], ents: list[str] | None = None,
            published: dt.date | None = None, facts: list[Fact] = ()) -> Context:
    """The context of the parse `analysis`: token i names the entity (label, class) of `mentions[i]`, each
    mention one token long; `facts` are the article's facts."""
    gaz, coder = lexicons()
    return context_of(parse(analysis, ents), index_of(mentions), list(facts), gaz, coder, "article", published)
