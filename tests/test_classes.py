"""The class of a statistical NER name from its evidence, with a confidence; titles, laws and awards are no nodes;
a titled name is a person."""
from __future__ import annotations

import pytest

from kg.annotate import pipeline
from kg.extract.classes import OVERRIDE_AT, features, judge
from kg.extract.entities import mention_class, titled
from kg.gazetteer import load
from parses import parse


def ner_span(text: str, name: str):
    """The statistical entity `name` in `text`, as the pipeline finds it."""
    doc = pipeline()(text)
    return next(ent for ent in doc.ents if ent.text == name)


def test_features_name_the_evidence():
    span = ner_span("The film was directed by Mr Paddy Considine in Leeds.", "Mr Paddy Considine")
    assert "before:honorific" in features(span, span.label_)
    span = ner_span("The film was made in Leeds by Emily Blunt.", "Emily Blunt")
    assert "first:given" in features(span, span.label_)
    law = ner_span("The state's Consumer Protection Against Spyware Act bans the software.",
                   "Consumer Protection Against Spyware Act")
    assert "last:thing" in features(law, law.label_)


def test_sure_evidence_overrules_the_ner_label_and_unsure_evidence_does_not():
    span = ner_span("The company Blackground Records lost its case in New York.", "Blackground Records")
    assert judge(span, span.label_, None).cls == "Organization" and judge(span, span.label_, None).confidence > 0.8
    weak = ner_span("The film was directed by Mr Paddy Considine in Leeds.", "Mr Paddy Considine")
    kept = judge(weak, weak.label_, "Organization")
    assert kept.cls == "Organization" and kept.confidence < OVERRIDE_AT   # kept, with the doubt it carries


def test_a_law_or_an_award_is_no_node(read_article):
    ag = read_article("The state's Consumer Protection Against Spyware Act bans the installation of software. "
                      "Roger Deakins won the Technical Achievement Award for his cinematography.")
    labels = {e.label for e in ag.entities}
    assert "Consumer Protection Against Spyware Act" not in labels and "Technical Achievement Award" not in labels
    assert "Roger Deakins" in labels


def test_an_entity_keeps_the_confidence_of_its_class(read_article):
    ag = read_article("The company Blackground Records lost its case in New York. Turkey agreed.")
    found = {e.label: e for e in ag.entities}
    assert 0.5 < found["Blackground Records"].confidence < 1 and found["Turkey"].confidence == 1


@pytest.mark.parametrize("text, name", [
    ("Sprinter Michelle Collins has lodged an appeal.", "Michelle Collins"),
    ("Striker Adrian Mutu was sacked on Friday.", "Adrian Mutu"),
])
def test_a_describing_noun_opening_the_sentence_is_not_part_of_the_name(read_article, text, name):
    labels = {e.label for e in read_article(text).entities}
    assert name in labels and not any(label.endswith(name) and label != name for label in labels)


def test_a_name_right_after_an_office_title_is_a_person():
    doc = parse("""Vice vice PROPN compound 4
                   - - PUNCT punct 4
                   President president PROPN compound 4
                   Moody Moody PROPN compound 4
                   Awori Awori PROPN nsubj 5
                   declined decline VERB ROOT 5""", ents=["O", "O", "O", "B-ORG", "I-ORG", "O"])
    gaz = load()
    assert titled(doc[3:5], gaz) and mention_class(doc.ents[0], doc[3:5], gaz, set())[0] == "Person"
    listed = parse("""the the DET det 1
                      president president NOUN nsubj 4
                      , , PUNCT punct 1
                      Congress Congress PROPN conj 1
                      agreed agree VERB ROOT 4""", ents=["O", "O", "O", "B-ORG", "O"])
    assert not titled(listed[3:4], gaz)   # a list after a comma, not a title and its holder
