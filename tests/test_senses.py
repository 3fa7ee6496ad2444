"""Each sense rule on a hand-built parse: the non-political use is ruled out, the political one is kept."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from kg.extract import senses, usages
from kg.extract.events import Trigger
from kg.extract.coding import load_coder
from kg.gazetteer import load
from kg.model import Entity
from kg.vocab import EntityClass
from kg.extract.senses import SENSE_RULES, alternation, load_discards, not_political
from parses import parse


def trigger(plover: str, pos: str = "VERB") -> Trigger:
    """A reading of the verb's default code (no phrase pattern), as the dictionary gives most verbs."""
    return Trigger("x", pos, "Event", "000", "agent", "target", {}, (), 0.5, plover, default_reading=True)


@pytest.fixture(scope="module")
def reader():
    """What the rules read of the reader: the mentions' token index and the coder (its codes and discard list)."""
    return SimpleNamespace(index=SimpleNamespace(label={0: "Russia"}), coder=load_coder(), gaz=load())


REFUSED_TO_COMMENT = """
Police police NOUN nsubj 1
refused refuse VERB ROOT 1
to to PART aux 3
comment comment VERB xcomp 1"""
REFUSED_THE_PLAN = """
Russia Russia PROPN nsubj 1
rejected reject VERB ROOT 1
the the DET det 3
plan plan NOUN dobj 1"""
DID_NOT_RULE_OUT = """
Russia Russia PROPN nsubj 3
did do AUX aux 3
not not PART neg 3
reject reject VERB ROOT 3
talks talk NOUN dobj 3"""
MET_REQUIREMENTS = """
Russia Russia PROPN nsubj 1
met meet VERB ROOT 1
the the DET det 3
requirements requirement NOUN dobj 1"""
SUMMONED_THE_AMBASSADOR = """
Nigeria Nigeria PROPN nsubj 1
summoned summon VERB ROOT 1
the the DET det 3
ambassador ambassador NOUN dobj 1"""
MET_OFFICIALS = """
Russia Russia PROPN nsubj 1
met meet VERB ROOT 1
Chinese chinese ADJ amod 3
officials official NOUN dobj 1"""
VIDEO_ON_DEMAND = """
video video NOUN compound 4
- - PUNCT punct 4
on on ADP prep 4
- - PUNCT punct 4
demand demand NOUN ROOT 4"""
ATTACK_HELICOPTERS = """
Russia Russia PROPN nsubj 1
bought buy VERB ROOT 1
attack attack NOUN compound 3
helicopters helicopter NOUN dobj 1"""
THE_FILM = """
the the DET det 1
film film NOUN nsubj 3
Assault assault PROPN appos 1
opened open VERB ROOT 3"""
SENT_TO_DEFEND = """
Germany Germany PROPN nsubj 1
sent send VERB ROOT 1
launchers launcher NOUN dobj 1
to to PART aux 4
defend defend VERB advcl 1
Ukraine Ukraine PROPN dobj 4"""
STRIKE_TO_PROTEST = """
Turks Turks PROPN nsubj 1
began begin VERB ROOT 1
a a DET det 3
strike strike NOUN dobj 1
to to PART aux 5
protest protest VERB advcl 1"""
FOR_PROTECTING = """
systems system NOUN nsubj 1
are be AUX ROOT 1
suitable suitable ADJ acomp 1
for for ADP prep 2
protecting protect VERB pcomp 3
people people NOUN dobj 4"""

TENSION_THREATENS = """
the the DET det 1
tension tension NOUN nsubj 2
threatens threaten VERB ROOT 2
talks talk NOUN dobj 2"""
MINISTER_THREATENS = """
the the DET det 1
minister minister NOUN nsubj 2
threatened threaten VERB ROOT 2
sanctions sanction NOUN dobj 2"""
HEAT_KILLED = """
the the DET det 1
heat heat NOUN nsubj 2
killed kill VERB ROOT 2
soldiers soldier NOUN dobj 2"""

ATTACKED_THE_PLANS = """
Labour Labour PROPN nsubj 1
attacked attack VERB ROOT 1
the the DET det 3
plans plan NOUN dobj 1"""
ATTACKED_THE_VILLAGE = """
rebels rebel NOUN nsubj 1
attacked attack VERB ROOT 1
the the DET det 3
village village NOUN dobj 1"""

