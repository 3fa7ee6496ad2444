"""Evaluations on hand-built parses: a statement that condemns something criticises whoever it belongs to."""
from __future__ import annotations

from contexts import context
from kg.extract.events.evaluations import as_criticism, condemned
from kg.model import Event
from kg.vocab import EventClass

SAID_IT_WAS = """
The the DET det 1
warrant warrant NOUN nsubj 5
issued issue VERB acl 1
by by ADP agent 2
ICC ICC PROPN pobj 3
was be AUX ccomp 8
{adjective} {adjective} ADJ acomp 5
Kremlin Kremlin PROPN nsubj 8
said say VERB ROOT 8"""
MENTIONS = {4: ("International Criminal Court", "Organization"), 7: ("Russia", "Country")}


def test_calling_an_act_outrageous_condemns_whose_act_it_is():
    ctx = context(SAID_IT_WAS.format(adjective="outrageous"), MENTIONS)
    assert condemned(ctx, ctx.doc[8]) == ["International Criminal Court"]


def test_a_statement_of_another_judgement_condemns_nothing():
    ctx = context(SAID_IT_WAS.format(adjective="valid"), MENTIONS)
    assert condemned(ctx, ctx.doc[8]) is None


def test_a_condemning_adjective_of_a_subject_that_names_no_one_condemns_no_one_named():
    ctx = context("""
It it PRON nsubj 1
was be AUX ccomp 4
unacceptable unacceptable ADJ acomp 1
Kremlin Kremlin PROPN nsubj 4
said say VERB ROOT 4""", {3: ("Russia", "Country")})
    assert condemned(ctx, ctx.doc[4]) == []


def test_a_statement_that_condemns_is_criticism_and_others_stay_statements():
    statement = Event(cls=EventClass.Statement, cameo="010", trigger="said", trigger_at=0, sentence="", article="a",
                      agent=["Russia"])
    ctx = context(SAID_IT_WAS.format(adjective="outrageous"), MENTIONS)
    criticism = as_criticism(ctx, ctx.doc[8], statement)
    assert (criticism.cls, criticism.plover, criticism.target) == (
        EventClass.Accusation, "ACCUSE", ["International Criminal Court"])
    plain = context(SAID_IT_WAS.format(adjective="valid"), MENTIONS)
    assert as_criticism(plain, plain.doc[8], statement) is statement
