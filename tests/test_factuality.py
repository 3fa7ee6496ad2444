"""Each factuality rule of the event reader on a hand-built parse."""
from __future__ import annotations

import pytest

from kg.extract.events.factuality import STATUS_WEIGHT, cue_status, on_negative_condition, status
from parses import parse

WILL_NOT_ACCEPT = """
Turkey Turkey PROPN nsubj 3
will will AUX aux 3
not not PART neg 3
accept accept VERB ROOT 3
sanctions sanction NOUN dobj 3"""
IF_THEY_REFUSE = """
we we PRON nsubj 1
strike strike VERB ROOT 1
if if SCONJ mark 4
they they PRON nsubj 4
refuse refuse VERB advcl 1"""
PLANS_TO_BUY = """
Turkey Turkey PROPN nsubj 1
plans plan VERB ROOT 1
to to PART aux 3
buy buy VERB xcomp 1
jets jet NOUN dobj 3"""
WERE_TO_BEGIN = """
jets jet NOUN nsubj 1
were be AUX ROOT 1
to to PART aux 3
arrive arrive VERB xcomp 1"""
PLAN_FOR_SANCTIONS = """
a a DET det 1
plan plan NOUN ROOT 1
for for ADP prep 1
sanctions sanction NOUN pobj 2"""
TALKS_AT_A_MEETING = """
they they PRON nsubj 2
will will AUX aux 2
continue continue VERB ROOT 2
at at ADP prep 2
a a DET det 5
meeting meeting NOUN pobj 3"""
SOLD = """
Russia Russia PROPN nsubj 1
sold sell VERB ROOT 1
jets jet NOUN dobj 1"""
PROPOSED_DEAL = """
the the DET det 2
proposed propose VERB amod 2
deal deal NOUN ROOT 2"""
NO_DEAL = """
no no DET det 1
deal deal NOUN ROOT 1"""


@pytest.mark.parametrize("analysis, at, expected", [
    (WILL_NOT_ACCEPT, 3, "Negated"),      # a cue of its own; the negation outweighs the modal
    (IF_THEY_REFUSE, 1, "Possible"),      # a condition on the verb
    (PLANS_TO_BUY, 3, "Planned"),         # a governor above the trigger
    (WERE_TO_BEGIN, 3, "Planned"),        # an infinitive governor ('were to arrive')
    (PLAN_FOR_SANCTIONS, 3, "Planned"),   # climbing from the object of 'for' to a governing noun
    (TALKS_AT_A_MEETING, 5, "Planned"),   # the object of a verb's preposition: that verb's own modality
    (SOLD, 1, "Happened"),                # no cue at all
    (NO_DEAL, 1, "Negated"),              # a determiner cue
    (PROPOSED_DEAL, 2, "Possible"),       # an adjectival cue
])
def test_status(analysis, at, expected):
    assert status(parse(analysis)[at]) == expected


def test_cue_status_reads_the_cue_by_its_place():
    doc = parse(WILL_NOT_ACCEPT)
    assert (cue_status(doc[1]), cue_status(doc[2]), cue_status(doc[4])) == ("Planned", "Negated", None)
    assert cue_status(parse(PROPOSED_DEAL)[1]) == "Possible" and cue_status(parse(SOLD)[0]) is None
    assert STATUS_WEIGHT.index("Negated") < STATUS_WEIGHT.index("Planned") < STATUS_WEIGHT.index("Happened")


def test_a_governor_is_no_cue_of_itself():
    assert status(parse(PLANS_TO_BUY)[1]) == "Happened"   # 'plans' itself happened


WITHDRAW_UNLESS = """
Nigeria Nigeria PROPN nsubj 2
will will AUX aux 2
withdraw withdraw VERB ROOT 2
troops troop NOUN dobj 2
unless unless SCONJ mark 6
Chad Chad PROPN nsubj 6
agrees agree VERB advcl 2"""
WITHDRAW_IF = """
Nigeria Nigeria PROPN nsubj 2
will will AUX aux 2
withdraw withdraw VERB ROOT 2
troops troop NOUN dobj 2
if if SCONJ mark 6
Chad Chad PROPN nsubj 6
agrees agree VERB advcl 2"""
WITHDRAW_IF_NOT = """
Nigeria Nigeria PROPN nsubj 2
will will AUX aux 2
withdraw withdraw VERB ROOT 2
troops troop NOUN dobj 2
if if SCONJ mark 8
Chad Chad PROPN nsubj 8
does do AUX aux 8
not not PART neg 8
agree agree VERB advcl 2"""


@pytest.mark.parametrize("analysis, conditional", [(WITHDRAW_UNLESS, True), (WITHDRAW_IF_NOT, True),
                                                   (WITHDRAW_IF, False)])
def test_a_negative_condition_is_unless_or_if_not(analysis, conditional):
    assert on_negative_condition(parse(analysis)[2]) is conditional

