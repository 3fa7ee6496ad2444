"""The sentence around a statistical NER name as evidence of its class: the kind of the verb it is the subject or
object of, what it is an example of, quotation marks, a verbless sentence, the names it is listed with."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.annotate import pipeline
from kg.extract.evidence import features
from kg.extract.words import verb_kind
from kg.lexicon import HERE

WORDNET = Path("/usr/share/wordnet")


def ner_span(text: str, name: str):
    """The statistical entity `name` in `text`, as the pipeline finds it."""
    doc = pipeline()(text)
    return next(ent for ent in doc.ents if ent.text == name)


def test_verb_kinds_come_from_wordnet_senses():
    assert verb_kind("say") == "communication" and verb_kind("Sell") == "possession"
    assert verb_kind("write") == "creation" and verb_kind("zzzz") is None
    with (HERE / "verb_kinds.csv").open(encoding="utf-8", newline="") as rows:
        kinds = {row["kind"] for row in csv.DictReader(rows)}
    assert {"communication", "creation", "possession", "stative"} <= kinds and "verb.stative" not in kinds


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 (Debian wordnet-base) is not installed")
def test_the_verb_kinds_file_is_what_its_script_derives(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_verb_kinds import verb_kinds
    with (HERE / "verb_kinds.csv").open(encoding="utf-8", newline="") as rows:
        assert [(r["verb"], r["kind"]) for r in csv.DictReader(rows)] == verb_kinds(WORDNET)


@pytest.mark.parametrize("text, name, feature", [
    ("Varig said on Friday that it would cut 500 jobs.", "Varig", "subj:communication"),
    ("The lawsuit was filed by Eliot Spitzer in New York.", "Eliot Spitzer", "subj:communication"),
    ("Hanks will play Robert Langdon in the film.", "Robert Langdon", "obj:competition"),
])
def test_the_verb_a_name_does_or_undergoes_is_evidence(text, name, feature):
    span = ner_span(text, name)
    found = features(span, span.label_)
    assert feature in found
    assert not [f for f in found if f.startswith(("subj:", "obj:")) and f != feature]


def test_an_example_of_a_noun_has_the_nouns_kind_as_every_item_of_the_list():
    text = "The company is behind films such as My Beautiful Laundrette, Billy Elliot and Bridget Jones."
    span = ner_span(text, "Billy Elliot")
    assert {"example:work", "described:work"} <= set(features(span, span.label_))
    span = ner_span("Stars such as Tom Hanks in London.", "London")
    assert not [f for f in features(span, span.label_) if f.startswith("example:")]


def test_an_example_of_a_kind_is_told_from_a_member_of_a_whole():
    span = ner_span("The channel showed cartoons like Danger Mouse and Bananaman last year.", "Bananaman")
    assert "such-as:work" in features(span, span.label_)
    span = ner_span("The show has a cast including Barbara Windsor and Graham Norton.", "Graham Norton")
    found = features(span, span.label_)
    assert "example:body" in found and not [f for f in found if f.startswith("such-as:")]


def test_a_line_up_has_no_verb_and_lists_names():
    span = ner_span("Ingham, Mulligan, Fenton, Morley, Priet.", "Priet")
    found = features(span, span.label_)
    assert "sentence:verbless" in found and any(f.startswith("link-ner:") for f in found)
    span = ner_span("Ingham signed for the club on Monday.", "Ingham")
    assert "sentence:verbless" not in features(span, span.label_)


def test_a_name_between_quotation_marks_is_quoted():
    span = ner_span('The band played "Hey Joe" at the Albert Hall in London.', "Hey Joe")
    assert "shape:quoted" in features(span, span.label_)
    span = ner_span("The band played at the Albert Hall in London.", "London")
    assert "shape:quoted" not in features(span, span.label_)
