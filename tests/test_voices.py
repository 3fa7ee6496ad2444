"""The voice rules (kg/extract/voices.py) on hand-built parses: the writer's own first-person sentence is a view."""
from __future__ import annotations

import pytest

from kg.extract import voices
from kg.extract.events import Trigger
from parses import parse

I_THINK_THE_ATTACK = """
I I PRON nsubj 1
think think VERB ROOT 1
the the DET det 3
attack attack NOUN nsubj 4
failed fail VERB ccomp 1
. . PUNCT punct 1"""
HE_SAID = """
he he PRON nsubj 1
said say VERB ROOT 1
the the DET det 3
attack attack NOUN nsubj 4
failed fail VERB ccomp 1
. . PUNCT punct 1"""
QUOTED_I_THINK = """
" " PUNCT punct 2
I I PRON nsubj 2
think think VERB ROOT 2
the the DET det 4
attack attack NOUN nsubj 5
failed fail VERB ccomp 2
. . PUNCT punct 2"""


def reading() -> Trigger:
    return Trigger("x", "NOUN", "Event", "190", "agent", "target", {}, (), 0.5, "ASSAULT", default_reading=True)


@pytest.mark.parametrize("analysis, view", [
    (I_THINK_THE_ATTACK, True),                                             # the writer's own view
    (HE_SAID, False),                                                       # a report
    (QUOTED_I_THINK, False),                                                # a quotation
])
def test_an_act_in_the_writers_first_person_sentence_is_a_view(analysis, view):
    doc = parse(analysis)
    attack = next(t for t in doc if t.text == "attack")
    assert voices.view_of_the_writer(None, attack, reading()) is view


def test_a_first_person_sentence_after_a_quotation_in_its_paragraph_is_the_quotation_going_on():
    doc = parse('''" " PUNCT punct 1
Yes yes INTJ ROOT 1
. . PUNCT punct 1
I I PRON nsubj 4
think think VERB ROOT 4
the the DET det 6
attack attack NOUN nsubj 7
failed fail VERB ccomp 4
. . PUNCT punct 4''')
    assert not voices.view_of_the_writer(None, doc[6], reading())
