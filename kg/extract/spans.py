"""Where a name the statistical NER found begins and ends: its edges trimmed, completed where the NER cut it
before its 'of' phrase, and cut where the NER ran several names together."""
from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.words import dictionary_words
from kg.names import is_given_name

AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ent)$")   # 'sprinter', 'director', 'pianist', 'spokesman'
OPENING_WORDS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "VERB", "INTJ"})
DANGLING = frozenset({"of", "for", "and", "the", "&"})   # a name does not end in these
SEPARATORS = frozenset({",", ";"})   # a list of names ('James, Robinson')
PEOPLE_SEPARATORS = frozenset({"and", "&"})   # two people ('Lil Jon and Ludacris'); a band or a firm keeps its 'and'
NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})   # the NER labels of names
ASIDES = frozenset({"(", "["})      # what follows says more of the name before ('Cepes (Peruvian Centre ...')


def strip_span(span: Span) -> Span | None:
    """Trim determiners, possessive markers and punctuation from the edges of a span, a describing common noun
    or a word of another kind ('Without') that opens a sentence before a name; take in a hyphenated tail such
    as 'Komsomolsk' + '-on-Amur'."""
    start, end = span.start, span.end
    doc = span.doc
    while end + 3 < len(doc) and doc[end].text == "-" and doc[end + 1].is_lower \
            and doc[end + 2].text == "-" and doc[end + 3].is_title:
        end += 4
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    if end - start > 1 and opening_word(span, start):
        start += 1   # 'Without Charles, it is hard to imagine', 'Sprinter Michelle Collins has lodged an appeal'
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}):
        end -= 1
    return doc[start:end] if end > start else None


def opening_word(span: Span, start: int) -> bool:
    """A sentence's first word that is not part of the name after it: a common word of another part of speech
    than a noun ('Without'), or a noun describing the person named ('Sprinter Michelle Collins')."""
    doc, first = span.doc, span.doc[start]
    if not first.is_sent_start or first.lower_ not in dictionary_words():
        return False
    if first.pos_ in OPENING_WORDS:
        return True
    return start + 2 < span.end and AGENT_NOUN.search(first.lower_) is not None and is_given_name(doc[start + 1].text)


def completed(span: Span) -> Span | None:
    """A name the NER ended at its 'of' ('City of' before 'London'): with the name that follows it; any other
    name without the 'of', 'for', 'and' or 'the' it ends in."""
    doc, end = span.doc, span.end
    if doc[end - 1].lower_ in DANGLING and end < len(doc) and doc[end].ent_type_ in NAMES and doc[end].ent_iob_ == "B":
        following = next(e for e in doc.ents if e.start == end)
        return doc[span.start:following.end]
    while end > span.start and doc[end - 1].lower_ in DANGLING:
        end -= 1
    return doc[span.start:end] if end > span.start else None


def name_parts(span: Span, people: bool = False) -> list[Span]:
    """The names an NER span runs together: split at commas ('James, Robinson'), with `people` (a PERSON
    span) at 'and' too ('Lil Jon and Ludacris'), cut before a bracket ('Cepes (Peruvian Centre for Social
    Studies': the brackets spell the name out or add an aside), each without a number it owns ("John Adams'
    11 September tribute") or a description before it ('Perpignan centre Jean-Philippe Granclaude')."""
    doc = span.doc
    separators = SEPARATORS | PEOPLE_SEPARATORS if people else SEPARATORS
    end = next((t.i for t in span if t.text in ASIDES), span.end)
    cuts = [span.start - 1] + [t.i for t in doc[span.start:end] if t.lower_ in separators] + [end]
    parts = [owner(doc[left + 1:right]) for left, right in zip(cuts, cuts[1:]) if right > left + 1]
    return [described(p) if people else p for p in parts]


def described(span: Span) -> Span:
    """A person's name without the words describing them before it: the name after a lower-case noun inside
    the span ('Jean-Philippe Granclaude' of 'Perpignan centre Jean-Philippe Granclaude')."""
    nouns = [t.i for t in span[1:-1] if t.is_lower and t.pos_ == "NOUN" and span.doc[t.i + 1].is_title]
    return span.doc[nouns[-1] + 1:span.end] if nouns else span


def owner(span: Span) -> Span:
    """A name without the number after its possessive: 'John Adams' of "John Adams' 11"."""
    for token in span[1:-1]:
        if token.tag_ == "POS" and span.doc[token.i + 1].like_num:
            return span.doc[span.start:token.i]
    return span


def names_in(ent: Span) -> list[Span]:
    """The names an NER entity gives, each trimmed, completed and cut where the NER ran names together."""
    span = strip_span(ent)
    if span is None or ent.ent_id_:
        return [span] if span is not None else []   # a gazetteer name is whole
    if (span := completed(span)) is None:
        return []
    return [trimmed for part in name_parts(span, ent.label_ == "PERSON") if (trimmed := strip_span(part)) is not None]
