"""Integrity checks of the hand-curated gazetteers: weapons, companies, titles and seats."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from kg.annotate import variants

DATA = Path(__file__).resolve().parent.parent / "kg" / "gazetteer"

HEADERS = {
    "weapons.csv": ["label", "aliases", "category", "origin", "manufacturers"],
    "companies.csv": ["label", "aliases", "kind", "iso3"],
    "titles.csv": ["title", "role", "level"],
    "seats.csv": ["label", "iso3"],
}
CATEGORIES = {
    "fighter aircraft", "bomber", "transport aircraft", "helicopter", "drone", "air defense system",
    "missile", "tank", "armoured vehicle", "artillery", "rocket artillery", "warship", "submarine",
    "radar", "other",
}
KINDS = {"company", "outlet", "agency"}
WORDS = Path("/usr/share/dict/words")   # Debian package wamerican
# Stand-alone names that are also English words, kept on purpose: capitalised, in news about
# arms, sanctions and diplomacy they almost always mean the system or the body.
WORD_NAMES = {
    "weapons.csv": {"Aegis", "Brimstone", "Harpoon", "Javelin", "Patriot", "Phalanx", "Scud", "Stinger",
                    "Switchblade", "Tomahawk", "Trident", "Zircon"},
    "companies.csv": {"Congress", "Fed", "Pentagon", "Politico", "Senate", "Treasury"},
    "seats.csv": set(),
}
LEVELS = {"head", "official"}


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def cells(value: str | None) -> list[str]:
    return [part for part in (value or "").split("|") if part]


def names(name: str) -> Counter[str]:
    """Every label and alias of a file, counted once per row."""
    return Counter(n for row in rows(name) for n in {row["label"], *cells(row["aliases"])})


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    return {row["iso3"] for row in rows("countries.csv")}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_cells(name: str) -> None:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        assert next(reader) == HEADERS[name]
        for line in reader:
            assert len(line) == len(HEADERS[name]), line
            assert all(cell == cell.strip() for cell in line), line
            assert all(part == part.strip() and part for cell in line if cell for part in cell.split("|")), line


@pytest.mark.parametrize("name", ["weapons.csv", "companies.csv"])
def test_no_name_belongs_to_two_rows(name: str) -> None:
    assert [n for n, count in names(name).items() if count > 1] == []


@pytest.mark.parametrize("name", ["weapons.csv", "companies.csv"])
def test_no_generated_plural_collides_with_another_row(name: str) -> None:
    """The loader adds 's' to every name: that form must not be another row's name."""
    owner = {n: row["label"] for row in rows(name) for n in {row["label"], *cells(row["aliases"])}}
    clashes = [(n, owner[n + "s"]) for n in owner if n + "s" in owner and owner[n + "s"] != owner[n]]
    assert clashes == []


def test_curated_files_share_no_names() -> None:
    files = ["weapons.csv", "companies.csv", "organisations.csv"]
    shared = set(names(files[0])) & set(names(files[1]))
    shared |= set(names(files[0])) & set(names(files[2]))
    shared |= set(names(files[1])) & set(names(files[2]))
    assert shared == set()


def test_weapon_categories_origins_and_manufacturers(iso3: set[str]) -> None:
    companies = {row["label"] for row in rows("companies.csv")}
    for row in rows("weapons.csv"):
        assert row["category"] in CATEGORIES, row
        assert cells(row["origin"]) and set(cells(row["origin"])) <= iso3, row
        assert set(cells(row["manufacturers"])) <= companies, row


def test_variants_are_aliases_of_one_system() -> None:
    weapons = {row["label"]: cells(row["aliases"]) for row in rows("weapons.csv")}
    assert {"F-35A", "F-35B", "F-35C"} <= set(weapons["F-35"])
    assert "MIM-104 Patriot" in weapons["Patriot"]
    assert "S-400 Triumf" in weapons["S-400"]


def test_companies_kinds_and_countries(iso3: set[str]) -> None:
    for row in rows("companies.csv"):
        assert row["kind"] in KINDS, row
        assert row["iso3"] in iso3, row


def test_every_company_kind_is_present() -> None:
    assert {row["kind"] for row in rows("companies.csv")} == KINDS


def test_titles() -> None:
    seen = Counter(row["title"] for row in rows("titles.csv"))
    assert [t for t, count in seen.items() if count > 1] == []
    for row in rows("titles.csv"):
        assert row["title"] == row["title"].lower(), row
        assert row["level"] in LEVELS, row
        assert row["role"] and row["role"][0].isupper(), row
    levels = {row["title"]: row["level"] for row in rows("titles.csv")}
    assert levels["president"] == "head" and levels["vice president"] == "official"


def test_seats(iso3: set[str]) -> None:
    labels = Counter(row["label"] for row in rows("seats.csv"))
    assert [s for s, count in labels.items() if count > 1] == []
    capitals = {c for row in rows("countries.csv") for c in cells(row.get("capitals"))}
    for row in rows("seats.csv"):
        assert row["iso3"] in iso3, row
        assert row["label"] not in capitals, row


@pytest.mark.parametrize("name", sorted(WORD_NAMES))
def test_ordinary_words_stand_alone_only_on_purpose(name: str) -> None:
    """A one-word surface form the ruler would match that is an English word must be listed above."""
    if not WORDS.exists():
        pytest.skip(f"{WORDS} missing (apt-get install wamerican)")
    english = {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="replace").splitlines() if w.islower()}
    plural = name == "weapons.csv"   # the loader adds "s" to weapon names
    found = set()
    for row in rows(name):
        for alias in {row["label"], *cells(row.get("aliases"))}:
            for form in variants(alias):
                if " " in form or form.isupper():
                    continue
                if form.lower() in english or (plural and form.lower() + "s" in english):
                    found.add(form)
    assert found == WORD_NAMES[name]
