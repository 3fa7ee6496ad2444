"""The figure rules (kg/extract/figures.py) and the stated clause of a request verb, on hand-built parses."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from kg.extract import figures, senses, usages
from kg.extract.coding import load_coder
from kg.extract.events import Trigger
from kg.gazetteer import load
from kg.model import Entity
from kg.vocab import EntityClass, EventClass
from parses import parse


def reading(plover: str, cameo: str = "000", pos: str = "VERB", default: bool = True) -> Trigger:
    """A reading of a verb with that code, by its default code alone unless `default` is False."""
    return Trigger("x", pos, "Event", cameo, "agent", "target", {}, (), 0.5, plover, default_reading=default)


@pytest.fixture(scope="module")
def reader():
    """The reader as the rules see it: token 0 is a mention of Kennedy, the coder, the gazetteer."""
    return SimpleNamespace(index=SimpleNamespace(label={0: "Charles Kennedy"}), coder=load_coder(), gaz=load(),
                           entities={"Charles Kennedy": Entity("Charles Kennedy", EntityClass.Leader)})


ATTACKED_FOR_FAILING = """
Kennedy Kennedy PROPN nsubj 1
attacked attack VERB ROOT 1
Brown Brown PROPN dobj 1
for for ADP prep 1
failing fail VERB pcomp 3 VBG
to to PART aux 6
mention mention VERB xcomp 4"""
ATTACKED_FOR_THE_SECOND_TIME = """
Kennedy Kennedy PROPN nsubj 1
attacked attack VERB ROOT 1
convoy convoy NOUN dobj 1
for for ADP prep 1
the the DET det 6
second second ADJ amod 6
time time NOUN pobj 3"""
CLASHED_ON_THE_ISSUE = """
Kennedy Kennedy PROPN nsubj 1
clashed clash VERB ROOT 1
with with ADP prep 1
Brown Brown PROPN pobj 2
on on ADP prep 1
the the DET det 6
issue issue NOUN pobj 4"""
BATTLED_TO_RECOVER = """
Kennedy Kennedy PROPN nsubj 1
battled battle VERB ROOT 1
to to PART aux 3
recover recover VERB xcomp 1"""
FOUGHT_THE_REBELS = """
Kennedy Kennedy PROPN nsubj 1
fought fight VERB ROOT 1
the the DET det 3
rebels rebel NOUN dobj 1
to to PART aux 5
retake retake VERB advcl 1"""
BEATING_FILMS = """
Kennedy Kennedy PROPN nsubj 1
won win VERB ROOT 1
beating beat VERB advcl 1 VBG
films film NOUN dobj 2"""
RELEASED_FIGURES = """
The the DET det 1
figures figure NOUN nsubj 4
released release VERB acl 1 VBN
by by ADP agent 2
showed show VERB ROOT 4"""
RELEASED_THE_HOSTAGES = """
Kennedy Kennedy PROPN nsubj 1
released release VERB ROOT 1
the the DET det 3
hostages hostage NOUN dobj 1"""
DEBATES_A_BILL = """
Kennedy Kennedy PROPN nsubj 1
debates debate VERB ROOT 1
a a DET det 3
bill bill NOUN dobj 1"""
SPENDING_OVERTOOK = """
The the DET det 1
spending spending NOUN nsubj 2
overtook overtake VERB ROOT 2
cash cash NOUN compound 4
spending spending NOUN dobj 2"""

CONCILIATION_WOULD_FORCE = """
the the DET det 1
conciliation conciliation NOUN nsubj 3
would would AUX aux 3 MD
force force VERB ROOT 3
sides side NOUN dobj 3"""


@pytest.mark.parametrize("rule, analysis, at, plover, cameo, ruled_out", [
    (figures.force_for_a_fault, ATTACKED_FOR_FAILING, 1, "ASSAULT", "190", True),
    (figures.force_for_a_fault, ATTACKED_FOR_THE_SECOND_TIME, 1, "ASSAULT", "190", False),
    (figures.force_for_a_fault, ATTACKED_FOR_FAILING, 1, "ASSAULT", "1823", False),   # a killing is one
    (figures.force_over_a_matter, CLASHED_ON_THE_ISSUE, 1, "ASSAULT", "190", True),
    (figures.force_over_a_matter, CLASHED_ON_THE_ISSUE.replace("issue issue", "rally rally"), 1, "ASSAULT", "190",
     False),   # a rally is an event: the clash may be a fight at it
    (figures.force_as_an_effort, BATTLED_TO_RECOVER, 1, "ASSAULT", "190", True),
    (figures.force_as_an_effort, FOUGHT_THE_REBELS, 1, "ASSAULT", "190", False),
    (figures.assault_on_no_person, BEATING_FILMS, 2, "ASSAULT", "182", True),
    (figures.assault_on_no_person, BEATING_FILMS.replace("films film", "designers designer"), 2, "ASSAULT", "182",
     False),
    (figures.assault_on_no_person, BEATING_FILMS.replace("films film NOUN", "him he PRON"), 2, "ASSAULT", "182",
     False),
    (figures.act_done_to_a_thing, RELEASED_FIGURES, 2, "RETREAT", "084", True),
    (figures.act_done_to_a_thing, RELEASED_THE_HOSTAGES, 1, "RETREAT", "084", False),
    (figures.act_done_to_a_thing, RELEASED_THE_HOSTAGES.replace("hostages hostage", "talks talk"), 1, "REQUEST",
     "020", False),   # an event asked for: 'proposed talks'
    (figures.debate_read_as_criticism, DEBATES_A_BILL, 1, "ACCUSE", "111", True),
    (figures.debate_read_as_criticism, DEBATES_A_BILL.replace("debates debate", "opposes oppose"), 1, "ACCUSE",
     "111", False),   # 'oppose' is no consultation of its own
    (senses.act_of_a_thing, SPENDING_OVERTOOK, 2, "ASSAULT", "190", True),
    (senses.act_of_a_thing, SPENDING_OVERTOOK, 2, "ASSAULT", "183", False),   # 'the blast killed 15'
    (senses.act_of_a_thing, CONCILIATION_WOULD_FORCE, 3, "COERCE", "170", True),
    (senses.act_of_a_thing, CONCILIATION_WOULD_FORCE.replace("conciliation conciliation", "ministry ministry"), 3,
     "COERCE", "170", False),
])
def test_figure_rule(reader, rule, analysis, at, plover, cameo, ruled_out):
    token = parse(analysis)[at]
    assert rule(reader, token, reading(plover, cameo)) is ruled_out


DEFEND_ITSELF = """
Kennedy Kennedy PROPN nsubj 1
help help VERB ROOT 1
Taiwan Taiwan PROPN nsubj 3
defend defend VERB ccomp 1
itself itself PRON dobj 3"""
PREPARE_FOR_THE_ROUND = """
firms firm NOUN nsubj 1
prepare prepare VERB ROOT 1
for for ADP prep 1
round round NOUN pobj 2"""
TIME_FOR_HIM_TO_SAY = """
it it PRON nsubj 1
was be AUX ROOT 1
time time NOUN attr 1
for for SCONJ mark 7
the the DET det 5
mayor mayor NOUN nsubj 7
to to PART aux 7
say say VERB relcl 2
sorry sorry ADJ acomp 7"""
SHOULD_HAVE_A_VETO = """
he he PRON nsubj 2
should should AUX aux 2 MD
have have VERB ROOT 2
a a DET det 4
veto veto NOUN dobj 2"""
PROVED_CHALLENGING = """
market market NOUN nsubj 1
proved prove VERB ROOT 1
challenging challenge VERB oprd 1 VBG"""


@pytest.mark.parametrize("rule, analysis, at, plover, ruled_out", [
    (figures.cooperation_with_oneself, DEFEND_ITSELF, 3, "AID", True),
    (figures.cooperation_with_oneself, DEFEND_ITSELF.replace("itself itself", "Taipei Taipei"), 3, "AID", False),
    (figures.cooperation_with_oneself, DEFEND_ITSELF, 3, "MOBILIZE", False),   # 'armed themselves' is an act
    (usages.act_wanted_of_someone, TIME_FOR_HIM_TO_SAY, 7, None, True),
    (usages.act_wanted_of_someone, TIME_FOR_HIM_TO_SAY.replace("for for SCONJ mark 7", "then then ADV advmod 7"), 7,
     None, False),   # 'time, then, to say sorry': no one it is wanted of
    (usages.power_someone_should_have, SHOULD_HAVE_A_VETO, 4, "REJECT", True),
    (usages.power_someone_should_have, SHOULD_HAVE_A_VETO.replace("should should", "will will"), 4, "REJECT", False),
    (usages.preparation_read_as_a_pledge, PREPARE_FOR_THE_ROUND, 1, "AGREE", True),
    (usages.preparation_read_as_a_pledge, PREPARE_FOR_THE_ROUND.replace("prepare prepare", "promise promise"), 1,
     "AGREE", False),
    (usages.participle_describing_a_noun, PROVED_CHALLENGING, 2, "ACCUSE", True),
    (usages.participle_describing_a_noun, PROVED_CHALLENGING + "\nplans plan NOUN dobj 2", 2, "ACCUSE", False),
])
def test_usage_rule(reader, rule, analysis, at, plover, ruled_out):
    assert rule(reader, parse(analysis)[at], reading(plover)) is ruled_out


WE_MUST_SHOW = """
we we PRON nsubj 2
must must AUX aux 2 MD
show show VERB ROOT 2
strength strength NOUN dobj 2"""


@pytest.mark.parametrize("subject, asks", [("we we", False), ("they they", True)])
def test_an_obligation_of_the_speakers_own_side_asks_nothing_of_anyone(reader, subject, asks):
    must = Trigger("must", "AUX", "Demand", "10", "target", "", {}, ("agent",), 0.5, "REQUEST")
    doc = parse(WE_MUST_SHOW.replace("we we", subject))
    assert usages.inference_or_own_duty(reader, doc[1], must) is not asks


def test_a_hand_frame_reading_is_not_an_act_done_to_a_thing_by_default(reader):
    hand = reading("RETREAT", "084", default=False)
    assert not figures.act_done_to_a_thing(reader, parse(RELEASED_FIGURES)[2], hand)


INSISTED_IT_HAD_BEEN_MET = """
Jowell Jowell PROPN nsubj 1
insisted insist VERB ROOT 1 VBD
concerns concern NOUN nsubjpass 5
had have AUX aux 5 VBD
been be AUX auxpass 5 VBN
met meet VERB ccomp 1 VBN"""
THEY_INSIST_VOTERS_FACE = """
Tories Tories PROPN nsubj 1
insist insist VERB ROOT 1 VBP
voters voter NOUN nsubj 3
face face VERB ccomp 1 VBP
taxes tax NOUN dobj 3"""


DEMONSTRATED_THAT = """
Dems Dems PROPN nsubj 2
have have AUX aux 2
demonstrated demonstrate VERB ROOT 2
they they PRON nsubj 5
can can AUX aux 5 MD
win win VERB ccomp 2"""


@pytest.mark.parametrize("cls, plover, default, asserts", [
    ("Protest", "THREATEN", True, True), ("Meeting", "CONSULT", True, True),
    ("Protest", "PROTEST", False, False),   # a hand frame: 'protested against'
    ("Threat", "THREATEN", True, False),    # 'threatened they would leave' is a threat
])
def test_a_protest_or_meeting_verb_with_a_clause_as_all_it_says_asserts_it(reader, cls, plover, default, asserts):
    frame = replace(reading(plover, default=default), cls=cls)
    assert senses.assertion_of_a_clause(reader, parse(DEMONSTRATED_THAT)[2], frame) is asserts


@pytest.mark.parametrize("analysis, stated", [
    (INSISTED_IT_HAD_BEEN_MET, True),                                        # a perfect states what was done
    (THEY_INSIST_VOTERS_FACE, True),                                         # a present under a present says
    (THEY_INSIST_VOTERS_FACE.replace("ROOT 1 VBP", "ROOT 1 VBD"), False),   # 'insisted voters face': may ask
    (THEY_INSIST_VOTERS_FACE.replace("voters voter NOUN nsubj 3", "that that SCONJ mark 3"), False),
])
def test_a_request_verb_with_a_stated_clause_asserts_it(reader, analysis, stated):
    frame = replace(reading("REQUEST"), default_reading=False)
    assert senses.assertion_of_a_clause(reader, parse(analysis)[1], frame) is stated


LAUNCHED_AN_ATTACK_ON = """
Kennedy Kennedy PROPN nsubj 1
launched launch VERB ROOT 1
an an DET det 3
attack attack NOUN dobj 1
on on ADP prep 3
the the DET det 6
cost cost NOUN pobj 4"""


@pytest.mark.parametrize("analysis, at, ruled_out", [
    (LAUNCHED_AN_ATTACK_ON, 1, True),                                   # the verb that launches it
    (LAUNCHED_AN_ATTACK_ON, 3, True),                                   # the noun itself
    (LAUNCHED_AN_ATTACK_ON.replace("cost cost", "convoy convoy"), 1, False),   # a convoy can be hit
    (LAUNCHED_AN_ATTACK_ON.replace("cost cost", "civilians civilian"), 3, False),
    (LAUNCHED_AN_ATTACK_ON.replace("on on ADP prep 3", "in in ADP prep 1"), 1, False),   # where, not at what
])
def test_an_assault_aimed_only_at_things_is_criticism(reader, analysis, at, ruled_out):
    assert figures.assault_on_an_idea(reader, parse(analysis)[at], reading("ASSAULT", "190")) is ruled_out


FOUGHT = """
Kennedy Kennedy PROPN nsubj 1
fought fight VERB ROOT 1
{object} {lemma} {pos} dobj 1"""


@pytest.mark.parametrize("obj, lemma, pos, cls, cameo, ruled_out", [
    ("Howard", "Howard", "PROPN", EntityClass.Person, "190", True),        # two politicians: words
    ("Labour", "Labour", "PROPN", EntityClass.Organization, "190", True),  # a party (the gazetteer's)
    ("Iraq", "Iraq", "PROPN", EntityClass.Country, "190", False),          # a state: force
    ("Howard", "Howard", "PROPN", EntityClass.Person, "1823", False),      # a killing is no figure
    ("troops", "troop", "NOUN", None, "190", False),                       # armed men, though no mention
])
def test_force_between_politicians_and_parties_is_a_war_of_words(obj, lemma, pos, cls, cameo, ruled_out):
    doc = parse(FOUGHT.format(object=obj, lemma=lemma, pos=pos))
    label = {"Labour": "Labour Party (UK)"}.get(obj, obj)
    entities = {"Charles Kennedy": Entity("Charles Kennedy", EntityClass.Leader)}
    labels = {0: "Charles Kennedy"}
    if cls is not None:
        entities[label], labels[2] = Entity(label, cls), label
    reader = SimpleNamespace(index=SimpleNamespace(label=labels), coder=load_coder(), gaz=load(), entities=entities)
    assert figures.war_of_words(reader, doc[1], reading("ASSAULT", cameo)) is ruled_out


RELY_ON_AID = """
India India PROPN nsubj 1
relies rely VERB ROOT 1
on on ADP prep 1
international international ADJ amod 4
aid aid NOUN pobj 2"""


@pytest.mark.parametrize("analysis, ruled_out", [
    (RELY_ON_AID, True),                                                              # a kind of spending
    (RELY_ON_AID.replace("international international ADJ amod", "its its PRON poss"), False),   # someone's aid
    (RELY_ON_AID + "\nfrom from ADP prep 4\nJapan Japan PROPN pobj 5", False),         # aid from someone
    (RELY_ON_AID.replace("aid aid NOUN pobj 2", "aid aid NOUN dobj 1"), False),          # what is given
])
def test_aid_a_preposition_takes_with_no_one_of_its_own_is_a_kind_of_spending(analysis, ruled_out):
    doc = parse(analysis)
    labels = {t.i: t.text for t in doc if t.pos_ == "PROPN" and t.text != "India"}
    reader = SimpleNamespace(index=SimpleNamespace(label=labels))
    assert usages.aid_as_a_kind(reader, doc[4], reading("AID", "07", pos="NOUN")) is ruled_out


def test_aid_measured_out_is_aid_given():
    doc = parse("tons ton NOUN ROOT 0\nof of ADP prep 0\nfood food NOUN compound 3\naid aid NOUN pobj 1")
    reader = SimpleNamespace(index=SimpleNamespace(label={}))
    assert not usages.aid_as_a_kind(reader, doc[3], reading("AID", "07", pos="NOUN"))


UNDER_THE_DEAL = """
price price NOUN nsubjpass 1
fixed fix VERB ROOT 1
under under ADP prep 1
the the DET det 4
deal deal NOUN pobj 2"""


@pytest.mark.parametrize("analysis, ruled_out", [
    (UNDER_THE_DEAL, True),                                                           # the text of a deal
    (UNDER_THE_DEAL + "\nwith with ADP prep 4\nIran Iran PROPN pobj 5", False),        # a deal with someone
    (UNDER_THE_DEAL.replace("the the DET det 4", "Iran Iran PROPN poss 4"), False),    # someone's deal
    (UNDER_THE_DEAL.replace("deal deal NOUN pobj 2", "deal deal NOUN dobj 1"), False),  # the deal a verb makes
])
def test_an_agreement_noun_with_no_side_of_its_own_is_no_agreement_made(analysis, ruled_out):
    doc = parse(analysis)
    labels = {t.i: t.text for t in doc if t.pos_ == "PROPN"}
    reader = SimpleNamespace(index=SimpleNamespace(label=labels))
    deal = next(t for t in doc if t.text == "deal")
    assert usages.agreement_with_no_side(reader, deal, reading("AGREE", "057", pos="NOUN")) is ruled_out


WAS_A_THREAT = """
Iraq Iraq PROPN nsubj 1
was be AUX ROOT 1
a a DET det 4
serious serious ADJ amod 4
threat threat NOUN attr 1"""


@pytest.mark.parametrize("analysis, cls, ruled_out", [
    (WAS_A_THREAT, "Threat", True),                                                  # what Iraq is thought to be
    (WAS_A_THREAT, "Warning", False),                                                # 'was a warning': an act
    (WAS_A_THREAT.replace("was be AUX ROOT 1", "posed pose VERB ROOT 1").replace("attr", "dobj"), "Threat", False),
])
def test_a_threat_a_copula_predicates_of_its_subject_is_no_threat_made(analysis, cls, ruled_out):
    trigger = replace(reading("THREATEN", "130", pos="NOUN"), cls=EventClass(cls))
    assert usages.threat_that_someone_is(None, parse(analysis)[4], trigger) is ruled_out
