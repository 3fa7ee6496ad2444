"""Doers named by their deed: who 'the attackers' are when the article gives them no name of their own, and who
leads what 'US-led' describes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import lexicon
from kg.vocab import EntityClass, EventClass

if TYPE_CHECKING:
    from kg.extract.events.context import Context

ATTACKERS = frozenset(lexicon.words("attacker_nouns.txt"))
NAMING = frozenset({"amod", "compound", "nmod", "poss", "prep"})   # 'Hamas gunmen', 'attackers from the Taliban'
LEADERS = frozenset({"npadvmod", "compound", "nmod", "amod"})      # 'US' in 'US - led'


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


def led_by(ctx: Context, tok: Token) -> list[str]:
    """Who leads what a modifier in '-led' describes: 'a U.S.-led push' (one token), 'the US-led invasion' ('US'
    modifying 'led'); not 'US-backed' (a supporter, not a doer)."""
    if tok.lower_.endswith("-led") and (found := ctx.gaz.lookup(tok.text[:-4])) and found[1] in ctx.entities:
        return [found[1]]
    if tok.lemma_ == "lead" and tok.dep_ == "amod":
        return [ctx.index.label[c.i] for c in tok.children if c.dep_ in LEADERS and c.i in ctx.index.label]
    return []
