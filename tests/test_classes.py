"""The class of a statistical NER name from its evidence, with a confidence; titles, laws and awards are no nodes."""
from __future__ import annotations

import pytest

from kg.annotate import pipeline
from kg.extract.classes import features, judge


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
    assert kept.cls == "Organization" and kept.confidence < 0.5   # kept, with the doubt it carries


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
