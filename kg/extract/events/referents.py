"""Referents: which entities a token denotes, through its own mention, its modifiers, or an anaphor."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import lexicon
from kg.extract.events.affiliations import stands_for
from kg.extract.events.doers import ATTACKERS, attackers, led_by
from kg.extract.events.phrases import local_tokens
from kg.extract.events.sides import leader_of
from kg.names import hyphen_prefix, pronoun_agrees
from kg.vocab import PEOPLE, EntityClass

if TYPE_CHECKING:
    from kg.extract.events.context import Context

CENTRAL = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos"})
MODIFIERS = {"amod", "compound", "nmod", "npadvmod"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PERSONAL = {"he", "him", "his", "she", "her"}
NEUTER = {"it", "its", "itself"}     # a state or body named before: 'Israel mounted its invasion'
PLURAL = {"they", "their"}   # the plural subject before: 'The rebels said they would fight' (not 'them': things too)
PLURAL_TAGS = {"NNS", "NNPS"}
BODIES = {EntityClass.Country, EntityClass.Organization, EntityClass.Group}
FIRST_PERSON = {"i": "speaker", "me": "speaker", "my": "speaker", "we": "country", "us": "country", "our": "country"}
ANAPHORS = {row["noun"]: row["class"] for row in lexicon.rows("anaphors.csv")}
FOCUS_ANAPHORS = frozenset(row["noun"] for row in lexicon.rows("anaphors.csv")
                           if row["antecedent"] == lexicon.Antecedent.focus)
SPEECH = frozenset(lexicon.words("speech_verbs.txt"))
GROUPS = frozenset(lexicon.words("group_nouns.txt"))
DOCUMENTS = frozenset(lexicon.words("document_nouns.txt"))
STANCES = frozenset(lexicon.words("stance_verbs.txt"))


def entities_of(ctx: Context, token: Token, exclude: set[str] = frozenset()) -> list[str]:
    """The entities a role-filling token denotes: its own mention, modifiers, anaphora, conjuncts."""
    found: list[str] = []
    for tok in [token] + list(token.conjuncts):
        for label in denoted(ctx, tok, exclude):
            if label not in found:
                found.append(label)
    return found


def denoted(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """The entities one token denotes, leaving out those in `exclude` where it is an anaphor."""
    if tok.lemma_ in ATTACKERS and tok.pos_ == "NOUN" and (doers := attackers(ctx, tok, exclude)):
        return doers
    if tok.i in ctx.index.label:
        return [ctx.index.label[tok.i], *stands_for(ctx, tok)]
    if leaders := led_by(ctx, tok):
        return leaders
    lower = tok.lower_
    if lower in PERSONAL:
        exclude = exclude | misgendered(ctx, lower)
        return (last_of(ctx, PEOPLE, tok.i, exclude, subjects_only=True)
                or last_of(ctx, PEOPLE, tok.i, exclude))[:1]
    if lower in NEUTER and tok.pos_ == "PRON":
        return neuter_antecedent(ctx, tok, exclude)
    if lower in FIRST_PERSON:
        return first_person(ctx, tok)
    if lower in PLURAL and tok.pos_ == "PRON":
        return plural_antecedent(ctx, tok, exclude)
    if tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl":
        return entities_of(ctx, tok.head.head, exclude)
    modifiers = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i in ctx.index.label]
    if lower in {"men", "leaders", "sides", "countries"} and any(c.lower_ in {"two", "both"} for c in tok.children):
        cls = PEOPLE if lower in {"men", "leaders"} else {EntityClass.Country}
        return last_of(ctx, cls, tok.i, set(), distinct=2)
    if (tok.lemma_ in GROUPS or tok.tag_ in PLURAL_TAGS and tok.lemma_ in ctx.gaz.agents) and tok.pos_ == "NOUN" \
            and not modifiers and (members := of_phrase(ctx, tok, exclude)):
        return members   # 'officials from both countries', 'lawmakers of Greece', 'activists from the Fatah Party'
    if tok.lower_ in ctx.gaz.titles and tok.pos_ in {"NOUN", "PROPN"}:
        # 'Minister of Foreign Affairs Dmytro Kuleba' parsed with the title as head: the person named in it
        people = ctx.index.in_span(local_tokens(tok), PEOPLE)
        if people:
            return people[:1]
    if tok.lemma_ in ANAPHORS and tok.pos_ == "NOUN":
        return anaphor(ctx, tok, modifiers, exclude)
    if tok.lemma_ in DOCUMENTS and tok.pos_ == "NOUN" and not modifiers and voiced(tok):
        return issuer(ctx, tok, exclude)   # 'the statement said', not 'the report reinforced stability'
    if modifiers and tok.pos_ in {"NOUN", "PROPN"}:   # 'Greek lawmakers', 'the Greek and French ministers'
        return list(dict.fromkeys(ctx.index.label[t.i] for m in modifiers for t in [m, *m.conjuncts]
                                  if t.i in ctx.index.label))
    if tok.pos_ == "NOUN" and (leaders := [lab for c in tok.children if c.dep_ == "amod" for lab in led_by(ctx, c)]):
        return leaders   # 'a U.S.-led push', 'the US-led coalition'

    return appositive_name(ctx, tok) if tok.pos_ == "NOUN" else []


def opposed(ctx: Context, tok: Token) -> bool:
    """Whether a named modifier says whom its noun is against: 'anti-Iran sanctions', 'anti-government protests'."""
    first = ctx.index.first.get(tok.i, tok.i)
    return hyphen_prefix(ctx.doc, first) == "anti" or first > 0 and ctx.doc[first - 1].lower_ == "anti"


def neuter_antecedent(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """'it' continues the main clause's subject before it when that is a thing and no name ('The declaration
    says … It demands': the declaration, so its issuer; 'The move was criticised … it': no one); else it is the
    last state or body named, as a subject if one was."""
    subject = main_subject_before(ctx, tok)
    if subject is not None and subject.pos_ == "NOUN" and subject.i not in ctx.index.label:
        return entities_of(ctx, subject, exclude)[:1]   # 'The firm promised … It said': the firm, if named
    return (last_of(ctx, BODIES, tok.i, exclude, subjects_only=True) or last_of(ctx, BODIES, tok.i, exclude))[:1]


def main_subject_before(ctx: Context, tok: Token) -> Token | None:
    """The subject of the main clause before `tok`: its own sentence's, else the previous sentence's."""
    sentences = [tok.sent] + ([ctx.doc[tok.sent.start - 1].sent] if tok.sent.start > 0 else [])
    for sent in sentences:
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
        if subject is not None and subject.i != tok.i:
            return subject
    return None


def voiced(tok: Token) -> bool:
    """Whether a noun is the subject of a verb of saying or of taking a stance: 'the declaration says', 'the
    statement condemned'."""
    return tok.dep_ == "nsubj" and (tok.head.lemma_ in SPEECH or tok.head.lemma_ in STANCES)


