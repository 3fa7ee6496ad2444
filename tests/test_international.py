"""The intergovernmental bodies and NGOs converted from PETRARCH2's international actors (international.csv)."""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg.extract.actors import political
from kg.gazetteer import DATA, load
from kg.model import Entity
from kg.vocab import EntityClass

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
import build_international  # noqa: E402

WORDS = Path("/usr/share/dict/words")
SOURCE = Path(__file__).resolve().parents[2] / "shared" / "petrarch2" / "Phoenix.International.actors.txt"
needs_words = pytest.mark.skipif(not WORDS.is_file(), reason="needs /usr/share/dict/words (Debian wamerican)")


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@needs_words
def test_records_keep_bodies_and_their_codes_and_leave_people_and_corporations(tmp_path):
    source = tmp_path / "actors.txt"
    source.write_text("WARSAW_TREATY_ORGANIZATION_\t[IGOEEU 550514-910701]\n"
                      "HANS_BLIX_\t[IGOUNOIAE 811201-971130]\t# IAEA\n"
                      "HUMAN_RIGHTS_INTERNET_\t[NGOUSAHRI <900101][NGOCANHRI]\n"
                      "WORLD_FOOD_PROGRAM_\n+WFP_\n\t[IGOUNOWFP]\n"
                      "#####  Multinational Corporations  ######\nTOYOTA_\t[MNCJPN]\n", encoding="utf-8")
    records = build_international.read_records(source, build_international.load_words(WORDS))
    assert [(r.names, r.code, r.start, r.end, r.kind) for r in records] == [
        (["Warsaw Treaty Organization"], "IGOEEU", "1955-05-14", "1991-07-01", "international_body"),
        (["Human Rights Internet"], "NGOCANHRI", "", "", "ngo"),
        (["World Food Program", "WFP"], "IGOUNOWFP", "", "", "international_body")]
    assert records[1].row({"CAN"}) == {"label": "Human Rights Internet", "aliases": "", "kind": "ngo", "iso3": "CAN",
                                       "sector": "HRI", "code": "NGOCANHRI", "start": "", "end": ""}


def test_records_that_are_one_body_are_merged():
    Record = build_international.Record
    merged = build_international.merged([
        Record(["International Atomic Energy Agency"], "IGOUNOIAE"), Record(["IAEA"], "IGOUNOIAE"),
        Record(["Organisation for Security and Co-operation in Europe"], "IGO"),
        Record(["Organization for Security and Cooperation in Europe"], "IGO"), Record(["IAEA"], "IGOUNO")])
    assert [b.names for b in merged] == [["International Atomic Energy Agency", "IAEA"],
                                         ["Organisation for Security and Co-operation in Europe",
                                          "Organization for Security and Cooperation in Europe"]]


@pytest.mark.skipif(not (SOURCE.is_file() and WORDS.is_file()), reason="needs ../shared/petrarch2 and wamerican")
def test_the_build_reproduces_the_committed_file(tmp_path):
    assert build_international.main([str(SOURCE.parent), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "international.csv").read_text(encoding="utf-8") == (DATA / "international.csv").read_text(
        encoding="utf-8")


def test_no_corporation_and_only_igo_and_ngo_codes():
    table = rows("international.csv")
    assert {r["code"][:3] for r in table} == {"IGO", "NGO"}
    assert {r["kind"] for r in table if r["code"].startswith("NGO")} <= {"ngo", "other"}
    assert "company" not in {r["kind"] for r in table}


def test_a_body_has_one_entity_whatever_the_file_that_names_it():
    gaz = load()
    owners = Counter(n for named in gaz.named if named.cls == EntityClass.Organization
                     for n in {m.casefold() for m in (named.label, *named.aliases)})
    table = {n.casefold() for r in rows("international.csv") for n in [r["label"], *r["aliases"].split("|")] if n}
    assert not [name for name in table if owners[name] > 1]
    assert gaz.lookup("MSF") == gaz.lookup("Doctors Without Borders") == gaz.lookup("Medecins Sans Frontieres")
    assert gaz.lookup("Red Cross")[1] == gaz.lookup("ICRM")[1] == "International Red Cross and Red Crescent Movement"
    assert gaz.lookup("Unicef")[1] == gaz.lookup("UNICEF")[1]
    assert gaz.lookup("Association of South East Asian Nations")[1] == gaz.lookup("ASEAN")[1]


def test_ngos_and_international_bodies_are_political_actors_and_companies_are_not():
    gaz = load()
    for label in ("Amnesty International", "Human Rights Watch", "Doctors Without Borders", "Arab League"):
        assert political(Entity(label, EntityClass.Organization), gaz), label
    assert gaz.named_called("Human Rights Watch").kind == "ngo"
    company = next(n for n in gaz.named if n.kind == "company")
    assert not political(Entity(company.label, EntityClass.Organization), gaz)
