"""Conditions: when a speaker's 'we will … if you …' holds out an act on what the other side does (a threat),
and when it is a hypothesis, a regret or a promise instead."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.context import Context
from kg.vocab import COOPERATIVE_QUADS, PLOVER_QUAD

SPEAKERS = frozenset({"we", "i"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
WILL = frozenset({"will", "'ll", "would"})


def condition_of(verb: Token) -> Token | None:
    """The 'if' or 'unless' clause that the verb's own clause depends on."""
    return next((c for c in verb.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)), None)


def counterfactual(verb: Token, condition: Token) -> bool:
    """'If he had, we wouldn't be here', 'we would have won if': what did not happen is no threat."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in condition.children) or \
        (condition.lower_ == "had" and condition.dep_ == "advcl") or \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def threatening(ctx: Context, verb: Token) -> bool:
    """Whether a speaker's act held out on a condition is a threat: its clause says 'we/I will (would)', it depends
    on what someone other than the speaker does ('if you can't accept this, we will open the gates'), the condition
    is not counterfactual, and the act is no cooperation ('if you do, we will give you every support' promises)."""
    if not any(c.dep_ == "nsubj" and c.lower_ in SPEAKERS for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        return False
    condition = condition_of(verb)
    if condition is None or counterfactual(verb, condition):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in SPEAKERS for c in condition.children):
        return False   # 'if we defend like that, we'll not get another point': the speaker's own doing
    coding = ctx.coder.code(verb)
    return coding is None or PLOVER_QUAD.get(coding.plover) not in COOPERATIVE_QUADS