def issuer(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """Who issued a document: its possessor or its 'from', 'by' or 'of' phrase, the subject that issued it ('NATO
    adopted a declaration'), or the issuer the same document had when written before ('their declaration …
    the declaration says')."""
    for noun in [tok, *(t for t in reversed(ctx.doc[:tok.i]) if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN")]:
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            p for prep in noun.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"from", "by", "of"}
            for p in prep.children if p.dep_ == "pobj"]
        if noun.dep_ == "dobj":
            owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
        if found := actors(ctx, owners, exclude):
            return found[:1]
    return []


def misgendered(ctx: Context, pronoun: str) -> set[str]:
    """The people a personal pronoun cannot stand for: 'she' is not Vladimir Putin, whose first name is a man's."""
    return {label for label, known in ctx.genders.items() if not pronoun_agrees(pronoun, known)}


def plural_antecedent(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """'they' is the nearest plural subject of a main clause before it, in its sentence or the one before, that
    denotes someone: 'Leaders of the NATO countries met … They urged China' (NATO), 'Israel and Egypt said they'."""
    doc = ctx.doc
    first = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for candidate in (doc[i] for i in range(tok.i - 1, first - 1, -1)):
        main = candidate.head.dep_ == "ROOT" or candidate.head.dep_ == "conj" and candidate.head.head.dep_ == "ROOT"
        if candidate.dep_ in SUBJECTS and main and (candidate.tag_ in PLURAL_TAGS or candidate.conjuncts):
            if found := entities_of(ctx, candidate, exclude):
                return found
    return []


def of_phrase(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """Whom a noun of people belongs to by its prepositional phrase: 'officials from both countries', 'Leaders
    of the NATO countries'."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "in", "for"}):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            return entities_of(ctx, pobj, exclude)
    return []


def same_noun_before(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """A plural noun repeated ('the leaders') denotes what it denoted when last written with its own phrase."""
    for earlier in (t for t in reversed(ctx.doc[:tok.i]) if t.lemma_ == tok.lemma_ and t.tag_ in PLURAL_TAGS):
        if members := of_phrase(ctx, earlier, exclude):
            return members
    return []


def first_person(ctx: Context, tok: Token) -> list[str]:
    """'I' and 'my' are the speaker of the quote; 'we' and 'our' the speaker's country."""
    speaker_label = speaker(ctx, tok)
    if speaker_label and FIRST_PERSON[tok.lower_] == "country":
        return [ctx.country_of.get(speaker_label, speaker_label)]
    return [speaker_label] if speaker_label else []


def anaphor(ctx: Context, tok: Token, modifiers: list[Token], exclude: set[str]) -> list[str]:
    """'the country', 'the outlet', 'the Turkish leader', 'the government'."""
    cls = ANAPHORS[tok.lemma_]
    country = next((ctx.index.label[m.i] for m in modifiers if ctx.index.cls(m.i) == EntityClass.Country), None)
    if cls == EntityClass.Leader:
        if country:
            return [leader] if (leader := leader_of(ctx, country)) else []
        if tok.tag_ in PLURAL_TAGS:   # 'Leaders of the NATO countries … the leaders', 'ministers': never one leader
            return of_phrase(ctx, tok, exclude) or same_noun_before(ctx, tok, exclude)
        if modifiers or any(c.dep_ == "compound" and c.i not in ctx.index.label
                            and ctx.doc[c.i:tok.i + 1].text.lower() not in ctx.gaz.titles for c in tok.children):
            return []   # 'the Tory leader', 'union leader' (not 'the prime minister'): no leader named before
        return last_of(ctx, {EntityClass.Leader}, tok.i, exclude | untitled(ctx, tok.lemma_))[:1]
    if tok.lemma_ in FOCUS_ANAPHORS:   # 'the government', 'the authorities': the country the article is about
        if modifiers:   # "Mitsotakis' government": the country its leader leads
            return [ctx.country_of.get(label, label) for label in (ctx.index.label[m.i] for m in modifiers)][:1]
        return whose(ctx, tok, exclude) or focus_country(ctx, tok.i)
    if modifiers:   # 'the NATO countries', 'EU members': the body; 'the Greek company' is no country named before
        return [ctx.index.label[m.i] for m in modifiers][:1] if tok.tag_ in PLURAL_TAGS else []
    classes = {cls} | ({EntityClass.Leader} if cls == EntityClass.Person else set())
    # a subject, object or possessor is a likelier antecedent than a name inside a prepositional phrase
    return (last_of(ctx, classes, tok.i, exclude, subjects_only=True, deps=CENTRAL)
            or last_of(ctx, classes, tok.i, exclude))[:1]


def untitled(ctx: Context, title: str) -> set[str]:
    """The leaders 'the chancellor' cannot be when the article titles someone so: all who hold no such role."""
    holders = {person for person, words in ctx.titles.items() if title in words}
    return {label for label, e in ctx.entities.items() if e.cls == EntityClass.Leader and label not in holders} \
        if holders else set()


def appositive_name(ctx: Context, tok: Token) -> list[str]:
    """'A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike': the name set beside a
    common noun says who it is."""
    return [ctx.index.label[c.i] for c in tok.children if c.dep_ == "appos" and c.i in ctx.index.label][:1]


def whose(ctx: Context, tok: Token, exclude: set[str]) -> list[str]:
    """'the military government of President Prosper Avril', 'the government of Haiti': whose it is."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            return entities_of(ctx, pobj, exclude)[:1]
    return []


def last_of(ctx: Context, classes: Collection[EntityClass], before: int, exclude: set[str], distinct: int = 1,
            subjects_only: bool = False, deps: frozenset[str] = frozenset(SUBJECTS)) -> list[str]:
    """The most recent entities of the given classes mentioned before token `before` (optionally as a subject)."""
    index, found = ctx.index, []
    for i in reversed(ctx.positions[:bisect_left(ctx.positions, before)]):
        label = index.label[i]
        if subjects_only and not any(t.dep_ in deps for t in ctx.doc[index.first[i]:i + 1]):
            continue
        if ctx.doc[i].dep_ in MODIFIERS and ctx.doc[i].head.i not in index.label \
                and EntityClass.WeaponSystem not in classes:
            continue   # 'the Russian-made system': a modifier, not an antecedent
        if index.cls(i) in classes and label not in exclude and label not in found:
            found.append(label)
            if len(found) == distinct:
                break
    return found


def most_named(ctx: Context, cls: EntityClass, before: int | None = None) -> list[str]:
    """The entity of class `cls` with the most mentions (before token `before`), if any."""
    index = ctx.index
    counts = Counter(index.label[i] for i in index.label
                     if (before is None or i < before) and index.first[i] == i and index.cls(i) == cls)
    return [counts.most_common(1)[0][0]] if counts else []


def focus_country(ctx: Context, before: int) -> list[str]:
    """The country named most often before token `before`: what 'the government' means when it names none."""
    return most_named(ctx, EntityClass.Country, before)


def speaker(ctx: Context, tok: Token) -> str | None:
    """Who speaks a quote: the subject of a verb of saying in its sentence, or the next or previous one."""
    sent, doc = tok.sent, ctx.doc
    neighbours = [sent]
    if sent.end < len(doc):
        neighbours.append(doc[sent.end].sent)
    if sent.start > 0:
        neighbours.append(doc[sent.start - 1].sent)
    for span in neighbours:
        for verb in (v for v in span if v.lemma_ in SPEECH):
            for child in verb.children:
                if child.dep_ in SUBJECTS and child.lower_ not in FIRST_PERSON:
                    labels = entities_of(ctx, child)
                    if labels:
                        return labels[0]
    return None


def actors(ctx: Context, tokens: list[Token], taken: set[str]) -> list[str]:
    """The entities `tokens` denote that can act (no weapon systems), leaving out those in `taken`."""
    return [lab for tok in tokens for lab in entities_of(ctx, tok)
            if lab not in taken and ctx.entities[lab].cls != EntityClass.WeaponSystem]
