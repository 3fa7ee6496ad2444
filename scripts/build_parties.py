"""Derive kg/gazetteer/parties.csv: the political parties and legislatures of the main democracies.

Usage:  python scripts/build_parties.py --partyfacts DIR --factbook DIR [--shared DIR] [--out FILE]

--partyfacts is a checkout of hdigital/partyfactsdata (MIT; read: import/elecglob/partyfacts-core-parties.csv,
the Party Facts core parties with their largest national vote share, and import/wikipedia/wikidata.csv, their
Wikidata QIDs, English labels and short names, Wikidata facts being CC0). --factbook is a checkout of
factbook/factbook.json (CC0 / public domain: legislature and chamber names, population). --shared defaults to
../shared/gazetteers (org_memberships_factbook.csv and countries_factbook.csv, public domain), --out to
kg/gazetteer/parties.csv. The names already in the other gazetteer files of kg/gazetteer/ are read so that no
alias is given twice. See kg/gazetteer/SOURCES.md.

Rules (each in the function that applies it):
- the main democracies: members of the OECD or the G-20 (2026 Factbook memberships), less NOT_DEMOCRACIES;
- a party: a Party Facts core party of one of them, not technical, with at least MIN_SHARE % of a national
  vote at some election and active in or after FIRST_YEAR; label = its English Wikipedia title;
- aliases: the English Wikidata label, the Party Facts English and native names, short names written with two
  or more capitals (SPD, CDU, UKIP), the Wikidata short name ("Lib Dems"), the members' plural of an
  '<adjective> Party' ("Democrats"), the singular of a plural last word of a multi-word alias ("Lib Dem",
  "Liberal Democrat"), and EXTRA_ALIASES; an alias that names another gazetteer entry or is an ordinary
  English word ("Change") is dropped, and one shared by parties of several countries stays with the party of
  the most populous country;
- a legislature: the Factbook's legislature and chamber names; "German Bundestag (Deutscher Bundestag)" gives
  the label and the name in brackets as an alias; a generic name ("Senate") is labelled with its country
  ("Senate (Australia)") and aliased with the demonym ("Australian Senate"); names already in the gazetteer
  are left to it.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.atomic import write_csv  # noqa: E402
GAZETTEER = REPO / "kg" / "gazetteer"
MIN_SHARE, FIRST_YEAR = 5.0, 2000
NOT_DEMOCRACIES = {"CHN", "RUS", "SAU"}    # G-20 members without competitive national elections
# News names no source gives: the nickname of the British Conservatives (Wikidata keeps it among its aliases,
# which the Party Facts extract does not carry).
EXTRA_ALIASES = {"Q9626": ("Tories", "Tory", "Tory Party")}
GENERIC = re.compile(r"^(?:(?:National|Federal|Legislative|Grand National|Consultative|Supreme|State|Parliamentary)\s+)?"
                     r"(?:Parliament|Senate|Assembly|Congress|Council|House of Representatives|House of Councillors|"
                     r"Chamber of Deputies|Chamber of Representatives|House of Commons|House of Assembly|Diet)$")


@dataclass
class Entry:
    """One row of parties.csv."""

    label: str
    kind: str           # party | legislature
    iso3: str
    wikidata: str = ""
    aliases: list[str] = field(default_factory=list)

    def add(self, *names: str) -> None:
        for name in names:
            name = re.sub(r"\s+", " ", name or "").strip()
            if name and name != self.label and name not in self.aliases and latin(name):
                self.aliases.append(name)


def latin(text: str) -> bool:
    return all(ord(c) < 0x250 or c in "–’" for c in text)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def democracies(shared: Path) -> set[str]:
    """ISO3 codes of the OECD and G-20 members, less NOT_DEMOCRACIES."""
    members = {r["iso3"] for r in rows(shared / "org_memberships_factbook.csv")
               if r["org"] in {"OECD", "G-20"} and not r["qualifier"] and r["iso3"]}
    return members - NOT_DEMOCRACIES


def factbook_profiles(factbook: Path, shared: Path, countries: set[str]) -> dict[str, dict]:
    """The Factbook profile of each country, by ISO3 (files are named by the Factbook's GEC code)."""
    by_gec = {r["gec"].lower(): r["iso3"] for r in rows(shared / "countries_factbook.csv") if r["iso3"] in countries}
    profiles = {}
    for path in sorted(factbook.glob("*/*.json")):
        if path.stem in by_gec:
            profiles[by_gec[path.stem]] = json.loads(path.read_text(encoding="utf-8"))
    return profiles


def population(profile: dict) -> int:
    """The total population a Factbook profile gives (0 when it gives none)."""
    people = profile.get("People and Society", {}).get("Population", {})
    text = people.get("total", people).get("text", "")
    found = re.match(r"[\d,]+", text)
    return int(found.group().replace(",", "")) if found else 0


def short_names(cell: str, wikidata: str) -> list[str]:
    """Party Facts' 'FN / RN' -> FN, RN and the extract's Wikidata short names, whose spaces and separators are
    both written '/': two parts are one name ('Lib/Dems' -> 'Lib Dems', 'CDU/CSU'), more are a list
    ('GOP/Grand/Old/Party' -> GOP). Acronyms need three or more characters with two or more capitals ('Lab',
    'Con' and 'BP' are not news names); a two-part name, two title-case words or one acronym."""
    parts = wikidata.split("/")
    if len(parts) == 2:
        pair = " ".join(parts) if all(len(w) >= 3 and w.istitle() for w in parts) else wikidata
        parts = [pair]
    candidates = [s.strip() for s in cell.split(" / ")] + parts
    return [s for s in candidates if " " in s and s.istitle() or len(s) >= 3 and " " not in s
            and sum(c.isupper() for c in s) >= 2 and s.lower() not in english_words()]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The lowercase words of /usr/share/dict/words (Debian wamerican): 'DIE' is no party's acronym."""
    path = Path("/usr/share/dict/words")
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.islower()) if path.exists() else frozenset()


