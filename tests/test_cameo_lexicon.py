"""The CAMEO/PLOVER lexicon: the build script on a hand-written dictionary excerpt, the committed
files against a fresh build, and the loader's checks."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.lexicon.cameo import LexiconError, load_cameo

REPO = Path(__file__).resolve().parent.parent
LEXICON = REPO / "kg" / "lexicon"
SHARED = REPO.parent / "shared"
GENERATED = ("cameo_verbs.csv", "cameo_patterns.csv", "cameo_nouns.csv", "plover.csv")

DICTIONARY = """\
# a hand-written excerpt in the CAMEO.2.0.txt format
####### SYNONYM SETS #######
&WEAPON
+ROCKET
+CRUISE_MISSILE
+MISSILE

&MILITARY
+TROOP
+ARMED_FORCES

####### VERB PATTERNS #######
---  BLAME   [112]  ---
BLAME
CONDEMN [111]
SPEAK {SPOKE SPOKEN SPEAKS}
SPEAKING
+CONDEMNED_AND_BLAMED {}
- * (OF TORTURE)                  [1122]   # BLAME
- * OFF ROW                       [042:043]
- * (BEFORE COURT)                [:173]
- * RALLIES                       [141]
- * SUICIDE                       [---]
- &MILITARY * &WEAPON             [194]
- WILL NOT * (TOWARDS +)          [030]
- * (TO $) (WITH +)               [045]
- * PICNIC                        [042]

---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
ASK [020]
WONDER
- * HELP                          [020]

---  ALTER   [---]  ---
ALTER
- * DEAL                          [031]

---  ARRANGE   [---]  ---
STAGE
+CARRY_OUT {+CARRIED_OUT +CARRIES_OUT +CARRYING_OUT}
- * STATEMENT                     [010]
- * APPEAL                        [020]
- * PLEDGE                        [030]
- * TALKS                         [046]
- * ENDORSEMENT                   [051]
- * COOPERATION                   [060]
- * AID                           [070]
- * CONCESSION                    [080]
- * INVESTIGATION                 [090]
- * DEMAND                        [100]
- * ATTACK                        [111]
- * REJECTION                     [120]
- * WARNING                       [130]
- * PROTESTS                      [141]
- * MANEUVERS                     [150]
- * CRACKDOWN                     [170]
- * ATTACK                        [190]
- * RAID                          [190]
- * {AIR RAID}                    [195]
- * &WEAPON                       [194]
- * ATTACKS                       [190]
- * SUICIDE                       [---]

---  CANCEL   [---]  ---
+CALL_OFF [160]
HALT
- * STRIKE                        [082]   # HALT
- * STRIKE                        [087]   # CALLED_OFF
- * {THE SUMMIT}                  [046]   # CALL_OFF , HALT
- * {MOCK &WEAPON}                [1622]
- * (IN {AIR SPACE})               [172]

---  DELAY   [120]---  ---
POSTPONE
- * TALKS                         [161]   # POSTPONE

---  IMPEL   [170]  ---
FORCE
- * MINISTER OUT                  [161]   # FORCE
- * SHOCK AT                      [111]   # FORCE
- * FROM &MILITARY                [190]   # FORCE
- * TO POSTPONE                   [124]   # FORCE

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""

PLOVER_TABLE = """\
# tiny CAMEO to PLOVER table
08: CONCEDE
080: CONCEDE,   ,  # Yield
08: RETREAT
084: RETREAT,   ,  # Return, release
10: REQUEST
100: REQUEST,  ,  # REQUEST
101: REQUEST, assist,  # Demand material cooperation
11: ACCUSE
112: ACCUSE, disapprove,    # Accuse
1122: ACCUSE, allege, human_rights # Accuse of human rights abuses
18: ASSAULT
1831: ASSAULT, suicide-attack,    # Carry out suicide bombing
1831: ASSAULT, explosives,    # listed twice
~~~~~
"""


def line_of(text: str) -> int:
    """The 1-based line of the excerpt that starts with `text`."""
    return next(n for n, line in enumerate(DICTIONARY.splitlines(), 1) if line.startswith(text))


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def run_build(petrarch: Path, plover: Path, lexicon: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "scripts" / "build_cameo_lexicon.py"),
                           "--petrarch", str(petrarch), "--plover", str(plover), "--lexicon", str(lexicon)],
                          capture_output=True, text=True, cwd=REPO)


