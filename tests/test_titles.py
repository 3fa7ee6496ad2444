"""Office titles before a name, on hand-built parses: a title is read whole, and a name's words are no title's."""
from __future__ import annotations

from kg.extract.entities import title_tokens
from kg.extract.titles import headed_title
from kg.gazetteer import load
from parses import parse

FOREIGN_AFFAIRS = """According accord VERB prep 4
to to ADP prep 0
Foreign Foreign PROPN compound 3
Affairs Affairs PROPN compound 4
Secretary Secretary PROPN compound 6
Teodoro Teodoro PROPN compound 6
Locsin Locsin PROPN pobj 1"""


def test_an_organisation_only_the_ner_found_is_part_of_a_headed_title():
    doc = parse(FOREIGN_AFFAIRS, ents=["O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON"])
    title, first = headed_title(doc, 5, load())
    assert (title.role, first) == ("Foreign Affairs Secretary", 2)
    assert {2, 3, 4} <= title_tokens(doc, load()) and not {5, 6} & title_tokens(doc, load())


def test_a_persons_name_ending_in_a_title_word_is_no_title():
    doc = parse("""Defence Defence PROPN compound 1
Secretary Secretary PROPN compound 3
Tom Tom PROPN compound 3
King King PROPN nsubj 4
promised promise VERB ROOT 4""", ents=["O", "O", "B-PERSON", "I-PERSON", "O"])
    assert headed_title(doc, 4, load()) is None
    assert not {2, 3} <= title_tokens(doc, load())   # so the NER name is kept
