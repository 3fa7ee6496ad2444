"""Place facts on hand-built parses: the country the text sets a place in."""
from __future__ import annotations

from contexts import context
from kg.extract.places import place_facts
from kg.gazetteer import load

ABHA_IN_SOUTHERN_SAUDI_ARABIA = """
rebels rebel NOUN nsubj 1
attacked attack VERB ROOT 1
Abha Abha PROPN dobj 1
in in ADP prep 2
southern southern ADJ amod 5
Arabia Arabia PROPN pobj 3"""
BAM_IRAN = """
doctors doctor NOUN nsubj 1
arrived arrive VERB ROOT 1
in in ADP prep 1
Bam Bam PROPN pobj 2
, , PUNCT punct 3
Iran Iran PROPN appos 3"""
ANKARA_GERMANYS = """
50 50 NUM nsubj 1
in in ADP prep 0
Ankara Ankara PROPN pobj 1
, , PUNCT punct 2
Germany Germany PROPN poss 6
's 's PART case 4 POS
Tagesschau Tagesschau PROPN appos 2"""


def facts_of(analysis, mentions):
    ctx = context(analysis, mentions)
    return {(f.subject, f.predicate, f.object) for f in place_facts(ctx.doc, ctx.index, load())}


def test_a_place_in_a_country_lies_in_it():
    assert facts_of(ABHA_IN_SOUTHERN_SAUDI_ARABIA, {2: ("Abha", "Place"), 5: ("Saudi Arabia", "Country")}) == {
        ("Abha", "locatedIn", "Saudi Arabia")}
    assert facts_of(BAM_IRAN, {3: ("Bam", "Place"), 5: ("Iran", "Country")}) == {("Bam", "locatedIn", "Iran")}


def test_a_country_that_owns_what_follows_contains_nothing():
    assert facts_of(ANKARA_GERMANYS, {2: ("Ankara", "Place"), 4: ("Germany", "Country")}) == set()
PROVINCE_OF_PALAWAN = """
the the DET det 2
Philippine Philippine ADJ amod 2
province province NOUN ROOT 2
of of ADP prep 2
Palawan Palawan PROPN pobj 3"""
WEST_OF_KERBALA = """
attacked attack VERB ROOT 0
in in ADP prep 0
Tamr Tamr PROPN pobj 1
, , PUNCT punct 2
west west NOUN appos 2
of of ADP prep 4
Kerbala Kerbala PROPN pobj 5
in in ADP prep 6
southern southern ADJ amod 9
Iraq Iraq PROPN pobj 7"""
LISTED_WITH_NIAMEY = """
soldiers soldier NOUN ROOT 0
in in ADP prep 0
Niger Niger PROPN pobj 1
, , PUNCT punct 0
based base VERB acl 0
in in ADP prep 4
Ouallam Ouallam PROPN pobj 5
and and CCONJ cc 6
Niamey Niamey PROPN conj 6"""
LISTED_WITH_PARIS = """
talks talk NOUN ROOT 0
in in ADP prep 0
Lyon Lyon PROPN pobj 1
and and CCONJ cc 2
Paris Paris PROPN conj 2
with with ADP prep 0
Britain Britain PROPN pobj 5"""


def test_a_countrys_kind_of_place_lies_in_it():
    assert facts_of(PROVINCE_OF_PALAWAN, {1: ("Philippines", "Country"), 4: ("Palawan", "Place")}) == {
        ("Palawan", "locatedIn", "Philippines")}


def test_a_place_lies_in_the_country_of_the_place_it_is_near():
    assert facts_of(WEST_OF_KERBALA, {2: ("Ain Tamr", "Place"), 6: ("Kerbala", "Place"), 9: ("Iraq", "Country")}) == {
        ("Kerbala", "locatedIn", "Iraq"), ("Ain Tamr", "locatedIn", "Iraq")}


def test_a_place_listed_with_a_place_of_a_country_the_sentence_names_lies_in_it():
    assert facts_of(LISTED_WITH_NIAMEY, {2: ("Niger", "Country"), 6: ("Ouallam", "Place"), 8: ("Niamey", "Place")}) \
        == {("Ouallam", "locatedIn", "Niger")}
    # Paris is in France, which the sentence does not name: Lyon is not put in Britain, nor in France
    assert facts_of(LISTED_WITH_PARIS, {2: ("Lyon", "Place"), 4: ("Paris", "Place"), 6: ("United Kingdom", "Country")}) \
        == set()
