"""The driver: every token's trigger readings become events with roles, status, time and amounts; the
meetings get both sides, quoted conditionals become threats, and coreferent mentions merge."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.actors import political
from kg.extract.coding import Coder
from kg.extract.events.amounts import amount, quantity
from kg.extract.events.conditions import threatening
from kg.extract.events.context import ROLES, SYMMETRIC, Context, context_of
from kg.extract.events.control import requested
from kg.extract.events.coreference import merge_coreferent
from kg.extract.events.evaluations import as_criticism
from kg.extract.events.factuality import on_negative_condition, status as status_of
from kg.extract.events.referents import entities_of
from kg.extract.events.sides import aimed_at, doer_of_the_act_named, partner_of
from kg.extract.events.roles import roles as roles_of
from kg.extract.events.timing import time
from kg.extract.events.triggers import Trigger, triggers_for
from kg.extract.senses import not_political
from kg.gazetteer import Gazetteer
from kg.model import Entity, Event, Fact
from kg.resolve import TokenIndex
from kg.vocab import EntityClass, EventClass, Status

GENERIC = {"most", "any", "all", "every", "such", "many", "some"}
IRREGULAR_SECTORS = frozenset({"REB", "UAF", "CRM"})    # rebels, gunmen and militias, criminals
STATE_SECTORS = frozenset({"MIL", "COP", "SPY"})        # a state's armed forces, police, intelligence
STATE_FORCES = frozenset({EntityClass.Country, EntityClass.Leader})
# cooperation needs a partner when only a verb's default code says it is one: 'boosted by growing demand',
# 'has revealed he clashed', 'improved ties' name no one supported or cooperated with
PARTNERED = frozenset({"SUPPORT", "COOPERATE"})
MONEY_CLASSES = {EventClass.ArmsTransfer, EventClass.Aid, EventClass.Agreement}
SIGNING = "057"   # CAMEO: sign a formal agreement
# the categories whose acts are aimed at someone: with no target named, at the article's other side
DIRECTED = frozenset({"ACCUSE", "REQUEST", "THREATEN", "AID", "ASSAULT", "COERCE", "AGREE", "SANCTION", "REJECT",
                      "SUPPORT", "CONCEDE", "COOPERATE", "CONSULT"})
SUFFERED = frozenset({"ASSAULT"})   # violence is reported by those it struck, often with no one named doing it
GATHERED = frozenset({"PROTEST"})   # a protest is reported where it happened, often with no one named protesting


class Reader:
    """Reads the events of one parsed article against its resolved entities."""

    def __init__(self, doc: Doc, index: TokenIndex, facts: list[Fact], gaz: Gazetteer, coder: Coder,
                 article: str, published: dt.date | None):
        """The article's context; no events read yet."""
        self.context = context_of(doc, index, facts, gaz, coder, article, published)
        self.events = self.context.read   # read so far: a meeting's counterpart, an attack's doers are among them

    def read(self) -> list[Event]:
        """Every event of the article, coreferent mentions merged, a directed act with no target aimed at the
        article's other side; none in a story the dictionary discards."""
        ctx = self.context
        if ctx.coder.discards.story_discarded(ctx.text):
            return []
        for token in (t for t in ctx.doc if not requested(ctx, t)):
            event = next((e for t in triggers_for(ctx, token) if not not_political(ctx, token, t)
                          and (e := self.two_sided(event_of(ctx, token, t))) is not None), None)
            if event is not None:
                self.events.append(event)
        self.events += self.conditional_threats()
        events = merge_coreferent(self.events)
        aims = aimed_at(ctx, events)
        for event in (e for e in events if e.plover in DIRECTED and e.agent and not e.target):
            # its confidence counts the roles the text named
            event.target = doer_of_the_act_named(ctx, event, events) or partner_of(ctx, event, aims)
        return events

    def two_sided(self, event: Event | None) -> Event | None:
        """A meeting, call, talks or agreement with both sides: 'X and Y met', 'talks between X and Y' (the first
        named is the agent), or the counterpart of the agent's last such event; None when a side is missing."""
        if event is None or event.cls not in SYMMETRIC:
            return event
        if not (event.agent and event.target):
            sides = event.agent + event.target
            event.agent, event.target = sides[:1], sides[1:]
        if not event.target:
            event.target = self.counterpart(event)
        if not event.target and event.cls == EventClass.Agreement and event.agent:
            if event.cameo.startswith(SIGNING) and self.verb_at(event.trigger_at):
                return event   # 'Russia signed the Rome Statute': a signed text binds, whoever the other parties
            return replace(event, cls=EventClass.Pledge)   # 'Athens has agreed to acquire': one side commits
        return event if event.agent and event.target else None

    def verb_at(self, offset: int) -> bool:
        """Whether the trigger at character `offset` is a verb ('signed', not 'the deal')."""
        span = self.context.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and span[0].pos_ == "VERB"

    def counterpart(self, event: Event) -> list[str]:
        """A meeting or talks with no counterpart named: the counterpart of the last such event of the same agent."""
        for earlier in reversed(self.events):
            if earlier.cls in SYMMETRIC and earlier.target and set(earlier.agent) & set(event.agent):
                return list(earlier.target)
        return []

    def conditional_threats(self) -> list[Event]:
        """'If you can't accept this, we will open the gates' in a quote: a threat by the speaker."""
        ctx, found = self.context, []
        for sent in ctx.doc.sents:
            for verb in (t for t in sent if threatening(ctx, t)):
                subject = next(c for c in verb.children if c.dep_ == "nsubj")
                if agent := entities_of(ctx, subject):
                    found.append(self.threat(verb, sent.text.strip(), agent))
        return found

    def threat(self, verb: Token, sentence: str, agent: list[str]) -> Event:
        """The threat of a quoted conditional, aimed at the target of the agent's (or its leader's) last event."""
        country_of = self.context.country_of
        target = next((e.target for e in reversed(self.events) if e.target and set(e.agent) & set(agent)
                       or e.target and country_of.get(e.agent[0] if e.agent else "") in agent), [])
        return Event(cls=EventClass.Threat, cameo="13", plover="THREATEN", trigger=verb.text, trigger_at=verb.idx,
                     sentence=sentence, article=self.context.article, agent=agent, target=list(target),
                     status=Status.Happened, confidence=0.5, evidence=[sentence])


