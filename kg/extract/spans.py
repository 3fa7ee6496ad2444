"""Where a name the statistical NER found begins and ends: its edges trimmed, completed where the NER cut it
before its 'of' phrase, and cut where the NER ran several names together."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.extract.words import dictionary_words, noun_kind
from kg.gazetteer import load
from kg.names import honorific, is_given_name

AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ent)$")   # 'sprinter', 'director', 'pianist', 'spokesman'
OPENING_WORDS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "VERB", "INTJ"})
DANGLING = frozenset({"of", "for", "and", "the", "&"})   # a name does not end in these
SEPARATORS = frozenset({",", ";"})   # a list of names ('James, Robinson')
PEOPLE_SEPARATORS = frozenset({"and", "&"})   # two people ('Lil Jon and Ludacris'); a band or a firm keeps its 'and'
NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})   # the NER labels of names
ASIDES = frozenset({"(", "["})      # what follows says more of the name before ('Cepes (Peruvian Centre ...')
AMOUNT = re.compile(r"^\d+(?:\.\d+)?(?:bn|m|tn|k)$")   # '2bn', '1.5m': an amount, never part of a name
NAME_TAILS = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"})   # the NER names that may go on another
CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)   # 'Monday', 'May'


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
    the span ('Jean-Philippe Granclaude' of 'Perpignan centre Jean-Philippe Granclaude') or after a describing
    first word ('George Harrison' of 'the late Beatle George Harrison')."""
    nouns = [t.i for t in span[1:-1] if t.is_lower and t.pos_ == "NOUN" and span.doc[t.i + 1].is_title]
    if nouns:
        return span.doc[nouns[-1] + 1:span.end]
    return span[1:] if describer(span) else span


def describer(span: Span) -> bool:
    """Whether a person's name opens with a word describing them: no given name before a given name and a
    surname, after a 'the' (a person's name takes none: 'the late Beatle George Harrison'), and no common word
    but one of a person ('the Second Thomas Shoal' names a shoal)."""
    doc, first = span.doc, span[0]
    if len(span) < 3 or not first.is_alpha or is_given_name(first.text) or not is_given_name(span[1].text):
        return False
    before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]
    if "the" not in before or before[-1] != "the" and doc[span.start - 1].pos_ != "ADJ":
        return False
    return first.lower_ not in dictionary_words() or noun_kind(first.lower_) == "person"


def owner(span: Span) -> Span:
    """A name without the number after its possessive: 'John Adams' of "John Adams' 11"."""
    for token in span[1:-1]:
        if token.tag_ == "POS" and span.doc[token.i + 1].like_num:
            return span.doc[span.start:token.i]
    return span


def with_touching_name(span: Span) -> Span:
    """A name with the proper nouns that follow it with no punctuation between, one name the NER cut: a word no
    dictionary lists ('Johnny' + 'Depp', not a model's 'C4'), then any capitalised word ('Odeon Leicester' + 'Square'), or a name
    the NER found apart ('Bisnis' + 'Indonesia', 'BBC Radio' + 'Five Live'); not a person's name after another
    kind of name ('Charlton's Talal' + 'El Karkouri'), a demonym ('American' + 'Serena Williams'), an honorific
    or an office title ('Labour' + 'Mr', 'Iraq' + 'President')."""
    doc, start, end = span.doc, span.start, span.end
    if span[-1].pos_ != "PROPN" or span[0].ent_type_ == "NORP":
        return span
    while end < len(doc) and doc[end - 1].whitespace_ and name_start(doc[end]):
        after = doc[end]
        if after.ent_iob_ == "B" and not after.ent_id_ and after.ent_type_ in NAME_TAILS:
            end = next(e.end for e in doc.ents if e.start == end)
        elif not after.ent_type_ and after.is_alpha and (end > span.end or after.lower_ not in dictionary_words()):
            end += 1
        else:
            break
    return doc[start:end]


def name_start(token: Token) -> bool:
    """A capitalised proper noun inside its sentence that may go on a name: no honorific or title word."""
    return token.is_title and token.pos_ == "PROPN" and not token.is_sent_start and not honorific(token.text) \
        and token.lower_ not in title_words()


def common_name_word(token: Token) -> bool:
    """A capitalised common word inside a name ('Growth', 'Opportunity', 'Act')."""
    return name_start(token) and token.lower_ in dictionary_words()


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The words of the gazetteer's office titles ('president', 'minister', 'mayor')."""
    return frozenset(w for title in load().titles for w in title.split())


