"""Conditional threats on hand-built parses: 'if you …, we will …' threatens; a hypothesis, the speaker's own
condition or a promise does not."""
from __future__ import annotations

from contexts import context
from kg.extract.events.conditions import threatening

CONDITIONAL = """
if if SCONJ mark 2
{subject} {subject} PRON nsubj 2
{condition} {condition_lemma} VERB advcl 6
, , PUNCT punct 6
we we PRON nsubj 6
{aux} {aux} AUX aux 6
{verb} {verb} VERB ROOT 6
the the DET det 8
{object} {object} NOUN dobj 6"""


def parsed(subject="you", condition="refuse", condition_lemma="refuse", aux="will", verb="open", object="gates"):
    ctx = context(CONDITIONAL.format(subject=subject, condition=condition, condition_lemma=condition_lemma, aux=aux,
                                     verb=verb, object=object), {})
    return ctx, ctx.doc[6]


def test_an_act_held_out_on_what_the_other_side_does_is_a_threat():
    assert threatening(*parsed())
    assert threatening(*parsed(subject="they", verb="expel", object="diplomats"))


def test_the_speakers_own_condition_a_plain_will_or_a_promise_is_no_threat():
    assert not threatening(*parsed(subject="we"))                          # 'if we defend like that, we will …'
    assert not threatening(*parsed(aux="can"))                            # no 'will', 'would'
    assert not threatening(*parsed(verb="support", object="talks"))       # cooperation held out is a promise


def test_a_counterfactual_is_no_threat():
    ctx = context("""
if if SCONJ mark 2
he he PRON nsubj 2
had have AUX advcl 6
, , PUNCT punct 6
we we PRON nsubj 6
would would AUX aux 6
be be AUX ROOT 6
here here ADV advmod 6""", {})
    assert not threatening(ctx, ctx.doc[6])
