"""CAMEO code, PLOVER category and event class of a trigger token, from the CAMEO verb dictionary."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from kg import cache, lexicon
from kg.extract.code_tables import (STATUS_READINGS, THREATENED, CodeTable, load_classes, load_nominalizations,
                                    load_role_preps, load_status_codes)
from kg.extract.senses import Discards, load_discards
from kg.lexicon.cameo import CameoLexicon, CameoPattern, VerbSense, load_cameo
from kg.vocab import EventClass

NOT_AN_EVENT = "---"
OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PREPOSITIONS = frozenset({"prep", "agent", "dative"})
NOUN_WORDS = frozenset({"compound", "amod", "nmod"})
PARTITIVES = frozenset(lexicon.words("partitive_nouns.txt"))


@dataclass(frozen=True)
class Coding:
    """What a trigger means: its CAMEO code, PLOVER category and mode, and our event class."""

    cameo: str
    plover: str
    mode: str | None
    cls: EventClass
    patterned: bool     # refined by a phrase pattern of the dictionary, not only the verb's default code


@dataclass(frozen=True)
class Arguments:
    """The words around a trigger that a phrase pattern can name (lemmas, lower case)."""

    objects: frozenset[str]     # head words of the objects
    subjects: frozenset[str]
    particles: frozenset[str]
    preps: dict[str, frozenset[str]]    # preposition → the head words of its objects
    modifiers: frozenset[str] = frozenset()     # the words that modify the objects ('aid' in 'aid deliveries')
    phrases: frozenset[tuple[str, str]] = frozenset()   # (modifier, head) of the objects and prep objects

    def loosened(self) -> Arguments:
        """The same arguments with the objects' modifiers standing for objects too."""
        return replace(self, objects=self.objects | self.modifiers, modifiers=frozenset())

    def words(self) -> list[str]:
        """Every word a pattern can be filed under, in a stable order."""
        found = self.objects | self.subjects | self.particles | set(self.preps)
        return sorted(found.union(*self.preps.values()))


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def heads(tokens: list[Token]) -> frozenset[str]:
    return frozenset(lemma(t) for t in tokens)


def modifiers(tokens: list[Token]) -> frozenset[str]:
    """The words that modify noun phrase heads ('aid deliveries': aid)."""
    return frozenset(lemma(w) for t in tokens for w in t.children if w.dep_ in NOUN_WORDS)


def phrases(tokens: list[Token]) -> frozenset[tuple[str, str]]:
    """(modifier, head) for each word that modifies one of the noun phrase heads, the modifier by lemma and by
    form ('defence weapons': (defence, weapon); 'banned parties': (ban, party) and (banned, party))."""
    return frozenset((word, lemma(t)) for t in tokens for w in t.children if w.dep_ in NOUN_WORDS
                     for word in (lemma(w), w.lower_))


def prep_objects(children: list[Token], skip: str = "") -> list[Token]:
    """The objects of the prepositions among `children` (all but `skip`)."""
    return [o for prep in children if prep.dep_ in PREPOSITIONS and prep.lower_ != skip
            for o in prep.children if o.dep_ in {"pobj", "pcomp"}]