def excerpt_build(tmp_path: Path, corrections: str = "") -> subprocess.CompletedProcess:
    (tmp_path / "CAMEO.2.0.txt").write_text(DICTIONARY, encoding="utf-8")
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text(PLOVER_TABLE, encoding="utf-8")
    (tmp_path / "nominal_triggers_curated.csv").write_text(
        "lemma,code,comment\narrest,173,the noun of ARREST\n", encoding="utf-8")
    (tmp_path / "cameo_corrections.csv").write_text(
        "kind,key,field,value,reason\n" + corrections, encoding="utf-8")
    return run_build(tmp_path, tmp_path, tmp_path)


@pytest.fixture(scope="module")
def excerpt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("excerpt")
    result = excerpt_build(out, "verb,ASK:wonder,code,010,a test correction\n"
                                f"pattern,{line_of('- * PICNIC')},drop,,a test correction\n"
                                "verb,DELAY:shelve,add,120,a test correction\n"
                                "pattern,DELAY,add,- * &WEAPON (TO $) [1622],a test correction\n")
    assert result.returncode == 0, result.stderr
    return out


def pattern_keys(out: Path, family: str) -> set[tuple[str, ...]]:
    return {(r["code"], r["subject"], r["particle"], r["object"], r["prep"], r["prep_object"])
            for r in read(out / "cameo_patterns.csv") if r["family"] == family}


def test_verbs_take_own_or_block_code_and_irregular_forms(excerpt: Path) -> None:
    verbs = {(r["lemma"], r["family"]): (r["code"], r["forms"]) for r in read(excerpt / "cameo_verbs.csv")}
    assert verbs[("condemn", "BLAME")] == ("111", "")
    assert verbs[("blame", "BLAME")] == ("112", "")
    assert verbs[("speak", "BLAME")] == ("112", "spoke|spoken|speaks|speaking")   # SPEAKING folded in
    assert ("speaking", "BLAME") not in verbs and ("condemned", "BLAME") not in verbs
    assert verbs[("ask", "ASK")] == ("020", "asked|asking|asks")      # ASK and +ASK_FOR merged
    assert verbs[("wonder", "ASK")] == ("010", "")                   # the correction applied
    assert verbs[("stage", "ARRANGE")] == ("", "")                   # [---]: codes through patterns
    assert verbs[("carry", "ARRANGE")] == ("", "carried|carries|carrying")

    requires = {(r["lemma"], r["family"]): r["requires"] for r in read(excerpt / "cameo_verbs.csv")}
    assert requires[("call", "CANCEL")] == "off"     # in CANCEL only as +CALL_OFF
    assert requires[("ask", "ASK")] == "" and requires[("halt", "CANCEL")] == ""   # ASK alone, HALT alone


def test_a_header_without_a_blank_before_its_dashes_opens_a_block_and_verbs_can_be_added(excerpt: Path) -> None:
    verbs = {(r["lemma"], r["family"]): (r["code"], r["forms"]) for r in read(excerpt / "cameo_verbs.csv")}
    assert verbs[("postpone", "DELAY")] == ("120", "") and ("postpone", "CANCEL") not in verbs
    assert verbs[("shelve", "DELAY")] == ("120", "")                # added, with its own code
    assert ("161", "", "", "talk", "", "") in pattern_keys(excerpt, "DELAY")
    assert not any(r[0] == "161" for r in pattern_keys(excerpt, "CANCEL"))


def test_a_pattern_can_be_added_to_a_block_in_the_dictionary_s_own_syntax(excerpt: Path) -> None:
    added = [r for r in read(excerpt / "cameo_patterns.csv") if r["family"] == "DELAY" and r["code"] == "1622"]
    assert {(r["object"], r["prep"]) for r in added} == {("rocket", "to"), ("missile", "to")}   # a set expanded
    assert {r["line"] for r in added} == {"100005"}     # after every dictionary line: its correction's line 5


def test_a_pattern_can_be_added_only_to_a_block_and_in_the_pattern_syntax(tmp_path: Path) -> None:
    for fix in ("pattern,NOSUCHBLOCK,add,- * RALLIES [1721],stale\n", "pattern,DELAY,add,RALLIES [1721],no star\n"):
        result = excerpt_build(tmp_path, fix)
        assert result.returncode == 1 and "line 2" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_verb_can_be_added_only_to_a_block_that_lacks_it(tmp_path: Path) -> None:
    result = excerpt_build(tmp_path, "verb,DELAY:postpone,add,120,already there\n")
    assert result.returncode == 1 and "DELAY:postpone" in result.stderr and len(result.stderr.splitlines()) == 1