def admissible(ctx: Context, token: Token, trigger: Trigger, roles: dict[str, list[str]]) -> bool:
    """Whether a trigger's roles make an event: the needed roles filled, a side named (a partner for
    cooperation read from a default code), a political actor among them, an actor for an event noun, one event
    rather than a kind, and the sides of the class needed; only violence, and a protest where it happened, are coded
    with no one acting."""
    if any(role in trigger.needs and not roles[role] for role in ROLES):
        return False   # a role the trigger needs is empty: 'the deficit will drop from 3.9%' excludes no one
    gathered = not roles["agent"] and bool(roles["location"]) and trigger.plover in GATHERED   # 'protests in Cairo'
    if not roles["agent"] and not (roles["target"] and trigger.plover in SUFFERED) and not gathered:
        return False   # 'someone cooperates with the UK' is no event, but 'three civilians were killed' is
    if trigger.default_reading and trigger.plover in PARTNERED and not roles["target"]:
        return False   # 'US crude, boosted by demand': cooperation with no partner
    if not gathered and not any(political(ctx.entities[lab], ctx.gaz) for r in ("agent", "target", "location")
                                for lab in roles[r] if lab in ctx.entities):
        return False   # 'Marsh rejected the claims', 'Aaliyah sued the label': no state or public body acts
    if not roles["agent"] and not gathered and trigger.plover and not trigger.needs and trigger.subject == "agent" \
            and token.pos_ == "NOUN":
        return False   # 'more details on support for Kyiv': an event noun with no one doing it
    if trigger.pos == "NOUN" and any(c.dep_ in {"det", "amod"} and c.lower_ in GENERIC or c.dep_ == "nummod"
                                     for c in token.children):
        return False   # 'most arms agreements', '8,000 telephone interviews': a kind of event, not one event
    for need in (n for n in trigger.needs if n.startswith("party:")):
        wanted = need.partition(":")[2]
        if not any(ctx.entities[lab].cls == wanted for lab in roles["agent"] + roles["target"]
                   if lab in ctx.entities):
            return False   # 'attacking the party': no state involved, a figure of speech
    return True


def event_of(ctx: Context, token: Token, trigger: Trigger) -> Event | None:
    """The event a trigger reading of a token reports, or None when its roles make none."""
    roles = roles_of(ctx, token, trigger)
    if not admissible(ctx, token, trigger, roles):
        return None
    status = Status.Happened if trigger.pos == "AUX" else status_of(token)
    sentence = token.sent.text.strip()
    money, currency = amount(token.sent) if trigger.cls in MONEY_CLASSES else (None, None)
    known = sum(bool(roles[r]) for r in ("agent", "target", "item"))
    cameo, plover, mode = ctx.coder.under_status(trigger.cameo, status, on_negative_condition(token)) or (
        trigger.cameo, trigger.plover, trigger.mode)
    event = Event(cls=violence_class(ctx, trigger, roles["agent"]), cameo=cameo, plover=plover, mode=mode,
                  trigger=token.text, trigger_at=token.idx, sentence=sentence, article=ctx.article, status=status,
                  time=time(ctx, token, status),
                  quantity=quantity(token, roles["item"], ctx.index) if trigger.cls == EventClass.ArmsTransfer else None,
                  amount=money, currency=currency,
                  confidence=round(min(0.95, trigger.confidence * (0.7 + 0.1 * known)), 2),
                  evidence=[sentence], **roles)
    return as_criticism(ctx, token, event)


def violence_class(ctx: Context, trigger: Trigger, agents: list[str]) -> EventClass:
    """An assault's class by who does it, as CAMEO tells unconventional (18) from conventional (19) violence:
    an armed group's or gunmen's is an Assault ('ISIS claimed a bombing that killed 15'), a state's forces' a
    MilitaryAction ('Russian air strikes')."""
    if trigger.plover != "ASSAULT" or trigger.cls not in {EventClass.Assault, EventClass.MilitaryAction}:
        return trigger.cls
    sides = [ctx.entities[a] for a in agents if a in ctx.entities]
    if any(irregular(ctx, side) for side in sides):
        return EventClass.Assault
    if sides and all(side.cls in STATE_FORCES or side.sector in STATE_SECTORS for side in sides):
        return EventClass.MilitaryAction
    return trigger.cls


def irregular(ctx: Context, entity: Entity) -> bool:
    """An armed group, rebels, gunmen or criminals: no state's forces."""
    if entity.cls == EntityClass.Group:
        return entity.sector in IRREGULAR_SECTORS
    named = ctx.gaz.named_called(entity.label) if entity.cls == EntityClass.Organization else None
    return named is not None and named.kind == "armed_group"


def find_events(doc: Doc, index: TokenIndex, facts: list[Fact], gaz: Gazetteer, coder: Coder, article: str,
                published: dt.date | None) -> list[Event]:
    """Every event the article reports, with coreferent mentions merged."""
    return Reader(doc, index, facts, gaz, coder, article, published).read()
