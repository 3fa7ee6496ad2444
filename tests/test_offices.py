"""Offices on hand-built parses: whose office a title is, read before the name, past its complement, in apposition
or as a counterpart, over a country, its public body or group, or an international body; a party's or a company's
title is no office of its country."""
from __future__ import annotations

import datetime as dt

from kg.extract.offices import office_facts
from kg.gazetteer import load
from contexts import index_of
from parses import parse

NATO_SECRETARY_GENERAL = """
NATO NATO PROPN compound 2
Secretary Secretary PROPN compound 2
General General PROPN compound 3
Stoltenberg Stoltenberg PROPN nsubj 4
spoke speak VERB ROOT 4"""
AMBASSADOR_TO_THE_UN = """
U.S. U.S. PROPN compound 1
Ambassador Ambassador PROPN compound 5
to to ADP prep 1
the the DET det 4
U.N. U.N. PROPN pobj 2
Thomas-Greenfield Thomas-Greenfield PROPN nsubj 6
spoke speak VERB ROOT 6"""
CHIEF_OF_THE_GENERAL_STAFF = """
the the DET det 1
Chief Chief PROPN nsubj 10
of of ADP prep 1
the the DET det 6
Russian Russian PROPN compound 6
Armed Armed PROPN compound 6
Staff Staff PROPN pobj 2
, , PUNCT punct 1
Gerasimov Gerasimov PROPN appos 1
, , PUNCT punct 1
said say VERB ROOT 10"""
COMMISSIONER_FOR = """
Lvova-Belova Lvova-Belova PROPN nsubj 7
, , PUNCT punct 0
the the DET det 4
Russian Russian ADJ amod 4
commissioner commissioner NOUN appos 0
for for ADP prep 4
rights right NOUN pobj 5
spoke speak VERB ROOT 7"""
GERMAN_COUNTERPART = """
Gallant Gallant PROPN nsubj 5
and and CCONJ cc 0
his his PRON poss 4
German German ADJ amod 4
counterpart counterpart NOUN conj 0
Pistorius Pistorius PROPN appos 4
signed sign VERB ROOT 6"""
PARTY_SPOKESMAN = """
Lib Lib PROPN compound 1
Dem Dem PROPN compound 2
spokesman spokesman NOUN compound 3
Oaten Oaten PROPN nsubj 4
said say VERB ROOT 4"""
PRESIDENT = """
soldiers soldier NOUN nsubj 1
detained detain VERB ROOT 1
President President PROPN compound 3
Bazoum Bazoum PROPN dobj 1"""


def offices(analysis: str, mentions: dict[int, tuple[str, str]], day: dt.date | None = None) -> set[tuple]:
    """The office facts (less roles) of a parse whose token i names the entity `mentions[i]`, one token long."""
    index = index_of(mentions)
    return {(f.subject, f.predicate, f.object) for f in office_facts(parse(analysis), index, load(), day)
            if f.predicate != "role"}


def test_a_title_after_an_international_body_is_an_office_of_that_body():
    assert offices(NATO_SECRETARY_GENERAL, {0: ("North Atlantic Treaty Organization", "Organization"),
                                            3: ("Jens Stoltenberg", "Person")}) == {
        ("Jens Stoltenberg", "officialOf", "North Atlantic Treaty Organization")}


def test_a_title_past_its_complement_is_the_office_of_the_country_before_it():
    assert offices(AMBASSADOR_TO_THE_UN, {0: ("United States", "Country"), 4: ("United Nations", "Organization"),
                                          5: ("Linda Thomas-Greenfield", "Person")}) == {
        ("Linda Thomas-Greenfield", "officialOf", "United States")}


def test_a_title_of_a_public_body_named_with_a_country_is_an_office_of_that_country():
    assert offices(CHIEF_OF_THE_GENERAL_STAFF, {4: ("Russian Armed Forces", "Organization"),
                                                8: ("Valery Gerasimov", "Person")}) == {
        ("Valery Gerasimov", "officialOf", "Russia")}


def test_an_appositive_title_with_a_complement_keeps_the_country_before_it():
    assert offices(COMMISSIONER_FOR, {0: ("Maria Lvova-Belova", "Person"), 3: ("Russia", "Country")}) == {
        ("Maria Lvova-Belova", "officialOf", "Russia")}


def test_a_counterpart_holds_the_office_in_the_country_named_before_it():
    assert offices(GERMAN_COUNTERPART, {0: ("Yoav Gallant", "Person"), 3: ("Germany", "Country"),
                                        5: ("Boris Pistorius", "Person")}) == {
        ("Boris Pistorius", "officialOf", "Germany")}


def test_a_partys_spokesman_holds_no_office_of_its_country():
    assert offices(PARTY_SPOKESMAN, {0: ("Liberal Democrats", "Organization"), 3: ("Mark Oaten", "Person")}) == set()


