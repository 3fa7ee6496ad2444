"""The CAMEO coder on hand-built parses: arguments, pattern choice, nominal readings, factuality recoding."""
from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.extract.code_tables import CodeTable, load_classes, load_role_preps, load_status_codes
from kg.extract.coding import Coder, bare_preposition, fits, index_patterns, load_coder, noun_arguments, verb_arguments
from kg.extract.senses import load_discards
from kg.lexicon.cameo import CameoLexicon, CameoPattern, PloverMapping, VerbSense
from parses import parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WORDNET = Path("/usr/share/wordnet")

PLOVER = {"02": "REQUEST", "03": "AGREE", "07": "AID", "073": "AID", "08": "CONCEDE", "12": "REJECT",
          "122": "REJECT", "16": "SANCTION", "162": "SANCTION", "17": "COERCE", "173": "COERCE", "175": "ASSAULT",
          "033": "AGREE", "0333": "AGREE", "13": "THREATEN", "130": "THREATEN", "136": "THREATEN", "132": "THREATEN",
          "0356": "AGREE"}


def lexicon(verbs: dict[str, tuple[VerbSense, ...]], patterns: dict[str, tuple[CameoPattern, ...]],
            nouns: dict[str, str] | None = None) -> CameoLexicon:
    return CameoLexicon(verbs, patterns, nouns or {}, {c: PloverMapping(p, "", ()) for c, p in PLOVER.items()})


def coder(cameo: CameoLexicon, nominalizations: dict[str, str] | None = None) -> Coder:
    return Coder(cameo, load_classes(), load_role_preps(), load_discards(), index_patterns(cameo.patterns),
                 load_status_codes(), nominalizations or {})


ARRESTED_JOURNALISTS = """
police police NOUN nsubj 1
arrested arrest VERB ROOT 1
Ghanaian ghanaian ADJ amod 3
journalists journalist NOUN dobj 1
in in ADP prep 1
Lagos Lagos PROPN pobj 4"""
SUSPENDED_AID_DELIVERIES = """
France France PROPN nsubj 1
suspended suspend VERB ROOT 1
aid aid NOUN compound 3
deliveries delivery NOUN dobj 1"""
SUSPENSION_OF_AID = """
the the DET det 1
suspension suspension NOUN ROOT 1
of of ADP prep 1
aid aid NOUN pobj 2
to to ADP prep 1
Haiti Haiti PROPN pobj 4"""
BEAT_WITH = """
soldiers soldier NOUN nsubj 1
beat beat VERB ROOT 1
detainees detainee NOUN dobj 1
with with ADP prep 1
knowledge knowledge NOUN pobj 3"""
SUSPENDED_PART_OF_AID = """
France France PROPN nsubj 1
suspended suspend VERB ROOT 1
part part NOUN dobj 1
of of ADP prep 2
its its PRON poss 5
aid aid NOUN pobj 3"""


def test_a_partitive_object_stands_for_the_noun_of_its_of_phrase():
    assert verb_arguments(parse(SUSPENDED_PART_OF_AID)[1]).objects == {"part", "aid"}
    assert verb_arguments(parse(SUSPENDED_AID_DELIVERIES)[1]).objects == {"delivery"}


ALLOWED_INSPECTORS_TO_ENTER = """
Iraq Iraq PROPN nsubj 1
allowed allow VERB ROOT 1
inspectors inspector NOUN nsubj 4
to to PART aux 4
enter enter VERB ccomp 1
sites site NOUN dobj 4"""
SAID_INSPECTORS_ENTERED = """
Iraq Iraq PROPN nsubj 1
said say VERB ROOT 1
inspectors inspector NOUN nsubj 3
entered enter VERB ccomp 1
sites site NOUN dobj 3"""


def test_the_subject_of_an_infinitive_complement_is_the_verbs_object():
    assert verb_arguments(parse(ALLOWED_INSPECTORS_TO_ENTER)[1]).objects == {"inspector"}
    assert verb_arguments(parse(SAID_INSPECTORS_ENTERED)[1]).objects == set()


