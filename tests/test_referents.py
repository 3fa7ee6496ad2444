"""Referents on hand-built parses: which entity an anaphoric noun phrase stands for."""
from __future__ import annotations

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
