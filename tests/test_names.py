"""One node per referent: honorific and surname join the full name when exactly one fits; short forms join
the organisation named in full; gazetteer matches inside a longer name give way to it."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.entities import find_mentions
from kg.gazetteer import load
from kg.model import Mention
from kg.names import abbreviates, bare, gender, hyphen_prefix, initials
from kg.people import People, people_of
from parses import parse


def test_honorifics_are_stripped_and_say_a_gender():
    assert bare("Mr Brown") == ("Brown", "male") and bare("Gen Musharraf") == ("Musharraf", None)
    assert bare("Mrs Howard") == ("Howard", "female") and bare("Brown") == ("Brown", None)
    assert bare("Crown Prince Naruhito") == ("Naruhito", "male") and bare("Vice President Mike Pence")[0] == "Mike Pence"
    assert bare("Harry Prince Smith") == ("Harry Prince Smith", None)   # a given name opens a name, not a title


def test_the_given_name_data_gives_a_gender_only_when_clear():
    assert gender("Sandra Howard") == "female" and gender("Michael Howard") == "male"
    assert gender("Jean Rondeau") is None and gender("Howard") is None


def test_acronyms_and_opening_words_abbreviate_a_longer_name():
    assert initials("Court of Arbitration for Sport") == "CAS"
    assert abbreviates("AIG", "American International Group") and abbreviates("E&Y", "Ernst & Young")
    assert abbreviates("Marsh", "Marsh & McLennan") and abbreviates("Texas", "Texas Instruments")
    assert not abbreviates("AIG", "Aig Holdings") and not abbreviates("Texas Instruments", "Texas")


def labels(ag) -> dict[str, str]:
    return {e.label: e.cls for e in ag.entities}


def test_an_honorific_and_surname_join_the_one_full_name_that_fits(read_article):
    ag = read_article("Pervez Musharraf met the envoy. Gen Musharraf said the talks went well. Michael Howard's "
                      "wife campaigns too. Mrs Howard spoke in Leeds, and Mr Bewlay, a banker, listened.")
    found = labels(ag)
    assert "Gen Musharraf" not in found and "Musharraf" not in found and found["Pervez Musharraf"] == "Leader"
    assert "Mrs Howard" in found and "Michael Howard" in found   # her honorific does not fit him


def test_a_short_form_joins_the_organisation_named_in_full_before(read_article):
    ag = read_article("Two executives from American International Group (AIG) and one from Marsh & McLennan "
                      "pleaded guilty. A Marsh spokeswoman said AIG would co-operate.")
    found = labels(ag)
    assert {"American International Group", "Marsh & McLennan"} <= set(found)
    assert "AIG" not in found and "Marsh" not in found


@pytest.mark.parametrize("text, inner", [
    ("Scotland Yard said the suspect was held overnight.", "Scotland"),
    ("Musician Jools Holland played at the gig.", "Netherlands"),
    ("The sale was announced at the New York Mercantile Exchange on Monday.", "New York"),
])
def test_a_gazetteer_name_inside_a_longer_name_is_not_matched(read_article, text, inner):
    assert inner not in labels(read_article(text))


def test_a_gendered_pronoun_fits_only_names_of_its_gender_or_of_none():
    from kg.names import pronoun_fits
    assert pronoun_fits("she", "Sandra Howard") and not pronoun_fits("she", "Gordon Brown")
    assert pronoun_fits("he", "Gordon Brown") and pronoun_fits("he", "Jean Rondeau") and pronoun_fits("they", "X Y")


def test_a_family_name_written_first_names_that_person_alone():
    people = People()
    people.add("Yoon Suk Yeol", "Yoon Suk Yeol")
    people.add("Gordon Brown", "Gordon Brown")
    assert [people.label_for(n) for n in ("Yoon", "Yeol", "Gordon", "Brown", "Suk")] == [
        "Yoon Suk Yeol", "Yoon Suk Yeol", "Gordon Brown", "Gordon Brown", None]
    people.add("Yoon Seok-min", "Yoon Seok-min")
    assert people.label_for("Yoon") is None   # two people of that name: neither


def test_a_surname_the_gazetteer_knows_in_office_is_that_leader_before_another_of_the_name():
    texts = ["Lady Melania Trump", "Trump", "Mr Brown"]
    mentions = [Mention(t, i * 30, i * 30 + len(t), 0, "Person") for i, t in enumerate(texts)]
    people = people_of(mentions, load(), dt.date(2020, 2, 25))
    assert [people.label_for(t) for t in texts] == ["Melania Trump", "Donald Trump", "Mr Brown"]


def test_a_persons_name_written_again_where_the_ner_missed_it_is_a_mention_but_not_a_common_word():
    doc = parse("""Paddy Paddy PROPN compound 1
Considine Considine PROPN nsubj 2
spoke speak VERB ROOT 2
. . PUNCT punct 2
Considine Considine PROPN nsubj 5
left leave VERB ROOT 5
. . PUNCT punct 5
Gordon Gordon PROPN compound 8
Brown Brown PROPN nsubj 9
came come VERB ROOT 9
Brown Brown PROPN nsubj 9""", ents=["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-PERSON", "I-PERSON", "O", "O"])
    assert [(m.text, m.cls) for m in find_mentions(doc, load())] == [
        ("Paddy Considine", "Person"), ("Considine", "Person"), ("Gordon Brown", "Person")]


def test_the_word_a_hyphen_joins_before_a_name():
    doc = parse("""
pro pro ADJ amod 2
- - PUNCT punct 2
Russian Russian ADJ amod 2
anti- anti- ADJ amod 4
Iran Iran PROPN compound 4
the the DET det 6
US US PROPN ROOT 6""")
    assert (hyphen_prefix(doc, 2), hyphen_prefix(doc, 4), hyphen_prefix(doc, 6), hyphen_prefix(doc, 0)) == \
        ("pro", "anti", "", "")