def test_verb_arguments_name_heads_modifiers_particles_and_prepositions():
    args = verb_arguments(parse(ARRESTED_JOURNALISTS)[1])
    assert args.objects == {"journalist"} and args.subjects == {"police"} and args.modifiers == {"ghanaian"}
    assert args.preps == {"in": {"lagos"}} and "lagos" in args.words()


def test_noun_arguments_read_the_of_phrase_as_the_object():
    args = noun_arguments(parse(SUSPENSION_OF_AID)[1])
    assert args.objects == {"aid"} and set(args.preps) == {"to"}


def test_a_pattern_fits_only_when_every_slot_it_names_is_there():
    args = verb_arguments(parse(ARRESTED_JOURNALISTS)[1])
    assert fits(args, CameoPattern("175", object="journalist"))
    assert not fits(args, CameoPattern("175", object="journalist", prep="for"))
    assert fits(args, CameoPattern("173", subject="police", prep="in", prep_object="lagos"))


CALLED_THE_ATTACK = """
Hamas Hamas PROPN nsubj 1
called call VERB ROOT 1
{word} {word} {tag} {dep} 1
attack attack NOUN dobj 1"""
CONFIRMED_THE_BATTERIES = """
Berlin Berlin PROPN nsubj 1
confirmed confirm VERB ROOT 1
the the DET det 3
number number NOUN dobj 1
of of ADP prep 3
batteries battery NOUN pobj 4"""
SENT_DEFENCE_BATTERIES = """
Berlin Berlin PROPN nsubj 1
sent send VERB ROOT 1
defence defence NOUN compound 3
batteries battery NOUN dobj 1
to to ADP prep 1
air air NOUN compound 6
bases base NOUN pobj 4"""


def test_a_multiword_pattern_noun_needs_its_modifier_too():
    defence = CameoPattern("074", object="battery", modifier="defence")
    by_air = CameoPattern("060", prep="to", prep_object="base", prep_modifier="air")
    assert not fits(verb_arguments(parse(CONFIRMED_THE_BATTERIES)[1]), defence)
    sent = verb_arguments(parse(SENT_DEFENCE_BATTERIES)[1])
    assert fits(sent, defence) and fits(sent, by_air)
    assert not fits(sent, CameoPattern("074", object="battery", modifier="missile"))
    assert not fits(sent, CameoPattern("060", prep="to", prep_object="base", prep_modifier="naval"))
    cameo = lexicon({"send": (VerbSense("SEND", None),)},
                    {"SEND": (CameoPattern("130", object="battery"), defence)})
    assert coder(cameo).verb_code("send", sent) == ("074", True)   # the modifier makes it more specific


def test_a_verb_in_a_block_only_as_a_multiword_verb_needs_the_word_after_it():
    cameo = lexicon({"call": (VerbSense("CANCEL", None, frozenset({"off"})), VerbSense("CALL", "041"))},
                    {"CANCEL": (CameoPattern("0871", object="attack"),)})
    called_off = verb_arguments(parse(CALLED_THE_ATTACK.format(word="off", tag="ADP", dep="prt"))[1])
    assert coder(cameo).verb_code("call", called_off) == ("0871", True)
    called_it = verb_arguments(parse(CALLED_THE_ATTACK.format(word="unacceptable", tag="ADJ", dep="oprd"))[1])
    assert coder(cameo).verb_code("call", called_it) == ("041", False)   # 'called the attack unacceptable'


def test_the_word_as_written_counts_only_as_an_irregular_form_of_a_verb_the_parse_missed():
    cameo = replace(lexicon({"find": (VerbSense("DISCOVER", None),), "found": (VerbSense("ENACT", "073"),),
                             "seek": (VerbSense("ASK", "020"),), "sought": (VerbSense("ASK", "020"),)}, {}),
                    forms=frozenset({"found", "sought"}))
    found = parse("""
Russia Russia PROPN nsubj 1
found find VERB ROOT 1 VBD
it it PRON dobj 1""")
    assert coder(cameo).code(found[1]) is None   # 'find', not 'found' a company
    sought = parse("""
Russia Russia PROPN nsubj 1
sought sought VERB ROOT 1 VBD
talks talk NOUN dobj 1""")
    assert coder(cameo).code(sought[1]).cameo == "020"   # a lemma the parse got wrong


