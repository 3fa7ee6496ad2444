"""The frame a trigger's roles are read into, and how an entity fills one of its roles."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.events.context import ROLES, Context
from kg.extract.events.referents import entities_of, local_tokens
from kg.extract.events.triggers import Trigger
from kg.vocab import EntityClass


@dataclass
class Frame:
    """The roles of one trigger as the rules fill them, and where they read."""

    token: Token
    trigger: Trigger
    head: Token                   # 'X must provide': the roles of 'provide'
    passive: bool
    subject_role: str             # the role the trigger's subject takes
    roles: dict[str, list[str]]
    scope: list[Token]            # where an unnamed item may be mentioned


def frame_of(token: Token, trigger: Trigger) -> Frame:
    """The empty frame of a trigger token."""
    head = token.head if trigger.pos == "AUX" else token
    return Frame(token, trigger, head, any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children),
                 trigger.subject or "agent", {r: [] for r in ROLES}, list(local_tokens(head)))


def fill(ctx: Context, roles: dict[str, list[str]], role: str, child: Token | None,
         labels: list[str] | None = None) -> None:
    """Add to `role` the entities `child` denotes (or `labels`): weapon systems only as items, places as locations."""
    if not role or role not in roles:
        return
    if labels is None:
        if role == "item":
            labels = ctx.index.in_span(local_tokens(child), {EntityClass.WeaponSystem})
        else:
            labels = [lab for lab in entities_of(ctx, child, set(roles["agent"]))
                      if ctx.entities.get(lab) and ctx.entities[lab].cls != EntityClass.WeaponSystem]
    if role == "location":
        labels = [lab for lab in labels if ctx.entities[lab].cls in {EntityClass.Place, EntityClass.Country}]
    for label in labels:
        if label not in roles[role]:
            roles[role].append(label)


def is_preposition(token: Token) -> bool:
    """A preposition or particle of a verb: 'to' in 'sold jets to Egypt' is parsed as a dative, too."""
    return token.dep_ in {"prep", "prt"} or token.dep_ == "dative" and token.pos_ == "ADP"


def same_act(ctx: Context, noun: Token, trigger: Trigger) -> bool:
    """Whether an object names the trigger's own act ('impose United Nations sanctions'): its modifiers are that
    act's doers, not its targets."""
    coding = ctx.coder.code(noun) if noun.pos_ == "NOUN" and noun.i not in ctx.index.label else None
    return coding is not None and trigger.plover is not None and coding.plover == trigger.plover


def named_place(ctx: Context, modifier: Token) -> bool:
    """A place's name modifying an event noun says where, not who: 'the Gezi Park protests', 'the Karrada
    bombing' (a country's does say who: 'US sanctions')."""
    label = ctx.index.label.get(modifier.i)
    return modifier.dep_ == "compound" and label is not None and ctx.entities[label].cls == EntityClass.Place