def with_head_before(span: Span) -> Span:
    """A name the NER began after its head and 'for' or 'of': 'the Alliance for' + 'Digital Inclusion'; the
    head is a singular capitalised noun no entity holds ('the Proceedings of' names a work) and no person's
    ('the Mayor of London', 'the Duke of Edinburgh')."""
    doc, start = span.doc, span.start
    preposition = start - 2 if start > 1 and doc[start - 1].lower_ == "the" else start - 1
    if preposition < 2 or doc[preposition].lower_ not in {"of", "for"}:
        return span
    head = doc[preposition - 1]
    if name_start(head) and head.tag_ != "NNPS" and not head.ent_type_ and doc[head.i - 1].lower_ == "the" \
            and noun_kind(head.lower_) != "person":
        return doc[head.i:span.end]
    return span


def with_possessor(span: Span) -> Span:
    """A name the NER began after its plural possessor, which a 'the' before them both shows is part of it:
    'the Critics\' Circle', "the Women's Institute"; not "Britain's BAE Systems" nor a person ("the Dragons' Ian
    Gough")."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].tag_ != "POS" or doc[start - 3].lower_ != "the" or span[0].ent_type_ == "PERSON":
        return span
    possessor = doc[start - 2]
    plural = doc[start - 1].text in {"'", "’"} or possessor.tag_ in {"NNS", "NNPS"}
    return doc[possessor.i:span.end] if plural and name_start(possessor) and not possessor.ent_type_ else span


def with_and_tail(span: Span) -> Span:
    """A name of two or more common words the NER ended at its 'and', with the two or more capitalised common
    words after it that no entity holds: 'African Growth' + 'and Opportunity Act'; not a name of its own
    ('Brentford and Hartlepool', 'Neath and Ospreys')."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in PEOPLE_SEPARATORS or not common_name_word(span[-1]):
        return span
    last = end + 1
    while last < len(doc) and common_name_word(doc[last]) and not doc[last].ent_type_:
        last += 1
    return doc[span.start:last] if last > end + 2 and len(span) > 1 else span


def with_listed_partner(span: Span) -> Span:
    """A one-word name, 'and' and another, where the list they are in has a second 'and' right before or after
    them: a list has one last 'and', so this one joins one name ('Belle and Sebastian and Travis', 'Liggett
    Group and Brown and Williamson')."""
    doc, start, end = span.doc, span.start, span.end
    if len(span) != 1 or end + 2 >= len(doc) or doc[end].lower_ != "and" or start < 1:
        return span
    partner = doc[end + 1]
    if partner.ent_iob_ != "B" or partner.ent_id_ or partner.ent_type_ not in NAMES or doc[end + 2].ent_iob_ == "I":
        return span
    listed = doc[start - 1].lower_ == "and" or doc[start - 1].text == "," and end + 3 < len(doc) and doc[end + 2].lower_ == "and"
    return doc[start:end + 2] if listed else span


def without_tail(span: Span) -> Span:
    """A name without the date or the amount the NER ran it into: 'the Commons' of 'the Commons on Monday',
    'Varig' of 'Varig 2bn'."""
    for token in span[1:]:
        if AMOUNT.match(token.text):
            return span.doc[span.start:token.i]
    for token in span[1:-1]:
        if token.pos_ == "ADP" and token.is_lower and all(t.lower_ in CALENDAR or t.like_num for t in span[token.i - span.start + 1:]):
            return span.doc[span.start:token.i]
    return span


REPAIRS = (with_touching_name, with_and_tail, with_listed_partner, with_head_before, with_possessor, without_tail)


def names_in(ent: Span) -> list[Span]:
    """The names an NER entity gives, each trimmed, completed, repaired where the NER cut or ran it on, and cut
    where the NER ran names together."""
    span = strip_span(ent)
    if span is None or ent.ent_id_:
        return [span] if span is not None else []   # a gazetteer name is whole
    if (span := completed(span)) is None:
        return []
    for repair in REPAIRS:
        span = repair(span)
    people = ent.label_ == "PERSON" and not (span.end > ent.end and "and" in {t.lower_ for t in span})   # one joined name
    return [trimmed for part in name_parts(span, people) if (trimmed := strip_span(part)) is not None]
