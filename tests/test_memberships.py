"""Members an organisation's mention lists, on hand-built parses: after 'namely', a dash or 'led by'; not a list of
parties beside it ('the EU, the US and Japan agreed')."""
from __future__ import annotations

from kg.extract.memberships import listed_members
from contexts import index_of
from parses import parse

NAMELY = """
signed sign VERB ROOT 0
with with ADP prep 0
the the DET det 3
P5+1 P5+1 PROPN pobj 1
, , PUNCT punct 3
namely namely ADV advmod 6
Britain Britain PROPN appos 3
, , PUNCT punct 6
China China PROPN conj 6
, , PUNCT punct 8
and and CCONJ cc 8
the the DET det 12
US US PROPN conj 8
, , PUNCT punct 8
plus plus CCONJ cc 8
Germany Germany PROPN conj 8"""
LED_BY = """
the the DET det 1
coalition coalition NOUN ROOT 1
led lead VERB acl 1
by by ADP agent 2
Saudi Saudi PROPN pobj 3"""
BESIDE = """
the the DET det 1
EU EU PROPN nsubj 7
, , PUNCT punct 1
the the DET det 4
US US PROPN conj 1
and and CCONJ cc 4
Japan Japan PROPN conj 4
agreed agree VERB ROOT 7"""


def members(analysis: str, mentions: dict[int, tuple[str, str]]) -> set[tuple]:
    return {(f.subject, f.object) for f in listed_members(parse(analysis), index_of(mentions))}


def test_the_countries_listed_after_namely_are_members():
    assert members(NAMELY, {3: ("P5+1", "Organization"), 6: ("United Kingdom", "Country"), 8: ("China", "Country"),
                            12: ("United States", "Country"), 15: ("Germany", "Country")}) == {
        (country, "P5+1") for country in ("United Kingdom", "China", "United States", "Germany")}


def test_the_country_that_leads_a_coalition_is_a_member():
    assert members(LED_BY, {1: ("Arab coalition", "Organization"), 4: ("Saudi Arabia", "Country")}) == {
        ("Saudi Arabia", "Arab coalition")}


def test_countries_beside_an_organisation_are_not_its_members():
    assert members(BESIDE, {1: ("European Union", "Organization"), 4: ("United States", "Country"),
                            6: ("Japan", "Country")}) == set()