def test_a_head_of_state_the_text_gives_no_country_leads_the_one_the_gazetteer_has_him_lead_by_then():
    mentions = {3: ("Mohamed Bazoum", "Person")}
    assert offices(PRESIDENT, mentions, dt.date(2023, 12, 22)) == {("Mohamed Bazoum", "leaderOf", "Niger")}
    assert offices(PRESIDENT, mentions, dt.date(2020, 1, 1)) == set()   # not yet: he took office in 2021
    assert offices(PRESIDENT, mentions) == set()                        # an undated article says nothing of when


def test_a_title_before_a_name_is_of_the_country_named_after_it():
    analysis = """President President PROPN compound 1
Musharraf Musharraf PROPN nsubj 4
of of ADP prep 1
Pakistan Pakistan PROPN pobj 2
said say VERB ROOT 4"""
    assert offices(analysis, {1: ("Musharraf", "Person"), 3: ("Pakistan", "Country")}) == {
        ("Musharraf", "leaderOf", "Pakistan")}


def test_a_title_whose_complement_is_a_clause_is_not_the_names():
    analysis = """prompting prompt VERB ROOT 0
the the DET det 2
Queen Queen PROPN dobj 0
to to PART aux 4
ask ask VERB xcomp 0
Wilson Wilson PROPN dobj 4"""
    doc_facts = office_facts(parse(analysis), index_of({5: ("Harold Wilson", "Person")}), load(), None)
    assert doc_facts == []


def test_a_title_of_a_public_body_the_gazetteer_does_not_know_is_an_office_of_that_body():
    of_the_service = """Mora Mora PROPN nsubj 7
, , PUNCT punct 0
Deputy Deputy PROPN compound 3
Secretary-General Secretary-General PROPN appos 0
of of ADP prep 3
the the DET det 6
Service Service PROPN pobj 4
reported report VERB ROOT 7"""
    service = "European External Action Service"
    assert offices(of_the_service, {0: ("Enrique Mora", "Person"), 6: (service, "Organization")}) == {
        ("Enrique Mora", "officialOf", service)}
    home_office_minister = """Home Home PROPN compound 1
Office Office PROPN compound 2
minister minister NOUN compound 3
Blears Blears PROPN nsubj 4
said say VERB ROOT 4"""
    assert offices(home_office_minister, {1: ("Home Office", "Organization"), 3: ("Hazel Blears", "Person")}) == set()


def test_a_title_for_no_public_body_is_no_office_nor_role():
    analysis = """said say VERB ROOT 0
Stowell Stowell PROPN nsubj 0
, , PUNCT punct 1
spokesman spokesman NOUN appos 1
for for ADP prep 3
St St PROPN compound 6
Bernard Bernard PROPN pobj 4"""
    index = index_of({1: ("Gary Stowell", "Person"), 6: ("St Bernard", "Organization")})
    assert office_facts(parse(analysis), index, load(), None) == []


def roles(analysis: str, mentions: dict[int, tuple[str, str]]) -> set[tuple]:
    """The role facts of a parse whose token i names the entity `mentions[i]`."""
    return {(f.subject, f.object) for f in office_facts(parse(analysis), index_of(mentions), load(), None)
            if f.predicate == "role"}


def test_a_title_any_body_gives_after_a_name_that_is_no_public_body_is_no_role():
    firms = """SMFG SMFG PROPN compound 1
President President PROPN compound 2
Nishikawa Nishikawa PROPN nsubj 3
said say VERB ROOT 3"""
    assert roles(firms, {2: ("Yoshifumi Nishikawa", "Person")}) == set()
    bare = """criticism criticism NOUN ROOT 0
of of ADP prep 0
President President PROPN compound 3
Bush Bush PROPN pobj 1"""
    assert roles(bare, {3: ("Bush", "Person")}) == {("Bush", "President")}


def test_a_title_before_an_honorific_is_the_names():
    analysis = """the the DET det 1
Lord Lord PROPN compound 1
Chancellor Chancellor PROPN nsubj 6
, , PUNCT punct 2
Lord Lord PROPN compound 5
Falconer Falconer PROPN appos 2
insisted insist VERB ROOT 6"""
    assert roles(analysis, {5: ("Falconer", "Person")}) == {("Falconer", "Lord Chancellor")}


def test_a_title_of_an_agency_of_no_country_is_an_office_of_that_agency():
    analysis = """de de PROPN nsubj 8
, , PUNCT punct 0
the the DET det 3
IMF IMF PROPN poss 5
's 's PART case 3 POS
managing managing NOUN compound 5
director director NOUN appos 0
, , PUNCT punct 0
said say VERB ROOT 8"""
    imf = "International Monetary Fund"
    assert offices(analysis, {0: ("Rodrigo de Rato", "Person"), 3: (imf, "Organization")}) == {
        ("Rodrigo de Rato", "officialOf", imf)}


def test_a_minister_is_a_leader_a_senator_a_person(read_article):
    ag = read_article("Culture Secretary Tessa Jowell said the plans were sound. Senator John Kerry disagreed.")
    classes = {e.label: e.cls for e in ag.entities}
    assert (classes["Tessa Jowell"], classes["John Kerry"]) == ("Leader", "Person")
