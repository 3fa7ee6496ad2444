"""Each role rule of the event reader on a hand-built parse, with entity labels set by hand."""
from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from contexts import context
from parses import US_LED_INVASION, VETOED_A_PUSH
from kg.extract.events import Trigger
from kg.extract.events import roles as role_rules
from kg.extract.events.roles import ROLE_RULES, frame_of, roles
from kg.model import Fact
from kg.vocab import Relation

RUSSIA, TURKEY, EGYPT, US = ("Russia", "Country"), ("Turkey", "Country"), ("Egypt", "Country"), \
    ("United States", "Country")
S400 = ("S-400", "WeaponSystem")


def trigger(cls: str = "Sanction", pos: str = "VERB", obj: str = "target", preps: dict | None = None,
            plover: str | None = None) -> Trigger:
    return Trigger("x", pos, cls, "000", "agent", obj, preps or {}, (), 0.5, plover)


def run(rule: str, ctx, at: int, trig: Trigger, **filled) -> dict[str, list[str]]:
    """The roles after one rule runs on the frame of token `at`, some roles filled beforehand."""
    frame = frame_of(ctx.doc[at], trig)
    for role, labels in filled.items():
        frame.roles[role] = list(labels)
    getattr(role_rules, rule)(ctx, frame)
    return frame.roles


SOLD_TO = """
Russia Russia PROPN nsubj 1
sold sell VERB ROOT 1
S-400 S-400 PROPN dobj 1
to to ADP dative 1
Egypt Egypt PROPN pobj 3"""


def test_the_rules_run_in_their_documented_order():
    assert [name for name, _ in ROLE_RULES] == [
        "own_subject", "agent_of_an_event_subject", "undergoer_subject", "inherited_agent", "reported_official_act",
        "objects_and_prepositions",
        "passive_complement_object", "nested_prepositions", "clausal_target", "complement_side",
        "side_addressed", "item_in_scope", "weapon_anaphor", "seller_of_origin", "target_not_agent", "arresting_police",
        "accompanying_place", "place_targeted", "dateline_place",
        "attacked_country", "actor_named_in_object"]
    assert all(rule.__doc__ and "'" in rule.__doc__ for _, rule in ROLE_RULES)   # each quotes an example


def test_agent_of_an_event_subject():
    ctx = context("""
US US PROPN compound 1
attacks attack NOUN nsubj 2
killed kill VERB ROOT 2
civilians civilian NOUN dobj 2""", {0: US})
    assert run("agent_of_an_event_subject", ctx, 2, trigger("MilitaryAction"))["agent"] == ["United States"]
    assert run("agent_of_an_event_subject", ctx, 2, trigger("MilitaryAction"), agent=["Turkey"])["agent"] == \
        ["Turkey"]
    plain = context("""
US US PROPN compound 1
officials official NOUN nsubj 2
killed kill VERB ROOT 2""", {0: US})
    assert run("agent_of_an_event_subject", plain, 2, trigger("MilitaryAction"))["agent"] == []


def test_own_subject_and_by_agent():
    ctx = context(SOLD_TO, {0: RUSSIA, 2: S400, 4: EGYPT})
    assert run("own_subject", ctx, 1, trigger())["agent"] == ["Russia"]
    passive = context("""
Turkey Turkey PROPN nsubjpass 2
was be AUX auxpass 2
sanctioned sanction VERB ROOT 2
by by ADP agent 2
US US PROPN pobj 3""", {0: TURKEY, 4: US})
    assert run("own_subject", passive, 2, trigger())["agent"] == ["United States"]
    named_modifier = """
US US PROPN compound 1
sanctions sanction NOUN ROOT 1"""
    assert run("own_subject", context(named_modifier, {0: US}), 1, trigger(pos="NOUN"))["agent"] == ["United States"]
    embassy_attack = context("""
the the DET det 3
Turkish turkish ADJ amod 2
embassy embassy NOUN compound 3
attack attack NOUN ROOT 3""", {1: TURKEY})
    assert run("own_subject", embassy_attack, 3, trigger("Assault", pos="NOUN"))["agent"] == []   # only a named one
    park_protests = context("""
Gezi Gezi PROPN compound 1
Park Park PROPN compound 2
protests protest NOUN ROOT 2""", {0: ("Gezi Park", "Place"), 1: ("Gezi Park", "Place")})
    filled = run("own_subject", park_protests, 2, trigger("Protest", pos="NOUN"))
    assert (filled["agent"], filled["location"]) == ([], ["Gezi Park"])   # where, not who


def test_who_leads_an_act_is_its_doer():
    ctx = context(US_LED_INVASION, {1: US})
    assert run("own_subject", ctx, 4, trigger("MilitaryAction", pos="NOUN"))["agent"] == ["United States"]


