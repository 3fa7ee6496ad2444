"""Usage rules: uses of a trigger word that report no political act, each a sense rule registered after the
parse-shape rules of kg/extract/senses.py: hearsay, a plea in court, a press conference, a market's demand, a
measure phrase, a pledge of a thing, a duty or inference, an act wanted of someone, a power asked for, a
preparation, a describing participle, a demand of nothing, an unowned existential, one person of a country, aid
as a kind of spending, an agreement with no side, a threat that is what someone is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.senses import INTENTIONS, OBLIGATION, PEOPLE, REPORTING, SPEECH, sense_rule
from kg.vocab import EntityClass, EventClass

if TYPE_CHECKING:
    from kg.extract.events import Reader, Trigger

PRESS = frozenset({"news", "press", "media"})   # 'a news conference' is held for the press
DEGREE = frozenset({"great"})   # 'a great deal': the idiom of quantity
SIGNING = "057"   # CAMEO: sign a formal agreement ('deal', 'agreement', 'pact', 'contract')
SIDES = frozenset({"with", "between", "among", "by"})   # 'a deal with Iran', 'talks between', 'signed by both'
SUFFERED_ALONE = frozenset({"ASSAULT"})   # violence is reported with no one named doing it
OWN = frozenset({"i", "we", "it", "this", "that"})   # the subjects of an obligation that ask it of no one else


@sense_rule
def hearsay_about_the_subject(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'Israel is said to be watching', 'the minister is reported to have resigned': a passive verb of saying
    with an infinitive reports what others say of its subject; the subject says nothing."""
    if token.lemma_ not in SPEECH | REPORTING or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


