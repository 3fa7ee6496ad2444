"""Parties and legislatures of the main democracies (kg/gazetteer/parties.csv) and how articles name them."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.gazetteer import load

DATA = Path(__file__).resolve().parent.parent / "kg" / "gazetteer"
OTHER_FILES = ("countries.csv", "organisations.csv", "companies.csv", "places.csv", "seats.csv")


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def names(row: dict[str, str]) -> list[str]:
    return [row["label"]] + [a for a in row.get("aliases", "").split("|") if a]


def test_rows_are_parties_with_a_wikidata_item_or_legislatures():
    parties = rows("parties.csv")
    assert {r["kind"] for r in parties} == {"party", "legislature"}
    assert all(r["wikidata"].startswith("Q") for r in parties if r["kind"] == "party")
    countries = {r["iso3"] for r in rows("countries.csv")}
    assert all(r["iso3"] in countries for r in parties)


def test_no_name_is_given_twice():
    seen: dict[str, str] = {}
    for row in rows("parties.csv"):
        for name in names(row):
            assert seen.setdefault(name, row["label"]) == row["label"], f"{name!r}: {seen[name]} and {row['label']}"
    for other in OTHER_FILES:
        for row in rows(other):
            for column in ("label", "aliases", "demonyms", "capitals"):
                shared = {n for n in (row.get(column) or "").split("|") if n} & set(seen)
                assert not shared, f"{other} {row.get('label')}: {shared}"


@pytest.mark.parametrize("name, label", [
    ("Tories", "Conservative Party"), ("Labour", "Labour Party (UK)"), ("Lib Dems", "Liberal Democrats"),
    ("SPD", "Social Democratic Party of Germany"), ("Democrats", "Democratic Party (United States)"),
    ("Bundesrat", "Federal Council (Germany)"), ("Indian Parliament", "Parliament (India)"),
])
def test_short_names_reach_the_party_or_legislature(name, label):
    assert load().lookup(name) == ("Organization", label)


def test_ordinary_words_are_no_party_names():
    for word in ("Change", "Unity", "Forward", "Alliance", "Spring", "Coalition"):
        assert load().lookup(word) is None


def test_an_article_names_parties_as_organizations(read_article):
    ag = read_article("The Tories say the Budget will raise taxes. Labour denies it, and the Lib Dems want "
                      "more homes. In Berlin the SPD agreed with the CDU.")
    found = {(e.label, e.cls) for e in ag.entities}
    assert {("Conservative Party", "Organization"), ("Labour Party (UK)", "Organization"),
            ("Liberal Democrats", "Organization"), ("Social Democratic Party of Germany", "Organization"),
            ("Christian Democratic Union", "Organization")} <= found