def test_an_object_naming_the_act_itself_names_its_doers_not_its_targets():
    ctx = context("""
EU EU PROPN nsubj 1
imposed impose VERB ROOT 1
US US PROPN compound 3
sanctions sanction NOUN dobj 1
on on ADP prep 1
Iran Iran PROPN pobj 4""", {0: ("European Union", "Organization"), 2: US, 5: ("Iran", "Country")})
    sanction = trigger(preps={"on": "target"}, plover="SANCTION")
    assert run("objects_and_prepositions", ctx, 1, sanction)["target"] == ["Iran"]
    assert run("objects_and_prepositions", ctx, 1, replace(sanction, plover="COERCE"))["target"] == \
        ["United States", "Iran"]   # an object of another kind: its modifiers are targets


def test_the_subject_a_parse_gives_a_participle_with_a_by_agent_undergoes_it():
    ctx = context("""
Belova Belova PROPN nsubj 1
was be AUX ROOT 1
like like SCONJ mark 4
Putin Putin PROPN nsubj 4
accused accuse VERB advcl 1
by by ADP agent 4
ICC ICC PROPN pobj 5""", {0: ("Maria Lvova-Belova", "Person"), 3: ("Vladimir Putin", "Leader"),
                          6: ("International Criminal Court", "Organization")})
    ctx.doc[4].tag_ = "VBN"
    assert run("own_subject", ctx, 4, trigger("Accusation")) == {
        "agent": ["International Criminal Court"], "target": ["Vladimir Putin"], "item": [], "location": []}
    ctx.doc[4].tag_ = "VBD"   # no participle: its subject acts
    assert run("own_subject", ctx, 4, trigger("Accusation"))["agent"][:1] == ["Vladimir Putin"]


def test_a_named_modifier_after_anti_is_the_target():
    ctx = context("""
US US PROPN nmod 4
anti anti ADJ amod 4
- - ADJ amod 4
Iran iran ADJ amod 4
sanctions sanction NOUN ROOT 4""", {0: US, 3: ("Iran", "Country")})
    filled = run("own_subject", ctx, 4, trigger(pos="NOUN"))
    assert (filled["agent"], filled["target"]) == (["United States"], ["Iran"])


def test_undergoer_subject_is_the_target():
    ctx = context("""
Turkey Turkey PROPN nsubj 1
faced face VERB ROOT 1
sanctions sanction NOUN dobj 1""", {0: TURKEY})
    assert run("undergoer_subject", ctx, 2, trigger(pos="NOUN"))["target"] == ["Turkey"]
    assert run("undergoer_subject", ctx, 2, trigger(pos="NOUN"), target=["Egypt"])["target"] == ["Egypt"]
    announced = context("""
Turkey Turkey PROPN nsubj 1
announced announce VERB ROOT 1
sanctions sanction NOUN dobj 1""", {0: TURKEY})
    assert run("undergoer_subject", announced, 2, trigger(pos="NOUN"))["target"] == []   # not a verb of undergoing


URGED = """
Russia Russia PROPN nsubj 1
urged urge VERB ROOT 1
Egypt Egypt PROPN dobj 1
to to PART aux 4
buy buy VERB xcomp 1
S-400 S-400 PROPN dobj 4"""


def test_inherited_agent_is_the_controlling_object():
    ctx = context(URGED, {0: RUSSIA, 2: EGYPT, 5: S400})
    assert run("inherited_agent", ctx, 4, trigger("ArmsTransfer", obj="item"))["agent"] == ["Egypt"]
    own = Trigger("x", "VERB", "ArmsTransfer", "000", "agent", "item", {}, ("own-agent",), 0.5)
    assert run("inherited_agent", ctx, 4, own)["agent"] == []
    hopes = """
Russia Russia PROPN nsubj 1
hopes hope VERB ROOT 1
the the DET det 3
firm firm NOUN nsubj 4
sells sell VERB ccomp 1
S-400 S-400 PROPN dobj 4"""
    assert run("inherited_agent", context(hopes, {0: RUSSIA, 5: S400}), 4, trigger("ArmsTransfer", obj="item"))[
        "agent"] == []                                  # 'the firm' is its own subject, though it names no entity
    hopes_to_sell = context("""
Russia Russia PROPN nsubj 1
hopes hope VERB ROOT 1
to to PART aux 3
sell sell VERB xcomp 1
S-400 S-400 PROPN dobj 3""", {0: RUSSIA, 4: S400})
    assert run("inherited_agent", hopes_to_sell, 3, trigger("ArmsTransfer", obj="item"))["agent"] == ["Russia"]


