"""Referents on hand-built parses: which entity an anaphoric noun phrase stands for."""
from __future__ import annotations

import datetime as dt
from functools import partial

from contexts import context
from parses import US_LED_INVASION
from kg.extract.events.phrases import local_tokens
from kg.extract.events.referents import entities_of
from kg.extract.events.sides import aimed_at, doer_of_the_act_named, partner_country, partner_of
from kg.model import Event, Fact
from kg.vocab import EventClass, Relation

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
US = ("United States", "Country")
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


MEMBER_NAMED_BESIDE = """
a a DET det 1
member member NOUN nsubj 5
, , PUNCT punct 1
Mohammed Mohammed PROPN compound 4
Mamoun Mamoun PROPN appos 1
started start VERB ROOT 5"""
GOVERNMENT_OF = """
the the DET det 2
military military ADJ amod 2
government government NOUN nsubj 6
of of ADP prep 2
President President PROPN compound 5
Avril Avril PROPN pobj 3
declared declare VERB ROOT 6"""


def test_the_name_set_beside_a_noun_says_who_it_is():
    ctx = context(MEMBER_NAMED_BESIDE, {3: ("Mohammed Mamoun", "Person"), 4: ("Mohammed Mamoun", "Person")})
    assert entities_of(ctx, ctx.doc[1]) == ["Mohammed Mamoun"]
    assert entities_of(ctx, ctx.doc[5]) == []


def test_the_government_of_someone_is_theirs():
    ctx = context(GOVERNMENT_OF, {4: ("Prosper Avril", "Leader"), 5: ("Prosper Avril", "Leader")})
    assert entities_of(ctx, ctx.doc[2]) == ["Prosper Avril"]


UNION_LEADER = """
Erdogan Erdogan PROPN nsubj 1
spoke speak VERB ROOT 1
. . PUNCT punct 1
The the DET det 5
union union NOUN compound 5
leader leader NOUN nsubj 6
objected object VERB ROOT 6
. . PUNCT punct 6
The the DET det 10
prime prime ADJ compound 10
minister minister NOUN nsubj 11
agreed agree VERB ROOT 11"""


def test_a_leader_a_common_noun_qualifies_is_no_leader_named_before_but_a_title_is():
    ctx = context(UNION_LEADER, {0: ("Recep Tayyip Erdogan", "Leader")})
    assert entities_of(ctx, ctx.doc[5]) == []   # 'the union leader'
    assert entities_of(ctx, ctx.doc[10]) == ["Recep Tayyip Erdogan"]   # 'the prime minister'


NATO_LEADERS = """
Leaders leader NOUN nsubj 5 NNS
of of ADP prep 0 IN
the the DET det 4 DT
NATO NATO PROPN compound 4 NNP
countries country NOUN pobj 1 NNS
met meet VERB ROOT 5 VBD
. . PUNCT punct 5 .
The the DET det 8 DT
leaders leader NOUN nsubj 9 NNS
spoke speak VERB ROOT 9 VBD
. . PUNCT punct 9 .
They they PRON nsubj 12 PRP
urged urge VERB ROOT 12 VBD
Iran Iran PROPN dobj 12 NNP"""


def test_plural_people_are_whom_their_phrase_or_their_first_mention_names_and_they_the_plural_subject_before():
    ctx = context(NATO_LEADERS, {3: ("NATO", "Organization"), 13: ("Iran", "Country")})
    assert entities_of(ctx, ctx.doc[4]) == ["NATO"]     # 'the NATO countries'
    assert entities_of(ctx, ctx.doc[0]) == ["NATO"]     # 'Leaders of the NATO countries'
    assert entities_of(ctx, ctx.doc[8]) == ["NATO"]     # 'The leaders', as first written
    assert entities_of(ctx, ctx.doc[11]) == ["NATO"]    # 'They', the plural subject before


def test_they_after_only_a_singular_subject_is_no_one():
    ctx = context("""
Iran Iran PROPN nsubj 1 NNP
spoke speak VERB ROOT 1 VBD
. . PUNCT punct 1 .
They they PRON nsubj 4 PRP
left leave VERB ROOT 4 VBD""", {0: ("Iran", "Country")})
    assert entities_of(ctx, ctx.doc[3]) == []


def test_plural_agents_of_a_body_are_that_body():
    ctx = context("""
Activists activist NOUN nsubj 4 NNS
from from ADP prep 0 IN
Fatah Fatah PROPN pobj 1 NNP
have have AUX aux 4 VBP
staged stage VERB ROOT 4 VBN
. . PUNCT punct 4 .
An an DET det 7 DT
activist activist NOUN nsubj 10 NN
from from ADP prep 7 IN
Fatah Fatah PROPN pobj 8 NNP
spoke speak VERB ROOT 10 VBD""", {2: ("Fatah", "Organization"), 9: ("Fatah", "Organization")})
    assert entities_of(ctx, ctx.doc[0]) == ["Fatah"]   # 'Activists from Fatah'
    assert entities_of(ctx, ctx.doc[7]) == []          # one activist is one person, not the body


