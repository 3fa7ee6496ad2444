"""An article's persons: which gazetteer leader or which person the article names each personal name denotes."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from kg.gazetteer import Gazetteer, Leader
from kg.model import Mention
from kg.names import bare, gender, nickname_of

BROKEN_HYPHEN = re.compile(r"(?<=\w)- +(?=\w)")
MIN_VARIANT = 5      # the fewest letters of a misspelt word ('Kudja' of Kujda; not 'Joan' of John)
KNOWN_BEFORE = -1    # where a gazetteer leader is first named: before the article ('Trump' of him, not of Melania)
ALIKE = 90           # how alike (rapidfuzz ratio, 0-100) a misspelt name is to the right one
LETTER_FOR_LETTER = 0.85   # or the share of its letters in place (Levenshtein): one letter in seven


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Compare names without case or accents."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def surname(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


@dataclass(frozen=True)
class LeaderIndex:
    """The gazetteer's leaders by folded name and by folded surname, built once per gazetteer."""

    by_name: dict[str, list[Leader]]
    by_surname: dict[str, list[Leader]]
    by_label: dict[str, list[Leader]]       # folded canonical label -> its leaders' terms


@lru_cache(maxsize=4)
def leader_index(gaz: Gazetteer) -> LeaderIndex:
    by_name: dict[str, list[Leader]] = defaultdict(list)
    by_surname: dict[str, list[Leader]] = defaultdict(list)
    by_label: dict[str, list[Leader]] = defaultdict(list)
    for ldr in gaz.leaders:
        for name in {fold(n) for n in (ldr.label,) + ldr.aliases}:
            by_name[name].append(ldr)
        by_surname[surname(ldr.label)].append(ldr)
        by_label[fold(ldr.label)].append(ldr)
    return LeaderIndex(dict(by_name), dict(by_surname), dict(by_label))


@lru_cache(maxsize=1 << 14)   # the same names recur across a corpus, on many different days
def spelled_like(key: str, gaz: Gazetteer) -> list[Leader]:
    """The leaders whose folded name is at least 90% similar to the folded name `key`."""
    index = leader_index(gaz)
    close = process.extract(key, list(index.by_label), scorer=fuzz.ratio, score_cutoff=90, limit=None)
    return [ldr for label, _, _ in close for ldr in index.by_label[label]]


@lru_cache(maxsize=1 << 14)
def leader_named(name: str, gaz: Gazetteer, day: dt.date | None) -> Leader | None:
    """The gazetteer leader a full name or surname denotes, preferring one in office on `day`; a spelling variant
    only on a known day, as it is a variant of someone in office ('Zelensky' in 2023, but an undated 'Michael
    Martin' is not Micheál Martin)."""
    key = fold(name)
    index = leader_index(gaz)
    full = index.by_name.get(key, [])
    if full:
        return next((ldr for ldr in full if ldr.in_office(day)), full[0])
    if " " in name.strip():   # a transliteration variant of someone in office: 'Zelensky' / 'Zelenskyy'
        close = {ldr.label: ldr for ldr in spelled_like(key, gaz) if ldr.in_office(day)} if day else {}
        return next(iter(close.values())) if len(close) == 1 else None
    by_surname = {ldr.label: ldr for ldr in index.by_surname.get(key, []) if ldr.in_office(day)}
    return next(iter(by_surname.values())) if len(by_surname) == 1 else None


@dataclass
class People:
    """An article's persons by folded full name, surname and given name, with the gender each name says and where
    each is first named."""

    names: dict[str, str] = field(default_factory=dict)              # folded name -> canonical label
    parts: dict[str, set[str]] = field(default_factory=dict)         # folded surname or given name -> labels
    genders: dict[str, str | None] = field(default_factory=dict)     # label -> 'female' | 'male' | None
    first: dict[str, int] = field(default_factory=dict)              # label -> start of its earliest name

    def add(self, text: str, label: str, at: int = 0) -> None:
        name, _ = written(text)
        self.names.setdefault(fold(name), label)
        self.genders.setdefault(label, gender(text))
        self.first[label] = min(self.first.get(label, at), at)
        words = name.split()
        keys = [surname(name)] + ([fold(words[0])] if len(words) > 1 else [])   # given name, or family name first
        if len(words) > 2:   # 'Bagheri Kani' of 'Ali Bagheri Kani': the name without its first word
            keys.append(fold(" ".join(words[1:])))
        for key in keys:
            self.parts.setdefault(key, set()).add(label)

    def label_for(self, text: str, at: int | None = None) -> str | None:
        """The person a mention names: its full name, or the one person whose surname, first word (a given name,
        or a family name written first: 'Yoon' of 'Yoon Suk Yeol') or name without its first word it is and whose
        gender does not contradict the honorific ('Mr Brown' -> Gordon Brown, not Mrs Brown; 'Bagheri Kani' ->
        Ali Bagheri Kani); of several such, the one named before the mention at `at`, if only one was."""
        name, said = written(text)
        if fold(name) in self.names and (" " in name or fold(name) not in self.parts):
            return self.names[fold(name)]
        fits = {label for label in self.parts.get(fold(name), ()) if not said or self.genders[label] in {said, None}}
        fits = self.named_before(fits, at)
        if len(fits) == 1 and (" " not in name or fold(name) not in self.names):
            return next(iter(fits))
        return self.names.get(fold(name))   # 'Trump', placed as the leader, though Melania Trump shares the name

    def named_before(self, fits: set[str], at: int | None) -> set[str]:
        """Of several persons a name fits, the one named before the mention at `at`, if only one was: 'Kujda'
        said before Malgorzata Kujda is introduced is Jarek Kujda."""
        earlier = {label for label in fits if at is not None and self.first[label] < at}
        return earlier if len(fits) > 1 and len(earlier) == 1 else fits

    def misspelt(self, text: str, at: int | None = None) -> str | None:
        """The one person (or the one named before `at`) of a gender that does not contradict this name's whose full
        name it misspells ('Frederic Forsythe' of Frederick Forsyth, 'Charles Clark' of Charles Clarke), or, for one
        word, whose surname or given name it misspells ('Scrichapan' of Paradorn Srichaphan)."""
        name, said = fold(written(text)[0]), gender(text)
        if name in self.names or name in self.parts:
            return None   # a name the article writes, though of two people: 'Kujda' after Malgorzata Kujda
        known = [(n, {label}) for n, label in self.names.items() if " " in n] if " " in name else self.parts.items()
        fits = {label for n, labels in known if misspells(name, n) for label in labels
                if said is None or self.genders[label] in {said, None}}
        fits = self.named_before(fits, at)
        return next(iter(fits)) if len(fits) == 1 else None