def test_the_clause_a_noun_governs_is_the_nouns_owners_and_not_of_one_who_rejects_it():
    sanction = trigger("Sanction")
    assert run("inherited_agent", context(VETOED_A_PUSH, {0: ("China", "Country")}), 5, sanction)["agent"] == []
    announced = context(VETOED_A_PUSH.replace("vetoed veto", "announced announce"), {0: ("China", "Country")})
    assert run("inherited_agent", announced, 5, sanction)["agent"] == ["China"]
    owned = context(VETOED_A_PUSH.replace("a a DET det 3", "US US PROPN poss 3"), {0: ("China", "Country"), 2: US})
    assert run("inherited_agent", owned, 5, sanction)["agent"] == ["United States"]


def test_an_active_participle_is_done_by_the_noun_it_modifies_when_that_noun_acts():
    ctx = context("""
Police police NOUN nsubj 1 NNS
dispersed disperse VERB ROOT 1 VBD
demonstrators demonstrator NOUN dobj 1 NNS
protesting protest VERB acl 2 VBG
results result NOUN dobj 3 NNS""", {0: ("Liberian police", "Group"), 2: ("Liberian opposition", "Group")})
    assert run("inherited_agent", ctx, 3, trigger("Protest"))["agent"] == ["Liberian opposition"]
    unnamed = context("""
Police police NOUN nsubj 1 NNS
issued issue VERB ROOT 1 VBD
a a DET det 3 DT
declaration declaration NOUN dobj 1 NN
demanding demand VERB acl 3 VBG
talks talk NOUN dobj 4 NNS""", {0: ("Liberian police", "Group")})
    assert run("inherited_agent", unnamed, 4, trigger("Demand"))["agent"] == ["Liberian police"]   # its issuer


def test_a_participle_modifying_a_noun_takes_no_agent_from_the_clause():
    ctx = context("""
Gallant Gallant PROPN nsubj 1
hails hail VERB ROOT 1
the the DET det 4
signed sign VERB amod 4
agreement agreement NOUN dobj 1""", {0: ("Yoav Gallant", "Leader")})
    assert run("inherited_agent", ctx, 3, trigger("Agreement"))["agent"] == []


def test_a_verb_misread_as_a_modifier_keeps_its_subject_for_the_noun_and_its_conjuncts():
    ctx = context("""
India India PROPN nsubj 1
finalised finalise VERB amod 3 VBD
defence defence NOUN compound 3
deals deal NOUN ROOT 3 NNS
and and CCONJ cc 3
signed sign VERB conj 3 VBD
memoranda memorandum NOUN dobj 5 NNS""", {0: ("India", "Country")})
    assert run("inherited_agent", ctx, 3, trigger("Agreement", pos="NOUN"))["agent"] == ["India"]
    assert run("inherited_agent", ctx, 5, trigger("Agreement"))["agent"] == ["India"]


def test_an_act_asked_for_is_the_request_and_no_event_of_its_own():
    from kg.extract.events.control import requested
    urged = context("""
Egypt Egypt PROPN nsubj 1
urged urge VERB ROOT 1 VBD
Ethiopia Ethiopia PROPN dobj 1
to to PART aux 4
halt halt VERB xcomp 1 VB
talks talk NOUN dobj 4 NNS""", {0: EGYPT, 2: ("Ethiopia", "Country")})
    assert requested(urged, urged.doc[4]) and not requested(urged, urged.doc[1])
    insisted = context("""
Egypt Egypt PROPN nsubj 1
insisted insist VERB ROOT 1 VBD
Ethiopia Ethiopia PROPN nsubj 4
had have AUX aux 4
halted halt VERB ccomp 1 VBN
talks talk NOUN dobj 4 NNS""", {0: EGYPT, 2: ("Ethiopia", "Country")})
    assert not requested(insisted, insisted.doc[4])   # asserted, with a tense of its own
    said = context("""
Egypt Egypt PROPN nsubj 1
said say VERB ROOT 1 VBD
Ethiopia Ethiopia PROPN nsubj 4
would would AUX aux 4
halt halt VERB ccomp 1 VB""", {0: EGYPT, 2: ("Ethiopia", "Country")})
    assert not requested(said, said.doc[4])


