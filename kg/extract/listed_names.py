"""When a name the gazetteer lists names something else in the sentence: a person's first name, a word of a longer
name.

The gazetteer matches names wherever they are written, and its class is sure (confidence 1). Each rule here reads the match's place
in the article: 'Victoria' after 'Victoria Beckham' is her first name, not the Seychelles' capital; 'Swiss' in
'according to Swiss Re' is a word of a firm's name, not the country. (The
evidence cannot tell a club named after its city from a national team: 'Milan beat Juventus' and 'England have won'
read alike, and a national team is its country, so a city stays a place.)
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.annotate import WEAPON
from kg.gazetteer import Gazetteer
from kg.names import given_names
from kg.vocab import EntityClass

PLACES = frozenset({EntityClass.Place, EntityClass.Country})
MODIFIER = frozenset({"compound", "amod", "nmod"})
GIVEN = frozenset(given_names())


def first_name_of_a_person(span: Span, cls: str, gaz: Gazetteer) -> bool:
    """A one-word place that is a given name and opens the name of a person the article names in full ('Victoria'
    after 'Victoria Beckham'; not 'Lesotho' of 'Lesotho Hats', which the NER took for a person): that person's
    first name."""
    if len(span) != 1 or cls not in PLACES or span[0].lower_ not in GIVEN:
        return False
    return any(len(e) > 1 and e[0].text == span[0].text and not e.start <= span.start < e.end
               and (e.label_ == "PERSON" and not e.ent_id_ or e.ent_id_.startswith(f"{EntityClass.Leader}|"))
               for e in span.doc.ents)


def name_word(token: Token, gaz: Gazetteer) -> bool:
    """A capitalised word inside its sentence that is no gazetteer name, no person's, no weapon's and no word of an
    office title ('Re' of 'Swiss Re'; not 'President' of 'US President', 'Merkava' of 'Israeli Merkava tanks')."""
    return token.is_title and not token.is_sent_start and not token.ent_id_ and token.lower_ not in title_words(gaz) \
        and token.ent_type_ not in {"PERSON", "DATE", "TIME", WEAPON}


def part_of_a_longer_name(span: Span, cls: str, gaz: Gazetteer) -> bool:
    """A demonym modifying the capitalised word right after it ('according to Swiss Re'; not 'the Swiss research
    group', 'Iraqi National Guard troops', where it modifies another word): a word of that name, not the country
    (a country's own name stays: 'US Predator attacks' are the country's)."""
    doc = span.doc
    if cls != EntityClass.Country or span.end >= len(doc) or span.root.dep_ not in MODIFIER:
        return False
    return span.text in demonyms(gaz) and span.root.head.i == span.end and name_word(doc[span.end], gaz)


@lru_cache(maxsize=4)
def demonyms(gaz: Gazetteer) -> frozenset[str]:
    """Every country's demonyms ('Swiss', 'American')."""
    return frozenset(word for country in gaz.countries.values() for word in country.demonyms)


@lru_cache(maxsize=4)
def title_words(gaz: Gazetteer) -> frozenset[str]:
    """The words of the gazetteer's office titles ('president', 'secretary', 'minister')."""
    return frozenset(word for title in gaz.titles for word in title.split())


NOT_THE_LISTED: tuple[Callable[[Span, str, Gazetteer], bool], ...] = (first_name_of_a_person, part_of_a_longer_name)


def names_another(span: Span, cls: str, gaz: Gazetteer) -> bool:
    """Whether a gazetteer match of class `cls` names something else than what the gazetteer lists (NOT_THE_LISTED)."""
    return any(rule(span, cls, gaz) for rule in NOT_THE_LISTED)