def test_patterns_slots_codes_and_synonym_sets(excerpt: Path) -> None:
    blame = pattern_keys(excerpt, "BLAME")
    assert ("1122", "", "", "", "of", "torture") in blame
    assert ("042", "", "off", "row", "", "") in blame                # [042:043] → first part
    assert ("173", "", "", "", "before", "court") in blame           # [:173] → first non-empty
    assert ("141", "", "", "rally", "", "") in blame                 # lemmatised
    assert ("---", "", "", "suicide", "", "") in blame               # the sense filter is kept
    weapons = {(r[1], r[3]) for r in blame if r[0] == "194"}
    assert weapons == {(s, o) for s in ("troop", "force") for o in ("rocket", "missile")}
    assert not any(r[0] == "030" for r in blame)                    # WILL NOT * : not a subject
    assert ("045", "", "", "", "to", "") in blame                   # actor markers stripped, one group kept
    assert pattern_keys(excerpt, "ASK") == {("020", "", "", "", "for", ""), ("020", "", "", "help", "", "")}


def slot_rows(out: Path, family: str) -> set[tuple[str, ...]]:
    """(code, particle, modifier, object, prep, prep_modifier, prep_object) of the family's pattern rows."""
    return {(r["code"], r["particle"], r["modifier"], r["object"], r["prep"], r["prep_modifier"], r["prep_object"])
            for r in read(out / "cameo_patterns.csv") if r["family"] == family}


def test_multiword_nouns_keep_their_modifier_and_a_comment_can_name_the_phrasal_verb(excerpt: Path) -> None:
    cancel = slot_rows(excerpt, "CANCEL")
    assert {("087", "off", "", "strike", "", "", ""), ("087", "", "", "strike", "", "", "")} <= cancel
    assert ("082", "", "", "strike", "", "", "") in cancel and not any(r[:2] == ("082", "off") for r in cancel)
    assert {r for r in cancel if r[0] == "046"} == {("046", "", "", "summit", "", "", "")}  # a determiner; two verbs
    assert {r[2:4] for r in cancel if r[0] == "1622"} == {("mock", "rocket"), ("mock", "missile"),
                                                          ("cruise", "missile")}   # a member's own modifier
    assert ("172", "", "", "", "in", "air", "space") in cancel
    assert ("195", "", "air", "raid", "", "", "") in slot_rows(excerpt, "ARRANGE")


def test_a_bare_preposition_opens_a_group_and_an_adverb_particle_after_the_object_is_the_particle(excerpt: Path):
    assert slot_rows(excerpt, "IMPEL") == {
        ("161", "out", "", "minister", "", "", ""),         # 'forced the minister out'
        ("111", "", "", "shock", "at", "", ""),             # a preposition after the object
        ("190", "", "", "", "from", "", "troop"), ("190", "", "", "", "from", "armed", "force"),   # its own group
    }                                                       # "* TO POSTPONE": an infinitive, no row


def test_corrections_drop_patterns_by_source_line(excerpt: Path) -> None:
    lines = {r["line"] for r in read(excerpt / "cameo_patterns.csv")}
    assert str(line_of("- * PICNIC")) not in lines and str(line_of("- * (TO $)")) in lines


def test_nouns_come_from_light_verb_blocks_by_majority(excerpt: Path) -> None:
    nouns = {r["lemma"]: (r["code"], r["basis"]) for r in read(excerpt / "cameo_nouns.csv")}
    assert nouns["attack"] == ("190", "CAMEO pattern")              # 2 × 190 against 1 × 111
    assert nouns["protest"] == ("141", "CAMEO pattern")
    assert nouns["arrest"] == ("173", "curated")
    assert "deal" not in nouns                                      # ALTER is not a light-verb block
    assert "suicide" not in nouns and "rocket" not in nouns and "raid" in nouns


def test_plover_table_duplicates_and_appeal(excerpt: Path) -> None:
    table = {r["cameo"]: (r["plover"], r["mode"], r["context"]) for r in read(excerpt / "plover.csv")}
    assert table["08"] == ("CONCEDE", "", "")                        # the first 08 header wins
    assert table["1831"] == ("ASSAULT", "suicide-attack", "")        # the first of two rows wins
    assert table["1122"] == ("ACCUSE", "allege", "human_rights")
    assert table["02"] == ("REQUEST", "", "") and table["021"] == ("REQUEST", "assist", "")
    assert not any(code.startswith("01") for code in table)