def test_who_takes_a_stance_toward_an_act_is_not_its_doer():
    opposed = context("""
Moscow Moscow PROPN nsubj 1
opposed oppose VERB ROOT 1 VBD
military military ADJ amod 3
aid aid NOUN dobj 1 NN
to to ADP prep 3
Kyiv Kyiv PROPN pobj 4""", {0: ("Russia", "Country"), 5: ("Ukraine", "Country")})
    assert run("inherited_agent", opposed, 3, trigger("Aid", pos="NOUN"))["agent"] == []
    provided = context("""
Moscow Moscow PROPN nsubj 1
provided provide VERB ROOT 1 VBD
military military ADJ amod 3
aid aid NOUN dobj 1 NN
to to ADP prep 3
Kyiv Kyiv PROPN pobj 4""", {0: ("Russia", "Country"), 5: ("Ukraine", "Country")})
    assert run("inherited_agent", provided, 3, trigger("Aid", pos="NOUN"))["agent"] == ["Russia"]
    called = """
Brussels Brussels PROPN nsubj 1
called call VERB ROOT 1 VBD
{prep} {prep} {tag} {dep} 1
a a DET det 4
{noun} {noun} NOUN {obj} {head} NN"""
    truce = context(called.format(prep="off", tag="ADP", dep="prt", noun="truce", obj="dobj", head=1),
                    {0: ("European Union", "Organization")})
    assert run("inherited_agent", truce, 4, trigger("Retreat", pos="NOUN"))["agent"] == ["European Union"]
    ceasefire = context(called.format(prep="for", tag="ADP", dep="prep", noun="ceasefire", obj="pobj", head=2),
                        {0: ("European Union", "Organization")})
    assert run("inherited_agent", ceasefire, 4, trigger("Retreat", pos="NOUN"))["agent"] == []

    reacted = context("""
Beijing Beijing PROPN nsubj 1
reacted react VERB ROOT 1 VBD
to to ADP prep 1
demands demand NOUN pobj 2 NNS""", {0: ("China", "Country")})
    assert run("inherited_agent", reacted, 3, trigger("Demand", pos="NOUN"))["agent"] == []   # someone else's

def test_the_object_of_a_verb_an_act_is_blamed_or_punished_for_is_its_doer():
    accused = """
Russia Russia PROPN nsubj 1
{verb} {lemma} VERB ROOT 1
Ukraine Ukraine PROPN dobj 1
{prep} {prep} ADP prep 1
shelling shell VERB pcomp 3"""
    mentions = {0: ("Russia", "Country"), 2: ("Ukraine", "Country")}
    for verb, lemma, prep in (("accused", "accuse", "of"), ("sanctioned", "sanction", "for")):
        ctx = context(accused.format(verb=verb, lemma=lemma, prep=prep), mentions)
        assert run("inherited_agent", ctx, 4, trigger("MilitaryAction"))["agent"] == ["Ukraine"]


def test_an_act_that_is_another_nouns_topic_is_not_done_by_that_nouns_clause():
    tolerate = """
Abbas Abbas PROPN nsubj 1
tolerated tolerate VERB ROOT 1
{count} {count} {count_pos} {count_dep} 3
{noun} {noun} NOUN dobj 1 NNS
{prep} {prep} ADP prep 3
the the DET det 6
bombing bombing NOUN pobj 4 NN"""
    abbas = {0: ("Mahmoud Abbas", "Leader")}
    topic = context(tolerate.format(count="no", count_pos="DET", count_dep="det", noun="attacks", prep="like"), abbas)
    assert run("inherited_agent", topic, 6, trigger("Assault", pos="NOUN"))["agent"] == []
    wave = context(tolerate.format(count="a", count_pos="DET", count_dep="det", noun="wave", prep="of"), abbas)
    assert run("inherited_agent", wave, 6, trigger("Assault", pos="NOUN"))["agent"] == ["Mahmoud Abbas"]
    counted = context(tolerate.format(count="two", count_pos="NUM", count_dep="nummod", noun="tons", prep="of"), abbas)
    assert run("inherited_agent", counted, 6, trigger("Assault", pos="NOUN"))["agent"] == ["Mahmoud Abbas"]


def test_an_event_noun_a_passive_participle_describes_is_done_by_its_by_agent_and_no_one_else():
    analysis = """
Police police NOUN nsubj 1 NNS
prevented prevent VERB ROOT 1 VBD
the the DET det 3
demonstration demonstration NOUN dobj 1 NN
staged stage VERB acl 3 VBN
by by ADP agent 4
students student NOUN pobj 5 NNS"""
    police = {0: ("Turkish police", "Group")}
    assert run("inherited_agent", context(analysis, police), 3, trigger("Protest", pos="NOUN"))["agent"] == []
    named = context(analysis, police | {6: ("Turkish opposition", "Group")})
    assert run("inherited_agent", named, 3, trigger("Protest", pos="NOUN"))["agent"] == ["Turkish opposition"]


