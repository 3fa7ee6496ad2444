"""Relations a verb states between its subject and its object: a maker that produces a weapon ('the Gagarin
Aircraft Plant has launched the production of the Su-35'), a person who leads a public body ('chose Tchiani to
lead the National Council'); read by the rules of DEED_RULES."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.offices import public_body
from kg.gazetteer import Gazetteer
from kg.model import Fact
from kg.resolve import TokenIndex
from kg.vocab import PEOPLE, EntityClass, Relation

PRODUCING = frozenset({"produce", "manufacture", "build", "assemble"})     # verbs whose object their subject makes
PRODUCTION = frozenset({"production", "manufacture", "manufacturing", "assembly"})   # '... the production of W'
LEADING = frozenset({"lead", "head", "chair"})


def deed_facts(doc: Doc, index: TokenIndex, gaz: Gazetteer) -> list[Fact]:
    """The relations each verb of the article states between its subject and object."""
    return [fact for token in doc if token.pos_ == "VERB" for rule in DEED_RULES
            if (fact := rule(token, index, gaz))]


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or for an infinitive the object or subject of the verb it completes ('chose Tchiani to
    lead', 'agreed to lead')."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        return subjects[0]
    if verb.dep_ == "xcomp":
        controller = [c for c in verb.head.children if c.dep_ == "dobj"] or [
            c for c in verb.head.children if c.dep_ == "nsubj"]
        return controller[0] if controller else None
    return None


def object_of(verb: Token) -> Token | None:
    """The verb's direct object."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def produces(verb: Token, index: TokenIndex, gaz: Gazetteer) -> Fact | None:
    """'Lockheed Martin builds the F-35', 'the Gagarin Aircraft Plant has launched the production of the Su-35':
    its maker (a company) or its origin (a country)."""
    subject, thing = subject_of(verb), object_of(verb)
    if subject is None or thing is None or verb.lemma_ not in PRODUCING and thing.lemma_ not in PRODUCTION:
        return None
    if thing.lemma_ in PRODUCTION:
        thing = next((g for c in thing.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    maker = index.entity(subject.i)
    if thing is None or index.cls(thing.i) != EntityClass.WeaponSystem or maker is None:
        return None
    relation = {EntityClass.Organization: Relation.manufacturer, EntityClass.Country: Relation.originCountry}
    return Fact(index.label[thing.i], relation[maker.cls], maker.label, True, verb.sent.text) \
        if maker.cls in relation else None


def leads(verb: Token, index: TokenIndex, gaz: Gazetteer) -> Fact | None:
    """'chose Abdourahamane Tchiani to lead the National Council for the Safeguard of the Homeland': an official
    of the public body a person leads (not of a company or a party)."""
    subject, body = subject_of(verb), object_of(verb)
    if verb.lemma_ not in LEADING or subject is None or body is None or index.cls(subject.i) not in PEOPLE:
        return None
    entity = index.entity(body.i)
    if entity is None or entity.cls != EntityClass.Organization or not public_body(entity, gaz, body.text):
        return None
    return Fact(index.label[subject.i], Relation.officialOf, entity.label, True, verb.sent.text)


# each rule reads one relation off a verb, its subject and its object
DEED_RULES: tuple[Callable[[Token, TokenIndex, Gazetteer], Fact | None], ...] = (produces, leads)