def singulars(names: list[str]) -> list[str]:
    """'Lib Dems' -> 'Lib Dem', 'Liberal Democrats' -> 'Liberal Democrat': a multi-word name's plural tail
    (a consonant and s: not 'Bloc Québécois')."""
    return [n[:-1] for n in names if " " in n and re.search(r"[a-z][b-df-hj-np-tv-z]s$", n)]


def adherents(label: str) -> list[str]:
    """'Democratic Party' -> 'Democrats', 'Conservative Party' -> 'Conservatives': what news call the members
    of a party named '<adjective> Party'."""
    found = re.fullmatch(r"([A-Z][a-z]+)(ic|an|ive|al|ist) Party", label)
    if not found:
        return []
    return [found.group(1) + ("s" if found.group(2) == "ic" else found.group(2) + "s")]


def common_word(name: str) -> bool:
    """A single word that is an ordinary English word in the singular ('Change', 'Unity', 'Forward'): no party's
    name in running text. Plural members' nouns ('Conservatives', 'Greens') are names."""
    return " " not in name and name.lower() in english_words() and not name.endswith("s")


def title(url: str) -> str:
    """'https://en.wikipedia.org/wiki/Labour_Party_(UK)' -> 'Labour Party (UK)'; '' for other wikis."""
    found = re.match(r"https?://en\.wikipedia\.org/wiki/(.+)$", url or "")
    return unquote(found.group(1)).replace("_", " ") if found else ""


def party_rows(partyfacts: Path, countries: set[str]) -> list[tuple[dict, dict]]:
    """(Party Facts core row, Wikidata row) of each party of `countries` with a Wikidata item that won at least
    MIN_SHARE % of a national vote and is active since FIRST_YEAR."""
    wikidata = {r["partyfacts_id"]: r for r in rows(partyfacts / "import/wikipedia/wikidata.csv") if r["wikidata_id"]}
    return [(row, wikidata[row["partyfacts_id"]]) for row in rows(partyfacts / "import/elecglob/partyfacts-core-parties.csv")
            if row["country"] in countries and not row["technical"] and float(row["share"] or 0) >= MIN_SHARE
            and not (row["year_last"] and int(row["year_last"]) < FIRST_YEAR) and row["partyfacts_id"] in wikidata]


def parties(partyfacts: Path, countries: set[str]) -> list[Entry]:
    """One entry per Wikidata item; label = its English label, or its English Wikipedia title where another
    party has the same label ('Labour Party (UK)')."""
    found = party_rows(partyfacts, countries)
    labels: dict[str, set[str]] = {}
    for _, wd in found:
        labels.setdefault(wd["name"], set()).add(wd["wikidata_id"])
    entries: dict[str, Entry] = {}
    for row, wd in found:
        label = wd["name"] if len(labels[wd["name"]]) == 1 and not common_word(wd["name"]) else \
            title(row["wikipedia"]) or f"{wd['name']} ({row['country']})"
        entry = entries.setdefault(wd["wikidata_id"], Entry(label, "party", row["country"], wd["wikidata_id"]))
        english = [wd["name"], row["name_english"], *short_names(row["name_short"], wd["name_short"]),
                   *adherents(wd["name"])]
        entry.add(*english, row["name"], *EXTRA_ALIASES.get(entry.wikidata, ()), *singulars(english))
    return list(entries.values())