def test_a_passive_act_with_no_doer_a_state_reports_is_that_states():
    summoned = """
ambassador ambassador NOUN nsubjpass 3
will will AUX aux 3
be be AUX auxpass 3
summoned summon VERB ROOT 3
Dowden Dowden PROPN nsubj 5
said say VERB parataxis 3
UK UK PROPN dobj 5"""
    mentions = {4: ("Oliver Dowden", "Person"), 6: ("United Kingdom", "Country")}
    ctx = context(summoned, mentions, facts=[Fact("Oliver Dowden", Relation.officialOf, "United Kingdom")])
    summons = trigger("Negotiation")
    assert run("reported_official_act", ctx, 3, summons)["agent"] == ["United Kingdom"]
    assert run("reported_official_act", ctx, 3, summons, agent=["Russia"])["agent"] == ["Russia"]
    assert run("reported_official_act", context(summoned, mentions), 3, summons)["agent"] == []   # of no state
    ctx.doc[5].lemma_ = "deny"   # not a report of it
    assert run("reported_official_act", ctx, 3, summons)["agent"] == []


def test_objects_and_prepositions():
    ctx = context(SOLD_TO, {0: RUSSIA, 2: S400, 4: EGYPT})
    filled = run("objects_and_prepositions", ctx, 1, trigger("ArmsTransfer", obj="item", preps={"to": "target"}))
    assert (filled["item"], filled["target"]) == (["S-400"], ["Egypt"])
    unlisted = run("objects_and_prepositions", ctx, 1, trigger("ArmsTransfer", obj="item"))
    assert (unlisted["item"], unlisted["target"]) == (["S-400"], [])   # a preposition its row does not give


def test_passive_complement_object():
    ctx = context("""
Turkey Turkey PROPN nsubjpass 2
is be AUX auxpass 2
expected expect VERB ROOT 2
to to PART aux 6
be be AUX auxpass 6
formally formally ADV advmod 6
sanctioned sanction VERB xcomp 2""", {0: TURKEY})
    assert run("passive_complement_object", ctx, 6, trigger())["target"] == ["Turkey"]
    active = context("""
Turkey Turkey PROPN nsubjpass 2
is be AUX auxpass 2
expected expect VERB ROOT 2
to to PART aux 4
sanction sanction VERB xcomp 2""", {0: TURKEY})
    assert run("passive_complement_object", active, 4, trigger())["target"] == []   # Turkey is to sanction


def test_nested_prepositions_leave_out_a_phrase_of_time():
    analysis = """
Greece Greece PROPN nsubj 1
boosted boost VERB ROOT 1
ties tie NOUN dobj 1
{prep} {prep} ADP prep 1
a a DET det 5
standoff standoff NOUN pobj 3
with with ADP prep 5
Turkey Turkey PROPN pobj 6"""
    cooperation = trigger("Cooperation", preps={"with": "target"})
    during = context(analysis.format(prep="during"), {0: ("Greece", "Country"), 7: TURKEY})
    assert run("nested_prepositions", during, 1, cooperation)["target"] == []
    within = context(analysis.format(prep="in"), {0: ("Greece", "Country"), 7: TURKEY})
    assert run("nested_prepositions", within, 1, cooperation)["target"] == ["Turkey"]
    placed = context(analysis.format(prep="after").replace("with with", "in in"),
                     {0: ("Greece", "Country"), 7: ("Munich", "Place")})
    assert run("nested_prepositions", placed, 1, trigger("Coercion", preps={"in": "location"}))["location"] == \
        ["Munich"]   # 'arrested after the brawl in Munich': where, if not whom


def test_nested_prepositions_leave_out_a_clause_a_preposition_takes():
    analysis = """
Yoon Yoon PROPN nsubj 1
accused accuse VERB ROOT 1
rivals rival NOUN dobj 1
of of ADP prep 1
{verb} {verb} {pos} pcomp 3
with with ADP prep 4
Pyongyang Pyongyang PROPN pobj 5"""
    accusation = trigger("Accusation", preps={"with": "target"})
    siding = context(analysis.format(verb="siding", pos="VERB"), {0: ("Yoon", "Person"), 6: ("North Korea", "Country")})
    assert run("nested_prepositions", siding, 1, accusation)["target"] == []   # the charge, not whom it is against
    talks = context(analysis.format(verb="talks", pos="NOUN"), {0: ("Yoon", "Person"), 6: ("North Korea", "Country")})
    assert run("nested_prepositions", talks, 1, accusation)["target"] == ["North Korea"]


def test_nested_prepositions_of_the_governing_verb():
    ctx = context("""
US US PROPN nsubj 1
imposed impose VERB ROOT 1
sanctions sanction NOUN dobj 1
on on ADP prep 1
Turkey Turkey PROPN pobj 3""", {0: US, 4: TURKEY})
    assert run("nested_prepositions", ctx, 2, trigger(pos="NOUN", preps={"on": "target"}))["target"] == ["Turkey"]
    assert run("nested_prepositions", ctx, 2, trigger(pos="NOUN", preps={"on": "target"}), target=["Egypt"])[
        "target"] == ["Egypt"]                                         # only roles still empty


