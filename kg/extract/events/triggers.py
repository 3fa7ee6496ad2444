"""Triggers: the words that signal an event class, from the hand lexicon (kg/lexicon/triggers.csv) checked
when it is loaded, or from the CAMEO dictionary's coding of the word."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Token

from kg import lexicon
from kg.errors import LexiconError
from kg.extract.coding import Coding
from kg.extract.events.context import ROLES, Context
from kg.extract.events.referents import entities_of
from kg.vocab import ENTITY_CLASSES, EntityClass, EventClass

# the conditions a trigger row may need ('prep:from': a child 'from' of dependency prep; 'party:Country': a side
# of that class), the roles it may need filled, and 'own-agent' (no subject is inherited from another clause)
CONDITION_KINDS = frozenset({"child", "particle", "prep", "compound", "modifier", "target", "party"})
PLAIN_NEEDS = frozenset(ROLES) | {"own-agent"}
CHILD_DEPS = {"particle": {"prt"}, "prep": {"prep"}, "compound": {"compound"}, "modifier": {"amod", "compound", "nmod"}}


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger lexicon: a word that signals an event class, and how to read its roles."""

    lemma: str
    pos: str
    cls: EventClass
    cameo: str
    subject: str
    object: str
    preps: dict[str, str]
    needs: tuple[str, ...]      # 'prep:from', 'child:xcomp'…: one must hold; 'item', 'target'…: roles that
                                # must be filled; 'party:Country': a side of that class; 'own-agent'
    confidence: float
    plover: str | None = None   # set for triggers coded from the CAMEO dictionary; hand rows map their code
    mode: str | None = None
    default_reading: bool = False   # coded by the verb's default code alone, no phrase pattern of the dictionary


def coded_trigger(token: Token, coding: Coding, preps: dict[str, str]) -> Trigger:
    """A trigger for any verb or noun the CAMEO dictionary codes: subject acts, object undergoes, and the
    prepositions take the roles their PLOVER category gives them (kg/lexicon/role_preps.csv)."""
    return Trigger(token.lemma_.lower(), token.pos_, coding.cls, coding.cameo, "agent", "target", preps, (),
                   0.6 if coding.patterned else 0.5, coding.plover, coding.mode, not coding.patterned)


def need_problem(need: str) -> str | None:
    """What is wrong with one entry of the `needs` column, or None when it is a known kind."""
    kind, colon, word = need.partition(":")
    if not colon:
        return None if need in PLAIN_NEEDS else f"unknown need {need!r}"
    if kind not in CONDITION_KINDS or not word:
        return f"unknown need kind {kind!r} in {need!r}"
    if kind == "party" and word not in ENTITY_CLASSES:
        return f"unknown entity class {word!r} in {need!r}"
    return None


def trigger_of(row: dict[str, str], where: str) -> Trigger:
    """The trigger a lexicon row (its class already checked) describes; a LexiconError naming `where` when a need
    is unknown."""
    needs = tuple(n for n in row["needs"].split("|") if n)
    problems = [problem for need in needs if (problem := need_problem(need))]
    if problems:
        raise LexiconError(f"{where}: {problems[0]}")
    preps = dict(part.split("=") for part in row["preps"].split(";") if part)
    return Trigger(row["lemma"], row["pos"], row["class"], row["cameo"], row["subject"], row["object"],
                   preps, needs, float(row["confidence"]))


def load_triggers(path: Path = lexicon.HERE / "triggers.csv") -> dict[tuple[str, str], list[Trigger]]:
    """The hand lexicon's triggers by lemma and part of speech, in file order."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for line, row in lexicon.numbered(path):
        trigger = trigger_of(row, f"{path}:{line}")
        table.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    return table


TRIGGERS = load_triggers()


def hand_pos(token: Token) -> str:
    """The part of speech the hand-written trigger lexicon files a token under (NOUN, AUX, VERB or '')."""
    return "NOUN" if token.pos_ == "NOUN" else "AUX" if token.tag_ == "MD" else "VERB" if token.pos_ == "VERB" else ""


def triggers_for(ctx: Context, token: Token) -> list[Trigger]:
    """The readings of a token, best first: a frame of the hand-written trigger lexicon for its lemma and part
    of speech whose conditions hold, then the CAMEO dictionary's coding of the word. For a word the hand
    lexicon lists, the dictionary's reading counts only where one of its phrase patterns fits ('give a
    grant', not a bare 'ordered')."""
    listed = (token.lemma_.lower(), hand_pos(token)) in TRIGGERS
    hand = hand_trigger(ctx, token) if listed else None
    category = ctx.coder.cameo.plover(hand.cameo) if hand else None
    found = [replace(hand, plover=category[0], mode=category[1] or None) if category else hand] if hand else []
    coding = ctx.coder.code(token)
    if coding is not None and (coding.patterned or not listed):
        found.append(coded_trigger(token, coding, ctx.coder.role_preps[coding.plover]))
    return found


def hand_trigger(ctx: Context, token: Token) -> Trigger | None:
    """The first row of the trigger lexicon for the token's lemma and part of speech whose conditions hold."""
    for trigger in TRIGGERS.get((token.lemma_.lower(), hand_pos(token)), []):
        conditions = [need for need in trigger.needs if ":" in need and not need.startswith("party:")]
        if not conditions or any(need_met(ctx, token, need) for need in conditions):
            return trigger
    return None


def need_met(ctx: Context, token: Token, need: str) -> bool:
    """Whether the token has what one condition of a trigger row asks for ('prep:from', 'child:xcomp')."""
    kind, _, word = need.partition(":")
    if kind == "child":
        return any(c.dep_ == word for c in token.children)
    if kind in CHILD_DEPS:
        return any(c.dep_ in CHILD_DEPS[kind] and c.lower_ == word for c in token.children)
    if kind == "target":   # the object must be an organisation of that kind (e.g. a news outlet)
        objs = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
        return any(is_outlet(ctx, lab) for o in objs for lab in entities_of(ctx, o))
    return True


def is_outlet(ctx: Context, label: str) -> bool:
    """A news outlet: one the gazetteer knows as such, or an organisation named like one ('… News')."""
    named = ctx.gaz.named_called(label)
    entity = ctx.entities.get(label)
    return bool(named and named.kind == "outlet") or bool(
        entity and entity.cls == EntityClass.Organization
        and re.search(r"\b(TV|Radio|News|Times|Post|Channel)\b", label))
