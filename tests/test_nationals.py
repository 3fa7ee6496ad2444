"""The national rules (kg/extract/nationals.py) on hand-built parses: a country's firms and people are not the state."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract import nationals
from kg.extract.coding import load_coder
from kg.extract.events import Trigger
from kg.gazetteer import load
from kg.model import Entity
from kg.vocab import EntityClass
from parses import parse

SUBJECT_DOES = """
US US PROPN compound 1
{noun} {lemma} NOUN nsubj 2 NNS
welcomed welcome VERB ROOT 2
the the DET det 4
decision decision NOUN dobj 2"""
SAID_THE_FRENCH = """
" " PUNCT punct 2
We we PRON nsubj 2
go go VERB ccomp 4
" " PUNCT punct 4
said say VERB ROOT 4
the the DET det 7
French French ADJ amod 7
{noun} {noun} NOUN nsubj 4 NN"""
WHICH_US_MANUFACTURERS_CLAIM = """
which which PRON nsubj 3 WDT
US US PROPN compound 2
manufacturers manufacturer NOUN nsubj 3 NNS
claim claim VERB relcl 3 VBP"""
CRITICISED_BY = """
it it PRON nsubjpass 2
was be AUX auxpass 2
criticised criticise VERB ROOT 2
by by ADP agent 2
a a DET det 6
Greek Greek ADJ amod 6
{noun} {noun} NOUN pobj 3 NN"""


def reading(plover: str = "SUPPORT") -> Trigger:
    return Trigger("x", "VERB", "Event", "000", "agent", "target", {}, (), 0.5, plover, default_reading=True)


def reader_for(doc, country: str) -> SimpleNamespace:
    """The reader as the rules see it: the country word is a mention of `country`."""
    word = next(t for t in doc if t.text in {"US", "French", "Greek"})
    return SimpleNamespace(index=SimpleNamespace(label={word.i: country}), coder=load_coder(), gaz=GAZ,
                           entities={country: Entity(country, EntityClass.Country)})


GAZ = load()


@pytest.mark.parametrize("noun, lemma, ruled_out", [
    ("companies", "company", True),        # business
    ("consumers", "consumer", True),       # no agent noun of the state
    ("officials", "official", False),      # the state's people in office
    ("troops", "troop", False),            # its armed forces
    ("jets", "jet", False),                # its weapons
    ("lawmakers", "lawmaker", False),      # its parliament
])
def test_a_subject_named_only_by_a_country_word_is_the_countrys_people_unless_it_is_the_state(noun, lemma, ruled_out):
    doc = parse(SUBJECT_DOES.format(noun=noun, lemma=lemma))
    assert nationals.act_of_a_countrys_people(reader_for(doc, "United States"), doc[2], reading()) is ruled_out


@pytest.mark.parametrize("noun, ruled_out", [("coach", True), ("president", False), ("government", False)])
def test_said_the_french_coach_is_no_statement_of_france(noun, ruled_out):
    doc = parse(SAID_THE_FRENCH.format(noun=noun))
    assert nationals.act_of_a_countrys_people(reader_for(doc, "France"), doc[4], reading(None)) is ruled_out


def test_a_relative_pronoun_parsed_as_a_second_subject_leaves_the_noun_subject():
    doc = parse(WHICH_US_MANUFACTURERS_CLAIM)
    assert nationals.act_of_a_countrys_people(reader_for(doc, "United States"), doc[3], reading("ACCUSE"))


@pytest.mark.parametrize("noun, ruled_out", [("newspaper", True), ("prosecutor", False)])
def test_a_passive_by_agent_named_only_by_a_country_word(noun, ruled_out):
    doc = parse(CRITICISED_BY.format(noun=noun))
    assert nationals.act_of_a_countrys_people(reader_for(doc, "Greece"), doc[2], reading("ACCUSE")) is ruled_out


def test_a_subject_that_is_a_mention_itself_or_names_no_country_is_left_alone():
    doc = parse(SUBJECT_DOES.format(noun="companies", lemma="company"))
    party = SimpleNamespace(index=SimpleNamespace(label={0: "Labour Party (UK)"}), coder=load_coder(), gaz=GAZ,
                            entities={"Labour Party (UK)": Entity("Labour Party (UK)", EntityClass.Organization)})
    assert not nationals.act_of_a_countrys_people(party, doc[2], reading())
    named = reader_for(doc, "United States")
    named.index.label[1] = "Tobacco Inc"
    assert not nationals.act_of_a_countrys_people(named, doc[2], reading())
