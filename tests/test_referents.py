"""Referents on hand-built parses: which entity an anaphoric noun phrase stands for."""
from __future__ import annotations

import datetime as dt

from contexts import context
from kg.extract.events.referents import entities_of

ALGERIA_THEN_AUTHORITIES = """
Algeria Algeria PROPN nsubj 1
cut cut VERB ROOT 1
ties tie NOUN dobj 1
with with ADP prep 1
Morocco Morocco PROPN pobj 3
and and CCONJ cc 1
Algeria Algeria PROPN nsubj 7
said say VERB conj 1
the the DET det 9
authorities authority NOUN nsubj 10
accused accuse VERB ccomp 7
Morocco Morocco PROPN dobj 10
and and CCONJ cc 11
the the DET det 14
country country NOUN conj 11"""
MENTIONS = {0: ("Algeria", "Country"), 4: ("Morocco", "Country"), 6: ("Algeria", "Country"),
            11: ("Morocco", "Country")}


def test_the_authorities_are_the_country_the_article_is_about():
    ctx = context(ALGERIA_THEN_AUTHORITIES, MENTIONS)
    assert entities_of(ctx, ctx.doc[9]) == ["Algeria"]


def test_the_country_is_the_country_named_last():
    ctx = context(ALGERIA_THEN_AUTHORITIES, MENTIONS)
    assert entities_of(ctx, ctx.doc[14]) == ["Morocco"]


TURKISH_LEADER = """
The the DET det 2
Turkish Turkish ADJ amod 2
leader leader NOUN nsubj 3
spoke speak VERB ROOT 3"""


def test_a_leader_named_by_office_is_the_countrys_office_holder_and_the_table_stays_as_resolved():
    ctx = context(TURKISH_LEADER, {1: ("Turkey", "Country")}, published=dt.date(2019, 9, 14))
    holder = ctx.holders["Turkey"]
    assert entities_of(ctx, ctx.doc[2]) == [holder.label]
    assert ctx.entities[holder.label].cls == "Leader" and ctx.country_of[holder.label] == "Turkey"
    assert list(ctx.index.entities) == ["Turkey"]
