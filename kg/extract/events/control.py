"""Control: who does an act its own clause leaves unsaid, from the clauses and nouns that govern it ('urged
Washington to reverse', "Russia's plan to annex", 'sanctioned Turkey for buying')."""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.coding import PARTITIVES
from kg.extract.events.context import Context
from kg.extract.events.referents import SPEECH, STANCES, actors
from kg.extract.events.triggers import triggers_for
from kg.vocab import EntityClass

VERB_CLIMB = {"xcomp", "conj", "advcl", "pcomp", "ccomp", "prep", "pobj", "dobj"}
REPORTERS = frozenset(lexicon.words("reporting_verbs.txt"))
ARGUMENTS = frozenset({"dobj", "prep", "dative"})
# prepositions that make an act the topic of a noun ('reports of the attack', 'attacks such as the bombing'),
# not those of place or time a parse may hang on the wrong noun ('raised the purchase in a phone call')
TOPICAL = frozenset({"as", "of", "about", "into", "over", "like", "regarding", "concerning"})


def inherited_subject(ctx: Context, token: Token, taken: set[str]) -> list[str]:
    """The subject a trigger without one shares with the clause that governs it.

    'allow Saudi Arabia to acquire', 'urged Washington to reverse', 'called on partners to transfer':
    the governing verb's object is the subject of its infinitive complement (object control), even when
    it names no entity. 'sanctioned Turkey for buying', 'thanked Scholz for the decision to supply': the
    object of the verb a for-phrase hangs on is the subject inside it."""
    if token.dep_ == "xcomp" or token.dep_ == "pcomp" and token.head.lower_ == "as":
        governor = token.head if token.dep_ == "xcomp" else token.head.head
        controllers = [c for c in governor.children if c.dep_ == "dobj"] or [
            pobj for prep in governor.children if prep.dep_ == "prep" and prep.lower_ in {"on", "upon"}
            for pobj in prep.children if pobj.dep_ == "pobj"]
        if controllers:
            return actors(ctx, controllers, taken)
    if (doers := participle_agent(ctx, token, taken)) is not None:
        return doers
    node = token
    for _ in range(6):
        if misread := modifier_clause_subject(ctx, node, taken):
            return misread
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return []
        came_from, node = node, node.head
        if came_from.dep_ == "prep" and came_from.lower_ in {"for", "of"} and (
                objects := actors(ctx, [c for c in node.children if c.dep_ == "dobj"], taken)):
            return objects   # 'sanctioned Turkey for buying', 'accused Russia of shelling'
        if node.lemma_ in REPORTERS or stance_toward(came_from, node) or topic_of_a_noun(came_from, node):
            return []
        if came_from.dep_ == "amod":
            return []   # 'hails the signed agreement': who signed it, the clause does not say
        if came_from.dep_ == "acl" and came_from.tag_ == "VBG" and node.pos_ in {"NOUN", "PROPN"} \
                and (doers := actors(ctx, [node], taken)):
            return doers   # 'demonstrators protesting the results' (but 'a declaration demanding': its issuer)
        if came_from.dep_ == "acl" and node.pos_ == "NOUN" and (owners := owner_of(ctx, node, taken)) is not None:
            return owners
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i != token.i and (
                    labels := actors(ctx, [child], taken)):
                return labels
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in VERB_CLIMB:
            return []
    return []


def reporting_state(ctx: Context, verb: Token) -> list[str]:
    """The one state that reports a clause, itself or by its office-holder: 'X will be summoned, UK Deputy Prime
    Minister Oliver Dowden said', 'Iran said X would be released' (none when a party, a firm or several report)."""
    reports = [c for c in verb.children if c.dep_ == "parataxis"] + ([verb.head] if verb.dep_ == "ccomp" else [])
    speakers = [c for r in reports if r.lemma_ in SPEECH for c in r.children if c.dep_ == "nsubj"]
    states = {s if ctx.entities[s].cls == EntityClass.Country else ctx.country_of.get(s)
              for s in actors(ctx, speakers, set())}
    return list(states) if len(states) == 1 and None not in states else []


def topic_of_a_noun(argument: Token, noun: Token) -> bool:
    """Whether an act is the topic of another noun's phrase ('attacks such as the bombing', 'reports of the
    attack'), not a part or a measure of an act the noun counts ('a wave of attacks', '25,000 tons of food
    aid'): the clause around that noun does not say who did it."""
    return argument.dep_ == "prep" and argument.lower_ in TOPICAL and noun.pos_ == "NOUN" \
        and noun.lemma_ not in PARTITIVES and not any(c.dep_ == "nummod" for c in noun.children)


def stance_toward(argument: Token, verb: Token) -> bool:
    """Whether active `verb` takes a stance toward the act in its object or prepositional phrase `argument`
    ('opposed aid', 'called for sanctions', not 'called a truce'), so that its subject is not the act's doer."""
    if argument.dep_ not in ARGUMENTS or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return False   # 'the government was criticised for insisting the detentions would continue': its own
    return verb.lemma_ in STANCES or f"{verb.lemma_} {argument.lower_}" in STANCES


def modifier_clause_subject(ctx: Context, noun: Token, taken: set[str]) -> list[str]:
    """'India and the US on Tuesday finalised defence deals and signed three MoUs', parsed with 'finalised'
    modifying 'deals': the subject the misread verb keeps is the subject of the noun's clause."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    verbs = [c for c in noun.lefts if c.dep_ == "amod" and c.pos_ == "VERB"]
    return actors(ctx, [c for v in verbs for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}], taken)


def participle_agent(ctx: Context, noun: Token, taken: set[str]) -> list[str] | None:
    """'the demonstration staged by students', 'attacks carried out by the group': the by-agent of a passive
    participle that describes an event noun is who did it, and no one else is, even when it names no entity
    (not the police who 'prevented the demonstration staged by students'); None when there is none."""
    agents = [pobj for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
              for by in acl.children if by.dep_ == "agent" for pobj in by.children if pobj.dep_ == "pobj"]
    return actors(ctx, agents, taken) if agents and noun.pos_ == "NOUN" else None


def owner_of(ctx: Context, noun: Token, taken: set[str]) -> list[str] | None:
    """Who acts in the clause a noun governs: the noun's own possessor or named modifier ("Russia's plan to annex",
    'a US-led push to impose'); no one when the verb the noun is the object of rejects it ('China vetoed a push to
    impose sanctions': not China's); None (the clauses above say) otherwise ('Iran announced a plan to enrich')."""
    owners = actors(ctx, [c for c in noun.children if c.dep_ in {"poss", "amod"}], taken)
    if owners:
        return owners
    coding = ctx.coder.code(noun.head) if noun.dep_ == "dobj" else None
    return [] if coding is not None and coding.plover == "REJECT" else None


def requested(ctx: Context, token: Token) -> bool:
    """Whether an act is what someone demands, urges or calls for ('demands that Russia stop the war', 'called on
    Israel to withdraw', 'called for an end to the fighting'): the request is the event, not the act asked for. A
    complement with a tense or a modal of its own is what was asserted ('insisted it would not bow')."""
    if token.dep_ in {"xcomp", "ccomp"} and token.tag_ == "VB" and all(
            c.lower_ in {"to", "should"} for c in token.children if c.dep_ == "aux"):
        governor = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "for":
        governor = token.head.head
    else:
        return False
    return governor.pos_ == "VERB" and any(t.plover == "REQUEST" for t in triggers_for(ctx, governor))
