"""CAMEO code, PLOVER category and event class of a trigger token, from the CAMEO verb dictionary."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import HERE as LEXICON
from kg.extract.senses import Discards, load_discards
from kg.lexicon.cameo import CameoLexicon, CameoPattern, load_cameo
from kg.vocab import EVENT_CLASSES, PLOVER_CATEGORIES

NOT_AN_EVENT = "---"
OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PREPOSITIONS = frozenset({"prep", "agent", "dative"})


@dataclass(frozen=True)
class Coding:
    """What a trigger means: its CAMEO code, PLOVER category and mode, and our event class."""

    cameo: str
    plover: str
    mode: str | None
    cls: str
    patterned: bool     # refined by a phrase pattern of the dictionary, not only the verb's default code


@dataclass(frozen=True)
class ClassTable:
    """CAMEO code prefix → newskg event class (kg/lexicon/event_classes.csv); the longest prefix wins."""

    by_prefix: dict[str, str]

    def of(self, code: str) -> str | None:
        """The class of a code: 'the longest listed prefix' of it."""
        return next((self.by_prefix[code[:n]] for n in range(len(code), 1, -1) if code[:n] in self.by_prefix), None)


def load_classes(path: Path = LEXICON / "event_classes.csv") -> ClassTable:
    """The CAMEO → class table, checked against the vocabulary's event classes."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for number, row in enumerate(rows, start=2):
        if row["class"] not in EVENT_CLASSES or not row["cameo"].isdigit():
            raise ValueError(f"{path.name}:{number}: not a CAMEO code and event class: {row['cameo']!r}, {row['class']!r}")
    return ClassTable({row["cameo"]: row["class"] for row in rows})


