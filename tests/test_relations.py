"""Relations on hand-built parses: a weapon's maker after its descriptive noun phrase, the text's makers over the
gazetteer's, no membership of a court, no background for a place only the dateline names."""
from __future__ import annotations

from kg.extract.relations import background_facts, find_facts, from_facts, sentence_memberships
from kg.gazetteer import load
from contexts import index_of
from parses import parse

PATRIOT_FROM_RAYTHEON = """
buy buy VERB ROOT 0
the the DET det 7
Patriot Patriot PROPN compound 7
surface surface NOUN nmod 7
- - PUNCT punct 3
to to ADP prep 3
- - PUNCT punct 5
system system NOUN dobj 0
from from ADP prep 7
U.S. U.S. PROPN compound 10
manufacturer manufacturer NOUN compound 11
Raytheon Raytheon PROPN pobj 8"""
BIDS_FROM_BOEINGS_HORNET = """
F-35 F-35 PROPN nmod 2
beat beat NOUN compound 2
bids bid NOUN ROOT 2
from from ADP prep 2
Boeing Boeing PROPN poss 6
's 's PART case 4 POS
Hornet Hornet PROPN pobj 3"""
COURT_RULED = """
the the DET det 1
Court Court PROPN nsubj 2
ruled rule VERB ROOT 2
for for ADP prep 2
the the DET det 5
Philippines Philippines PROPN pobj 3
and and CCONJ cc 5
the the DET det 8
UN UN PROPN conj 5"""
FILED_IN_BERLIN = """
BERLIN Berlin PROPN ROOT 0
— — PUNCT punct 0
Germany Germany PROPN nsubj 3
signed sign VERB ROOT 3"""
SIGNED_IN_BERLIN = FILED_IN_BERLIN + """
in in ADP prep 3
Berlin Berlin PROPN pobj 4"""


def triples(facts) -> set[tuple]:
    return {(f.subject, f.predicate, f.object) for f in facts}


def test_a_weapons_maker_follows_its_descriptive_noun_phrase():
    index = index_of({2: ("Patriot", "WeaponSystem"), 9: ("United States", "Country"), 11: ("Raytheon", "Organization")})
    assert triples(from_facts(parse(PATRIOT_FROM_RAYTHEON), index)) == {("Patriot", "manufacturer", "Raytheon")}


def test_the_texts_maker_of_a_weapon_drops_the_gazetteers_others():
    index = index_of({2: ("Patriot", "WeaponSystem"), 9: ("United States", "Country"), 11: ("Raytheon", "Organization")})
    makers = {f.object for f in find_facts(parse(PATRIOT_FROM_RAYTHEON), index, load(), None)
              if f.predicate == "manufacturer"}
    assert "Lockheed Martin" in load().weapon("Patriot").manufacturers and makers == {"Raytheon"}


def test_what_comes_from_a_maker_is_the_weapon_after_it_not_the_one_before():
    index = index_of({0: ("F-35", "WeaponSystem"), 4: ("Boeing", "Organization"), 6: ("F/A-18", "WeaponSystem")})
    assert from_facts(parse(BIDS_FROM_BOEINGS_HORNET), index) == []


def test_a_country_is_no_member_of_a_court_that_rules_on_it():
    index = index_of({1: ("Permanent Court of Arbitration", "Organization"), 5: ("Philippines", "Country"),
                      8: ("United Nations", "Organization")})
    assert "Permanent Court of Arbitration" in load().memberships["PHL"]
    assert triples(sentence_memberships(parse(COURT_RULED), index, load())) == {
        ("Philippines", "memberOf", "United Nations")}


def test_a_place_only_the_dateline_names_gets_no_background():
    mentions = {0: ("Berlin", "Place"), 2: ("Germany", "Country")}
    assert triples(background_facts(parse(FILED_IN_BERLIN), index_of(mentions), load())) == set()
    mentions[5] = ("Berlin", "Place")
    assert triples(background_facts(parse(SIGNED_IN_BERLIN), index_of(mentions), load())) == {
        ("Berlin", "locatedIn", "Germany")}