AGENCY_THAT_SUPPORTS = """
the the DET det 1
agency agency NOUN nsubj 4
that that PRON nsubj 3
supports support VERB relcl 1 VBZ
said say VERB ROOT 4"""
UK_WHICH_ACCUSED = """
Britain Britain PROPN nsubj 4
which which PRON nsubj 2
accused accuse VERB relcl 0 VBD
China China PROPN dobj 2
said say VERB ROOT 4"""

SUGGESTED_A_CLAUSE = """
Germany Germany PROPN nsubj 1
suggested suggest VERB ROOT 1
Russia Russia PROPN nsubj 3
lied lie VERB ccomp 1"""
SUGGESTED_TALKS = """
Germany Germany PROPN nsubj 1
suggested suggest VERB ROOT 1
talks talk NOUN dobj 1
with with ADP prep 1
Russia Russia PROPN pobj 3"""

IS_SAID_TO_BE = """
Israel Israel PROPN nsubjpass 2
is be AUX auxpass 2
said say VERB ROOT 2
to to PART aux 5
be be AUX aux 5
watching watch VERB xcomp 2
talks talk NOUN dobj 5"""
ISRAEL_SAID = """
Israel Israel PROPN nsubj 1
said say VERB ROOT 1
it it PRON nsubj 3
watches watch VERB ccomp 1"""
PLEADED_GUILTY = """
executives executive NOUN nsubj 1
pleaded plead VERB ROOT 1
guilty guilty ADJ acomp 1
to to ADP prep 2
charges charge NOUN pobj 3"""
PLEADED_FOR_HELP = """
Haiti Haiti PROPN nsubj 1
pleaded plead VERB ROOT 1
for for ADP prep 1
help help NOUN pobj 2"""
NEWS_CONFERENCES = """
Labour Labour PROPN nsubj 1
held hold VERB ROOT 1
news news NOUN compound 3
conferences conference NOUN dobj 1"""
JOINT_NEWS_CONFERENCE = """
Straw Straw PROPN nsubj 1
spoke speak VERB ROOT 1
at at ADP prep 1
a a DET det 6
joint joint ADJ amod 6
news news NOUN compound 6
conference conference NOUN pobj 2"""
GROWING_DEMAND = """
prices price NOUN nsubjpass 2
were be AUX auxpass 2
boosted boost VERB ROOT 2
by by ADP agent 2
growing grow VERB amod 5
demand demand NOUN pobj 3
for for ADP prep 5
oil oil NOUN pobj 6"""
EU_DEMAND_FOR_TALKS = """
an an DET det 2
EU EU PROPN compound 2
demand demand NOUN ROOT 2
for for ADP prep 2
talks talk NOUN pobj 3"""
DEMAND_GREW = """
demand demand NOUN nsubj 1
grew grow VERB ROOT 1"""
A_GREAT_DEAL = """
prices price NOUN nsubj 1
moved move VERB ROOT 1
a a DET det 4
great great ADJ amod 4
deal deal NOUN dobj 1"""
A_GREAT_DEAL_FOR_BRITAIN = A_GREAT_DEAL + """
for for ADP prep 4
Britain Britain PROPN pobj 5"""
INTENDING_TO_GET_OUT = """
Blair Blair PROPN nsubj 2
is be AUX aux 2
intending intend VERB ROOT 2
to to PART aux 4
campaign campaign VERB xcomp 2"""
PROMISING_TO_CUT = INTENDING_TO_GET_OUT.replace("intending intend", "promising promise")
RATING_ADVISING = """
a a DET det 1
rating rating NOUN dobj 3
advising advise VERB acl 1 VBG
parents parent NOUN dobj 2"""

EQUITIES_OFFER_GROWTH = """
equities equity NOUN nsubj 1
offer offer VERB ROOT 1
quality quality NOUN compound 3
growth growth NOUN dobj 1"""
OFFERED_HIM_THE_POST = """
Blair Blair PROPN nsubj 1
offered offer VERB ROOT 1
him he PRON dative 1
the the DET det 4
post post NOUN dobj 1"""
OFFERED_TALKS = """
Russia Russia PROPN nsubj 1
offered offer VERB ROOT 1
talks talk NOUN dobj 1"""
WAS_OFFERED_THE_JOB = """
he he PRON nsubjpass 2
was be AUX auxpass 2
offered offer VERB ROOT 2
the the DET det 4
job job NOUN dobj 2"""

