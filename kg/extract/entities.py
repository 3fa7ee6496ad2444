"""Find entity mentions in a parsed article: gazetteer matches, NER spans and weapon designations."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.annotate import DATELINE, WEAPON
from kg.extract.classes import judge
from kg.extract.words import dictionary_words, noun_kind
from kg.extract.groups import group_mentions
from kg.extract.listed_names import names_another
from kg.extract.organisations import organisation_names
from kg.extract.spans import names_in
from kg.extract.title_clues import in_title
from kg.extract.titles import headed_title, title_before, title_heads
from kg.gazetteer import Gazetteer
from kg.model import Mention
from kg.names import hyphen_prefix
from kg.vocab import PEOPLE, EntityClass

NER_CLASSES = {"PERSON": EntityClass.Person, "ORG": EntityClass.Organization, "GPE": EntityClass.Place,
               "LOC": EntityClass.Place, "NORP": None, "FAC": EntityClass.Place}
DESIGNATION = re.compile(r"^(?=.*\d)[A-Z][A-Za-z]{0,3}(?:[-/ ]?[A-Z]{0,3})?[- ]?\d{1,4}[A-Za-z]{0,2}(?:-[A-Z0-9]{1,3})?s?$")
WEAPON_HEADS = frozenset(lexicon.words("weapon_heads.txt"))
MOTION = frozenset(lexicon.words("motion_verbs.txt"))
FOCUS_NOUNS = frozenset(r["noun"] for r in lexicon.rows("anaphors.csv") if r["antecedent"] == lexicon.Antecedent.focus)
WORD = re.compile(r"[^\W_]+|\S")     # a word or a punctuation mark, as the tokenizer splits titles


def designation_key(text: str) -> str:
    """'F35-A', 'F-35A' and 'f 35a' share one key; a trailing plural s is dropped."""
    key = re.sub(r"[\s\-]", "", text).lower()
    return key[:-1] if key.endswith("s") and len(key) > 3 and key[-2].isalnum() else key


@lru_cache(maxsize=4)
def designation_index(gaz: Gazetteer) -> dict[str, str]:
    """Designation key → weapon label for every weapon name that contains a digit."""
    index: dict[str, str] = {}
    for weapon in gaz.weapons:
        for name in (weapon.label,) + weapon.aliases:
            if any(ch.isdigit() for ch in name):
                index.setdefault(designation_key(name), weapon.label)
    return index


def plausible(text: str) -> bool:
    """A name has a capital letter or digit and is not a bare number or symbol."""
    return any(c.isupper() for c in text) and any(c.isalpha() for c in text) and len(text) > 1


def mention(span: Span, cls: EntityClass, key: str | None, sentence_starts: list[int],
            confidence: float = 1.0) -> Mention:
    sentence = max(i for i, s in enumerate(sentence_starts) if s <= span.start)
    return Mention(span.text, span.start_char, span.end_char, sentence, cls, key, confidence)


def is_location(span: Span) -> bool:
    """A capital named as the city: governed by a locative preposition ('in Athens') or a verb of travel ('flew to
    Paris'), named as the capital ('the capital, Algiers'), owned by its country ("Yemen's Sanaa"), in the
    dateline ('NIAMEY, Dec. 22'), coordinated with such a place ('in Ouallam, Ayorou and Niamey') or with a
    place that is no country ('New York and London'), or the owner of a named place or body ("London's
    International Petroleum Exchange", not "Moscow's envoy")."""
    doc = span.doc
    if span.end_char <= dateline_end(doc) or owns_a_name(span) or listed_with_city(span):
        return True
    first = coordination_start(span)
    before = doc[first - 1] if first > 0 else None
    if before is None:
        return False
    if before.text == "," and first > 1 and doc[first - 2].lower_ == "capital":
        return True
    return (before.lower_ in {"in", "at", "capital"} or before.tag_ == "POS"
            or before.lower_ == "to" and before.head.lemma_ in MOTION)


def owns_a_name(span: Span) -> bool:
    """A possessor whose possession is a name ("Brussels' Coudenberg Cellars"): what the city has, not what its
    government does."""
    return span.root.dep_ == "poss" and span.root.head.pos_ == "PROPN"


def listed_with_city(span: Span) -> bool:
    """A name coordinated with a place the gazetteer lists as no country ('including New York and London')."""
    return any(t.ent_id_.startswith(f"{EntityClass.Place}|") for t in span.root.conjuncts)


@lru_cache(maxsize=4)
def dateline_end(doc: Doc) -> int:
    """Where the article's dateline ('NIAMEY, Dec. 22 (Xinhua) --') ends; -1 when it has none."""
    dateline = DATELINE.match(doc.text)
    return dateline.end() if dateline else -1


def coordination_start(span: Span) -> int:
    """Where the coordination a name is part of begins: 'Ouallam' for 'Niamey' in 'Ouallam, Ayorou and Niamey'."""
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return min(token.left_edge.i, span.start) if token.i != span.root.i else span.start


def weapon_for(span: Span, gaz: Gazetteer) -> str | None:
    """The weapon label a designation-like span names, if the gazetteer knows it."""
    return designation_index(gaz).get(designation_key(span.text))


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Every entity mention in the document, in text order, without overlaps."""
    starts = [s.start for s in doc.sents]
    titles = title_tokens(doc, gaz)
    found: list[Mention] = []
    taken: set[int] = set()
    for span in organisation_names(doc, gaz):
        found.append(mention(span, EntityClass.Organization, None, starts))
        taken.update(range(span.start, span.end))
    for ent, span in ((ent, span) for ent in doc.ents for span in names_in(ent)):
        if not plausible(span.text) or taken.intersection(range(span.start, span.end)):
            continue
        if (found_class := mention_class(ent, span, gaz, titles)) is None:
            continue
        cls, key, confidence = found_class
        if cls == EntityClass.Country and is_location(span) and gaz.capital_of(span.text):
            cls, key = EntityClass.Place, span.text   # 'signed in Athens': the city, not the country as an actor
        found.append(mention(span, cls, key, starts, confidence))
        taken.update(range(span.start, span.end))
    found.extend(unlisted_designations(doc, gaz, taken, starts))
    found.extend(repeated_names(doc, found, taken, starts))
    found.extend(group_mentions(doc, gaz, found, taken, starts))
    return sorted(found, key=lambda m: m.start)


def repeated_names(doc: Doc, found: list[Mention], taken: set[int], starts: list[int]) -> list[Mention]:
    """A person's name or surname written again where the NER missed it ('Modi welcomed the US president'); not
    a name that is also a common word ('Brown', 'May')."""
    names: dict[tuple[str, ...], EntityClass] = {}
    for m in (m for m in found if m.cls in PEOPLE):
        for name in dict.fromkeys((m.text, m.text.split()[-1])):
            if name.lower() not in dictionary_words() and name[:1].isupper():
                names.setdefault(tuple(name.split()), m.cls)
    extra = []
    longest_first = sorted(names.items(), key=lambda item: -len(item[0]))
    for token in (t for t in doc if t.i not in taken and t.pos_ == "PROPN"):
        for words, cls in longest_first:
            span = doc[token.i:token.i + len(words)]
            if tuple(t.text for t in span) == words and not taken & set(range(span.start, span.end)):
                extra.append(mention(span, cls, None, starts))
                taken.update(range(span.start, span.end))
                break
    return extra


def mention_class(ent: Span, span: Span, gaz: Gazetteer, titles: set[int]) -> tuple[str, str | None, float] | None:
    """(class, gazetteer key, confidence) of an entity span: a gazetteer match, a weapon designation, or the
    class the evidence gives a statistical NER name (kg/extract/classes.py); None when it is no node."""
    if stance(span):
        return None
    if ent.ent_id_:
        cls, key = ent.ent_id_.split("|", 1)
        in_work = cls in {EntityClass.Place, EntityClass.Country} and in_title(span)   # 'Georgia On My Mind'
        return None if in_work or names_another(span, cls, gaz) else (EntityClass(cls), key, 1.0)
    if ent.label_ == WEAPON:
        return None
    designation = DESIGNATION.match(span.text) and ent.label_ in {"PRODUCT", "ORG", "GPE", "CARDINAL"}
    if (label := weapon_for(span, gaz)) or designation and armed(span):
        return EntityClass.WeaponSystem, label, 1.0
    if span[-1].lemma_.lower() in FOCUS_NOUNS:   # 'Indian Government', 'the Government': the country
        country = country_words(gaz).get(span[:-1].text) if len(span) > 1 else None
        if country or len(span) == 1:
            return (EntityClass.Country, country, 1.0) if country else None
    if span.text.isupper() and (known := gaz.lookup(span.text.title())):
        return known[0], known[1], 1.0   # an all-capitals dateline: 'ZURICH'
    if NER_CLASSES.get(ent.label_) and not noise(span, titles):
        if titled(span, gaz) or surname_of_named(span):
            return EntityClass.Person, None, 1.0
        if place_named(span):
            return EntityClass.Place, None, 1.0
        verdict = judge(span, ent.label_, NER_CLASSES[ent.label_])   # the evidence's class, or no node
        if verdict.cls in PEOPLE and any(t.lower_ in {"and", "&"} for t in span):
            return EntityClass.Organization, None, verdict.confidence   # 'Brown and Williamson': a firm or a band
        return (verdict.cls, None, verdict.confidence) if verdict.cls else None
    return None


def surname_of_named(span: Span) -> bool:
    """A one-word name that is the surname of a person the article names in full, the gazetteer's leader or the
    NER's person ('the Trump administration' after 'President Donald Trump'): that person, one referent."""
    if len(span) != 1 or not span[0].is_title:
        return False
    return any(len(e) > 1 and e[-1].text == span[0].text and e.end != span.end
               and (e.ent_id_.startswith(f"{EntityClass.Leader}|") or e.label_ == "PERSON" and not e.ent_id_)
               for e in span.doc.ents)


def place_named(span: Span) -> bool:
    """A name that an 'of' after a place noun names: 'the province of Palawan', 'the town of Ledbury' (not 'the
    streets of', 'the mayor of')."""
    root, prep = span.root, span.root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != span.start - 1:
        return False
    noun = prep.head
    return noun.tag_ == "NN" and noun.is_lower and noun_kind(noun.lemma_) == "place" \
        and any(c.lower_ == "the" for c in noun.children)


def armed(span: Span) -> bool:
    """An unknown designation names a weapon only in a sentence about weapons ('the T-90 tank', not 'U2' or
    'ITV1'): a weapon noun or a weapon the gazetteer knows in its sentence."""
    return any(t.lower_ in WEAPON_HEADS or t.ent_type_ == WEAPON for t in span.sent)


@lru_cache(maxsize=4)
def country_words(gaz: Gazetteer) -> dict[str, str]:
    """A country's names and demonyms -> its label: 'Indian', 'India' -> India."""
    return {word: c.label for c in gaz.countries.values() for word in c.names + c.demonyms}


def titled(span: Span, gaz: Gazetteer) -> bool:
    """A name right after an office title the gazetteer lists is a person's: 'Vice-President Moody Awori',
    'Foreign Minister Ahmed Aboul Gheit' (the NER read them as organisations)."""
    return span.start > 0 and span.doc[span.start - 1].text != "," and title_before(span.doc, span.start, gaz) is not None


@lru_cache(maxsize=4)
def title_openings(gaz: Gazetteer) -> tuple[frozenset[str], int]:
    """The first words of the gazetteer's office titles, and the most words a title has."""
    words = [WORD.findall(title) for title in gaz.titles]
    return frozenset(w[0] for w in words if w), max(map(len, words), default=0)


def title_tokens(doc: Doc, gaz: Gazetteer) -> set[int]:
    """Tokens inside an office title the gazetteer lists ('Secretary of State', 'Minister of Defense') or one
    headed by a listed title's head word ('Foreign Affairs Secretary')."""
    inside: set[int] = set()
    openings, longest = title_openings(gaz)
    words = [token.lower_ + token.whitespace_ for token in doc]
    for start, word in enumerate(words):
        if word.rstrip() not in openings:
            continue
        for end in range(min(start + longest, len(words)), start, -1):
            if "".join(words[start:end]).rstrip() in gaz.titles:
                inside.update(range(start, end))
                break
    for head in (t for t in doc if t.is_title and t.lower_ in title_heads(gaz)):
        if found := headed_title(doc, head.i + 1, gaz):
            inside.update(range(found[1], head.i + 1))   # 'Foreign Affairs Secretary'
    return inside


def stance(span: Span) -> bool:
    """A name after 'pro-' is a side taken, not a participant: 'pro-Russian separatists' are not Russia's (after
    'anti-' it is whom an act is against: 'anti-Iran sanctions')."""
    return hyphen_prefix(span.doc, span.start) == "pro"


def noise(span: Span, titles: set[int]) -> bool:
    """An NER span that is not a name: part of a title, a hyphenated prefix ('Franco-'), or a lone verb form."""
    doc = span.doc
    if set(range(span.start, span.end)) <= titles:
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end + 1].is_lower:
        return True
    return len(span) == 1 and span[0].tag_ in {"VBG", "VB", "VBD", "VBN", "JJ", "RB"}


def unlisted_designations(doc: Doc, gaz: Gazetteer, taken: set[int], starts: list[int]) -> list[Mention]:
    """Designations the NER missed: known ones by key, unknown ones when a weapon noun follows."""
    found = []
    for token in doc:
        if token.i in taken or not DESIGNATION.match(token.text):
            continue
        label = weapon_for(token.doc[token.i:token.i + 1], gaz)
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if label or nxt in WEAPON_HEADS:
            found.append(mention(doc[token.i:token.i + 1], EntityClass.WeaponSystem, label, starts))
    return found
