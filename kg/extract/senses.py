"""Sense rules: a trigger word fires only in its political sense. Each rule names one non-political use."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import lexicon
from kg.extract.discards import Discards, alternation, load_discards   # the coder reads the discards from here
from kg.vocab import EntityClass, EventClass

__all__ = ["Discards", "SENSE_RULES", "alternation", "load_discards", "not_political", "sense_rule"]

if TYPE_CHECKING:   # the reader passes itself; only its index, coder and doc are read
    from kg.extract.events import Reader, Trigger

NAME_TYPES = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "ORG", "FAC", "PERSON", "GPE", "NORP", "LOC"})
UNREALISING = frozenset({"SANCTION", "REJECT", "REQUEST", "THREATEN"})   # their object is not an event that happened
SPEECH = frozenset(lexicon.words("speech_verbs.txt"))
REPORTING = frozenset(lexicon.words("reporting_verbs.txt"))   # confirm, disclose, reveal, describe
PEOPLE = frozenset(lexicon.words("group_nouns.txt"))
INANIMATE = frozenset(lexicon.words("inanimate_nouns.txt"))
# verbs that give an act its factuality ('considering imposing sanctions', 'plans to buy'): lexicon/factuality.csv
GOVERNORS = frozenset(row["cue"] for row in lexicon.rows("factuality.csv") if row["where"] == "governor")
INTENTIONS = frozenset(lexicon.words("intention_verbs.txt"))   # intend, plan, prepare: no pledge to anyone
COMMITMENTS = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})   # a promise, threat, demand, refusal is an act
INSTRUMENTAL = frozenset({"ASSAULT"})   # acts whose subject may be the weapon or the blast
PERFORMED = frozenset({"PROTEST", "ACCUSE", "REQUEST"})
OBLIGATION = frozenset({"must", "should", "shall", "ought"})   # modals that ask for an act
FORCE = "190"   # the dictionary's code of force in general: attack, fight, battle, clash, overtake


SenseRule = Callable[["Reader", Token, "Trigger"], bool]
SENSE_RULES: list[tuple[str, SenseRule]] = []


def sense_rule(func: SenseRule) -> SenseRule:
    """Register a rule that returns True when the trigger is used in a sense that is no political event."""
    SENSE_RULES.append((func.__name__, func))
    return func


@sense_rule
def part_of_a_name(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the film Assault on Precinct 13', 'Operation Desert Strike': the word is inside a name."""
    return token.ent_type_ in NAME_TYPES or token.pos_ == "PROPN"


