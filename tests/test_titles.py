"""Office titles and bodies before a name, on hand-built parses: a title is read whole, a name's words are no title's,
and a public body a country owns is named with it."""
from __future__ import annotations

from kg.extract.entities import organisation_names, title_tokens
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


def test_a_public_body_a_country_owns_is_named_with_its_country_and_a_company_is_not():
    doc = parse("""Taiwan Taiwan PROPN poss 3 NNP
's 's PART case 0 POS
Defense Defense PROPN compound 3 NNP
Ministry Ministry PROPN nsubj 4 NNP
condemned condemn VERB ROOT 4 VBD
Britain Britain PROPN poss 8 NNP
's 's PART case 5 POS
BAE BAE PROPN compound 8 NNP
Systems Systems PROPN dobj 4 NNPS""")
    assert [[t.text for t in span] for span in organisation_names(doc, load())] == [
        ["Taiwan", "'s", "Defense", "Ministry"], ["BAE", "Systems"]]
