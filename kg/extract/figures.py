"""Figure rules: a verb of force or assault, or an act the dictionary reads by a verb's default code, used as a
figure of speech: force done for a fault or over a matter ('attacked Mr Brown for failing'), force as an effort
('battled to recover'), an assault on no one ('beating films'), an act done to a thing ('figures released'), a
debating verb read as criticism ('debates a bill') and cooperation with oneself ('defend itself'). Registered
after the usage rules of kg/extract/usages.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.senses import FORCE, PEOPLE, sense_rule, thing
from kg.extract.usages import goods
from kg.extract.words import noun_kind
from kg.vocab import EntityClass

if TYPE_CHECKING:
    from kg.extract.events import Reader, Trigger

ASSAULT = "182"    # physical assault: beat, batter; done to a person
MATTERS = frozenset({"on", "about"})   # 'clashed with the EU on the issue': what a dispute is about
DONE_TO_SOMEONE = frozenset({"MOBILIZE", "RETREAT", "REQUEST"})   # acts that move, free or ask people
PERSONS = frozenset({EntityClass.Person, EntityClass.Leader, EntityClass.Group})
COOPERATION = frozenset({"AID", "AGREE", "SUPPORT", "CONSULT", "COOPERATE"})   # acts done with or for another
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
MANY = frozenset({"person", "body"})   # WordNet's kinds of nouns that name people: 'hostages', 'troops'
AIMED = frozenset({"on", "against"})   # 'an attack on the cost': what an assault noun is aimed at
POLITICIANS = frozenset({EntityClass.Person, EntityClass.Leader})
DEBATERS = frozenset({"party", "legislature"})   # bodies that fight with words: parties and parliaments
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound"})   # the sides a verb or noun names itself
PARTNERS = frozenset({"with", "against", "between", "on"})


def force(token: Token, trigger: Trigger) -> bool:
    """A verb the dictionary reads as force in general ('attack', 'fight', 'battle', 'clash')."""
    return token.pos_ == "VERB" and trigger.cameo == FORCE


@sense_rule
def force_for_a_fault(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'attacked Mr Brown for failing to mention the environment', 'attacking the EC for backing down': force done
    to someone for what they did or failed to do is criticism. (A specific violence, 'shot him for refusing to
    stop', has its own code and stays.)"""
    return force(token, trigger) and any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in token.children)