@sense_rule
def inside_a_hyphenated_word(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'video-on-demand', 'strike-rate': the word is part of a hyphenated compound."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    return before or after


@sense_rule
def modifier_of_a_noun(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'attack helicopters', 'protest songs': an event noun used to classify another noun."""
    return token.pos_ == "NOUN" and token.dep_ in {"compound", "amod", "nmod"}


@sense_rule
def verb_used_as_a_preposition(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'according to', 'following the talks', 'including sanctions': a participle that introduces a phrase."""
    return token.pos_ == "VERB" and token.dep_ in {"prep", "mark", "cc"}


@sense_rule
def in_a_discarded_sentence(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """A sentence about sport, entertainment or nature (the dictionary's discard phrases)."""
    return reader.coder.discards.sentence_discarded(token.sent)


@sense_rule
def refusal_to_comment(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'refused to comment', 'declined to say', 'declines to confirm the number': declining to make a statement
    or to disclose something rejects nothing."""
    if trigger.plover != "REJECT":
        return False
    return any(c.dep_ in {"xcomp", "dobj"} and (c.lemma_ in SPEECH or c.lemma_ == "comment")
               or c.dep_ == "xcomp" and c.lemma_ in REPORTING for c in token.children)   # not 'denied a report'


@sense_rule
def negated_rejection(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'did not rule out', 'did not reject': a negated rejection leaves the matter open, it rejects nothing."""
    if trigger.plover != "REJECT":
        return False
    return any(c.dep_ == "neg" for c in token.children)


@sense_rule
def meeting_verb_with_a_thing_as_object(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'met the requirements', 'met its targets': a meeting is with someone, not something. ('discussed the
    purchase with Trump' has its partner; 'continued the talks' has an event as object; 'summoned the
    ambassador' an agent noun.)"""
    if trigger.plover != "CONSULT" or token.pos_ != "VERB":
        return False
    if any(t.dep_ == "prep" and t.lower_ in {"with", "between"} for t in token.subtree):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.i not in reader.index.label and o.pos_ == "NOUN" and o.lemma_ not in PEOPLE
                                 and o.lemma_ not in reader.gaz.agents and reader.coder.code(o) is None
                                 for o in objects)


@sense_rule
def content_of_another_event(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'suspended aid deliveries', 'rejected an invitation', 'demanded a truce': an event noun that is the object
    of a verb that stops, refuses, requests or threatens it is what that event is about, not an event that
    happened. ('condemned the attack', 'approved the purchase': the attack and the purchase stay events.)"""
    if token.pos_ != "NOUN" or token.dep_ not in {"dobj", "nsubjpass"} or token.head.pos_ != "VERB":
        return False
    governing = reader.coder.code(token.head)
    return governing is not None and governing.plover in UNREALISING and governing.plover != trigger.plover


@sense_rule
def deliberation_about_an_act(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'considering imposing sanctions', 'decided to send troops', 'is intending to get out': weighing or planning
    an act is not an act of its own; the act it governs carries the modality. (Promises, threats, demands and
    refusals are acts; a plan or an intention the dictionary reads as a pledge is none.)"""
    if token.lemma_ not in GOVERNORS or trigger.plover is None:
        return False
    if trigger.plover in COMMITMENTS and token.lemma_ not in INTENTIONS:
        return False
    return any(c.dep_ in {"xcomp", "ccomp", "pcomp"} and c.pos_ in {"VERB", "AUX"} for c in token.children)



@sense_rule
def purpose_of_another_act(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'sent a launcher to defend against air attacks', 'a system for protecting the population': what an act
    or a thing is for is its purpose, not an event that happened. ('Sanctioned Turkey for buying' gives a reason,
    which stays an event; so does a purpose the act performs: a strike 'to protest', inspectors sent 'to
    monitor' the plant, a rally 'to demand' a vote.)"""
    if token.pos_ != "VERB" or trigger.plover in PERFORMED or token.head.lemma_ in GOVERNORS:
        return False   # 'have sworn to fight' parsed as an adverbial: what is vowed, not what for
    infinitive = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    gerund = token.dep_ == "pcomp" and token.head.lower_ == "for" and token.head.head.pos_ in {"NOUN", "ADJ"}
    return (infinitive or gerund) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


@sense_rule
def act_of_a_thing(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'tension threatens the talks', 'a stoppage could disrupt the ministries', 'reform which threatened his
    members' jobs': only someone threatens, agrees or allows; a verb whose subject is a thing names no political
    act. (Violence may have its instrument as subject, 'the blast killed 15'; coercion may not: 'a conciliation,
    which would force both sides to find a solution'.)"""
    if token.pos_ != "VERB" or trigger.plover in INSTRUMENTAL and trigger.cameo != FORCE:
        return False   # force in general is no blast's: 'spending has overtaken', 'two agendas battling'
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "csubj"}]
    if subjects and subjects[0].tag_ == "WDT" and token.dep_ == "relcl" or not subjects and token.dep_ == "acl" \
            and token.tag_ == "VBG":
        subjects = [token.head]   # 'reform which threatened', 'figures showing': the noun is the subject
    return bool(subjects) and all(thing(reader, s) for s in subjects)


def thing(reader: Reader, noun: Token) -> bool:
    """A common noun that can neither speak nor act (lexicon/inanimate_nouns.txt, from WordNet) and names no
    mention, group of people ('thousands of students'), agent or event."""
    return (noun.pos_ == "NOUN" and noun.lemma_ in INANIMATE and noun.lemma_ not in PEOPLE
            and noun.i not in reader.index.label and noun.lemma_ not in reader.gaz.agents
            and reader.coder.code(noun) is None)


@sense_rule
def violence_against_an_idea(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'attacked the Tory plans', 'hit the decision': violence is done to people, places and things; one done
    to a plan or a decision is a figure of speech for criticism."""
    if trigger.plover != "ASSAULT" or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(thing(reader, o) for o in objects)


@sense_rule
def standing_description(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'the news agency that supports ISIS', 'China, which claims the South China Sea': a relative clause in
    the simple present describes what someone is, not something that happened ('which overnight accused' is an
    event)."""
    return token.dep_ == "relcl" and token.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass", "neg"} for c in token.children)


@sense_rule
def assertion_of_a_clause(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'he suggested Labour was avoiding the press', 'hinted the Tories might go into the election': a verb that
    the dictionary reads as a request, with a clause as all it says, asserts that clause; it asks for nothing.
    So does a hand-written request frame whose clause states what is or will be ('insisted he was happy'), and a
    verb the dictionary reads as a protest or a meeting by its default code alone ('the Liberal Democrats have
    demonstrated that they can win', 'Mr Bush had learned military force was not the only way'). ('urged the
    government to act' has its addressee.)"""
    shown = trigger.default_reading and (trigger.plover == "CONSULT" or trigger.cls == EventClass.Protest)
    if trigger.plover != "REQUEST" and not shown or token.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in token.children}
    if deps & {"dobj", "dative", "prep"} or "ccomp" not in deps:
        return False
    return trigger.default_reading or all(stated(c) for c in token.children if c.dep_ == "ccomp")


def stated(clause: Token) -> bool:
    """A clause that states what is, was or will be ('insisted he was happy', 'insisted his concerns had been
    met', 'insist voters face higher taxes', 'insisted they would hold ministers to account'), not what should be
    done ('insisted that Iran stop enrichment', 'insisted they must leave', 'insisted that they refuse')."""
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    modals = {c.lower_ for c in auxiliaries if c.tag_ == "MD"}
    if modals & OBLIGATION:
        return False
    if modals or clause.tag_ in {"VBD", "VBZ"} or any(a.tag_ in {"VBD", "VBZ"} for a in auxiliaries):
        return True   # a modal, a past or a singular present: no subjunctive
    present = clause.head.tag_ in {"VBZ", "VBP"} and not any(c.lower_ == "that" for c in clause.children)
    return clause.tag_ == "VBP" and present   # under a past verb or after 'that' a plural present may ask


def not_political(reader: Reader, token: Token, trigger: Trigger) -> str | None:
    """The name of the first sense rule that rules the trigger out, or None when it is a political event."""
    return next((name for name, rule in SENSE_RULES if rule(reader, token, trigger)), None)


from kg.extract import figures, nationals, usages, voices  # noqa: E402,F401  (their rules register after these:
# usages, figures, nationals, voices)