def bracketed(text: str) -> list[str]:
    """'German Bundestag (Deutscher Bundestag)', 'Parliament of Canada - Parlement du Canada', 'The Cortes (Las
    Cortes Generales)': the English name first, then the others."""
    found = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", text)
    names = [found.group(1), *found.group(2).split(" - ")] if found else text.split(" - ")
    return [re.sub(r"^The ", "", n.strip()) for n in names if n.strip()]


def legislatures(profiles: dict[str, dict], country: dict[str, tuple[str, str]]) -> list[Entry]:
    """The legislature and chamber names of each profile; generic names labelled with the country and aliased
    with its adjective (`country`: ISO3 -> label, adjective)."""
    found = []
    for iso3, profile in sorted(profiles.items()):
        government = profile.get("Government", {})
        for section, key in (("Legislative branch", "legislature name"), ("Legislative branch - lower chamber",
                             "chamber name"), ("Legislative branch - upper chamber", "chamber name")):
            text = government.get(section, {}).get(key, {}).get("text", "")
            names = bracketed(re.sub(r"<[^>]+>", "", text))
            if not names or "," in names[0] or len(names[0]) > 60:
                continue
            name, label, adjective = names[0], *country[iso3]
            entry = Entry(f"{name} ({label})", "legislature", iso3) if GENERIC.match(name) else Entry(name, "legislature", iso3)
            entry.add(*(n for n in names[1:] if not GENERIC.match(n)))
            entry.add(f"{adjective} {name}" if adjective and not name.startswith(adjective) else "")
            found.append(entry)
    return found


def known_names() -> dict[str, set[str]]:
    """Every label and alias of the other gazetteer files (countries with their demonyms and capitals), with
    the ISO3 codes of the entries that carry it ('' where a row has none), case-folded."""
    names: dict[str, set[str]] = {}
    for name in ("countries.csv", "organisations.csv", "companies.csv", "places.csv", "seats.csv"):
        for row in rows(GAZETTEER / name):
            for column in ("label", "aliases", "demonyms", "capitals"):
                for part in (row.get(column) or "").split("|"):
                    if part.strip():
                        names.setdefault(part.strip().casefold(), set()).add(row.get("iso3") or "")
    return names


def already_known(entry: Entry, known: dict[str, set[str]], native: dict[int, str]) -> bool:
    """The gazetteer has this entry: its label, or for a legislature a name of the same country's."""
    if entry.label.casefold() in known:
        return True
    names = [native[id(entry)]] + entry.aliases
    return entry.kind == "legislature" and any(entry.iso3 in known.get(n.casefold(), ()) for n in names)


def settle(entries: list[Entry], weight: dict[str, int], country: dict[str, str]) -> list[Entry]:
    """Drop entries the gazetteer already has; give each shared name to the most populous country's entry (a
    label given to another is qualified by its country: 'Democrats (Brazil)')."""
    known = known_names()
    bare = {id(e): re.sub(r" \([^)]*\)$", "", e.label) for e in entries}   # 'Senate (United States)' -> 'Senate'
    entries = [e for e in entries if not already_known(e, known, bare)]
    owner: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda e: (-weight.get(e.iso3, 0), e.label)):
        for name in [entry.label] + entry.aliases:
            owner.setdefault(name, entry)
    for entry in entries:
        entry.aliases = [a for a in entry.aliases if owner[a] is entry and a.casefold() not in known and not common_word(a)]
        if owner[entry.label] is not entry:
            entry.label = f"{entry.label} ({country[entry.iso3]})"
    return sorted({e.label: e for e in entries}.values(), key=lambda e: (e.label.casefold(), e.label))


def write(entries: list[Entry], out: Path) -> None:
    """parties.csv, atomically: label, aliases, wikidata, kind, iso3."""
    write_csv(out, ["label", "aliases", "wikidata", "kind", "iso3"], ([e.label, "|".join(e.aliases), e.wikidata, e.kind, e.iso3] for e in entries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partyfacts", type=Path, required=True)
    parser.add_argument("--factbook", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "gazetteers")
    parser.add_argument("--out", type=Path, default=GAZETTEER / "parties.csv")
    args = parser.parse_args()
    countries = democracies(args.shared)
    profiles = factbook_profiles(args.factbook, args.shared, countries)
    adjectives = {r["iso3"]: r["nationality_adjective"] for r in rows(args.shared / "countries_factbook.csv")}
    names = {r["iso3"]: (r["label"], adjectives.get(r["iso3"], "")) for r in rows(GAZETTEER / "countries.csv")}
    entries = parties(args.partyfacts, countries) + legislatures(profiles, names)
    weight = {iso3: population(p) for iso3, p in profiles.items()}
    write(settle(entries, weight, {iso3: label for iso3, (label, _) in names.items()}), args.out)


if __name__ == "__main__":
    main()
