"""Where places are: the country the text sets a place in ('Abha in Saudi Arabia', 'Bam, Iran', 'the Philippine
province of Palawan'), and the country a place shares with the place it is near or listed with
('Ain Tamr, west of Kerbala', 'Ouallam, Ayorou and Niamey')."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from kg.annotate import DATELINE
from kg.gazetteer import Gazetteer
from kg.model import Fact
from kg.resolve import TokenIndex
from kg.vocab import EntityClass, Relation

SETTINGS = frozenset({"in", ","})   # 'Kerbala in southern Iraq', 'Bam, Iran'
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "state", "district", "county", "port",
                         "island", "governorate", "prefecture", "municipality", "oblast"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def place_facts(doc: Doc, index: TokenIndex, gaz: Gazetteer) -> list[Fact]:
    """The country each place mention lies in, by what the text says of it (SETTING_RULES) or of the places it is
    near or listed with (SHARING_RULES, over the countries known so far from text and gazetteer)."""
    facts = []
    for i in mention_starts(doc, index, {EntityClass.Place}):
        facts += [Fact(index.label[i], Relation.locatedIn, country, True, doc[i].sent.text)
                  for rule in SETTING_RULES if (country := rule(doc, index, i))]
    known = {f.subject: f.object for f in facts}
    for label in {index.label[i] for i in mention_starts(doc, index, {EntityClass.Place})} - set(known):
        if (country := gaz.country_around(label)) is not None:
            known[label] = country.label
    for i in mention_starts(doc, index, {EntityClass.Place}):
        if index.label[i] not in known:
            facts += [Fact(index.label[i], Relation.locatedIn, country, True, doc[i].sent.text)
                      for rule in SHARING_RULES if (country := rule(doc, index, i, known))][:1]
    return facts


def dateline_only(doc: Doc, index: TokenIndex) -> set[str]:
    """The entities every mention of which lies in the article's dateline ('ZURICH (Reuters) -')."""
    filed = DATELINE.match(doc.text)
    if filed is None:
        return set()
    outside = {label for i, label in index.label.items() if doc[i].idx >= filed.end()}
    return {label for i, label in index.label.items() if doc[i].idx < filed.end()} - outside


def mention_starts(doc: Doc, index: TokenIndex, classes: set[EntityClass]) -> Iterator[int]:
    """The first token of each mention of an entity of `classes`, in text order."""
    return (i for i in sorted(index.label) if index.first[i] == i and index.cls(i) in classes)


def country_at(doc: Doc, index: TokenIndex, k: int) -> str | None:
    """The country a mention starting at token `k` names."""
    return index.label[k] if k < len(doc) and index.cls(k) == EntityClass.Country and index.first[k] == k else None


def set_in(doc: Doc, index: TokenIndex, i: int) -> str | None:
    """'Kerbala in southern Iraq', 'Bam, Iran'; not a country that owns what follows ('Ankara, Germany's
    Tagesschau')."""
    after = index.end(i)
    if after >= len(doc) or doc[after].lower_ not in SETTINGS:
        return None
    k = after + 1
    while doc[after].lower_ == "in" and k < len(doc) and k - after <= 2 and doc[k].pos_ in {"ADJ", "DET"}:
        k += 1   # 'in southern Iraq'
    country = country_at(doc, index, k)
    return country if country and not possessive(doc, index, k) else None


def kind_of(doc: Doc, index: TokenIndex, i: int) -> str | None:
    """'the Philippine province of Palawan', "Iraq's city of Mosul": a country's kind of place, then its name."""
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in PLACE_NOUNS:
        return None
    k = i - 3 - (doc[i - 3].tag_ == "POS")
    return country_at(doc, index, index.first.get(k, k)) if k >= 0 else None


def possessive(doc: Doc, index: TokenIndex, first: int) -> bool:
    """Whether the mention at `first` is a possessor ('Ankara, Germany's Tagesschau reports'): it owns, it does
    not contain."""
    end = index.end(first)
    return end < len(doc) and doc[end].tag_ == "POS"


def near(doc: Doc, index: TokenIndex, i: int, known: dict[str, str]) -> str | None:
    """'Ain Tamr, west of Kerbala', 'the shoal, 105 nautical miles southwest of Palawan': a place lies in the country
    of the place it is given as near to."""
    k = index.end(i)
    if k >= len(doc) or doc[k].text != ",":
        return None
    end = min(doc[i].sent.end, k + 9)
    at = next((t.i for t in doc[k + 1:end] if t.lower_ in DIRECTIONS and t.nbor(1).lower_ == "of"), None)
    if at is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[k + 1:at]):
        return None
    j = at + 2 + (at + 2 < len(doc) and doc[at + 2].lower_ == "the")
    place = index.label.get(j) if index.cls(j) == EntityClass.Place else None
    return known.get(place or "")


def listed_with(doc: Doc, index: TokenIndex, i: int, known: dict[str, str]) -> str | None:
    """'soldiers in Niger, based in Ouallam, Ayorou and Niamey': a place listed with places of one country that the
    sentence names lies in it too."""
    others = {index.label[t.i] for t in doc[i].conjuncts if index.cls(t.i) == EntityClass.Place}
    countries = {known[label] for label in others if label in known}
    named = set(index.in_span(doc[i].sent, {EntityClass.Country}))
    return next(iter(countries)) if len(countries) == 1 and countries <= named else None


# how the text sets a place in a country, read at the place's first token
SETTING_RULES: tuple[Callable[[Doc, TokenIndex, int], str | None], ...] = (set_in, kind_of)
# how a place shares the country of another, given the countries known so far
SHARING_RULES: tuple[Callable[[Doc, TokenIndex, int, dict[str, str]], str | None], ...] = (near, listed_with)