def load_role_preps(path: Path = LEXICON / "role_preps.csv") -> dict[str, dict[str, str]]:
    """PLOVER category → {preposition: role}: where the prepositional arguments of any trigger go."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    general = {row["prep"]: row["role"] for row in rows if row["plover"] == "*"}
    table = {category: dict(general) for category in PLOVER_CATEGORIES}
    for number, row in enumerate(rows, start=2):
        if row["plover"] != "*" and row["plover"] not in table or row["role"] not in {"agent", "target", "location"}:
            raise ValueError(f"{path.name}:{number}: unknown category or role: {row['plover']!r}, {row['role']!r}")
        if row["plover"] != "*":
            table[row["plover"]][row["prep"]] = row["role"]
    return table


def load_intents(path: Path = LEXICON / "intents.csv") -> ClassTable:
    """Material cooperation code prefix → the code of expressing the intent to do it (CAMEO's 03 branch)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return ClassTable({row["cameo"]: row["intent"] for row in csv.DictReader(handle)})


def related(token: Token, deps: frozenset[str]) -> list[Token]:
    """The children of `token` with one of `deps`, with their conjuncts."""
    found = [c for c in token.children if c.dep_ in deps]
    return found + [conj for c in found for conj in c.conjuncts]


def preposition_objects(token: Token, prep: str) -> list[Token] | None:
    """The objects of `prep` on the token or on its object ('put police on alert'); None when there is no such prep."""
    heads = [token] + related(token, OBJECTS)
    preps = [c for h in heads for c in h.children if c.dep_ in PREPOSITIONS and c.lower_ == prep]
    if not preps:
        return None
    return [o for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"}]


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def fits(token: Token, pattern: CameoPattern) -> bool:
    """Whether the parse around a verb has every word the pattern names: particle, object, preposition, subject."""
    if pattern.particle and not any(c.dep_ == "prt" and c.lower_ == pattern.particle for c in token.children):
        return False
    if pattern.object and pattern.object not in {lemma(o) for o in related(token, OBJECTS)}:
        return False
    if pattern.prep:
        objects = preposition_objects(token, pattern.prep)
        if objects is None or pattern.prep_object and pattern.prep_object not in {lemma(o) for o in objects}:
            return False
    return not pattern.subject or pattern.subject in {lemma(s) for s in related(token, SUBJECTS)}


def anchor(pattern: CameoPattern) -> str:
    """The word a pattern is filed under: the rarest slot it names."""
    return pattern.object or pattern.prep_object or pattern.particle or pattern.prep or pattern.subject


def index_patterns(patterns: dict[str, tuple[CameoPattern, ...]]) -> dict[str, dict[str, tuple[CameoPattern, ...]]]:
    """Family → anchor word → its patterns, most specific first: a verb is checked only against the patterns
    whose anchor word stands around it, so the cost per token does not grow with the dictionary."""
    index: dict[str, dict[str, list[CameoPattern]]] = {}
    for family, rows in patterns.items():
        for pattern in rows:
            index.setdefault(family, {}).setdefault(anchor(pattern), []).append(pattern)
    return {family: {word: tuple(sorted(rows, key=lambda p: p.specificity, reverse=True)) for word, rows in words.items()}
            for family, words in index.items()}


def words_around(token: Token) -> set[str]:
    """The words a pattern of the verb can name: its objects, particles, prepositions and their objects, subjects."""
    near = [*related(token, OBJECTS), *related(token, SUBJECTS)]
    preps = [c for h in [token, *related(token, OBJECTS)] for c in h.children if c.dep_ in PREPOSITIONS | {"prt"}]
    near += [o for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    return {lemma(t) for t in near} | {p.lower_ for p in preps}


@dataclass(frozen=True)
class Coder:
    """Codes trigger tokens: a verb by its dictionary sense and the phrase pattern its parse fits best, an
    event noun by the noun list. Codes without a PLOVER category (public statements) code nothing."""

    cameo: CameoLexicon
    classes: ClassTable
    role_preps: dict[str, dict[str, str]]   # PLOVER category → {preposition: role}
    discards: Discards
    patterns: dict[str, dict[str, tuple[CameoPattern, ...]]]   # index_patterns(cameo.patterns)
    intents: ClassTable     # material code → code of the intent to do it ('will give aid' is a pledge: 033)

    def verb_code(self, token: Token) -> tuple[str, bool] | None:
        """The verb's code and whether a pattern gave it: the most specific fitting pattern, else the default."""
        senses = self.cameo.verbs.get(lemma(token)) or self.cameo.verbs.get(token.lower_) or ()
        best: CameoPattern | None = None
        near = words_around(token) if senses else set()
        for sense in senses:
            filed = self.patterns.get(sense.family, {})
            for pattern in (p for word in sorted(near) for p in filed.get(word, ())):
                if (best is None or pattern.specificity > best.specificity) and fits(token, pattern):
                    best = pattern
        if best is not None:
            return best.code, True
        default = next((s.code for s in senses if s.code), None)
        return (default, False) if default else None

    def code(self, token: Token) -> Coding | None:
        """The coding of a verb or event noun, or None when it is no event in the dictionary."""
        if token.pos_ == "VERB":
            found = self.verb_code(token)
        elif token.pos_ == "NOUN" and lemma(token) in self.cameo.nouns:
            found = (self.cameo.nouns[lemma(token)], False)
        else:
            found = None
        if found is None or found[0] == NOT_AN_EVENT:
            return None
        code, patterned = found
        category = self.cameo.plover(code)
        cls = self.classes.of(code)
        if category is None or cls is None:
            return None
        return Coding(code, category[0], category[1] or None, cls, patterned)

    def as_intended(self, code: str) -> tuple[str, str, str | None] | None:
        """A planned or possible material act is coded as the intent to do it (PLOVER AGREE): code, category, mode."""
        intent = self.intents.of(code)
        category = self.cameo.plover(intent) if intent else None
        return (intent, category[0], category[1] or None) if category else None


def load_coder() -> Coder:
    """The coder with the bundled CAMEO lexicon and class table."""
    cameo = load_cameo()
    return Coder(cameo, load_classes(), load_role_preps(), load_discards(), index_patterns(cameo.patterns),
                 load_intents())
