"""Each factuality rule of the event reader on a hand-built parse."""
from __future__ import annotations

import pytest

from kg.extract.events.factuality import STATUS_WEIGHT, cue_status, on_negative_condition, status
from parses import VETOED_A_PUSH, parse

WILL_NOT_ACCEPT = """
Turkey Turkey PROPN nsubj 3
will will AUX aux 3
not not PART neg 3
accept accept VERB ROOT 3
sanctions sanction NOUN dobj 3"""
SWORN_TO_FIGHT = """
rebels rebel NOUN nsubj 1
swore swear VERB ROOT 1
to to PART aux 3
fight fight VERB advcl 1"""
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



# -- each cue place, the climb through every dependency it takes, and where each rule stops ---------------
NEVER_SOLD = """
Russia Russia PROPN nsubj 2
never never ADV advmod 2
sold sell VERB ROOT 2
jets jet NOUN dobj 2"""
BECAUSE_THEY_REFUSE = IF_THEY_REFUSE.replace("if if SCONJ", "because because SCONJ")
PLANS_TO_BUY_AND_DEPLOY = """
Turkey Turkey PROPN nsubj 1
plans plan VERB ROOT 1
to to PART aux 3
buy buy VERB xcomp 1
and and CCONJ cc 3
deploy deploy VERB conj 3
jets jet NOUN dobj 5"""
CONSIDERING_A_PURCHASE = """
Turkey Turkey PROPN nsubj 2
is be AUX aux 2
considering consider VERB ROOT 2
a a DET det 4
purchase purchase NOUN dobj 2"""
SALE_WAS_PLANNED = """
a a DET det 1
sale sale NOUN nsubjpass 3
was be AUX auxpass 3
planned plan VERB ROOT 3"""
SET_ON_SELLING = """
Russia Russia PROPN nsubj 1
is be AUX ROOT 1
set set ADJ acomp 1
on on ADP prep 2
selling sell VERB pcomp 3
jets jet NOUN dobj 4"""
BUY_AFTER_IT_SOLD = """
Turkey Turkey PROPN nsubj 1
plans plan VERB ROOT 1
to to PART aux 3
buy buy VERB xcomp 1
jets jet NOUN dobj 3
after after SCONJ mark 7
it it PRON nsubj 7
sold sell VERB advcl 3
tanks tank NOUN dobj 7"""
PLANNED_AT_A_MEETING = """
Turkey Turkey PROPN nsubj 1
planned plan VERB ROOT 1
the the DET det 3
purchase purchase NOUN dobj 1
at at ADP prep 1
a a DET det 6
meeting meeting NOUN pobj 4"""
SEEMED_TO_ARRIVE = WERE_TO_BEGIN.replace("were be AUX", "seemed seem VERB")


def chain(*verbs: str) -> str:
    """'Turkey plans to V1 to V2 … jets': each verb the infinitive complement of the one before."""
    rows = ["Turkey Turkey PROPN nsubj 1", "plans plan VERB ROOT 1"]
    for verb in verbs:
        head = len(rows) - 1
        rows += [f"to to PART aux {len(rows) + 1}", f"{verb} {verb} VERB xcomp {head}"]
    return "\n".join([*rows, f"jets jet NOUN dobj {len(rows) - 1}"])


AN_EFFORT_TO_PROTECT = """
Britain Britain PROPN nsubj 1
acted act VERB ROOT 1
in in ADP prep 1
an an DET det 4
effort effort NOUN pobj 2
to to PART aux 6
protect protect VERB acl 4
Kurds Kurds PROPN dobj 6"""
THOUGHT_LIKELY_TO_PROPOSE = """
Tories Tories PROPN nsubjpass 2
are be AUX auxpass 2
thought think VERB ROOT 2
likely likely ADJ xcomp 2
to to PART aux 5
propose propose VERB xcomp 3
cuts cut NOUN dobj 5"""


@pytest.mark.parametrize("analysis, at, expected", [
    (NEVER_SOLD, 2, "Negated"),                 # 'never' as an adverb is a negation
    (NEVER_SOLD.replace("never never", "only only"), 2, "Happened"),
    (IF_THEY_REFUSE, 4, "Possible"),            # the trigger inside the condition: its own 'if'
    (BECAUSE_THEY_REFUSE, 1, "Happened"),       # a reason is no condition
    (BECAUSE_THEY_REFUSE, 4, "Happened"),
    (PLANS_TO_BUY_AND_DEPLOY, 5, "Planned"),    # climbing a conjunct to the planned act
    (CONSIDERING_A_PURCHASE, 4, "Possible"),    # climbing from the object of a governor
    (SALE_WAS_PLANNED, 1, "Planned"),           # climbing from the passive subject of a governor
    (SET_ON_SELLING, 4, "Planned"),             # a clause in a preposition of a governor ('set on selling')
    (BUY_AFTER_IT_SOLD, 7, "Happened"),         # an adverbial clause is not climbed out of
    (SWORN_TO_FIGHT, 3, "Planned"),             # ... unless a governor's infinitive is misparsed as one
    (PLANNED_AT_A_MEETING, 6, "Happened"),      # the object of a governor's preposition: not what was planned
    (SEEMED_TO_ARRIVE, 3, "Happened"),          # only the infinitive governors of the lexicon ('were to')
    (VETOED_A_PUSH, 5, "Negated"),              # a clause of a noun climbs to its governor: a vetoed push
    (VETOED_A_PUSH.replace("vetoed veto", "announced announce"), 5, "Happened"),
    (VETOED_A_PUSH.replace("push push", "plan plan"), 5, "Planned"),   # 'a plan to impose': the noun governs
    (chain("go", "start", "begin", "help", "manage"), 11, "Planned"),           # a governor five verbs up
    (chain("go", "start", "begin", "help", "manage", "work"), 13, "Happened"),   # six: too far to govern it
    (chain("strive"), 4, "Possible"),                                           # the nearest governor: an attempt
    (AN_EFFORT_TO_PROTECT, 6, "Possible"),      # 'in an effort to': what is tried, not what was done
    (THOUGHT_LIKELY_TO_PROPOSE, 5, "Possible"),   # 'thought likely to': a guess
])
def test_status_climbs_only_where_a_governor_reaches(analysis, at, expected):
    assert status(parse(analysis)[at]) == expected