def written(text: str) -> tuple[str, str | None]:
    """A person's name as `bare` gives it, with a hyphen broken at a line end joined again ('Linda Thomas-
    Greenfield' -> 'Linda Thomas-Greenfield')."""
    name, said = bare(text)
    return BROKEN_HYPHEN.sub("-", name), said


def misspells(name: str, other: str) -> bool:
    """Two folded names, different, word for word the same or a misspelt word, or the given name a nickname of the
    other's ('charles clark', 'charles clarke'; 'freddie forsyth', 'frederick forsyth'; not 'joan smith', 'john
    smith')."""
    words, others = name.split(), other.split()
    if name == other or len(words) != len(others):
        return False
    given = len(words) > 1 and nickname_of(words[0], others[0])
    return all(a == b or misspelt_word(a, b) or i == 0 and given for i, (a, b) in enumerate(zip(words, others)))


def misspelt_word(word: str, other: str) -> bool:
    """Two words of at least MIN_VARIANT letters and the same initial that are ALIKE, as like letter for letter as
    one letter in seven ('mohammad', 'mohammed') or one pair of neighbouring letters apart ('kudja', 'kujda')."""
    if min(len(word), len(other)) < MIN_VARIANT or word[0] != other[0]:
        return False
    return fuzz.ratio(word, other) >= ALIKE or Levenshtein.normalized_similarity(word, other) >= LETTER_FOR_LETTER \
        or swapped(word, other)


def swapped(name: str, other: str) -> bool:
    """'kudja' and 'kujda': the same letters but for one pair of neighbours written the other way round."""
    apart = [i for i, (a, b) in enumerate(zip(name, other)) if a != b]
    return len(name) == len(other) and len(apart) == 2 and apart[1] == apart[0] + 1 \
        and name[apart[0]] == other[apart[1]] and name[apart[1]] == other[apart[0]]


def people_of(persons: list[Mention], gaz: Gazetteer, published: dt.date | None) -> People:
    """The article's persons, gazetteer leaders (a surname the gazetteer knows in office: 'Trump' in 2020) and then
    full names first, so that a bare surname ('Mr Brown') joins its full name and a misspelt name the one it
    misspells; a full name is labelled without its honorific ('Lady Melania Trump' → Melania Trump)."""
    people = People()
    leaders = {id(m): None if m.key else leader_for(m, persons, gaz, published) for m in persons}
    for m in sorted(persons, key=lambda m: (m.key is None and leaders[id(m)] is None, -len(bare(m.text)[0].split()))):
        if people.label_for(m.text, m.start):
            continue
        leader, name = leaders[id(m)], bare(m.text)[0]
        label = m.key or (leader.label if leader else people.misspelt(m.text, m.start) or (name if " " in name else m.text))
        people.add(m.text, label, KNOWN_BEFORE if leader else m.start)
    return people


def leader_for(m: Mention, persons: list[Mention], gaz: Gazetteer, day: dt.date | None) -> Leader | None:
    """The gazetteer leader a person's name denotes: not one of a gender its honorific contradicts ('Mrs Howard'
    is not John Howard), nor, on an unknown day, one named by a word that names another person the article
    names in full ('Charles' after Ray Charles, 'Sir John' after Sir John Bourn)."""
    name, said = bare(m.text)
    leader = leader_named(name, gaz, day)
    if leader is None or said and gender(leader.label) not in {said, None}:
        return None
    return None if day is None and " " not in name and named_in_full(name, leader, persons) else leader


def named_in_full(word: str, leader: Leader, persons: list[Mention]) -> bool:
    """Whether a person mention other than the leader's names in full someone whose first or last name is `word`."""
    own = {fold(n) for n in (leader.label,) + leader.aliases}
    for m in persons:
        words = fold(bare(m.text)[0]).split()
        if len(words) > 1 and fold(word) in {words[0], words[-1]} and " ".join(words) not in own:
            return True
    return False