def test_a_correction_that_matches_nothing_is_an_error(tmp_path: Path) -> None:
    result = excerpt_build(tmp_path, "verb,BLAME:nosuchverb,code,111,stale\n")
    assert result.returncode == 1
    assert "cameo_corrections.csv line 2" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.skipif(not (SHARED / "petrarch2" / "CAMEO.2.0.txt").is_file(),
                    reason="../shared/petrarch2 and ../shared/plover are not present")
def test_committed_files_equal_a_fresh_build(tmp_path: Path) -> None:
    for name in ("nominal_triggers_curated.csv", "cameo_corrections.csv"):
        shutil.copy(LEXICON / name, tmp_path / name)
    result = run_build(SHARED / "petrarch2", SHARED / "plover", tmp_path)
    assert result.returncode == 0, result.stderr
    for name in GENERATED:
        assert (tmp_path / name).read_text(encoding="utf-8") == (LEXICON / name).read_text(encoding="utf-8"), name


def copied_lexicon(tmp_path: Path) -> Path:
    for name in GENERATED:
        shutil.copy(LEXICON / name, tmp_path / name)
    return tmp_path


def test_loader_rejects_a_bad_code_naming_the_file_and_line(tmp_path: Path) -> None:
    path = copied_lexicon(tmp_path) / "cameo_patterns.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = lines[3].split(",")
    lines[3] = ",".join([fields[0], "19x"] + fields[2:])
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cameo_patterns\.csv line 4: code '19x'"):
        load_cameo(tmp_path)


def test_loader_rejects_an_unknown_plover_category_and_a_missing_column(tmp_path: Path) -> None:
    plover = copied_lexicon(tmp_path) / "plover.csv"
    plover.write_text(plover.read_text(encoding="utf-8").replace(",ASSAULT,", ",FIGHT,", 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"plover\.csv line \d+: unknown PLOVER category 'FIGHT'"):
        load_cameo(tmp_path)
    nouns = tmp_path / "cameo_nouns.csv"
    nouns.write_text(nouns.read_text(encoding="utf-8").replace("lemma,code,basis", "lemma,basis", 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cameo_nouns\.csv line 1: missing column"):
        load_cameo(tmp_path)


@pytest.fixture(scope="module")
def lexicon():
    return load_cameo()


def test_plover_lookup_by_longest_prefix(lexicon) -> None:
    assert lexicon.plover("1831") == ("ASSAULT", "suicide-attack")
    assert lexicon.plover("010") is None and lexicon.plover("---") is None and lexicon.plover("") is None
    assert lexicon.plover("1952") == lexicon.plover("195")          # unlisted sub-code: its parent


def test_every_code_maps_to_plover_or_is_a_statement_or_null(lexicon) -> None:
    codes = {s.code for senses in lexicon.verbs.values() for s in senses if s.code}
    codes |= {p.code for patterns in lexicon.patterns.values() for p in patterns}
    codes |= set(lexicon.nouns.values())
    unmapped = {c for c in codes if c != "---" and not c.startswith("01") and lexicon.plover(c) is None}
    assert not unmapped


def test_loaded_lexicon_keys_forms_and_orders_patterns(lexicon) -> None:
    assert lexicon.verbs["took"] == lexicon.verbs["take"]
    for patterns in lexicon.patterns.values():
        sizes = [p.specificity for p in patterns]
        assert sizes == sorted(sizes, reverse=True)


def test_a_pattern_row_names_the_verbs_its_comment_says_it_was_written_for(excerpt: Path) -> None:
    verbs = {(r["family"], r["code"], r["particle"], r["object"]): r["verbs"] for r in read(excerpt / "cameo_patterns.csv")}
    assert verbs[("CANCEL", "082", "", "strike")] == "halt"
    assert verbs[("CANCEL", "087", "off", "strike")] == "call"          # CALLED_OFF: a form of the phrasal verb
    assert verbs[("CANCEL", "046", "", "summit")] == "call|halt"        # two verbs named
    assert verbs[("CANCEL", "1622", "", "rocket")] == ""                # no comment: written for every verb
    assert verbs[("CANCEL", "160", "off", "")] == "call"                # a multi-word verb's row: its base verb
    assert verbs[("BLAME", "1122", "", "")] == ""                       # '# BLAME' in BLAME: for the whole block