MUST_HAVE_BEEN = """
It it PRON nsubj 3
must must AUX aux 3
have have AUX aux 3
been be AUX ROOT 3
a a DET det 5
blow blow NOUN attr 3"""
I_MUST_RECOVER = """
I I PRON nsubj 2
must must AUX aux 2
recover recover VERB ROOT 2"""
IRAN_MUST_STOP = I_MUST_RECOVER.replace("I I PRON", "Iran Iran PROPN").replace("recover recover", "stop stop")
INTERFERING_GOVERNMENT = """
a a DET det 4
bossy bossy ADJ amod 4
, , PUNCT punct 1
interfering interfere VERB conj 1 VBG
government government NOUN ROOT 4"""
THE_SIGNED_AGREEMENT = """
the the DET det 2
signed sign VERB amod 2 VBN
agreement agreement NOUN ROOT 2"""
STEP_UP_CAMPAIGNING = """
leaders leader NOUN nsubj 1
step step VERB ROOT 1
up up ADP prt 1
campaigning campaign VERB xcomp 1"""
CAMPAIGNING_FOR_A_VOTE = STEP_UP_CAMPAIGNING + """
for for ADP prep 3
vote vote NOUN pobj 4"""

THERE_WERE_ACCUSATIONS = """
there there PRON expl 1
were be VERB ROOT 1
accusations accusation NOUN attr 1"""
THERE_WERE_ACCUSATIONS_BY_RUSSIA = THERE_WERE_ACCUSATIONS + """
by by ADP prep 2
Russia Russia PROPN pobj 3"""