def test_equally_specific_patterns_prefer_the_verbs_own_code():
    cameo = lexicon({"arrest": (VerbSense("APPREHEND", "173"),)},
                    {"APPREHEND": (CameoPattern("175", object="journalist"), CameoPattern("173", subject="police"))})
    assert coder(cameo).verb_code("arrest", verb_arguments(parse(ARRESTED_JOURNALISTS)[1])) == ("173", True)


def test_modifiers_of_the_object_count_only_when_no_head_fits():
    cameo = lexicon({"suspend": (VerbSense("CANCEL", None),)}, {"CANCEL": (CameoPattern("162", object="aid"),)})
    assert coder(cameo).verb_code("suspend", verb_arguments(parse(SUSPENDED_AID_DELIVERIES)[1])) == ("162", True)


def test_a_bare_preposition_does_not_override_the_verbs_own_code():
    pattern = CameoPattern("130", prep="with")
    cameo = lexicon({"beat": (VerbSense("DESTROY", "175"),)}, {"DESTROY": (pattern,)})
    assert bare_preposition(pattern)
    assert coder(cameo).verb_code("beat", verb_arguments(parse(BEAT_WITH)[1])) == ("175", False)


def test_an_event_noun_takes_its_verbs_pattern_but_not_its_default():
    cameo = lexicon({"suspend": (VerbSense("CANCEL", "16"),)}, {"CANCEL": (CameoPattern("162", object="aid"),)})
    reading = coder(cameo, {"suspension": "suspend"})
    assert reading.code(parse(SUSPENSION_OF_AID)[1]).cameo == "162"
    bare = parse("""
the the DET det 1
suspension suspension NOUN ROOT 1""")
    assert reading.code(bare[1]) is None   # 'the suspension' alone: the verb's default 16 is too broad


@pytest.mark.parametrize("verb, lemma, obj, code, plover", [
    ("condemned", "condemn", "move", "111", "ACCUSE"),      # DELAY's 'prevent the move' (130) is not BLAME's
    ("postponed", "postpone", "election", "120", "REJECT"),   # DELAY's default, not BLAME's 112 (accuse)
    ("demobilised", "demobilise", "fighter", "0873", "RETREAT"),   # a verb the dictionary lacks
    ("lifted", "lift", "curfew", "0813", "CONCEDE"),         # removing a curfew concedes (the PLOVER manual)
])
def test_the_bundled_lexicon_codes_a_verb_by_its_own_block(verb, lemma, obj, code, plover):
    tokens = parse(f"""
Spain Spain PROPN nsubj 1
{verb} {lemma} VERB ROOT 1
the the DET det 3
{obj}s {obj} NOUN dobj 1""")
    coding = load_coder().code(tokens[1])
    assert (coding.cameo, coding.plover) == (code, plover)


def test_codes_without_a_plover_category_code_nothing():
    cameo = lexicon({"say": (VerbSense("SAY", "010"),)}, {})
    said = parse("""
Russia Russia PROPN nsubj 1
said say VERB ROOT 1""")
    assert coder(cameo).code(said[1]) is None


@pytest.mark.parametrize("code, status, recoded", [
    ("073", "Planned", ("0333", "AGREE")),      # 'will send food aid': the intent to give humanitarian aid
    ("173", "Possible", ("132", "THREATEN")),   # 'could arrest': a threat with administrative sanctions
    ("07", "Negated", ("122", "REJECT")),       # 'did not provide aid'
    ("173", "Happened", None),
])
def test_factuality_recodes_an_act(code, status, recoded):
    result = coder(lexicon({}, {})).under_status(code, status)
    if recoded is None or recoded[1] is None:
        assert result is None
    else:
        assert result[:2] == recoded


@pytest.mark.parametrize("code, conditional, recoded", [
    ("0874", True, "136"),    # 'will withdraw the peacekeepers unless …': threaten to halt involvement
    ("0874", False, "0356"),  # 'will withdraw the troops': the intent to de-escalate
    ("173", True, "132"),     # 'will arrest them unless …': a conflictual act keeps its threat code
])
def test_an_act_held_out_on_a_negative_condition_is_a_threat(code, conditional, recoded):
    assert coder(lexicon({}, {})).under_status(code, "Planned", conditional)[0] == recoded


