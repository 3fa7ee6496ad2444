"""Clues that a name the statistical NER found is a work's title, or part of one, rather than a name of a person,
a body or a place.

Titles of films, songs, books, shows and games are written in title case through their small words ('Knights Of
The Old Republic', 'Chorlton And The Wheelies'), run on through 'of the' and 'and the' past the part the NER
took ('Harry Potter and the Prisoner of Azkaban', 'Eternal Sunshine of the Spotless Mind', "Dead Man's
Shoes"), are owned by the person who made them ("Mike Leigh's Vera Drake", "Elvis' Wooden Heart"), and are
listed with other titles the NER did read as works ('films such as Billy Elliot, About A Boy').
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.words import dictionary_words, noun_kind

if TYPE_CHECKING:
    from kg.extract.evidence import Name

WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})   # the NER's labels of what is no node
OWNER_KINDS = {"PERSON": "person", "ORG": "body", "GPE": "place", "NORP": "place", "LOC": "place"}
DETERMINERS = frozenset({"DT", "PRP$"})   # 'and the', 'and his'
FUNCTION = frozenset({"ADP", "DET", "CCONJ", "PRON", "PART", "AUX"})   # 'Of', 'The', 'And', 'My', 'Is' in a title
MAX_BRIDGE = 3   # at most 'of the', "'s", 'and the' between two title words


def title_word(token: Token) -> bool:
    """A capitalised word inside its sentence other than a small word, or a number ('Joe 90', 'Apollo 13')."""
    return (token.is_title or token.is_upper or token.like_num) and not token.is_sent_start \
        and not token.is_punct and not small_word(token)


def small_word(token: Token) -> bool:
    """A function word written with a capital inside its sentence, as titles write them ('Of', 'The', 'On')."""
    return token.is_title and token.pos_ in FUNCTION and not token.is_sent_start


def bridges(doc, i: int, step: int) -> bool:
    """Whether the token at `i` can join two title words: 'of', 'the', a capitalised small word ('Of', 'On'),
    'and' or '&' before a determiner ('and the'), or a possessive before a common word ("Dead Man's Shoes")."""
    token = doc[i]
    if token.lower_ in {"of", "the", "a", "an"} or small_word(token):
        return True
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None:
        return False
    if token.lower_ in {"and", "&"}:
        return after.tag_ in DETERMINERS
    return token.tag_ == "POS" and step > 0 and after.is_title and after.lower_ in dictionary_words()


def run_edge(span: Span, step: int) -> int:
    """The last (step 1) or first (step -1) token of the title run the name belongs to, within its sentence."""
    doc, sent = span.doc, span.sent
    edge = span.end - 1 if step > 0 else span.start
    i, bridged, extended = edge + step, 0, False
    while sent.start <= i < sent.end and bridged <= MAX_BRIDGE:
        if title_word(doc[i]) and (bridged or extended):   # words right next to the name are the NER's call
            edge, bridged, extended = i, 0, True
        elif not title_word(doc[i]) and bridges(doc, i, step):
            bridged += 1
        else:
            break
        i += step
    return edge


def title_run(name: Name) -> list[str]:
    """A title run longer than the name ('Azkaban' in 'Harry Potter and the Prisoner of Azkaban'), and a small
    word written with a capital inside the name or its run ('Knights Of The Old Republic')."""
    span, found = name.span, []
    start, end = run_edge(span, -1), run_edge(span, 1) + 1
    if (start, end) != (span.start, span.end):
        found.append("run:longer")
    if any(small_word(t) for t in span.doc[start + 1:end]):
        found.append("run:title-case")
    return found


def in_title(span: Span) -> bool:
    """A place name inside a work's title: its title run writes small words with capitals ('Georgia On My
    Mind'), or it follows a title's first part and a colon ('CSI: Miami')."""
    doc = span.doc
    start, end = run_edge(span, -1), run_edge(span, 1) + 1
    if any(small_word(t) for t in doc[start + 1:end]):
        return True
    return span.start > 1 and doc[span.start - 1].text == ":" and title_word(doc[span.start - 2]) \
        and doc[span.start - 2].ent_type_ not in {"DATE", "TIME"}


def owner(name: Name) -> list[str]:
    """The kind of what owns the name: a name ("Mike Leigh's Vera Drake": a person; "Britain's BAE Systems": a
    place) or a common noun ("the military's Eastern Theater Command": a body)."""
    doc, before = name.span.doc, name.before
    if before is None or before.tag_ != "POS" or before.i == 0:
        return []
    possessor = doc[before.i - 1]
    if possessor.is_lower:   # 'the military's Eastern Theater Command', 'the venue's Promotions Coordinator'
        return [f"owner-noun:{noun_kind(possessor.lemma_) or 'thing'}"]
    return [f"owner:{OWNER_KINDS.get(possessor.ent_type_, 'other')}"]


def listed_with_works(name: Name) -> list[str]:
    """A name coordinated or in apposition with one the NER read as a work, a product, a law or an event."""
    root = name.span.root
    linked = [t for t in root.children if t.dep_ in {"conj", "appos"}]
    linked += [root.head] if root.dep_ in {"conj", "appos"} else []
    return ["link:work"] if any(t.ent_type_ in WORK_LABELS and not t.ent_id_ for t in linked) else []


TITLE_CLUES = (title_run, owner, listed_with_works)