@pytest.mark.parametrize("rule, analysis, at, plover, ruled_out", [
    ("refusal_to_comment", REFUSED_TO_COMMENT, 1, "REJECT", True),
    ("refusal_to_comment", REFUSED_THE_PLAN, 1, "REJECT", False),
    ("refusal_to_comment", REFUSED_TO_COMMENT.replace("comment comment", "confirm confirm"), 1, "REJECT", True),
    ("refusal_to_comment", REFUSED_THE_PLAN.replace("plan plan", "report report"), 1, "REJECT", False),
    ("negated_rejection", DID_NOT_RULE_OUT, 3, "REJECT", True),
    ("negated_rejection", REFUSED_THE_PLAN, 1, "REJECT", False),
    ("meeting_verb_with_a_thing_as_object", MET_REQUIREMENTS, 1, "CONSULT", True),
    ("meeting_verb_with_a_thing_as_object", MET_OFFICIALS, 1, "CONSULT", False),
    ("meeting_verb_with_a_thing_as_object", SUMMONED_THE_AMBASSADOR, 1, "CONSULT", False),
    ("inside_a_hyphenated_word", VIDEO_ON_DEMAND, 4, "REQUEST", True),
    ("inside_a_hyphenated_word", REFUSED_THE_PLAN, 1, "REJECT", False),
    ("modifier_of_a_noun", ATTACK_HELICOPTERS, 2, "ASSAULT", True),
    ("modifier_of_a_noun", MET_OFFICIALS, 1, "CONSULT", False),
    ("part_of_a_name", THE_FILM, 2, "ASSAULT", True),
    ("part_of_a_name", MET_OFFICIALS, 1, "CONSULT", False),
    ("purpose_of_another_act", SENT_TO_DEFEND, 4, "AID", True),
    ("purpose_of_another_act", FOR_PROTECTING, 4, "AID", True),
    ("purpose_of_another_act", STRIKE_TO_PROTEST, 5, "PROTEST", False),
    ("purpose_of_another_act", SENT_TO_DEFEND, 1, "MOBILIZE", False),
    ("purpose_of_another_act", SENT_TO_DEFEND.replace("sent send", "vowed vow"), 4, "ASSAULT", False),
    ("act_of_a_thing", TENSION_THREATENS, 2, "THREATEN", True),
    ("act_of_a_thing", MINISTER_THREATENS, 2, "THREATEN", False),
    ("act_of_a_thing", HEAT_KILLED, 2, "ASSAULT", False),
    ("violence_against_an_idea", ATTACKED_THE_PLANS, 1, "ASSAULT", True),
    ("violence_against_an_idea", ATTACKED_THE_VILLAGE, 1, "ASSAULT", False),
    ("standing_description", AGENCY_THAT_SUPPORTS, 3, "SUPPORT", True),
    ("standing_description", UK_WHICH_ACCUSED, 2, "ACCUSE", False),
    ("assertion_of_a_clause", SUGGESTED_A_CLAUSE, 1, "REQUEST", True),
    ("assertion_of_a_clause", SUGGESTED_TALKS, 1, "REQUEST", False),
    ("hearsay_about_the_subject", IS_SAID_TO_BE, 2, None, True),
    ("hearsay_about_the_subject", ISRAEL_SAID, 1, None, False),
    ("plea_in_court", PLEADED_GUILTY, 1, "REQUEST", True),
    ("plea_in_court", PLEADED_FOR_HELP, 1, "REQUEST", False),
    ("press_conference", NEWS_CONFERENCES, 3, "CONSULT", True),
    ("press_conference", JOINT_NEWS_CONFERENCE, 6, "CONSULT", False),
    ("press_conference", MET_OFFICIALS, 1, "CONSULT", False),
    ("demand_of_a_market", GROWING_DEMAND, 5, "REQUEST", True),
    ("demand_of_a_market", DEMAND_GREW, 0, "REQUEST", True),
    ("demand_of_a_market", EU_DEMAND_FOR_TALKS, 2, "REQUEST", False),
    ("demand_of_a_market", GROWING_DEMAND.replace("oil oil NOUN", "Kurds Kurds PROPN"), 5, "REQUEST", False),
    ("measure_phrase", A_GREAT_DEAL, 4, "AGREE", True),
    ("measure_phrase", A_GREAT_DEAL_FOR_BRITAIN, 4, "AGREE", False),
    ("deliberation_about_an_act", INTENDING_TO_GET_OUT, 2, "AGREE", True),
    ("deliberation_about_an_act", PROMISING_TO_CUT, 2, "AGREE", False),
    ("unowned_event_in_an_existential", THERE_WERE_ACCUSATIONS, 2, "ACCUSE", True),
    ("unowned_event_in_an_existential", THERE_WERE_ACCUSATIONS_BY_RUSSIA, 2, "ACCUSE", False),
    ("unowned_event_in_an_existential", THERE_WERE_ACCUSATIONS.replace("accusations accusation", "attacks attack"),
     2, "ASSAULT", False),
    ("request_of_nothing", STEP_UP_CAMPAIGNING, 3, "REQUEST", True),
    ("request_of_nothing", CAMPAIGNING_FOR_A_VOTE, 3, "REQUEST", False),
    ("participle_describing_a_noun", INTERFERING_GOVERNMENT, 3, "AID", True),
    ("participle_describing_a_noun", THE_SIGNED_AGREEMENT, 1, "AGREE", False),
    ("pledge_of_a_thing", EQUITIES_OFFER_GROWTH, 1, "AGREE", True),
    ("pledge_of_a_thing", OFFERED_HIM_THE_POST, 1, "AGREE", False),
    ("pledge_of_a_thing", OFFERED_TALKS, 1, "AGREE", False),
    ("pledge_of_a_thing", WAS_OFFERED_THE_JOB, 2, "AGREE", False),
    ("act_of_a_thing", RATING_ADVISING, 2, "REQUEST", True),
    ("act_of_a_thing", RATING_ADVISING.replace("rating rating", "minister minister"), 2, "REQUEST", False),
])
def test_sense_rule(reader, rule, analysis, at, plover, ruled_out):
    doc = parse(analysis)
    token = doc[at]
    assert dict(SENSE_RULES)[rule](reader, token, trigger(plover, token.pos_)) is ruled_out
    if ruled_out:
        assert not_political(reader, token, trigger(plover, token.pos_)) is not None


def test_every_rule_is_registered_once_and_documented():
    names = [name for name, _ in SENSE_RULES]
    assert len(names) == len(set(names)) >= 7
    assert all(rule.__doc__ for _, rule in SENSE_RULES)


def test_discarded_sentence_is_ruled_out_and_a_political_one_kept(reader):
    sport = parse("""
Federer federer PROPN nsubj 1
beat beat VERB ROOT 1
Nadal nadal PROPN dobj 1
at at ADP prep 1
Wimbledon wimbledon PROPN pobj 3""")
    assert senses.in_a_discarded_sentence(reader, sport[1], trigger("ASSAULT"))
    assert not senses.in_a_discarded_sentence(reader, parse(REFUSED_THE_PLAN)[1], trigger("REJECT"))


def test_discard_phrases_match_whole_words_only():
    pattern = alternation(["golf", "world cup"])
    assert pattern.search("he won the world cup") and pattern.search("golf")
    assert not pattern.search("the gulf of golfo") and not alternation([]).search("anything")


