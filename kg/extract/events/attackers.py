"""Attackers: who 'the attackers' and 'five assailants' are when the article gives them no name of their own."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import lexicon
from kg.vocab import EntityClass, EventClass

if TYPE_CHECKING:
    from kg.extract.events.context import Context

ATTACKERS = frozenset(lexicon.words("attacker_nouns.txt"))
NAMING = frozenset({"amod", "compound", "nmod", "poss", "prep"})   # 'Hamas gunmen', 'attackers from the Taliban'


def attackers(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """Attackers with no name of their own are the doers of the last armed group's or gunmen's attack read before
    them: 'ISIS claimed a bombing … Five assailants attacked the party … All the attackers were killed' (not 'the
    Hamas gunmen', a name of their own, nor a state's forces' attack: theirs are 'forces', 'troops')."""
    if ctx.index.cls(tok.i) not in {None, EntityClass.Group} or any(
            t.i in ctx.index.label for c in tok.children if c.dep_ in NAMING for t in c.subtree):
        return []
    attack = next((e for e in reversed(ctx.read) if e.cls == EventClass.Assault and e.agent
                   and e.trigger_at < tok.idx), None)
    return [a for a in attack.agent if a not in exclude] if attack else []