def related(children: list[Token], deps: frozenset[str]) -> list[Token]:
    """The `children` with one of `deps`, with their conjuncts and, for a partitive ('part of the aid
    programme'), the noun of its 'of' phrase."""
    found = [c for c in children if c.dep_ in deps]
    found += [conj for c in found for conj in c.conjuncts]
    return found + [o for c in found if lemma(c) in PARTITIVES for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def prepositions(children: list[Token], skip: str = "") -> dict[str, frozenset[str]]:
    """Preposition → the head words of its objects, over the prepositions among `children` (all but `skip`)."""
    found: dict[str, set[str]] = {}
    for prep in (c for c in children if c.dep_ in PREPOSITIONS and c.lower_ != skip):
        found.setdefault(prep.lower_, set()).update(heads([o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]))
    return {p: frozenset(words) for p, words in found.items()}


def complement_subjects(children: list[Token]) -> list[Token]:
    """The subjects of an infinitive complement among `children`: 'allowed inspectors to enter' lets inspectors in,
    though the parse makes them the subject of 'enter' rather than the object of 'allowed'."""
    return [s for c in children if c.dep_ in {"ccomp", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                         for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def verb_arguments(token: Token) -> Arguments:
    """A verb's arguments: objects (with an infinitive complement's subject), subjects, particles, and the
    prepositions on it or on its objects (its children read once: each walk of them makes their tokens again)."""
    children = list(token.children)
    objects = related(children, OBJECTS) + complement_subjects(children)
    particles = frozenset(c.lower_ for c in children if c.dep_ == "prt")
    around = children + [c for o in objects for c in o.children]
    return Arguments(heads(objects), heads(related(children, SUBJECTS)), particles, prepositions(around),
                     modifiers(objects), phrases(objects + prep_objects(around)))


def noun_arguments(token: Token) -> Arguments:
    """An event noun's arguments as its verb's: 'the suspension of aid' has the object 'aid', 'Iran's' the subject."""
    children = list(token.children)
    of = [o for p in children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    compounds = [c for c in children if c.dep_ == "compound"]
    return Arguments(heads(of + compounds), heads(related(children, frozenset({"poss"}))), frozenset(),
                     prepositions(children, skip="of"), modifiers(of), phrases(of + prep_objects(children, skip="of")))


def fits(args: Arguments, pattern: CameoPattern) -> bool:
    """Whether the arguments have every word the pattern names: particle, object and its modifier, preposition
    and its object's modifier, subject."""
    if pattern.particle and pattern.particle not in args.particles:
        return False
    if pattern.object and pattern.object not in args.objects:
        return False
    if any(word and (word, noun) not in args.phrases
           for word, noun in ((pattern.modifier, pattern.object), (pattern.prep_modifier, pattern.prep_object))):
        return False
    if pattern.prep and (pattern.prep not in args.preps or pattern.prep_object
                         and pattern.prep_object not in args.preps[pattern.prep]):
        return False
    return not pattern.subject or pattern.subject in args.subjects


def bare_preposition(pattern: CameoPattern) -> bool:
    """A pattern that names only a preposition, no word: '- * (WITH)'."""
    return pattern.specificity == 1 and bool(pattern.prep)


def written_for(pattern: CameoPattern, verb: str) -> int:
    """2 when the pattern was written for the verb, 1 when for every verb of its family, 0 when for others only."""
    return 2 if verb in pattern.verbs else int(not pattern.verbs)


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
    return {family: {word: tuple(sorted(rows, key=lambda p: -p.specificity)) for word, rows in words.items()}
            for family, words in index.items()}


@dataclass(frozen=True)
class Coder:
    """Codes trigger tokens: a verb by its dictionary sense and the phrase pattern its parse fits best, an
    event noun by the noun list or as the verb it names. Codes without a PLOVER category (public statements)
    code nothing."""

    cameo: CameoLexicon
    classes: CodeTable
    role_preps: dict[str, dict[str, str]]   # PLOVER category → {preposition: role}
    discards: Discards
    patterns: dict[str, dict[str, tuple[CameoPattern, ...]]]   # index_patterns(cameo.patterns)
    status_codes: dict[str, CodeTable]  # reading → code → its code so read ('will give aid': intended 033)
    nominalizations: dict[str, str]     # event noun → the verb it names

    def best_pattern(self, verb: str, senses: tuple, args: Arguments) -> CameoPattern | None:
        """The most specific pattern of the verb's families that the arguments fit; of equally specific ones, one
        written for this verb, else for all of its family, before one written for another verb of it ('allowed
        peacekeepers' is no approval of their deployment), then one that agrees with its verb's default code
        ('police arrested journalists': arrest, not repression)."""
        best, best_rank, words = None, (0, 0, False), args.words()
        for sense in (s for s in senses if not s.requires or s.requires.intersection(words)):
            filed = self.patterns.get(sense.family, {})
            for pattern in (p for word in words for p in filed.get(word, ())):
                if sense.code and bare_preposition(pattern):
                    continue   # 'beat ... with the knowledge of': a bare 'with' says less than the verb's own code
                if self.foreign(pattern, verb, sense):
                    continue   # 'protested the results' (140) is no rejection, which OPPOSE's '- * RESULT' codes
                rank = (pattern.specificity, written_for(pattern, verb),
                        bool(sense.code) and pattern.code[:3] == sense.code[:3])
                if rank > best_rank and fits(args, pattern):
                    best, best_rank = pattern, rank
        return best

    def foreign(self, pattern: CameoPattern, verb: str, sense: VerbSense) -> bool:
        """Whether the pattern was written only for other verbs of the family, none of which has the code of its
        own that this verb has (PROTEST's 140 among VERBAL_CONFLICT's 110): the dictionary's synonyms share a code."""
        return bool(sense.code) and written_for(pattern, verb) == 0 and all(
            other.code != sense.code for named in pattern.verbs for other in self.cameo.verbs.get(named, ())
            if other.family == sense.family)

    def verb_code(self, verb: str, args: Arguments) -> tuple[str, bool] | None:
        """The verb's code and whether a pattern gave it: the most specific pattern its arguments' heads fit,
        else one their modifiers fit too (when there are any), else the verb's default code."""
        senses = self.cameo.verbs.get(verb, ())
        best = self.best_pattern(verb, senses, args) or (self.best_pattern(verb, senses, args.loosened())
                                                         if args.modifiers else None)
        if best is not None:
            return best.code, True
        default = next((s.code for s in senses if s.code), None)
        return (default, False) if default else None

    def noun_code(self, token: Token) -> tuple[str, bool] | None:
        """An event noun's code: its verb's phrase pattern if one fits ('the suspension of aid'), else the noun
        list's code. A verb's default code is too broad for its noun ('administration', 'relation')."""
        verb = self.nominalizations.get(lemma(token))
        coded = self.verb_code(verb, noun_arguments(token)) if verb else None
        if coded and coded[1]:
            return coded
        listed = self.cameo.nouns.get(lemma(token))
        return (listed, False) if listed else None

    def code(self, token: Token) -> Coding | None:
        """The coding of a verb or event noun, or None when it is no event in the dictionary."""
        if token.pos_ == "VERB":   # its arguments are read only for a verb the dictionary has, and once
            known = [verb for verb in (lemma(token), self.irregular(token)) if verb in self.cameo.verbs][:1]
            args = verb_arguments(token) if known else None
            found = next(filter(None, (self.verb_code(verb, args) for verb in known)), None)
        else:
            found = self.noun_code(token) if token.pos_ == "NOUN" else None
        if found is None or found[0] == NOT_AN_EVENT:
            return None
        code, patterned = found
        category, cls = self.cameo.plover(code), self.classes.of(code)
        if category is None or cls is None:
            return None
        return Coding(code, category[0], category[1] or None, cls, patterned)

    def irregular(self, token: Token) -> str:
        """The word as written when the dictionary lists it as an irregular form ('sought'), for a lemma the parse
        got wrong and the dictionary lacks; a verb the parse lemmatised as one the dictionary has is that verb
        ('found' of 'find' is no founding)."""
        return token.lower_ if token.lower_ in self.cameo.forms else ""

    def under_status(self, code: str, status: str, conditional: bool = False) -> tuple[str, str, str | None] | None:
        """The code, category and mode of an act under its factuality: a planned or possible material act is the
        intent to do it (AGREE) or the threat of it (THREATEN); a refused cooperative act is a rejection; an
        intended one held out on a negative condition ('unless') a threat."""
        reading = STATUS_READINGS.get(status)
        recoded = self.status_codes[THREATENED].of(code) if conditional and reading == "intended" else None
        if recoded is None and reading:
            recoded = self.status_codes[reading].of(code)
        category = self.cameo.plover(recoded) if recoded else None
        return (recoded, category[0], category[1] or None) if category else None


@lru_cache(maxsize=1)
def load_coder() -> Coder:
    """The coder with the bundled CAMEO lexicon and its companion tables (built once per process: it is frozen;
    read from the user cache while kg's code and data are those it was built from)."""
    return cache.cached_records("coder", cache.package_digest(), make_coder)


def make_coder() -> Coder:
    """The coder, read and checked from the lexicon files."""
    cameo = load_cameo()
    return Coder(cameo, load_classes(), load_role_preps(), load_discards(), index_patterns(cameo.patterns),
                 load_status_codes(), load_nominalizations())
