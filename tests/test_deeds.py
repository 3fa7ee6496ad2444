"""Relations a verb states, on hand-built parses: a maker that produces a weapon, a person who leads a public body
(not a company)."""
from __future__ import annotations

from kg.extract.deeds import deed_facts
from kg.gazetteer import load
from contexts import index_of
from parses import parse

PRODUCTION_OF = """
the the DET det 1
Plant Plant PROPN nsubj 3
has have AUX aux 3
launched launch VERB ROOT 3
the the DET det 5
production production NOUN dobj 3
of of ADP prep 5
Su-35 Su-35 PROPN pobj 6"""
CHOSE_TO_LEAD = """
soldiers soldier NOUN nsubj 1
chose choose VERB ROOT 1
Tchiani Tchiani PROPN dobj 1
to to PART aux 4
lead lead VERB xcomp 1
the the DET det 6
Council Council PROPN dobj 4"""


def deeds(analysis: str, mentions: dict[int, tuple[str, str]]) -> set[tuple]:
    """The verb-stated facts of a parse whose token i names the entity `mentions[i]`, one token long."""
    return {(f.subject, f.predicate, f.object) for f in deed_facts(parse(analysis), index_of(mentions), load())}


def test_the_subject_that_launches_a_weapons_production_makes_it():
    assert deeds(PRODUCTION_OF, {1: ("Gagarin Aircraft Plant", "Organization"), 7: ("Su-35", "WeaponSystem")}) == {
        ("Su-35", "manufacturer", "Gagarin Aircraft Plant")}
    assert deeds(PRODUCTION_OF, {1: ("Russia", "Country"), 7: ("Su-35", "WeaponSystem")}) == {
        ("Su-35", "originCountry", "Russia")}


def test_a_person_chosen_to_lead_a_public_body_is_its_official_and_a_companys_head_is_not():
    council = "National Council for the Safeguard of the Homeland"
    assert deeds(CHOSE_TO_LEAD, {2: ("Abdourahamane Tchiani", "Person"), 6: (council, "Organization")}) == {
        ("Abdourahamane Tchiani", "officialOf", council)}
    assert deeds(CHOSE_TO_LEAD, {2: ("Abdourahamane Tchiani", "Person"), 6: ("Lockheed Martin", "Organization")}) \
        == set()
