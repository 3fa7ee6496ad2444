"""The components newskg adds to the model: a dateline is its own sentence, names are whole, verbs have their dictionary lemma."""
from __future__ import annotations

import pytest
import spacy

from kg.annotate import DATELINE, dateline
from kg.lemmas import verb_lemmas
from parses import parse


@pytest.mark.parametrize("text, line", [
    ("NIAMEY, Dec. 22 (Xinhua) -- The last French soldiers left.", "NIAMEY, Dec. 22 (Xinhua) -- "),
    ("London [UK], January 15 (ANI): The United Kingdom will send tanks.", "London [UK], January 15 (ANI): "),
    ("WELLINGTON, New Zealand - New Zealand on Tuesday blamed China.", "WELLINGTON, New Zealand - "),
    ("UNITED NATIONS • China and Russia vetoed a push.", "UNITED NATIONS • "),
    ("ATHENS — Greek lawmakers approved the purchase.", "ATHENS — "),
])
def test_a_dateline_is_found_at_the_start(text, line):
    assert DATELINE.match(text).group(0) == line


@pytest.mark.parametrize("text", [
    "Germany has announced that it will transfer a launcher.",
    "Turkey bought the S-400 from Russia - and paid for it.",
    "The minister said: We will not back down.",
])
def test_a_lead_without_a_dateline_is_left_alone(text):
    assert DATELINE.match(text) is None


def test_the_lead_sentence_starts_after_the_dateline():
    doc = dateline(spacy.blank("en")("London [UK], January 15 (ANI): The United Kingdom will send tanks."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[-1] == "The" and doc[0].is_sent_start is not False


def test_a_name_with_initials_is_found_without_their_full_stops():
    from kg.annotate import variants
    assert "George W Bush" in variants("George W. Bush") and "A N R Robinson" in variants("A. N. R. Robinson")
    assert variants("U.S.") == {"U.S."} and variants("St. Petersburg") == {"St. Petersburg"}


def test_a_persons_name_cut_in_two_by_the_ner_is_one_name():
    from spacy.tokens import Span
    from kg.annotate import joined_names
    doc = spacy.blank("en")("President Abd Rabbu Mansour Hadi met Tony Blair Gordon Brown")
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "PERSON")]
    assert [e.text for e in joined_names(doc).ents] == ["Abd Rabbu Mansour Hadi", "Tony Blair"]


def test_a_verb_lemma_the_model_got_wrong_is_the_dictionary_verb_its_form_comes_from():
    doc = parse("""Activists activist NOUN nsubj 1 NNS
                   staged stag VERB ROOT 1 VBD
                   a a DET det 3 DT
                   strike strike NOUN dobj 1 NN""")
    assert [t.lemma_ for t in verb_lemmas(doc)] == ["activist", "stage", "a", "strike"]


def test_a_lemma_that_is_a_dictionary_verb_and_an_uninflected_verb_are_left_alone():
    doc = parse("""They they PRON nsubj 1 PRP
                   shelled shell VERB ROOT 1 VBD
                   and and CCONJ cc 1 CC
                   stag stag VERB conj 1 VB""")
    assert [t.lemma_ for t in verb_lemmas(doc)] == ["they", "shell", "and", "stag"]
