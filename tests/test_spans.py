"""Where a statistical NER name begins and ends: trimmed, completed before its 'of' phrase, cut where the NER
ran names together; organisation names run back through hyphenated words."""
from __future__ import annotations

from kg.extract.entities import mention_class, organisation_names, place_named, surname_of_named
from kg.extract.spans import completed, name_parts, names_in, strip_span
from kg.extract.title_clues import in_title
from kg.gazetteer import load
from parses import parse


def test_a_list_of_names_is_cut_at_its_commas_and_an_aside_in_brackets_is_left_out():
    doc = parse("""Mawson Mawson PROPN nsubj 6
                   , , PUNCT punct 0
                   James James PROPN conj 0
                   , , PUNCT punct 2
                   Robinson Robinson PROPN conj 2
                   ( ( PUNCT punct 4
                   played play VERB ROOT 6""", ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert [p.text for p in name_parts(doc[2:5])] == ["James", "Robinson"]
    assert [p.text for p in name_parts(doc[0:6])] == ["Mawson", "James", "Robinson"]


def test_a_name_the_ner_ended_at_its_of_takes_in_the_name_that_follows():
    doc = parse("""his his PRON poss 3
                   City City PROPN compound 3
                   of of ADP prep 1
                   London London PROPN pobj 2
                   speech speech NOUN ROOT 4""", ents=["O", "B-GPE", "I-GPE", "B-GPE", "O"])
    assert completed(doc[1:3]).text == "City of London"
    alone = parse("""the the DET det 2
                     Board Board PROPN compound 2
                     of of ADP ROOT 2""", ents=["O", "B-ORG", "I-ORG"])
    assert completed(alone[1:3]).text == "Board"


def test_a_sentence_s_first_word_of_another_kind_is_not_part_of_the_name():
    doc = parse("""Without without ADP prep 3
                   Charles Charles PROPN pobj 0
                   , , PUNCT punct 3
                   it it PRON ROOT 3""", ents=["B-PERSON", "I-PERSON", "O", "O"])
    assert strip_span(doc[0:2]).text == "Charles"
    named = parse("""Royal Royal PROPN compound 1
                     Mail Mail PROPN nsubj 2
                     agreed agree VERB ROOT 2""", ents=["B-ORG", "I-ORG", "O"])
    assert [s.text for s in names_in(named.ents[0])] == ["Royal Mail"]


def test_an_organisation_name_runs_back_through_a_hyphenated_name_but_not_a_hyphenated_adjective():
    doc = parse("""by by ADP ROOT 0
                   the the DET det 6
                   US US PROPN compound 6
                   Anti Anti PROPN compound 6
                   - - PUNCT punct 5
                   Doping Doping PROPN compound 6
                   Agency Agency PROPN pobj 0""")
    assert [s.text for s in organisation_names(doc, load())] == ["US Anti-Doping Agency"]
    based = parse("""the the DET det 5
                     Washington Washington PROPN npadvmod 3
                     - - PUNCT punct 3
                     based base VERB amod 5
                     Economic Economic PROPN compound 5
                     Policy Policy PROPN compound 6
                     Institute Institute PROPN ROOT 6""")
    assert [s.text for s in organisation_names(based, load())] == ["Economic Policy Institute"]


def test_a_country_s_government_is_the_country_and_the_government_alone_no_node_of_its_own():
    gaz = load()
    doc = parse("""the the DET det 2
                   Indian Indian PROPN compound 2
                   Government government PROPN nsubj 3
                   agreed agree VERB ROOT 3""", ents=["O", "B-ORG", "I-ORG", "O"])
    assert mention_class(doc.ents[0], doc[1:3], gaz, set()) == ("Country", "India", 1.0)
    alone = parse("""the the DET det 1
                     Government government PROPN nsubj 2
                     agreed agree VERB ROOT 2""", ents=["O", "B-ORG", "O"])
    assert mention_class(alone.ents[0], alone[1:2], gaz, set()) is None


def test_an_unknown_designation_is_a_weapon_only_in_a_sentence_about_weapons():
    gaz = load()
    band = parse("""U2 U2 PROPN nsubj 1
                    played play VERB ROOT 1""", ents=["B-ORG", "O"])
    assert mention_class(band.ents[0], band[0:1], gaz, set())[0] != "WeaponSystem"
    tank = parse("""the the DET det 2
                    XT-90 XT-90 PROPN compound 2
                    tank tank NOUN nsubj 3
                    rolled roll VERB ROOT 3""", ents=["O", "B-PRODUCT", "O", "O"])
    assert mention_class(tank.ents[0], tank[1:2], gaz, set())[0] == "WeaponSystem"


def test_a_place_inside_a_work_s_title_is_no_node():
    doc = parse("""recording record VERB ROOT 0
                   Georgia Georgia PROPN dobj 0
                   On on ADP prep 1
                   My my PRON poss 4
                   Mind Mind PROPN pobj 2""", ents=["O", "B-GPE", "O", "O", "O"])
    assert in_title(doc[1:2]) and not in_title(parse("""visited visit VERB ROOT 0
                                                      Georgia Georgia PROPN dobj 0
                                                      on on ADP prep 0
                                                      Monday Monday PROPN pobj 2""")[1:2])
    show = parse("""watched watch VERB ROOT 0
                    CSI CSI PROPN dobj 0
                    : : PUNCT punct 1
                    Miami Miami PROPN appos 1""")
    assert in_title(show[3:4])


def test_two_people_the_ner_ran_together_are_two_names_and_a_description_is_no_part_of_a_name():
    doc = parse("""featuring feature VERB ROOT 0
                   Lil Lil PROPN compound 2
                   Jon Jon PROPN dobj 0
                   and and CCONJ cc 2
                   Ludacris Ludacris PROPN conj 2""", ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"])
    assert [s.text for s in names_in(doc.ents[0])] == ["Lil Jon", "Ludacris"]
    band = parse("""featuring feature VERB ROOT 0
                    Belle Belle PROPN dobj 0
                    and and CCONJ cc 1
                    Sebastian Sebastian PROPN conj 1""", ents=["O", "B-ORG", "I-ORG", "I-ORG"])
    assert [s.text for s in names_in(band.ents[0])] == ["Belle and Sebastian"]
    centre = parse("""Perpignan Perpignan PROPN compound 3
                      centre centre NOUN compound 3
                      Jean Jean PROPN compound 3
                      Granclaude Granclaude PROPN nsubj 4
                      is be AUX ROOT 4""", ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert [s.text for s in names_in(centre.ents[0])] == ["Jean Granclaude"]


def test_a_surname_of_a_person_named_in_full_is_that_person():
    doc = parse("""Donald Donald PROPN compound 1
                   Trump Trump PROPN nsubj 2
                   spoke speak VERB ROOT 2
                   and and CCONJ cc 2
                   the the DET det 6
                   Trump Trump PROPN compound 6
                   administration administration NOUN conj 2""",
                ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O"])
    assert surname_of_named(doc[5:6]) and not surname_of_named(doc[0:2])
    assert mention_class(doc.ents[1], doc[5:6], load(), set())[0] == "Person"


def test_a_name_an_of_after_a_place_noun_names_is_a_place():
    doc = parse("""the the DET det 2
                   Philippine Philippine ADJ amod 2
                   province province NOUN ROOT 2 NN
                   of of ADP prep 2
                   Palawan Palawan PROPN pobj 3""", ents=["O", "O", "O", "O", "B-ORG"])
    assert place_named(doc[4:5]) and mention_class(doc.ents[0], doc[4:5], load(), set())[0] == "Place"
    mayor = parse("""the the DET det 1
                     mayor mayor NOUN ROOT 1 NN
                     of of ADP prep 1
                     Palawan Palawan PROPN pobj 2""", ents=["O", "O", "O", "B-GPE"])
    assert not place_named(mayor[3:4])
