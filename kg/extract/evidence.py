"""The evidence a name the statistical NER found gives about its class, as feature names.

Each clue is a small named function of the name span and the words around it (CLUES). Besides the words
right around the name (an honorific, a locative preposition, 'the', a possessive) they read: the kind of
referent a describing common noun names ('singer Joss Stone', 'the drug Paxil', 'the Motera stadium',
'Varig, Brazil's flagship airline'), the kind its own last word names ('Second Thomas Shoal', 'Gershon
Review'; WordNet kinds, kg/lexicon/noun_kinds.csv), whether all its words are common words ('Eternal
Sunshine'), or written in lower case elsewhere in the article ('the Budget' beside 'a budget'), the
relative pronoun after it ('Varig, which operates'), a plural verb it agrees with ('Chelsea have'), the
pronoun that next refers back ('its profits'), the gazetteer class of the names it is coordinated with ('in
Ouallam, Ayorou and Niamey'), and being the agent of a passive ('built by Italy's Leonardo').
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.context_clues import CONTEXT_CLUES
from kg.extract.title_clues import TITLE_CLUES
from kg.extract.words import dictionary_words, name_kind, noun_kind
from kg.gazetteer import load
from kg.names import given_names
from kg.vocab import EntityClass

HONORIFICS = frozenset(lexicon.words("honorifics.txt"))
ORG_ENDINGS = frozenset(lexicon.words("org_heads.txt")) | frozenset(lexicon.words("company_suffixes.txt"))
WORK_NOUNS = frozenset(lexicon.words("work_nouns.txt"))
THING_ENDINGS = frozenset(lexicon.words("not_node_heads.txt"))
LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "across", "to"})
GIVEN = frozenset(given_names())
SPEECH = frozenset(lexicon.words("speech_verbs.txt")) | frozenset(lexicon.words("reporting_verbs.txt"))
PRONOUNS = {"it": "it", "its": "it", "he": "person", "his": "person", "him": "person", "she": "person",
            "her": "person", "they": "they", "their": "they", "them": "they"}
RELATIVES = {"which": "which", "who": "who", "whose": "who", "whom": "who"}
COMMON_NOUN = frozenset({"NN", "NNS"})
PLACES = frozenset({EntityClass.Place, EntityClass.Country})   # gazetteer classes of where a name is said to be


@dataclass(frozen=True)
class Name:
    """A name span (without a leading honorific), the words right around it within its sentence, its NER label."""

    span: Span
    label: str
    before: Token | None
    before2: Token | None
    after: Token | None


def features(span: Span, label: str) -> list[str]:
    """The evidence a name span (with the NER `label` of its entity) gives about its class, as feature names."""
    doc = span.doc
    titled = span[0].text.rstrip(".") in HONORIFICS and len(span) > 1            # 'Mr Paddy Considine'
    name = Name(span[1:] if titled else span, label,
                doc[span.start - 1] if span.start > span.sent.start else None,   # within the sentence only
                doc[span.start - 2] if span.start - 1 > span.sent.start else None,
                doc[span.end] if span.end < span.sent.end else None)
    found = [f"ner:{label}"] + (["before:honorific"] if titled else [])
    for clue in CLUES:
        found += [f for f in clue(name) if f not in found]
    return found


def words_before(name: Name) -> list[str]:
    """An honorific, a locative preposition, 'the' or a noun for a work right before the name."""
    found = []
    if name.before is not None and name.before.text.rstrip(".") in HONORIFICS:
        found.append("before:honorific")
    if name.before is not None and name.before.lower_ in LOCATIVE:
        found.append("before:locative")
    if any(t is not None and t.lower_ in WORK_NOUNS for t in (name.before, name.before2)):
        found.append("before:work")
    if name.before is not None and name.before.lower_ == "the" and name.span.root.dep_ != "compound":
        found.append("before:the")   # not the article of a noun the name modifies ('the Trump administration')
    return found


def words_after(name: Name) -> list[str]:
    """A noun for a work ('programme') or a possessive right after the name."""
    found = []
    if name.after is not None and name.after.lower_ in WORK_NOUNS:
        found.append("after:work")
    if name.after is not None and name.after.tag_ == "POS":
        found.append("after:possessive")
    return found


def head_word(span: Span) -> Token:
    """The word a name's phrase hangs on: its last word, or the one before its first preposition ('Convention' of
    'European Convention on Human Rights', 'Campaign' of 'Campaign for Tobacco-Free Kids')."""
    return next((t.nbor(-1) for t in span[1:] if t.pos_ == "ADP" and t.is_lower), span[-1])


def shape(name: Name) -> list[str]:
    """An organisation or thing head ('Office', 'Act'), a common given name first, all capitals, a first
    word of the sentence."""
    span, found = name.span, []
    if head_word(span).text in ORG_ENDINGS:
        found.append("last:organisation")
    if head_word(span).text in THING_ENDINGS:
        found.append("last:thing")
    if span[0].lower_ in GIVEN:   # 'Mike', 'Ray' and 'Bill' are words too, and say less
        common = "-word" if span[0].lower_ in dictionary_words() else ""
        found.append(f"{'first' if len(span) > 1 else 'only'}:given{common}")
    if span.text.isupper() and len(span.text) > 1:
        found.append("shape:capitals")
    if all(t.is_sent_start or t.is_punct for t in span.doc[span.sent.start:span.start + 1]):
        found.append("position:sentence-start")
    return found


def common_noun(token: Token | None, head: bool = False) -> str | None:
    """The kind a lower-case common noun names ('singer': person, 'firm': body; with `head`, the kind a thing it
    heads names), or None for any other word."""
    if token is None or token.tag_ not in COMMON_NOUN or not token.is_lower:
        return None
    return noun_kind(token.lemma_, head) or noun_kind(token.text, head) or "thing"


def describing_noun(name: Name) -> list[str]:
    """The kind of a common noun right before the name ('singer Joss Stone', 'the drug Paxil'), of one it
    modifies right after it ('the Motera stadium', 'a Defra spokesman'), or of one in apposition ('Varig,
    Brazil's flagship airline', 'Rodrigo de Rato, the IMF's managing director'); the kinds before it or in
    apposition pooled as 'described:' (each is seen too seldom alone)."""
    found = []
    if kind := common_noun(name.before, head=True):
        found += [f"before:{kind}", f"described:{kind}"]
    if (kind := common_noun(name.after, head=True)) and name.span.root.head.i == name.after.i:
        found.append(f"after:{kind}")
    root = name.span.root
    apposed = [t for t in root.children if t.dep_ == "appos" and t.i >= name.span.end]
    if root.dep_ == "appos" and root.head.i < name.span.start:
        apposed.append(root.head)
    for token in apposed:
        if kind := common_noun(token, head=True):
            found += [f"appos:{kind}", f"described:{kind}"]
    return list(dict.fromkeys(found))


def own_words(name: Name) -> list[str]:
    """The kind its head word names when it is a common noun ('head:' of 'Second Thomas Shoal', 'Gershon Review';
    'word:' of a one-word name, 'Sugar'), all its words being common words, and its head word written in lower
    case elsewhere in the article."""
    span, found = name.span, []
    last = head_word(span)
    if last.is_alpha and (kind := noun_kind(last.text, head=True)):
        found.append(f"{'head' if len(span) > 1 else 'word'}:{kind}")
    words = [t.lower_ for t in span if t.is_alpha]
    if len(words) > 1 and all(w in dictionary_words() for w in words) and words[0] not in GIVEN:
        found.append("words:common")
    if last.is_alpha and last.lower_ in article_words(span.doc).written:
        found.append("lower:elsewhere")
    return found


def known_name(name: Name) -> list[str]:
    """The kind WordNet gives the name as a proper noun ('Cicero': person, 'Magna Carta': work)."""
    kind = name_kind(name.span.text)
    return [f"wordnet:{kind}"] if kind else []


def reference(name: Name) -> list[str]:
    """The relative pronoun right after the name ('Varig, which', 'Mr Holiff, who'), and the first personal
    pronoun after it in its sentence ('GlaxoSmithKline saw its profits fall')."""
    span, found = name.span, []
    after = [t for t in span.doc[span.end:span.sent.end] if not t.is_punct]
    if after and after[0].lower_ in RELATIVES:
        found.append(f"relative:{RELATIVES[after[0].lower_]}")
    pronoun = next((t.lower_ for t in after if t.lower_ in PRONOUNS), None)
    if pronoun:
        found.append(f"pronoun:{PRONOUNS[pronoun]}")
    return found


def agreement(name: Name) -> list[str]:
    """A singular name that takes a plural verb ('Chelsea have', 'Ulster were'), and the agent of a passive
    ('built by Leonardo')."""
    span, root, found = name.span, name.span.root, []
    verb = root.head
    if root.dep_ == "nsubj" and root.tag_ == "NNP" and not span[-1].lower_.endswith("s") and (
            verb.tag_ == "VBP" or verb.lower_ == "were"
            or any(c.dep_ == "aux" and (c.tag_ == "VBP" or c.lower_ == "were") for c in verb.children)):
        found.append("verb:plural")
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        found.append("role:agent")
    return found


def coordination_head(token: Token) -> Token:
    """The first conjunct of the coordination a token is part of: 'Ouallam' for 'Niamey' in 'in Ouallam, Ayorou
    and Niamey'."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def links(name: Name) -> list[str]:
    """The gazetteer class of a name coordinated or in apposition with it ('Ouallam, Ayorou and Niamey',
    'Hartpury, Gloucestershire'), of the place it is said to be in ('Taskim Square in Istanbul'), the
    preposition that governs it or its coordination, with what that preposition hangs on ('in>VERB'), and the
    kind of the common noun an 'of' before it hangs on ('the province of Palawan')."""
    span, root, found = name.span, name.span.root, []
    linked = [t for t in root.children if t.dep_ in {"conj", "appos"}]
    if root.dep_ in {"conj", "appos"}:
        linked.append(root.head)
    for token in linked:
        if token.ent_id_ and not span.start <= token.i < span.end:
            found.append(f"link:{token.ent_id_.split('|', 1)[0]}")
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
        if any(t.ent_id_.split("|", 1)[0] in PLACES for t in prep.children if t.dep_ == "pobj"):
            found.append("located:in")
    head = coordination_head(root)
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        found.append(f"prep:{head.head.lower_}>{head.head.head.pos_}")
        if head.head.lower_ == "of" and (kind := common_noun(head.head.head)):
            found.append(f"of:{kind}")   # 'the province of Palawan', 'the head of Ofcom', 'the pirates of the Caribbean'
    return found


@lru_cache(maxsize=1)
def leader_surnames() -> frozenset[str]:
    """The last words of the gazetteer's leaders' names: 'Trump', 'Blair', 'Erdogan'."""
    names = (n for leader in load().leaders for n in (leader.label,) + leader.aliases)
    return frozenset(n.split()[-1] for n in names if " " in n)


def surname(name: Name) -> list[str]:
    """A one-word name that is the surname of a leader the gazetteer lists, or of a person named in full in the
    article ('Mutu' after 'Adrian Mutu')."""
    span = name.span
    if len(span) != 1:
        return []
    found = ["surname:leader"] if span[0].text in leader_surnames() else []
    if span[0].text in article_words(span.doc).surnames:
        found.append("surname:person")
    return found


def topic(name: Name) -> list[str]:
    """A noun for a work in the name's sentence ('the album chart'), and in the article three times or more."""
    span, sent, found = name.span, name.span.sent, []
    if any(sent.start <= i < sent.end and not span.start <= i < span.end for i in article_words(span.doc).work_at):
        found.append("sentence:work")
    if article_words(span.doc).works >= 3:
        found.append("article:works")
    return found


@dataclass(frozen=True)
class ArticleWords:
    """What the clues read of the whole article, counted once per article rather than once per name."""

    written: frozenset[str]     # every word as written
    works: int                  # how many nouns for a work it has ('album', 'film')
    work_at: tuple[int, ...]    # where they are
    surnames: frozenset[str]    # the last words of the people it names in full ('Mutu' of 'Adrian Mutu')


@lru_cache(maxsize=4)
def article_words(doc: Doc) -> ArticleWords:
    """The words of an article as written, where its nouns for a work are, and the surnames of its people."""
    surnames = frozenset(e[-1].text for e in doc.ents
                         if len(e) > 1 and (e.label_ == "PERSON" or e.ent_id_.startswith("Leader|")))
    work_at = tuple(t.i for t in doc if t.lower_ in WORK_NOUNS)
    return ArticleWords(frozenset(t.text for t in doc), len(work_at), work_at, surnames)


def speaker(name: Name) -> list[str]:
    """Being the subject of a verb of saying."""
    root = name.span.root
    return ["role:speaker"] if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in SPEECH else []


CLUES: tuple[Callable[[Name], list[str]], ...] = (words_before, words_after, shape, describing_noun, speaker,
                                                  own_words, known_name, reference, agreement, links, surname, topic,
                                                  *TITLE_CLUES, *CONTEXT_CLUES)