SHE_AFTER_TWO_LEADERS = """
Ursula Ursula PROPN compound 1
Haller Haller PROPN nsubj 2
met meet VERB ROOT 2
Vladimir Vladimir PROPN compound 4
Putin Putin PROPN dobj 2
. . PUNCT punct 2
She she PRON nsubj 7
said say VERB ROOT 7"""


def test_a_personal_pronoun_stands_for_someone_of_its_gender():
    people = {0: ("Ursula Haller", "Leader"), 1: ("Ursula Haller", "Leader"), 3: ("Vladimir Putin", "Leader"),
              4: ("Vladimir Putin", "Leader")}
    ctx = context(SHE_AFTER_TWO_LEADERS, people)
    assert entities_of(ctx, ctx.doc[6]) == ["Ursula Haller"]
    he = context(SHE_AFTER_TWO_LEADERS.replace("She she", "He he"), people)
    assert entities_of(he, he.doc[6]) == ["Vladimir Putin"]


CHANCELLOR_AFTER_PRIME_MINISTER = """
Brown Brown PROPN nsubj 1
met meet VERB ROOT 1
Blair Blair PROPN dobj 1
. . PUNCT punct 1
The the DET det 6
Tory Tory PROPN compound 6
leader leader NOUN nsubj 7
said say VERB ROOT 7
. . PUNCT punct 7
The the DET det 10
chancellor chancellor NOUN nsubj 11
agreed agree VERB ROOT 11"""


def test_a_leader_named_by_a_title_is_who_holds_it_and_a_partys_leader_no_one_named_before():
    mentions = {0: ("Gordon Brown", "Leader"), 2: ("Tony Blair", "Leader"), 5: ("Conservative Party", "Organization")}
    roles = [Fact("Gordon Brown", Relation.role, "Chancellor", True, ""),
             Fact("Tony Blair", Relation.role, "Prime Minister", True, "")]
    ctx = context(CHANCELLOR_AFTER_PRIME_MINISTER, mentions, facts=roles)
    assert entities_of(ctx, ctx.doc[6]) == []
    assert entities_of(ctx, ctx.doc[10]) == ["Gordon Brown"]
    untitled = context(CHANCELLOR_AFTER_PRIME_MINISTER, mentions)
    assert entities_of(untitled, untitled.doc[10]) == ["Tony Blair"]


ALGERIA_ACCUSED = """
Algeria Algeria PROPN nsubj 1
cut cut VERB ROOT 1
ties tie NOUN dobj 1
with with ADP prep 2
Morocco Morocco PROPN pobj 3
. . PUNCT punct 1
Morocco Morocco PROPN nsubj 7
regretted regret VERB ROOT 7
. . PUNCT punct 7
Labour Labour PROPN nsubj 10
accused accuse VERB ROOT 10
the the DET det 12
group group NOUN dobj 10"""


def test_the_partner_of_a_side_is_the_other_country_named_more_than_once_and_none_for_a_side_of_no_known_country():
    mentions = {0: ("Algeria", "Country"), 4: ("Morocco", "Country"), 6: ("Morocco", "Country"),
                9: ("Zorblax Collective", "Organization")}
    ctx = context(ALGERIA_ACCUSED, mentions)
    assert partner_country(ctx, ["Algeria"]) == ["Morocco"]
    assert partner_country(ctx, ["Morocco"]) == []   # Algeria is named once
    assert partner_country(ctx, ["Zorblax Collective"]) == []   # whose side it is on, nothing says
    assert partner_country(ctx, ["European Union"]) == ["Morocco"]   # a body of many members has no own country



def test_an_untargeted_act_is_aimed_where_its_sides_acts_of_the_same_kind_were():
    mentions = {0: ("Algeria", "Country"), 4: ("Morocco", "Country"), 6: ("Morocco", "Country"),
                9: ("Zorblax Collective", "Organization"), 12: ("Egypt", "Country")}
    ctx = context(ALGERIA_ACCUSED, mentions)
    event = partial(Event, cameo="", trigger="", trigger_at=0, sentence="", article="a", agent=["Algeria"])
    aims = aimed_at(ctx, [event(cls=EventClass.Accusation, plover="ACCUSE", target=["Morocco"]),
                          event(cls=EventClass.Aid, plover="AID", target=["Egypt"])])
    assert partner_of(ctx, event(cls=EventClass.Aid, plover="AID"), aims) == ["Egypt"]
    assert partner_of(ctx, event(cls=EventClass.Threat, plover="THREATEN"), aims) == ["Morocco"]
    unknown = event(cls=EventClass.Aid, plover="AID", agent=["Zorblax Collective"])
    assert partner_of(ctx, unknown, aims) == []   # a side of no known country
    with_cnn = context(ALGERIA_ACCUSED, mentions | {2: ("CNN", "Organization")})
    unnamed = aimed_at(with_cnn, [event(cls=EventClass.Accusation, plover="ACCUSE", target=["CNN"])])
    assert unnamed[("Algeria", False)] == {}   # CNN's United States is no country the article names