def test_discard_phrases_that_share_a_beginning_each_match_as_a_whole_word():
    pattern = alternation(["cup", "cup final", "cupboard", "world cup"])
    assert pattern.search("the cup finals") and pattern.search("a cupboard") and pattern.search("world cups, cup")
    assert not pattern.search("the cupboards") and not pattern.search("teacups and cupfuls")


def test_discards_keep_no_bare_years_or_relative_periods():
    discards = load_discards()
    assert not discards.sentence.search("in 1988 , two years ago")
    assert not discards.sentence.search("officers murdered during world war two")
    assert discards.story.search("manchester united")


INSISTED_HE_WAS = """
Brown Brown PROPN nsubj 1
insisted insist VERB ROOT 1
he he PRON nsubj 3
was be AUX ccomp 1 VBD
happy happy ADJ acomp 3"""


def test_a_hand_written_request_with_a_stated_clause_asserts_it_and_a_subjunctive_or_must_asks(reader):
    frame = replace(trigger("REQUEST"), default_reading=False)
    stated = parse(INSISTED_HE_WAS)
    assert senses.assertion_of_a_clause(reader, stated[1], frame)
    subjunctive = parse(INSISTED_HE_WAS.replace("he he PRON", "they they PRON").replace("was be AUX ccomp 1 VBD",
                                                                                      "refuse refuse VERB ccomp 1 VBP"))
    assert not senses.assertion_of_a_clause(reader, subjunctive[1], frame)
    must = parse(INSISTED_HE_WAS.replace("he he PRON nsubj 3", "he he PRON nsubj 4\nmust must AUX aux 4 MD")
                 .replace("was be AUX ccomp 1 VBD", "go go VERB ccomp 1 VB").replace("happy happy ADJ acomp 3", ""))
    assert not senses.assertion_of_a_clause(reader, must[1], frame)


@pytest.mark.parametrize("analysis, ruled_out", [
    ("the the DET det 1\nDutchman Dutchman PROPN nsubj 2 NNP\nsaid say VERB ROOT 2", True),      # one man
    ("the the DET det 2\nveteran veteran ADJ amod 2\nSwiss Swiss PROPN nsubj 3 NNP\nsaid say VERB ROOT 3", True),
    ("the the DET det 1\nSwiss Swiss PROPN nsubj 2 NNP\nsaid say VERB ROOT 2", False),   # who, the text does not say
    ("the the DET det 1\nDutch Dutch PROPN nsubj 2 NNPS\nsaid say VERB ROOT 2", False),        # the nation
    ("Holland Holland PROPN nsubj 1 NNP\nsaid say VERB ROOT 1", False),
])
def test_one_person_of_a_country_is_no_state(analysis, ruled_out):
    rows = analysis.splitlines()
    doc = parse(analysis, ents=["B-NORP" if "Swiss" in row or "Dutch " in row else "O" for row in rows])
    subject = next(t for t in doc if t.dep_ == "nsubj")
    netherlands = Entity("Netherlands", EntityClass.Country)
    reader = SimpleNamespace(index=SimpleNamespace(label={subject.i: "Netherlands"}),
                             entities={"Netherlands": netherlands})
    assert usages.one_person_of_a_country(reader, subject.head, trigger("ACCUSE")) is ruled_out


def test_a_spokesman_is_not_one_person_of_a_country():
    doc = parse("the the DET det 1\nspokesman spokesman NOUN nsubj 2 NN\nsaid say VERB ROOT 2")
    reader = SimpleNamespace(index=SimpleNamespace(label={1: "Home Office"}),
                             entities={"Home Office": Entity("Home Office", EntityClass.Organization)})
    assert not usages.one_person_of_a_country(reader, doc[2], trigger("ACCUSE"))


@pytest.mark.parametrize("analysis, ruled_out", [(MUST_HAVE_BEEN, True), (I_MUST_RECOVER, True),
                                                 (IRAN_MUST_STOP, False)])
def test_a_must_of_inference_or_of_the_speakers_own_duty_asks_nothing(reader, analysis, ruled_out):
    frame = Trigger("must", "AUX", "Demand", "10", "target", "", {}, ("agent",), 0.5, "REQUEST")
    assert usages.inference_or_own_duty(reader, parse(analysis)[1], frame) is ruled_out
