"""Office titles before a name: 'Treasury Secretary', 'Chief Nuclear Negotiator'."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, Title

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
MAX_TITLE_WORDS = 4


def title_before(doc: Doc, start: int, gaz: Gazetteer) -> tuple[Title, int] | None:
    """The longest title ('Treasury Secretary', 'President') ending right before token `start` (or before a
    comma there: "Iran's Chief Nuclear Negotiator, Ali Bagheri Kani"), listed or headed by a listed one's head
    word; not a surname after an honorific ('Mr King')."""
    if start > 1 and doc[start - 1].text == ",":
        start -= 1
    best = None
    for length in range(1, MAX_TITLE_WORDS + 1):
        first = start - length
        if first < 0 or doc[first].is_sent_end:
            break
        words = doc[first:start].text.lower().replace("-", " ")
        title = gaz.titles.get(words) or gaz.titles.get(doc[first:start].text.lower())
        if title and not (first > 0 and doc[first - 1].lower_.rstrip(".") in HONORIFICS):
            best = (title, first)
    return best or headed_title(doc, start, gaz)


def headed_title(doc: Doc, start: int, gaz: Gazetteer) -> tuple[Title, int] | None:
    """A title the gazetteer does not list in full: capitalised words ending in the head word of one it does
    ('Chief Nuclear Negotiator', 'Deputy Foreign Minister', a sentence's first words 'Culture Secretary'), holding
    that title's level."""
    if start == 0 or not doc[start - 1].is_title or (head := title_heads(gaz).get(doc[start - 1].lower_)) is None:
        return None
    first = start - 1
    while first > 0 and start - first < MAX_TITLE_WORDS and doc[first - 1].is_title \
            and doc[first - 1].pos_ in {"PROPN", "ADJ", "NOUN"} and not sentence_adjective(doc[first - 1]) \
            and not outside_title(doc[first - 1]):
        first -= 1
    if first == start - 1:
        return None   # the head word alone is a title the gazetteer lists, or none
    words = doc[first:start].text
    return Title(words.lower(), words, head.head), first


def head_word_title(doc: Doc, start: int, gaz: Gazetteer) -> tuple[Title, int] | None:
    """A capitalised head word of a listed title alone before its complement ('Chief' of 'the Chief of the Russian
    Armed Forces General Staff'), holding that title's level."""
    if start == 0 or not doc[start - 1].is_title or (head := title_heads(gaz).get(doc[start - 1].lower_)) is None:
        return None
    word = doc[start - 1].text
    return Title(word.lower(), word, head.head), start - 1


def sentence_adjective(token: Token) -> bool:
    """An adjective a sentence starts with, capitalised as any first word is ('Former Foreign Minister')."""
    return token.is_sent_start and token.pos_ == "ADJ"


def outside_title(token: Token) -> bool:
    """A word of a name that is not part of an office title: a person's, a country's, a known organisation's,
    which says whose the office is ('US', 'Pentagon'). An organisation only the statistical NER found
    ('Foreign Affairs' of 'Foreign Affairs Secretary') is part of the title."""
    return bool(token.ent_type_) and not (token.ent_type_ == "ORG" and not token.ent_id_)


@lru_cache(maxsize=4)
def title_heads(gaz: Gazetteer) -> dict[str, Title]:
    """The last word of each one-phrase title ('minister' of 'defence minister', not 'state' of 'secretary of
    state') → the title that word alone names, or the first title it ends."""
    heads: dict[str, Title] = {}
    for text, title in gaz.titles.items():
        if " of " not in f" {text} " and "-" not in text:
            heads.setdefault(text.split()[-1], gaz.titles.get(text.split()[-1], title))
    return heads