ISSUED = """
NATO NATO PROPN nsubj 1
adopted adopt VERB ROOT 1
a a DET det 3
declaration declaration NOUN dobj 1
The the DET det 5
declaration declaration NOUN nsubj 6
{verb} {lemma} VERB ROOT 6 VBZ
It it PRON nsubj 8
demands demand VERB ROOT 8 VBZ"""


def test_a_document_that_says_is_its_issuer_and_it_continues_the_document():
    nato = {0: ("North Atlantic Treaty Organization", "Organization")}
    ctx = context(ISSUED.format(verb="says", lemma="say"), nato)
    assert entities_of(ctx, ctx.doc[5]) == ["North Atlantic Treaty Organization"]
    assert entities_of(ctx, ctx.doc[7]) == ["North Atlantic Treaty Organization"]
    silent = context(ISSUED.format(verb="helps", lemma="help"), nato)
    assert entities_of(silent, silent.doc[5]) == []   # 'the declaration helps': a text that does not speak is no one
    assert entities_of(silent, silent.doc[7]) == []   # 'it' is the declaration, not NATO


def test_it_after_a_body_is_that_body():
    ctx = context("""
Russia Russia PROPN nsubj 1
vetoed veto VERB ROOT 1
It it PRON nsubj 3
said say VERB ROOT 3""", {0: ("Russia", "Country")})
    assert entities_of(ctx, ctx.doc[2]) == ["Russia"]


def test_it_continues_a_subject_that_names_a_body_by_a_common_noun():
    ctx = context("""
Metrovias Metrovias PROPN nsubj 1
offered offer VERB ROOT 1
Argentina Argentina PROPN nsubj 3
protested protest VERB ROOT 3
The the DET det 5
firm firm NOUN nsubj 6
promised promise VERB ROOT 6
It it PRON nsubj 8
said say VERB ROOT 8""", {0: ("Metrovias", "Organization"), 2: ("Argentina", "Country")})
    assert entities_of(ctx, ctx.doc[7]) == ["Metrovias"]   # not the country named last


def test_a_leaders_government_is_the_country_the_leader_leads():
    ctx = context("""
Mitsotakis Mitsotakis PROPN poss 1
government government NOUN nsubj 2
said say VERB ROOT 2
Greece Greece PROPN nsubj 4
acted act VERB ROOT 4""", {0: ("Kyriakos Mitsotakis", "Leader"), 3: ("Greece", "Country")},
                  facts=[Fact("Kyriakos Mitsotakis", Relation.leaderOf, "Greece", "a")])
    assert entities_of(ctx, ctx.doc[1]) == ["Greece"]


def test_a_person_set_beside_a_political_group_stands_with_it():
    described = """
Sidhoum Sidhoum PROPN nsubj 3
, , PUNCT punct 0
activist activist NOUN appos 0
staged stage VERB ROOT 3"""
    person = ("Salaheddine Sidhoum", "Person")
    activist = context(described, {0: person, 2: ("Algerian opposition", "Group")})
    activist.entities["Algerian opposition"].sector = "OPP"
    assert entities_of(activist, activist.doc[0]) == ["Salaheddine Sidhoum", "Algerian opposition"]
    teacher = context(described, {0: person, 2: ("Algerian teachers", "Group")})
    teacher.entities["Algerian teachers"].sector = "EDU"
    assert entities_of(teacher, teacher.doc[0]) == ["Salaheddine Sidhoum"]   # no political group


def test_an_act_aimed_at_an_act_reported_before_is_aimed_at_its_doer():
    ctx = context("""
Serbia Serbia PROPN nsubj 1
declared declare VERB ROOT 1
emergency emergency NOUN dobj 1
Kosovo Kosovo PROPN nsubj 4
denounced denounce VERB ROOT 4
the the DET det 6
declaration declaration NOUN dobj 4""", {0: ("Serbia", "Country"), 3: ("Kosovo", "Country")})
    event = partial(Event, cameo="", trigger="", sentence="", article="a", plover="ACCUSE")
    declared = event(cls=EventClass.Statement, trigger_at=ctx.doc[1].idx, agent=["Serbia"])
    denounced = event(cls=EventClass.Accusation, trigger_at=ctx.doc[4].idx, agent=["Kosovo"])
    assert doer_of_the_act_named(ctx, denounced, [declared, denounced]) == ["Serbia"]
    assert doer_of_the_act_named(ctx, declared, [declared, denounced]) == []   # nothing before it
    ctx.doc[5].dep_ = "amod"   # no determiner that refers back ('a declaration'): a new act
    assert doer_of_the_act_named(ctx, denounced, [declared, denounced]) == []


