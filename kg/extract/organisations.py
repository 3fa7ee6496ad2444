"""Names of organisations the NER may miss or cut: runs of capitalised words ending in an organisation head noun
('Gagarin Aircraft Plant', 'US Anti-Doping Agency', 'Ministry of Defense of Israel')."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.actors import PUBLIC_BODIES
from kg.extract.words import dictionary_words
from kg.gazetteer import Gazetteer
from kg.vocab import EntityClass

ORG_HEADS = frozenset(lexicon.words("org_heads.txt"))


def organisation_names(doc: Doc, gaz: Gazetteer):
    """Runs of capitalised words ending in an organisation head noun, e.g. 'Gagarin Aircraft Plant',
    'Egyptian Air Force', 'Ministry of Defense' (with its name's tail)."""
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text not in ORG_HEADS or not token.is_title:
            i += 1
            continue
        start = run_start(doc, i)
        end = name_tail(doc, i + 1)
        if end - start >= 2:
            yield doc[possessor(doc, start, gaz) if token.lower_ in PUBLIC_BODIES else start:end]
        i = end


def run_start(doc: Doc, head: int) -> int:
    """Where the run of capitalised words before an organisation head noun begins: through hyphenated words
    ('US Anti-Doping Agency', 'Dai-ichi Life Research Institute'), through an 'and' between two of its words
    ('Foreign and Commonwealth Office', 'Project and Contract Office'), through a preposition after a run a 'the'
    opens ('the Interactive Media in Retail Group'), and from a sentence's first word when that is a name or a
    noun ('Factory Workers Union'), not a date ('Yesterday')."""
    start = head
    while start > 0:
        if (hyphenated := hyphenated_start(doc, start)) < start:
            start = hyphenated
        elif name_word(doc[start - 1]):
            start -= 1
        elif start < head and doc[start - 1].lower_ in {"and", "&"} and joined(doc, start - 1):
            start -= 2
        elif start < head and doc[start - 1].lower_ in {"in", "of", "for"} and (opening := the_opening(doc, start - 1)):
            start = opening
        else:
            break
        if doc[start].is_sent_start:
            break
    return start


def the_opening(doc: Doc, preposition: int) -> int | None:
    """Where a name that runs on through a preposition begins: the run of name words before it, after a 'the'
    ('the Interactive Media in Retail Group'); None when no 'the' opens the run ('growth in Retail Group')."""
    first = preposition
    while first > 0 and name_word(doc[first - 1]) and not doc[first - 1].is_sent_start:
        first -= 1
    return first if first < preposition and first > 0 and doc[first - 1].lower_ == "the" else None


def joined(doc: Doc, conjunction: int) -> bool:
    """Whether an 'and' joins two words of one name: the word before it is a name word that ends no other name
    (in 'Liggett Group and Brown' it ends one; in 'Foreign and Commonwealth Office' the name goes on)."""
    before = doc[conjunction - 1] if conjunction > 0 else None
    return before is not None and name_word(before) and (not before.ent_type_ or doc[conjunction].ent_iob_ == "I")


def name_word(word: Token) -> bool:
    """A word of an organisation's name: capitalised, a name, noun or adjective; a sentence's first word only
    when it is no adjective or date ('Factory', not 'Yesterday')."""
    return (word.is_title or word.is_upper and word.is_alpha) and word.pos_ in {"PROPN", "ADJ", "NOUN"} \
        and not (word.is_sent_start and (word.pos_ == "ADJ" or word.ent_type_ in {"DATE", "TIME"}))


def hyphenated_start(doc: Doc, start: int) -> int:
    """Where a hyphenated name that ends right before `start` begins ('Anti-Doping', 'Dai-ichi', not
    'Washington-based'); `start` when there is none."""
    first = start - 1
    while first > 1 and doc[first - 1].text == "-" and not (doc[first - 1].whitespace_ or doc[first - 2].whitespace_):
        first -= 2
    pieces = [doc[i] for i in range(first + 2, start, 2)]
    named = all(p.is_title or p.lower_ not in dictionary_words() for p in pieces)
    return first if first < start - 1 and doc[first].is_title and named else start


def possessor(doc: Doc, start: int, gaz: Gazetteer) -> int:
    """Where a public body's name starts when a country owns it: "Taiwan's Defense Ministry" is Taiwan's, and
    another country's is another body ("Britain's BAE Systems" is a company, which keeps its own name)."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return start
    for first in range(start - 2, max(start - 5, -1), -1):
        known = gaz.lookup(doc[first:start - 1].text)
        if known and known[0] == EntityClass.Country:
            return first
    return start


def name_tail(doc: Doc, end: int) -> int:
    """Where an organisation's name ends after its head noun: its 'of' or 'for' phrases of capitalised words,
    'International Committee of the Red Cross', 'National Council for the Safeguard of the Homeland'; a second
    phrase that is a place is whose the body is ('the Ministry of Defense of Israel')."""
    tails = 0
    while end + 1 < len(doc) and doc[end].lower_ in {"of", "for"}:
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        last = first
        while last < len(doc) and doc[last].is_title and not doc[last].is_sent_start:
            last += 1
        if last == first or tails and doc[first].ent_type_ in {"GPE", "LOC", "NORP"}:
            break
        end, tails = last, tails + 1
    return end
