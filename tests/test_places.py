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
