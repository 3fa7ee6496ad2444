"""Checks of the bundled gazetteer data files themselves (format, integrity, known facts)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "kg" / "gazetteer"

HEADERS = {
    "countries.csv": ["label", "iso3", "wikidata", "aliases", "demonyms", "capitals"],
    "places.csv": ["label", "iso3", "wikidata", "aliases"],
    "leaders.csv": ["label", "aliases", "wikidata", "iso3", "office", "title", "start", "end"],
    "organisations.csv": ["label", "aliases", "wikidata", "kind", "iso3"],
    "memberships.csv": ["iso3", "organisation", "qualifier"],
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
QID = re.compile(r"^Q\d+$")


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def cells(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


@pytest.fixture(scope="module")
def countries() -> dict[str, dict[str, str]]:
    return {r["iso3"]: r for r in rows("countries.csv")}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_cells(name: str) -> None:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        body = list(reader)
    assert header == HEADERS[name]
    assert body, f"{name} has no rows"
    for row in body:
        assert len(row) == len(header), row
        for value in row:
            assert value == value.strip(), row
            assert "||" not in value and not value.startswith("|") and not value.endswith("|"), row


@pytest.mark.parametrize("name", ["countries.csv", "places.csv", "organisations.csv"])
def test_labels_unique_and_sorted(name: str) -> None:
    labels = [r["label"] for r in rows(name)]
    duplicates = [label for label, n in Counter(labels).items() if n > 1]
    assert not duplicates
    assert labels == sorted(labels, key=lambda label: (label.casefold(), label))


def test_leaders_sorted_by_label_then_start() -> None:
    keys = [(r["label"].casefold(), r["label"], r["start"]) for r in rows("leaders.csv")]
    assert keys == sorted(keys)


def test_wikidata_cells_are_qids() -> None:
    for name in ["countries.csv", "places.csv", "leaders.csv", "organisations.csv"]:
        for r in rows(name):
            assert not r["wikidata"] or QID.match(r["wikidata"]), (name, r)


def test_every_iso3_is_a_country(countries: dict[str, dict[str, str]]) -> None:
    for name in ["places.csv", "leaders.csv", "memberships.csv", "organisations.csv"]:
        unknown = {r["iso3"] for r in rows(name) if r["iso3"] and r["iso3"] not in countries}
        assert not unknown, (name, unknown)


def test_no_name_shared_by_two_countries(countries: dict[str, dict[str, str]]) -> None:
    owners: dict[str, set[str]] = {}
    for iso3, r in countries.items():
        for column in ("label", "aliases", "demonyms", "capitals"):
            for value in cells(r[column]):
                owners.setdefault(value.casefold(), set()).add(iso3)
    shared = {name: isos for name, isos in owners.items() if len(isos) > 1}
    assert not shared


def test_places_are_not_country_names_or_capitals(countries: dict[str, dict[str, str]]) -> None:
    country_names = {
        v.casefold()
        for r in countries.values()
        for column in ("label", "aliases", "demonyms", "capitals")
        for v in cells(r[column])
    }
    clashes = [
        name
        for r in rows("places.csv")
        for name in [r["label"], *cells(r["aliases"])]
        if name.casefold() in country_names
    ]
    assert not clashes


def test_known_country_facts(countries: dict[str, dict[str, str]]) -> None:
    turkey = countries["TUR"]
    assert turkey["label"] == "Turkey" and turkey["wikidata"] == "Q43"
    assert "Türkiye" in cells(turkey["aliases"])
    assert {"Turkish", "Turks"} <= set(cells(turkey["demonyms"]))
    assert cells(turkey["capitals"]) == ["Ankara"]
    usa = countries["USA"]
    assert {"US", "U.S.", "USA", "United States of America"} <= set(cells(usa["aliases"]))
    assert "Washington" in cells(usa["capitals"])
    gbr = countries["GBR"]
    assert {"UK", "U.K.", "Britain", "Great Britain"} <= set(cells(gbr["aliases"]))
    assert "Russian Federation" in cells(countries["RUS"]["aliases"])
    assert "ROK" in cells(countries["KOR"]["aliases"])
    assert "Czechia" == countries["CZE"]["label"]
    assert "Jerusalem" in cells(countries["ISR"]["capitals"])
    # Kosovo, Taiwan and Palestine are reported as state actors; tiny dependencies are not.
    assert {"XKX", "TWN", "PSE"} <= set(countries)
    assert not {"JEY", "GGY", "CXR", "NFK"} & set(countries)
    # Demonyms shared by two states are dropped rather than guessed.
    for iso3 in ("KOR", "PRK"):
        assert "Korean" not in cells(countries[iso3]["demonyms"])


def test_known_places() -> None:
    places = {r["label"]: r for r in rows("places.csv")}
    for label, iso3 in [
        ("Istanbul", "TUR"),
        ("Mumbai", "IND"),
        ("Shanghai", "CHN"),
        ("Los Angeles", "USA"),
        ("Geneva", "CHE"),
        ("Bavaria", "DEU"),
    ]:
        assert places[label]["iso3"] == iso3, label
    assert "St Petersburg" in cells(places["Saint Petersburg"]["aliases"])
    assert "Zurich" in cells(places["Zürich"]["aliases"])
    assert not {"Ankara", "Moscow", "Washington", "Berlin"} & set(places)


def heads(**where: str) -> list[dict[str, str]]:
    return [r for r in rows("leaders.csv") if all(r[k] == v for k, v in where.items())]


@pytest.mark.parametrize(
    "label, iso3, office, start, end",
    [
        ("Theresa May", "GBR", "head_of_government", "2016-07-13", "2019-07-24"),
        ("Malcolm Turnbull", "AUS", "head_of_government", "2015-09-15", "2018-08-24"),
        ("Shinzo Abe", "JPN", "head_of_government", "2012-12-26", "2020-09-16"),
        ("Mauricio Macri", "ARG", "head_of_state", "2015-12-10", "2019-12-10"),
        ("Emmanuel Macron", "FRA", "head_of_state", "2017-05-14", ""),
        ("Angela Merkel", "DEU", "head_of_government", "2005-11-22", "2021-12-08"),
        ("Moon Jae-in", "KOR", "head_of_state", "2017-05-10", "2022-05-09"),
    ],
)
def test_known_heads_2015_2020(label: str, iso3: str, office: str, start: str, end: str) -> None:
    terms = [
        r for r in heads(iso3=iso3, office=office) if label in [r["label"], *cells(r["aliases"])]
    ]
    assert any(r["start"] == start and r["end"] == end for r in terms), terms
    assert all(QID.match(r["wikidata"]) for r in terms)


def test_leader_rows_are_well_formed() -> None:
    for r in rows("leaders.csv"):
        assert r["office"] in {"head_of_state", "head_of_government"}, r
        for column in ("start", "end"):
            assert not r[column] or ISO_DATE.match(r[column]), r
        if r["start"] and r["end"]:
            assert r["start"] <= r["end"], r
        assert not QID.match(r["label"]) and "://" not in r["label"], r


def test_fictional_and_portuguese_labels_are_gone() -> None:
    labels = {r["label"] for r in rows("leaders.csv")}
    assert not {"Olivia Marsdin", "Phil Baker"} & labels
    assert not [label for label in labels if re.search(r"\b[IVX]+ (do|da|de) [A-Z]", label)]
    current_uk_king = heads(iso3="GBR", office="head_of_state", end="")
    assert [r["label"] for r in current_uk_king] == ["Charles III"]
    assert current_uk_king[0]["title"] == "King"


def test_current_heads_have_factbook_titles() -> None:
    (erdogan,) = heads(label="Recep Tayyip Erdoğan", office="head_of_state", end="")
    assert erdogan["iso3"] == "TUR" and erdogan["title"] == "President"
    assert "Recep Tayyip Erdogan" in cells(erdogan["aliases"])


def test_organisations() -> None:
    orgs = {r["label"]: r for r in rows("organisations.csv")}
    assert (
        cells(orgs["European Union"]["aliases"])[0] == "EU"
        and orgs["European Union"]["wikidata"] == "Q458"
    )
    assert orgs["United Nations"]["wikidata"] == "Q1065"
    assert orgs["North Atlantic Treaty Organization"]["kind"] == "alliance"
    assert "NATO" in cells(orgs["North Atlantic Treaty Organization"]["aliases"])
    assert "UN Security Council" in cells(orgs["United Nations Security Council"]["aliases"])
    assert "United Nations General Assembly" in orgs
    kinds = {"alliance", "international_body", "agency", "company", "outlet", "other"}
    assert {r["kind"] for r in orgs.values()} <= kinds
    wikidata = {r["wikidata"] for r in orgs.values()} - {""}
    assert wikidata == {"Q458", "Q1065"}
    owners = Counter(
        a.casefold() for r in orgs.values() for a in {r["label"], *cells(r["aliases"])}
    )
    assert not [name for name, n in owners.items() if n > 1]


def test_memberships_join_organisations() -> None:
    orgs = {r["label"] for r in rows("organisations.csv")}
    members = rows("memberships.csv")
    assert {r["organisation"] for r in members} <= orgs
    assert len({(r["iso3"], r["organisation"], r["qualifier"]) for r in members}) == len(members)
    nato = {
        r["iso3"]
        for r in members
        if r["organisation"] == "North Atlantic Treaty Organization" and not r["qualifier"]
    }
    assert {"FIN", "SWE", "TUR", "USA"} <= nato and "RUS" not in nato


def test_folder_is_small() -> None:
    assert sum(p.stat().st_size for p in DATA.iterdir() if p.is_file()) < 2_000_000