def test_nested_prepositions_of_the_round_an_event_noun_is_counted_in():
    round_of_drills = """
China China PROPN nsubj 1
began begin VERB ROOT 1
a a DET det 3
round round NOUN dobj 1
of of ADP prep 3
drills drill NOUN pobj 4
near near ADP prep 3
Taiwan Taiwan PROPN pobj 6"""
    mentions = {0: ("China", "Country"), 7: ("Taiwan", "Country")}
    drills = trigger("Mobilization", pos="NOUN", preps={"near": "location"})
    assert run("nested_prepositions", context(round_of_drills, mentions), 5, drills)["location"] == ["Taiwan"]
    report = context(round_of_drills.replace("round round", "report report"), mentions)
    assert run("nested_prepositions", report, 5, drills)["location"] == []   # a report near Taiwan: not the drills'


def test_clausal_target_is_the_subject_of_the_complement():
    ctx = context("""
US US PROPN nsubj 1
warned warn VERB ROOT 1
that that SCONJ mark 4
Turkey Turkey PROPN nsubj 4
faced face VERB ccomp 1
sanctions sanction NOUN dobj 4""", {0: US, 3: TURKEY})
    assert run("clausal_target", ctx, 1, trigger("Warning"))["target"] == ["Turkey"]
    assert run("clausal_target", ctx, 1, trigger("Sanction"))["target"] == []


AGREED = """
Russia Russia PROPN nsubj 1
agreed agree VERB ROOT 1
to to PART aux 3
sell sell VERB xcomp 1
S-400 S-400 PROPN dobj 3
to to ADP dative 3
Egypt Egypt PROPN pobj 5"""


def test_complement_side_and_item_of_an_agreement():
    ctx = context(AGREED, {0: RUSSIA, 4: S400, 6: EGYPT})
    filled = run("complement_side", ctx, 1, trigger("Agreement"), agent=["Russia"])
    assert filled["target"] == ["Egypt"]
    assert roles(ctx, ctx.doc[1], trigger("Agreement"))["item"] == ["S-400"]   # the complement is in scope
    assert run("complement_side", ctx, 1, trigger("Sanction"), agent=["Russia"])["target"] == []


def test_side_addressed_is_the_one_told_in_a_call():
    told = """
Sunak Sunak PROPN nsubj 1
told tell VERB ROOT 1
Zelenskyy Zelenskyy PROPN dobj 1
in in ADP prep 1
a a DET det 5
call call NOUN pobj 3"""
    mentions = {0: ("Rishi Sunak", "Leader"), 2: ("Volodymyr Zelenskyy", "Leader")}
    call = trigger("PhoneCall", pos="NOUN")
    assert run("side_addressed", context(told, mentions), 5, call, agent=["Rishi Sunak"])["target"] == [
        "Volodymyr Zelenskyy"]
    beat = context(told.replace("told tell", "beat beat"), mentions)
    assert run("side_addressed", beat, 5, call, agent=["Rishi Sunak"])["target"] == []   # no telling


def test_item_in_scope():
    ctx = context("""
the the DET det 2
S-400 S-400 PROPN compound 2
deal deal NOUN ROOT 2""", {1: S400})
    assert run("item_in_scope", ctx, 2, trigger("ArmsTransfer", pos="NOUN"))["item"] == ["S-400"]
    elsewhere = context("""
S-400 S-400 PROPN nsubj 1
arrived arrive VERB ROOT 1
after after ADP prep 1
the the DET det 4
deal deal NOUN pobj 2""", {0: S400})
    assert run("item_in_scope", elsewhere, 4, trigger("ArmsTransfer", pos="NOUN"))["item"] == []   # not in its phrase


def test_weapon_anaphor_is_the_last_weapon_named():
    ctx = context("""
S-400 S-400 PROPN nsubj 1
arrived arrive VERB ROOT 1
Turkey Turkey PROPN nsubj 3
bought buy VERB conj 1
the the DET det 6
missile missile NOUN compound 6
system system NOUN dobj 3""", {0: S400, 2: TURKEY})
    assert run("weapon_anaphor", ctx, 3, trigger("ArmsTransfer", obj="item"))["item"] == ["S-400"]
    assert run("weapon_anaphor", ctx, 3, trigger("Sanction", obj="item"))["item"] == []


def test_seller_of_origin_is_the_weapons_country():
    ctx = context("""
Turkey Turkey PROPN nsubj 1
bought buy VERB ROOT 1
S-400 S-400 PROPN dobj 1
and and CCONJ cc 1
Russia Russia PROPN conj 1""", {0: TURKEY, 2: S400, 4: RUSSIA})
    arms = trigger("ArmsTransfer", obj="item")
    assert run("seller_of_origin", ctx, 1, arms, agent=["Turkey"], item=["S-400"])["target"] == ["Russia"]
    assert run("seller_of_origin", ctx, 1, arms, agent=["Russia"], item=["S-400"])["target"] == []


