"""National rules: a subject that names a country only by a country word before it ('US tobacco companies', 'the
French coach', 'Indian television channels') is that country's firms or people, not the state; registered after the
figure rules of kg/extract/figures.py."""
from __future__ import annotations

import csv
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import gazetteer, lexicon
from kg.extract.actors import political
from kg.extract.senses import sense_rule
from kg.extract.usages import country
from kg.vocab import PEOPLE, EntityClass

if TYPE_CHECKING:
    from kg.extract.events import Reader, Trigger

# the sectors of agents.csv that are the state: government, armed forces, police, intelligence, parliament, courts
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
STATE_ANAPHORS = frozenset(row["noun"] for row in lexicon.rows("anaphors.csv")
                           if row["class"] in {EntityClass.Country, EntityClass.Leader})
WEAPONS = frozenset(lexicon.words("weapon_heads.txt"))
PUBLIC_BODIES = frozenset(lexicon.words("public_bodies.txt"))   # 'the Serbian parliament', 'the Iraqi ministry'
PARTY = "side"   # 'the Turkish and Greek sides have agreed': a country as a party to a dispute
OBJECTS = frozenset({"dobj", "dative", "pobj"})
CLAUSES = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis"})
OWNERS = frozenset({"poss", "compound", "amod", "nmod"})
RELATIVES = frozenset({"WDT", "WP"})   # 'which US manufacturers claim', parsed with two subjects: the noun's


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, Counter[str]]:
    """Head noun of an agent phrase (kg/gazetteer/agents.csv) -> how many phrases it heads in each sector."""
    heads: dict[str, Counter[str]] = {}
    with (gazetteer.DATA / "agents.csv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            heads.setdefault(row["phrase"].split()[-1], Counter())[row["sector"]] += 1
    return heads


def state_noun(reader: Reader, noun: Token) -> bool:
    """A noun that names the state or its people in office with a country word before it: a head of agent phrases
    mostly of the state's sectors ('officials', 'troops', 'courts'), a title ('the French president'), an anaphor of
    a state or leader ('the US administration'), a weapon ('Israeli jets') or an event ('Russian strikes')."""
    lemma = noun.lemma_.lower()
    sectors = agent_sectors().get(lemma, Counter())
    state = sum(n for sector, n in sectors.items() if sector in STATE_SECTORS)
    return (2 * state > sum(sectors.values()) or lemma in reader.gaz.titles or noun.lower_ in reader.gaz.titles
            or lemma in STATE_ANAPHORS or lemma in PUBLIC_BODIES or lemma == PARTY or noun.lower_ in WEAPONS or reader.coder.code(noun) is not None)


def people_of_a_country(reader: Reader, noun: Token) -> bool:
    """A common noun, no mention itself, that a country word before it is all that names ('US consumers', 'the
    French coach', "Britain's top firms"), and that names no part of the state."""
    if noun.pos_ != "NOUN" or noun.i in reader.index.label:
        return False
    named = [c for c in noun.children if c.dep_ in OWNERS and c.i in reader.index.label]
    return bool(named) and all(country(reader, reader.index.label[c.i]) for c in named) and not state_noun(reader, noun)


@sense_rule
def act_of_a_countrys_people(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'US tobacco companies have welcomed the decision', 'said the French coach', 'which US manufacturers claim':
    the subject (or a passive's by-agent) is a country's firms, teams or people, whom the country word names; the
    state does nothing. ('US officials said', 'Russian troops shelled', 'the British government welcomed' stay.)"""
    doers = [c for c in token.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVES] + [
        p for by in token.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]
    if not doers or not all(people_of_a_country(reader, d) for d in doers):
        return False
    objects = [o for o in token.subtree if o.dep_ in OBJECTS and o.head.i in {
        token.i, *(p.i for p in token.children if p.dep_ == "prep")}]
    return not any(political_side(reader, w) for o in objects for w in phrase(o))


def phrase(noun: Token) -> list[Token]:
    """A noun's phrase without the clauses it governs: 'the offices of a Kosovo party', not 'a decision to reject'."""
    words, todo = [], [noun]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ not in CLAUSES]
    return words


def political_side(reader: Reader, noun: Token) -> bool:
    """Whether an object of the act names a state, a person, a group or a public body ('an Argentine judge has
    ordered former president Carlos Menem to appear')."""
    label = reader.index.label.get(noun.i)
    entity = reader.entities.get(label) if label else None
    return entity is not None and (political(entity, reader.gaz) or entity.cls in PEOPLE)