def test_class_table_takes_the_longest_prefix():
    table = CodeTable({"08": "Concession", "084": "Retreat"})
    assert (table.of("0841"), table.of("081"), table.of("19")) == ("Retreat", "Concession", None)


def run_script(name: str, *args: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / name), *args], check=True, capture_output=True)


@pytest.mark.skipif(not (SHARED / "petrarch2").exists(), reason="PETRARCH2's dictionaries are read from ../shared")
def test_committed_discards_equal_a_fresh_build(tmp_path):
    out = tmp_path / "discards.csv"
    run_script("build_discards.py", "--out", str(out))
    assert out.read_text() == (ROOT / "kg" / "lexicon" / "discards.csv").read_text()


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet's data comes from Debian's wordnet-base (/usr/share/wordnet)")
def test_committed_inanimate_nouns_equal_a_fresh_build(tmp_path):
    out = tmp_path / "inanimate_nouns.txt"
    run_script("build_inanimate_nouns.py", "--out", str(out))
    assert out.read_text() == (ROOT / "kg" / "lexicon" / "inanimate_nouns.txt").read_text()
    nouns = set(out.read_text().splitlines())
    assert {"tension", "crisis"} <= nouns and not {"businessman", "council", "administration", "statement"} & nouns


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet's data comes from Debian's wordnet-base (/usr/share/wordnet)")
def test_committed_nominalizations_equal_a_fresh_build(tmp_path):
    lexicon_dir = tmp_path / "lexicon"
    lexicon_dir.mkdir()
    (lexicon_dir / "cameo_verbs.csv").write_text((ROOT / "kg" / "lexicon" / "cameo_verbs.csv").read_text())
    run_script("build_nominalizations.py", "--lexicon", str(lexicon_dir))
    fresh = (lexicon_dir / "nominalizations.csv").read_text()
    assert fresh == (ROOT / "kg" / "lexicon" / "nominalizations.csv").read_text()
    rows = {r["noun"]: r["verb"] for r in csv.DictReader(fresh.splitlines())}
    assert rows["suspension"] == "suspend" and "government" not in rows


PROTESTED_THE_RESULTS = """
crowds crowd NOUN nsubj 1
{verb} {lemma} VERB ROOT 1
the the DET det 3
results result NOUN dobj 1"""
ALLOWED_PEACEKEEPERS = """
Chad Chad PROPN nsubj 1
{verb} {lemma} VERB ROOT 1
peacekeepers peacekeeper NOUN dobj 1"""


def test_of_equally_specific_patterns_one_written_for_the_verb_or_its_whole_family_wins():
    cameo = lexicon({"allow": (VerbSense("ALLOW", None),), "approve": (VerbSense("ALLOW", "080"),)},
                    {"ALLOW": (CameoPattern("0334", object="peacekeeper", verbs=frozenset({"approve"})),
                               CameoPattern("0861", object="peacekeeper"))})
    for verb, code in (("allow", "0861"), ("approve", "0334")):
        args = verb_arguments(parse(ALLOWED_PEACEKEEPERS.format(verb=verb, lemma=verb))[1])
        assert coder(cameo).verb_code(verb, args) == (code, True)


def test_a_verb_with_a_code_of_its_own_takes_no_pattern_written_for_verbs_of_another_code():
    senses = {"protest": (VerbSense("VERBAL_CONFLICT", "140"),), "oppose": (VerbSense("VERBAL_CONFLICT", "110"),),
              "dispute": (VerbSense("VERBAL_CONFLICT", "110"),)}
    cameo = lexicon(senses, {"VERBAL_CONFLICT": (CameoPattern("120", object="result", verbs=frozenset({"oppose"})),)})
    for verb, coded in (("protest", ("140", False)), ("oppose", ("120", True)), ("dispute", ("120", True))):
        args = verb_arguments(parse(PROTESTED_THE_RESULTS.format(verb=verb, lemma=verb))[1])
        assert coder(cameo).verb_code(verb, args) == coded   # dispute shares oppose's code: a synonym