def test_seller_of_origin_of_several_is_the_one_the_sentence_names():
    ctx = context("""
Israel Israel PROPN nsubj 1
sells sell VERB ROOT 1
Germany Germany PROPN dative 1
Arrow Arrow PROPN dobj 1
. . PUNCT punct 1
US US PROPN nsubj 6
helped help VERB ROOT 6""", {0: ("Israel", "Country"), 2: ("Germany", "Country"), 3: ("Arrow 3", "WeaponSystem"),
                             5: US})
    arms = trigger("ArmsTransfer", obj="item")
    assert run("seller_of_origin", ctx, 1, arms, agent=["Germany"], item=["Arrow 3"])["target"] == ["Israel"]


def test_target_not_agent():
    ctx = context(SOLD_TO, {0: RUSSIA, 2: S400, 4: EGYPT})
    assert run("target_not_agent", ctx, 1, trigger(), agent=["Russia"], target=["Russia", "Egypt"])["target"] == \
        ["Egypt"]


def test_dateline_place_is_where_a_lead_event_with_no_place_happened():
    ctx = context("""
BERLIN BERLIN PROPN ROOT 0
— — PUNCT punct 0
Israel Israel PROPN nsubj 3
signs sign VERB ROOT 3
a a DET det 5
deal deal NOUN dobj 3
in in ADP prep 3
Bonn Bonn PROPN pobj 6""", {0: ("Berlin", "Place"), 2: ("Israel", "Country"), 7: ("Bonn", "Place")})
    assert ctx.dateline == ("Berlin",)
    assert run("dateline_place", ctx, 3, trigger("Agreement"), agent=["Israel"])["location"] == ["Berlin"]
    assert run("dateline_place", ctx, 3, trigger("Agreement"), location=["Bonn"])["location"] == ["Bonn"]
    undated = context(SOLD_TO, {0: RUSSIA, 2: S400, 4: EGYPT})
    assert run("dateline_place", undated, 1, trigger("ArmsTransfer"))["location"] == []


def test_a_participle_of_what_the_doers_did_along_with_an_act_happened_where_it_did():
    ctx = context("""
Gunmen gunman NOUN nsubj 1
attacked attack VERB ROOT 1
a a DET det 3
party party NOUN dobj 1
in in ADP prep 1
Tamr Tamr PROPN pobj 4
in in ADP prep 1
July July PROPN pobj 6
firing fire VERB advcl 1
guns gun NOUN dobj 8
in in ADP prep 8
Baghdad Baghdad PROPN pobj 10""", {5: ("Ain Tamr", "Place"), 11: ("Baghdad", "Place")})
    ctx.doc[8].tag_ = "VBG"
    assault = trigger("MilitaryAction", plover="ASSAULT")
    assert run("accompanying_place", ctx, 8, assault)["location"] == ["Ain Tamr"]
    assert run("accompanying_place", ctx, 8, assault, location=["Baghdad"])["location"] == ["Baghdad"]
    assert run("accompanying_place", ctx, 1, assault)["location"] == []   # the main clause's own
    ctx.doc[8].tag_ = "VBD"   # 'attacked a party in Ain Tamr, then fired': not a participle of it
    assert run("accompanying_place", ctx, 8, assault)["location"] == []


def test_a_place_an_act_in_a_territory_is_aimed_at_is_where_it_happened():
    ctx = context("""
annexation annexation NOUN ROOT 0
of of ADP prep 0
Crimea Crimea PROPN pobj 1
Ukraine Ukraine PROPN appos 2""", {2: ("Crimea", "Place"), 3: ("Ukraine", "Country")})
    seizure = trigger("Coercion", pos="NOUN", plover="COERCE")
    assert run("place_targeted", ctx, 0, seizure, target=["Crimea", "Ukraine"])["location"] == ["Crimea"]
    assert run("place_targeted", ctx, 0, seizure, target=["Ukraine"])["location"] == []   # a state, not a place
    assert run("place_targeted", ctx, 0, seizure, target=["Crimea"], location=["Ukraine"])["location"] == ["Ukraine"]
    assert run("place_targeted", ctx, 0, trigger("Accusation", plover="ACCUSE"), target=["Crimea"])["location"] == []


def test_arresting_police_are_of_the_country_where_unnamed_arrests_happened():
    ctx = context("""
people people NOUN nsubjpass 2
were be AUX auxpass 2
detained detain VERB ROOT 2
in in ADP prep 2
Ankara Ankara PROPN pobj 3
and and CCONJ cc 4
Athens Athens PROPN conj 4""", {4: ("Ankara", "Place"), 6: ("Athens", "Place")})
    arrest = replace(trigger("Coercion", plover="COERCE"), cameo="173")
    assert run("arresting_police", ctx, 2, arrest, location=["Ankara"])["agent"] == ["Turkey"]
    assert run("arresting_police", ctx, 2, arrest, location=["Ankara"], agent=["Greece"])["agent"] == ["Greece"]
    assert run("arresting_police", ctx, 2, arrest, location=["Ankara", "Athens"])["agent"] == []
    assert run("arresting_police", ctx, 2, trigger("Coercion", plover="COERCE"), location=["Ankara"])["agent"] == []