@sense_rule
def plea_in_court(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'pleaded guilty to fraud charges', 'pleads not guilty': a verb of asking with an adjective as complement is
    a defendant's plea, not an appeal to anyone."""
    return trigger.plover == "REQUEST" and token.pos_ == "VERB" and any(
        c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ" for c in token.children)


@sense_rule
def press_conference(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'hold daily news conferences', 'a press briefing': a meeting noun named for the press it is held for is an
    occasion for statements, not a meeting between the sides."""
    if trigger.plover != "CONSULT" or token.pos_ != "NOUN" or any(c.lower_ == "joint" for c in token.children):
        return False   # 'a joint news conference with Li': the two sides met
    return any(c.dep_ == "compound" and c.lemma_ in PRESS for c in token.children)


@sense_rule
def demand_of_a_market(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'boosted by growing demand', 'demand for oil rose': a request noun in the singular with no article, no one
    demanding (no possessor, actor modifier or 'from'/'by' phrase) and no content (no clause, no 'for' an act or a
    person) is the market's demand for goods. ('an EU demand for Turkey to recognise', 'their demands', 'the
    appeal', 'demand for talks' stay.)"""
    if trigger.plover != "REQUEST" or token.pos_ != "NOUN" or token.lower_ != token.lemma_.lower():
        return False   # a market's demand is a mass noun: 'demands' are someone's
    for child in token.children:
        if child.dep_ == "det":
            return False   # 'the appeal', 'a demand': one of them, someone's
        if child.dep_ in {"poss", "acl", "relcl", "ccomp"} or child.i in reader.index.label:
            return False
        if child.dep_ == "prep" and (child.lower_ in {"from", "by"} or any(
                o.dep_ in {"pobj", "pcomp"} and not goods(reader, o) for o in child.children)):
            return False
    return True


def goods(reader: Reader, noun: Token) -> bool:
    """A noun that names what is bought and sold ('oil', 'housing'): no mention, person, group or event."""
    return (noun.pos_ == "NOUN" and noun.i not in reader.index.label and noun.lemma_ not in PEOPLE
            and noun.lemma_ not in reader.gaz.agents and reader.coder.code(noun) is None)


@sense_rule
def aid_as_a_kind(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'rely on international aid', 'spend 0.7% of their incomes on aid', 'match his target for overseas aid': an aid
    noun that a preposition takes with no one of its own (no article, possessor, number, mention, 'from' or 'by')
    names a kind of spending, not aid given. ('aid from the EU', 'its aid', 'the aid to Gaza', '25,000 tons of food
    aid' stay; 'sent £5m in aid' is the sending.)"""
    if trigger.plover != "AID" or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ == "of":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} or c.i in reader.index.label
                   or c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in token.children)


@sense_rule
def measure_phrase(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'they haven't moved a great deal', 'a great deal of money': an event noun in the idiom of quantity ('a
    great') with nothing but an 'of' phrase names an amount, not an event ('a great deal for Britain' stays)."""
    if token.pos_ != "NOUN":
        return False
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "a" for c in children) and any(
        c.dep_ == "amod" and c.lower_ in DEGREE for c in children) and all(
        c.dep_ in {"det", "amod", "punct", "relcl"} or c.dep_ == "prep" and c.lower_ == "of" for c in children)


@sense_rule
def pledge_of_a_thing(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'equities offer quality growth', 'ensure a clean supply of water', 'the player offering a real threat': a verb
    the dictionary reads as a pledge by its default code alone, whose objects are things (no one, no event) and
    which names no one it is made to and no act it promises, pledges nothing. ('offered talks', 'offered him the
    post', 'was offered the job', 'offered to mediate' stay.)"""
    if trigger.plover != "AGREE" or not trigger.default_reading or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in {"dative", "xcomp", "ccomp", "nsubjpass"} or c.dep_ == "prep" and c.lower_ in {"to", "for"}
           for c in children):
        return False   # 'he will be offered the job': the passive subject is whom it is made to
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and all(goods(reader, o) for o in objects)


@sense_rule
def inference_or_own_duty(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'It must have been a killer blow', 'I must recover', 'we must all show the strength': a modal of obligation
    with a perfect infers what was, and one whose subject is the speaker, the speaker's side or a thing ('I', 'we',
    'it', 'this') asks nothing of anyone. ('The Tories must not be allowed to win', 'Iran must stop' ask it of
    someone.)"""
    if trigger.pos != "AUX" or token.lower_ not in OBLIGATION:
        return False
    verb = token.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > token.i for c in verb.children)
    return perfect or any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in OWN for c in verb.children)


@sense_rule
def act_wanted_of_someone(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'it was time for the London mayor to say sorry', 'now is the moment for Iran to stop': an infinitive with its
    own 'for' subject that describes a noun names an act someone wants done, not one that was done."""
    children = list(token.children)
    return token.pos_ == "VERB" and token.dep_ in {"relcl", "acl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in children)


@sense_rule
def power_someone_should_have(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'he should have a veto on whether judges should chair an inquiry', 'Scotland must have a say': an event noun
    that someone ought to have names a power asked for, not an act."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and verb.lemma_ == "have" and any(
        c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children)


@sense_rule
def preparation_read_as_a_pledge(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'video game firms face a testing time as they prepare for the next round of consoles', 'suggestions it was
    preparing for strikes': a verb of intending or getting ready that the dictionary reads as a pledge promises
    nothing to anyone, whether or not it governs the act it plans (which then carries the plan)."""
    return trigger.plover == "AGREE" and token.pos_ == "VERB" and token.lemma_ in INTENTIONS


@sense_rule
def participle_describing_a_noun(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'a bossy, interfering government', 'warring factions', 'the ruling party', 'the market had proved
    "challenging"': a present participle before a noun, or with no object as what a verb says its subject is,
    says what the noun is like, not that something happened ('the signed agreement' is another matter)."""
    modifier = token.dep_ == "amod" or token.dep_ == "conj" and token.head.dep_ == "amod"   # 'bossy, interfering'
    complement = token.dep_ in {"acomp", "oprd"} and not any(c.dep_ == "dobj" for c in token.children)
    return token.pos_ == "VERB" and (modifier or complement) and token.tag_ == "VBG"


@sense_rule
def request_of_nothing(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'they all step up campaigning', 'a good base for campaigning': a verb the dictionary reads as a demand by
    its default code alone, with nothing asked (no object, clause, addressee or preposition), asks nothing."""
    if trigger.plover != "REQUEST" or not trigger.default_reading or token.pos_ != "VERB":
        return False
    return not any(c.dep_ in {"dobj", "dative", "xcomp", "ccomp", "prep", "nsubjpass", "prt", "agent", "advcl"}
                   for c in token.children)


@sense_rule
def unowned_event_in_an_existential(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'there have been accusations that the process was flawed': an event noun that a 'there is' clause reports
    with no one of its own (possessor, actor modifier, 'by' or 'from') names no actor, and none of the sentence's
    others is its actor. (Violence may be reported with no one doing it: 'there were attacks on the city'.)"""
    if token.pos_ != "NOUN" or token.dep_ != "attr" or trigger.plover in SUFFERED_ALONE:
        return False
    if not any(c.dep_ == "expl" for c in token.head.children):
        return False
    return not any(c.dep_ == "poss" or c.i in reader.index.label or c.dep_ in {"prep", "agent"}
                   and c.lower_ in {"by", "from"} for c in token.children)


@sense_rule
def one_person_of_a_country(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the Dutchman said', 'the 22-year-old Swiss added', 'the Irishwoman won': a demonym with the article and a
    man's or woman's ending or a modifier names one person of that country, not the state acting or speaking."""
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i in reader.index.label]
    return bool(subjects) and all(country(reader, reader.index.label[s.i]) and one_national(s) for s in subjects)


def country(reader: Reader, label: str) -> bool:
    """Whether a mention's label is a country's."""
    entity = reader.entities.get(label)
    return entity is not None and entity.cls == EntityClass.Country


def one_national(noun: Token) -> bool:
    """A singular demonym naming one person: 'the Dutchman', 'the 24-year-old Swiss'."""
    children = list(noun.children)
    if noun.ent_type_ != "NORP" and not noun.lower_.endswith(("man", "woman")) or noun.tag_ in {"NNS", "NNPS"}:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and (
        noun.lower_.endswith(("man", "woman")) or any(c.dep_ in {"amod", "nummod", "compound"} for c in children))


@sense_rule
def agreement_with_no_side(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the loan agreement would help to improve prospects', 'pulled out of a major contract', 'if the price is fixed
    under the deal': an agreement noun that names no side of its own (no possessor, no mention among its modifiers,
    no 'with', 'between' or 'by' phrase, no participle with a by-agent) is the text of an agreement, not its
    making; a verb that signs or reaches it is the event. ("Russia's deal with Iran", 'the EU-Turkey agreement', 'a
    pact signed by both sides' and a verb's object, its subject's, 'determined to finalise the agreement', stay.)"""
    if token.pos_ != "NOUN" or not trigger.cameo.startswith(SIGNING) or token.dep_ == "dobj":
        return False
    for child in token.children:
        if child.dep_ == "poss" or child.i in reader.index.label or any(
                t.i in reader.index.label for t in child.subtree if child.dep_ in {"compound", "amod", "nmod"}):
            return False
        if child.dep_ in {"prep", "agent"} and child.lower_ in SIDES or child.dep_ == "acl" and any(
                c.dep_ == "agent" for c in child.children):
            return False
    return True


@sense_rule
def threat_that_someone_is(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the government thought Iraq was a very serious threat', 'it is they who are the real threat to Labour': a
    threat noun that a copula predicates of its subject says what the subject is thought to be, not that anyone
    threatened anyone. ('Iran threatened to close the strait', 'a threat to close the strait' and a warning that an act
    is, 'drills in what it said was a warning against separatist acts', stay.)"""
    return trigger.cls == EventClass.Threat and token.pos_ == "NOUN" and token.dep_ == "attr" \
        and token.head.lemma_ == "be"
