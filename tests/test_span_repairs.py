"""Names the NER cut or ran on, repaired: a proper noun touching the name taken in, a head before its 'for' or 'of'
taken in, a date the name ran into left out, a describing word before a person's given name left out, an
organisation name run back through a preposition."""
from __future__ import annotations

from kg.extract.organisations import organisation_names
from kg.extract.spans import names_in
from kg.gazetteer import load
from parses import parse


def test_a_proper_noun_touching_a_name_goes_on_it_but_an_honorific_a_demonym_and_a_verb_do_not():
    doc = parse("""then then ADV advmod 2
                   Johnny Johnny PROPN compound 2
                   Depp Depp PROPN nsubj 2""", ents=["O", "B-PERSON", "O"])
    assert [s.text for s in names_in(doc.ents[0])] == ["Johnny Depp"]
    paper = parse("""the the DET det 3
                     Bisnis Bisnis PROPN compound 3
                     Indonesia Indonesia PROPN compound 3
                     newspaper newspaper NOUN ROOT 3""", ents=["O", "B-ORG", "B-GPE", "O"])
    assert [s.text for s in names_in(paper.ents[0])] == ["Bisnis Indonesia"]
    said = parse("""said say VERB ROOT 0
                    Labour Labour PROPN nsubj 0
                    Mr Mr PROPN compound 3
                    Blair Blair PROPN appos 1""", ents=["O", "B-ORG", "O", "B-PERSON"])
    assert [s.text for s in names_in(said.ents[0])] == ["Labour"]
    american = parse("""and and CCONJ ROOT 0
                        American American PROPN amod 3
                        Serena Serena PROPN compound 3
                        Williams Williams PROPN conj 0""", ents=["O", "B-NORP", "B-PERSON", "I-PERSON"])
    assert [s.text for s in names_in(american.ents[0])] == ["American"]
    missed = parse("""Cygan Cygan PROPN nsubj 1
                      missed miss VERB ROOT 1
                      Arsenal Arsenal PROPN dobj 1""", ents=["B-PERSON", "I-PERSON", "B-ORG"])
    assert [s.text for s in names_in(missed.ents[0])] == ["Cygan missed"]


def test_a_name_begun_after_its_head_and_for_takes_in_the_head_but_not_a_plural_work_s():
    doc = parse("""The the DET det 1
                   Alliance Alliance PROPN nsubj 5
                   for for ADP prep 1
                   Digital Digital PROPN compound 4
                   Inclusion Inclusion PROPN pobj 2
                   met meet VERB ROOT 5""", ents=["O", "O", "O", "B-ORG", "I-ORG", "O"])
    assert [s.text for s in names_in(doc.ents[0])] == ["Alliance for Digital Inclusion"]
    work = parse("""in in ADP ROOT 0
                    the the DET det 2
                    Proceedings Proceedings PROPN pobj 0 NNPS
                    of of ADP prep 2
                    the the DET det 6
                    National National PROPN compound 6
                    Academy Academy PROPN pobj 3""", ents=["O", "O", "O", "O", "O", "B-ORG", "I-ORG"])
    assert [s.text for s in names_in(work.ents[0])] == ["National Academy"]
    title = parse("""the the DET det 1
                     Mayor Mayor PROPN ROOT 1
                     of of ADP prep 1
                     Wigan Wigan PROPN pobj 2""", ents=["O", "O", "O", "B-GPE"])
    assert [s.text for s in names_in(title.ents[0])] == ["Wigan"]