def test_a_bodys_spokesperson_or_chief_speaks_for_the_body_but_not_for_a_country():
    analysis = """
{body} {body} PROPN compound 1
spokesperson spokesperson NOUN compound 2
{name} {name} PROPN nsubj 3
said say VERB ROOT 3"""
    icrc = context(analysis.format(body="ICRC", name="Khaweja"),
                   {0: ("International Committee of the Red Cross", "Organization"), 2: ("Yara Khaweja", "Person")})
    assert entities_of(icrc, icrc.doc[2]) == ["Yara Khaweja", "International Committee of the Red Cross"]
    kremlin = context(analysis.format(body="Kremlin", name="Peskov"),
                      {0: ("Russia", "Country"), 2: ("Dmitry Peskov", "Person")})
    assert entities_of(kremlin, kremlin.doc[2]) == ["Dmitry Peskov"]
    aide = context(analysis.replace("spokesperson spokesperson", "aide aide").format(body="ICRC", name="Khaweja"),
                   {0: ("International Committee of the Red Cross", "Organization"), 2: ("Yara Khaweja", "Person")})
    assert entities_of(aide, aide.doc[2]) == ["Yara Khaweja"]


def test_attackers_with_no_name_of_their_own_are_the_doers_of_the_last_armed_groups_attack():
    ctx = context("""
ISIS ISIS PROPN nsubj 1
claimed claim VERB ROOT 1
bombing bombing NOUN dobj 1
Five five NUM nummod 4
assailants assailant NOUN nsubj 5
attacked attack VERB ROOT 5
Hamas Hamas PROPN compound 7
attackers attacker NOUN nsubj 8
fled flee VERB ROOT 8""", {0: ("ISIS", "Organization"), 4: ("Iraqi militants", "Group"), 6: ("Hamas", "Organization")})
    assert entities_of(ctx, ctx.doc[4]) == ["Iraqi militants"]   # no attack read yet
    event = partial(Event, cameo="", trigger="", sentence="", article="a", plover="ASSAULT")
    ctx.read.append(event(cls=EventClass.MilitaryAction, trigger_at=ctx.doc[2].idx, agent=["Iraq"]))
    assert entities_of(ctx, ctx.doc[4]) == ["Iraqi militants"]   # a state's forces' attack: no attackers of theirs
    ctx.read.append(event(cls=EventClass.Assault, trigger_at=ctx.doc[2].idx, agent=["ISIS"]))
    assert entities_of(ctx, ctx.doc[4]) == ["ISIS"]
    assert entities_of(ctx, ctx.doc[7]) == ["Hamas"]   # a name of their own
    assert entities_of(ctx, ctx.doc[0]) == ["ISIS"]


def test_who_leads_an_act_is_named_by_its_led_modifier_and_a_backer_is_not():
    one_token = context("""
a a DET det 2
U.S.-led u.s.-led ADJ amod 2
push push NOUN ROOT 2
US US PROPN nsubj 4
said say VERB ROOT 4""", {3: US})
    assert entities_of(one_token, one_token.doc[2]) == ["United States"]
    assert entities_of(one_token, one_token.doc[1]) == ["United States"]
    split = context(US_LED_INVASION, {1: US})
    assert entities_of(split, split.doc[4]) == ["United States"]
    split.doc[3].lemma_ = "back"   # 'the US-backed forces': who backs them does not act for them
    assert entities_of(split, split.doc[4]) == []


def test_a_conjunct_with_its_own_determiner_is_a_phrase_of_its_own():
    ctx = context("""
its its PRON poss 1
seizure seizure NOUN ROOT 1
and and CCONJ cc 1
annexation annexation NOUN conj 1
of of ADP prep 3
Crimea Crimea PROPN pobj 4
and and CCONJ cc 3
its its PRON poss 8
intervention intervention NOUN conj 3
in in ADP prep 8
Syria Syria PROPN pobj 9""", {5: ("Crimea", "Place"), 10: ("Syria", "Country")})
    assert {"Crimea", "annexation"} <= {t.text for t in local_tokens(ctx.doc[1])}   # a bare conjunct shares
    assert not {"intervention", "Syria"} & {t.text for t in local_tokens(ctx.doc[1])}
    assert {"intervention", "Syria"} <= {t.text for t in local_tokens(ctx.doc[8])}
