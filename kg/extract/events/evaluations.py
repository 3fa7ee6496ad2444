"""Evaluations: a statement that calls an act or a body unlawful, outrageous or unacceptable criticises whoever
it belongs to (CAMEO 111, ACCUSE): '"The Coast Guard's actions are unlawful," Locsin said'."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.events.context import Context
from kg.extract.events.referents import local_tokens
from kg.model import Event
from kg.vocab import EntityClass, EventClass

CONDEMNING = frozenset(lexicon.words("condemning_adjectives.txt"))
CRITICISM = "111"
JUDGED = {EntityClass.Country, EntityClass.Leader, EntityClass.Person, EntityClass.Organization, EntityClass.Group}


def condemned(ctx: Context, verb: Token) -> list[str] | None:
    """The actors a verb of saying condemns in its complement clause: those named in the subject of an adjective
    of condemnation ('said the warrant issued by the ICC was outrageous': the ICC); None when it condemns
    nothing."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        predicates = [clause] if clause.pos_ == "ADJ" else [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
        if not any(p.lemma_.lower() in CONDEMNING for pred in predicates for p in [pred, *pred.conjuncts]):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return [label for s in subjects for label in ctx.index.in_span(local_tokens(s), JUDGED)]
    return None


def as_criticism(ctx: Context, verb: Token, event: Event) -> Event:
    """A plain statement that condemns something, read as criticism of whoever it belongs to."""
    if event.cls != EventClass.Statement or (judged := condemned(ctx, verb)) is None:
        return event
    plover, mode = ctx.coder.cameo.plover(CRITICISM)
    targets = [label for label in judged if label not in event.agent] or event.target
    return replace(event, cls=EventClass.Accusation, cameo=CRITICISM, plover=plover, mode=mode or None,
                   target=targets)