def test_a_name_the_ner_ran_into_a_date_ends_before_it():
    doc = parse("""to to ADP ROOT 0
                   the the DET det 2
                   Commons Commons PROPN pobj 0
                   on on ADP prep 2
                   Monday Monday PROPN pobj 3""", ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"])
    assert [s.text for s in names_in(doc.ents[0])] == ["Commons"]
    kept = parse("""the the DET det 1
                    Bank Bank PROPN ROOT 1
                    of of ADP prep 1
                    Wigan Wigan PROPN pobj 2""", ents=["O", "B-ORG", "I-ORG", "I-ORG"])
    assert [s.text for s in names_in(kept.ents[0])] == ["Bank of Wigan"]


def test_a_word_before_a_person_s_given_name_and_surname_describes_them():
    doc = parse("""the the DET det 4
                   late late ADJ amod 4
                   Beatle Beatle PROPN compound 4
                   George George PROPN compound 4
                   Harrison Harrison PROPN ROOT 4""", ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON"])
    assert [s.text for s in names_in(doc.ents[0])] == ["George Harrison"]
    given = parse("""Mamane Mamane PROPN compound 2
                     Sani Sani PROPN compound 2
                     Kiaou Kiaou PROPN ROOT 2""", ents=["B-PERSON", "I-PERSON", "I-PERSON"])
    assert [s.text for s in names_in(given.ents[0])] == ["Mamane Sani Kiaou"]
    shoal = parse("""the the DET det 3
                     Second Second PROPN compound 3
                     Thomas Thomas PROPN compound 3
                     Shoal Shoal PROPN ROOT 3""", ents=["O", "B-PERSON", "I-PERSON", "I-PERSON"])
    assert [s.text for s in names_in(shoal.ents[0])] == ["Second Thomas Shoal"]


def test_a_name_of_common_words_ended_at_its_and_goes_on_but_another_name_after_and_does_not():
    doc = parse("""The the DET det 2
                   African African PROPN compound 2
                   Growth Growth PROPN nsubj 6
                   and and CCONJ cc 2
                   Opportunity Opportunity PROPN compound 5
                   Act Act PROPN conj 2
                   passed pass VERB ROOT 6""", ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"])
    assert [s.text for s in names_in(doc.ents[0])] == ["African Growth and Opportunity Act"]
    sides = parse("""Brentford Brentford PROPN nsubj 3
                     and and CCONJ cc 0
                     Hartlepool Hartlepool PROPN conj 0
                     play play VERB ROOT 3""", ents=["B-ORG", "O", "O", "O"])
    assert [s.text for s in names_in(sides.ents[0])] == ["Brentford"]


def test_of_a_list_s_two_last_ands_the_one_between_two_one_word_names_joins_one_name():
    doc = parse("""featuring feature VERB ROOT 0
                   Keane Keane PROPN dobj 0
                   , , PUNCT punct 1
                   Belle Belle PROPN conj 1
                   and and CCONJ cc 3
                   Sebastian Sebastian PROPN conj 3
                   and and CCONJ cc 5
                   Travis Travis PROPN conj 5""", ents=["O", "B-ORG", "O", "B-GPE", "O", "B-PERSON", "O", "B-PERSON"])
    assert [s.text for s in names_in(doc.ents[1])] == ["Belle and Sebastian"]
    assert [s.text for s in names_in(doc.ents[3])] == ["Travis"]
    pair = parse("""met meet VERB ROOT 0
                    Keane Keane PROPN dobj 0
                    , , PUNCT punct 1
                    Blair Blair PROPN conj 1
                    and and CCONJ cc 3
                    Brown Brown PROPN conj 3""", ents=["O", "B-PERSON", "O", "B-PERSON", "O", "B-PERSON"])
    assert [s.text for s in names_in(pair.ents[1])] == ["Blair"]


def test_a_plural_possessor_after_the_is_part_of_the_name_a_country_s_is_not():
    doc = parse("""the the DET det 3
                   Critics Critics PROPN poss 3 NNPS
                   ' ' PART case 1 POS
                   Circle Circle PROPN ROOT 3""", ents=["O", "O", "O", "B-LOC"])
    assert [[t.text for t in s] for s in names_in(doc.ents[0])] == [["Critics", "'", "Circle"]]
    country = parse("""Britain Britain PROPN poss 3 NNP
                       's 's PART case 0 POS
                       BAE BAE PROPN compound 3
                       Systems Systems PROPN ROOT 3""", ents=["B-GPE", "O", "B-ORG", "I-ORG"])
    assert [s.text for s in names_in(country.ents[1])] == ["BAE Systems"]
    player = parse("""the the DET det 1
                      Dragons Dragons PROPN poss 4 NNPS
                      ' ' PART case 1 POS
                      Ian Ian PROPN compound 4
                      Gough Gough PROPN ROOT 4""", ents=["O", "B-ORG", "O", "B-PERSON", "I-PERSON"])
    assert [s.text for s in names_in(player.ents[1])] == ["Ian Gough"]


def test_an_amount_the_ner_ran_a_name_into_is_no_part_of_it():
    doc = parse("""awarded award VERB ROOT 0
                   Varig Varig PROPN dative 0
                   2bn 2bn PROPN compound 3
                   reais real NOUN dobj 0""", ents=["O", "B-PERSON", "I-PERSON", "O"])
    assert [s.text for s in names_in(doc.ents[0])] == ["Varig"]


def test_an_organisation_name_runs_back_through_a_preposition_only_in_a_run_a_the_opens():
    doc = parse("""by by ADP ROOT 0
                   the the DET det 6
                   Interactive Interactive PROPN compound 3
                   Media Media PROPN pobj 0
                   in in ADP prep 3
                   Retail Retail PROPN compound 6
                   Group Group PROPN pobj 4""")
    assert [s.text for s in organisation_names(doc, load())] == ["Interactive Media in Retail Group"]
    growth = parse("""growth growth NOUN ROOT 0
                      in in ADP prep 0
                      Retail Retail PROPN compound 3
                      Group Group PROPN pobj 1""")
    assert [s.text for s in organisation_names(growth, load())] == ["Retail Group"]