@sense_rule
def force_over_a_matter(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the European Parliament has clashed with the European Union on the issue': force with a partner about a
    matter (a thing, no event: 'clashed with police on the march' stays) is a dispute."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    if not force(token, trigger) or not any(p.lower_ == "with" for p in preps):
        return False
    return any(p.lower_ in MATTERS and any(o.dep_ == "pobj" and goods(reader, o) for o in p.children) for p in preps)


@sense_rule
def force_as_an_effort(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the country battled to recover from its first recession', 'fighting to keep his seat': force whose
    complement is an infinitive is an effort to do that. ('fought the rebels' stays.)"""
    if not force(token, trigger) or any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


@sense_rule
def assault_on_no_person(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'beating films by fellow UK nominees', 'if we beat Australia': a physical assault is done to a person; one
    whose objects are things, countries or bodies is a contest won. ('beating him up' stays.)"""
    if token.pos_ != "VERB" or not trigger.cameo.startswith(ASSAULT):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and not any(person(reader, o) for o in objects)


def person(reader: Reader, noun: Token) -> bool:
    """A word that may name a person or people: a pronoun, a mention of a person or group, a noun of a person
    (WordNet's kind: 'designer') or a group, an agent noun, or a name the article does not class."""
    if noun.pos_ == "PRON" or noun.lemma_ in PEOPLE or noun.lemma_ in reader.gaz.agents:
        return True
    if noun.pos_ == "NOUN":
        return noun_kind(noun.lemma_) == "person"
    label = reader.index.label.get(noun.i)
    if label is None:
        return noun.pos_ == "PROPN"
    entity = reader.entities.get(label)
    return entity is None or entity.cls in PERSONS


@sense_rule
def act_done_to_a_thing(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'Figures released by the Cabinet Office', 'an advance text released by officials', 'have created a 3D
    model', 'to propose increased thresholds': a verb the dictionary reads as a release, a mobilisation or a
    request by its default code alone, done only to things (no one, no event), with no one it is asked of and no
    act asked, is no such act. ('released the hostages', 'proposed talks', 'deployed troops' stay.)"""
    if trigger.plover not in DONE_TO_SOMEONE or not trigger.default_reading or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in {"dative", "xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ in {"to", "for", "from", "of"}
           for c in children):
        return False
    undergoers = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        undergoers.append(token.head)   # 'figures released by': the noun a passive participle describes
    return bool(undergoers) and all(goods(reader, u) and noun_kind(u.lemma_) not in MANY for u in undergoers)


@sense_rule
def debate_read_as_criticism(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'Congress has been debating four anti-spyware bills', 'when it debates a new bill': a verb whose own code is
    a consultation ('debate') with a thing as object and no one it is with deliberates; a phrase pattern of its
    family that reads criticism ('opposed the bill') does not make it criticise."""
    if trigger.plover != "ACCUSE" or token.pos_ != "VERB" or own_category(reader, token) != "CONSULT":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(goods(reader, o) for o in objects)


def own_category(reader: Reader, token: Token) -> str | None:
    """The PLOVER category of the verb's own default code in the dictionary, None when it has none."""
    code = next((s.code for s in reader.coder.cameo.verbs.get(token.lemma_, ()) if s.code), None)
    category = reader.coder.cameo.plover(code) if code else None
    return category[0] if category else None


@sense_rule
def cooperation_with_oneself(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'help Taiwan defend itself', 'it will integrate itself on to the media', 'Pal and Chum introduced themselves
    to reporters': aid, support or a meeting whose only object is its own subject is done to no other side."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return trigger.plover in COOPERATION and token.pos_ == "VERB" and bool(objects) and all(
        o.lower_ in REFLEXIVES for o in objects)


@sense_rule
def assault_on_an_idea(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'launched an attack on the cost of the asylum system', 'a fierce attack on government policy': an assault noun
    (or the one a verb launches) aimed only at things (no one, no place, no event) is criticism. ('an attack on the
    embassy', 'attacks against civilians' stay.)"""
    if trigger.plover != "ASSAULT":
        return False
    nouns = [token] if token.pos_ == "NOUN" else [
        c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and (code := reader.coder.code(c))
        and code.plover == "ASSAULT"]
    aims = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in AIMED
            for o in p.children if o.dep_ == "pobj"]
    return bool(aims) and all(thing(reader, o) for o in aims)


@sense_rule
def war_of_words(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'Tony Blair was not worried by their Commons clashes', 'Robert Jackson and his Labour bosses attempted to
    overshadow Michael Howard', 'the deal, struck at the European Council, Mr Blair said': force in general whose
    every side its clause names is a politician, a party or a parliament fights with words; no state, armed group,
    force or group of people is in it. ('Putin attacked Ukraine', 'troops fought the rebels' stay.)"""
    if trigger.cameo != FORCE:
        return False
    arguments = [w for a in token.children if a.dep_ in ARGUMENTS for w in [a, *a.conjuncts]] + [
        o for p in token.children if p.dep_ in {"prep", "agent"} and p.lower_ in PARTNERS | {"by"}
        for o in p.children if o.dep_ == "pobj"]
    if any(a.lemma_ in reader.gaz.agents and a.i not in reader.index.label for a in arguments):
        return False   # 'troops fought', 'gunmen attacked the minister': a group of the state's or armed men
    sides = [reader.index.label[w.i] for a in arguments for w in [a, *a.children]
             if w.i in reader.index.label and (w is a or w.dep_ in {"compound", "amod", "poss"})]
    return bool(sides) and all(debater(reader, label) for label in sides)


def debater(reader: Reader, label: str) -> bool:
    """A politician, or a party or parliament the gazetteer knows."""
    entity = reader.entities.get(label)
    if entity is None:
        return False
    named = reader.gaz.named_called(label) if entity.cls == EntityClass.Organization else None
    return entity.cls in POLITICIANS or named is not None and named.kind in DEBATERS