def test_arrests_no_one_is_named_making_are_the_local_police_s(read_article):
    ag = read_article("Turkish police closed Taksim Square on Saturday. About 120 people were detained in Istanbul.")
    [arrest] = [e for e in ag.events if e.cameo == "173"]
    assert arrest.agent == ["Turkish police"]


def test_attacked_country_is_where_a_foreign_attacker_strikes():
    ctx = context("""
Russian russian ADJ amod 1
airstrikes airstrike NOUN ROOT 1
in in ADP prep 1
Kyiv Kyiv PROPN pobj 2
hit hit VERB ROOT 4
Ukraine Ukraine PROPN dobj 4
Amsterdam Amsterdam PROPN dobj 4
Netherlands Netherlands PROPN dobj 4""", {0: RUSSIA, 3: ("Kyiv", "Place"), 5: ("Ukraine", "Country"),
                                         6: ("Amsterdam", "Place"), 7: ("Netherlands", "Country")})
    assault = trigger("MilitaryAction", plover="ASSAULT")
    assert run("attacked_country", ctx, 1, assault, agent=["Russia"], location=["Kyiv"])["target"] == ["Ukraine"]
    assert run("attacked_country", ctx, 1, assault, agent=["Russia"], location=["Russia"])["target"] == []
    assert run("attacked_country", ctx, 1, trigger("Protest", plover="PROTEST"), agent=["Russia"],
               location=["Kyiv"])["target"] == []
    assert run("attacked_country", ctx, 1, trigger("Concession", plover="CONCEDE"), agent=["Russia"],
               location=["Kyiv"])["target"] == ["Ukraine"]   # 'lifted a curfew in Kyiv'
    assert run("attacked_country", ctx, 1, trigger("Sanction", plover="SANCTION"), agent=["Russia"],
               location=["Kyiv"])["target"] == ["Ukraine"]   # 'suspended aid deliveries in Kyiv'
    withdrawal = trigger("Retreat", plover="RETREAT")
    assert run("attacked_country", ctx, 1, withdrawal, agent=["Russia"], location=["Ukraine"])["target"] == ["Ukraine"]


def test_an_attacker_of_no_known_country_gets_no_attacked_country():
    ctx = context("""
Van Van PROPN nsubj 1
stabbed stab VERB ROOT 1
in in ADP prep 1
Amsterdam Amsterdam PROPN pobj 2
Netherlands Netherlands PROPN dobj 1""", {0: ("Van Gogh", "Person"), 3: ("Amsterdam", "Place"),
                                        4: ("Netherlands", "Country")})
    assault = trigger("MilitaryAction", plover="ASSAULT")
    assert run("attacked_country", ctx, 1, assault, agent=["Van Gogh"], location=["Amsterdam"])["target"] == []
    assert run("attacked_country", ctx, 1, assault, agent=["Netherlands"], location=["Amsterdam"])["target"] == []


def test_actor_named_in_object():
    ctx = context("""
US US PROPN nsubj 1
criticised criticise VERB ROOT 1
the the DET det 3
conduct conduct NOUN dobj 1
of of ADP prep 3
Turkish turkish ADJ amod 6
vessels vessel NOUN pobj 4""", {0: US, 5: TURKEY})
    assert run("actor_named_in_object", ctx, 1, trigger("Accusation"), agent=["United States"])["target"] == \
        ["Turkey"]
    assert run("actor_named_in_object", ctx, 1, trigger("Accusation"), target=["Egypt"])["target"] == ["Egypt"]


def test_every_role_rule_is_run_alone_on_a_hand_built_parse():
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    run_alone = {call.args[0].value for call in ast.walk(tree) if isinstance(call, ast.Call)
                 and isinstance(call.func, ast.Name) and call.func.id == "run" and call.args
                 and isinstance(call.args[0], ast.Constant)}
    assert [name for name, _ in ROLE_RULES if name not in run_alone] == []


def test_all_rules_together_read_a_sale():
    ctx = context(SOLD_TO, {0: RUSSIA, 2: S400, 4: EGYPT})
    assert roles(ctx, ctx.doc[1], trigger("ArmsTransfer", obj="item", preps={"to": "target"})) == {
        "agent": ["Russia"], "target": ["Egypt"], "item": ["S-400"], "location": []}
