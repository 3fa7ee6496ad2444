"""Convert the redistributable public gazetteer sources into the compact CSV files under kg/gazetteer/.

Usage:  python scripts/build_gazetteers.py [SOURCE_DIR] [--out kg/gazetteer] [--words /usr/share/dict/words]

SOURCE_DIR defaults to ../shared/gazetteers relative to the repository root. Only the files whose
licence allows redistribution are read as sources: countries.csv (ODbL 1.0), territories_rigour.csv
(MIT), the *_factbook.csv files (public domain / CC0) and the Wikidata facts of
leaders_heads_wikidata.csv (CC0). peppercat, SIPRI, REIGN and COW files are never read.

The English word list (Debian package `wamerican`) is used to drop names that are ordinary
lowercase English words ("island", "chad" as an alias, "nice" as a place).

Output is deterministic: rows sorted by label (case-folded, then exact), `|` between the values of
multi-valued cells (values in first-seen order), RFC 4180 quoting, UTF-8, "\n" line ends.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEP = "|"

# ---------------------------------------------------------------------------------------------
# Editorial data. Everything else is derived by the generic rules documented in each function.
# ---------------------------------------------------------------------------------------------

# Entities that are not UN-recognised sovereign states in the base data but that news report as
# state actors (iso3 as written in the sources; Kosovo is "UNK" in mledoze, "XKX" in rigour).
EXTRA_STATES = {"TWN": "TWN", "PSE": "PSE", "UNK": "XKX"}

# Labels where the source's common name is ambiguous between two states in news usage
# ("Congo" is used for both Congos): use the disambiguated English name instead.
LABEL_OVERRIDES = {
    "COG": "Republic of the Congo",
    "COD": "Democratic Republic of the Congo",
}
# Aliases that are ambiguous in news usage although only one source row lists them
# ("Congo" alone; "West Bank" is a region and goes to places.csv).
# "Magyar" is also a prominent politician's surname; the other two are jokes or other senses.
ALIAS_DROP = {
    "COG": {"Congo"},
    "PSE": {"West Bank"},
    "HUN": {"Magyar"},
    "ISR": {"Israelite"},
    "PRK": {"Best Korea"},
}
# Everyday English names that no source row gives ("Britain" for the United Kingdom).
EXTRA_ALIASES = {"GBR": ["Britain"]}


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(SEP) if v.strip()]


def uniq(values) -> list[str]:
    """Values in first-seen order without exact duplicates."""
    seen: set[str] = set()
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def fold(text: str) -> str:
    """ASCII fold: 'Türkiye' -> 'Turkiye'."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def is_ascii(text: str) -> bool:
    return text.isascii()


def is_latin(text: str) -> bool:
    """Every letter is in the Latin script (diacritics allowed)."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def label_key(label: str) -> tuple[str, str]:
    return (label.casefold(), label)


def strip_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def dotted(abbrev: str) -> str | None:
    """'US' -> 'U.S.' for 2-3 letter all-caps abbreviations."""
    if re.fullmatch(r"[A-Z]{2,3}", abbrev):
        return ".".join(abbrev) + "."
    return None


@dataclass(frozen=True)
class Words:
    """An English word list: `ordinary` = its lowercase entries, `known` = every entry, folded."""

    ordinary: frozenset[str]
    known: frozenset[str]

    def is_ordinary(self, name: str) -> bool:
        return name.lower() in self.ordinary

    def all_known(self, name: str, extra: set[str]) -> bool:
        """Every word of `name` is an English word or one of `extra` (case-folded)."""
        tokens = [t for t in re.split(r"[\s\-']+", name.casefold()) if t]
        return all(t in self.known or t in extra for t in tokens)


def load_words(path: Path) -> Words:
    if not path.is_file():
        sys.exit(f"error: English word list {path} not found (Debian package wamerican)")
    with path.open(encoding="utf-8") as fh:
        entries = [w.strip() for w in fh if w.strip() and not w.strip().endswith("'s")]
    ordinary = frozenset(w for w in entries if w[0].islower())
    return Words(ordinary, frozenset(w.casefold() for w in entries))


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    """Write atomically (temp file + os.replace), RFC 4180 quoting, "\n" line ends."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in header})
    write_text(path, buf.getvalue())


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


# ---------------------------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------------------------


@dataclass
class Country:
    iso3: str
    label: str
    wikidata: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)

    def row(self) -> dict[str, str]:
        return {
            "label": self.label,
            "iso3": self.iso3,
            "wikidata": self.wikidata,
            "aliases": SEP.join(self.aliases),
            "demonyms": SEP.join(self.demonyms),
            "capitals": SEP.join(self.capitals),
        }


def clean_name(name: str) -> str | None:
    """A usable English/Latin name, or None.

    Drops annotated or inverted forms ("Iran, Islamic Republic of", "Kypros (Greek)/ Kibris"),
    non-Latin scripts, and a leading "the" ("the United States" -> "United States").
    All-lowercase source forms ("great britain") are title-cased; dotted lowercase forms dropped.
    """
    name = " ".join(name.split())
    if not name or any(c in name for c in "()[]/;,") or " or " in name or not is_latin(name):
        return None
    if any("\u0250" <= ch <= "\u02af" for ch in name):
        return None  # IPA transcription, not a name
    name = strip_the(name)
    if name.isupper() and (len(name) > 5 or " " in name):
        return None  # shouted full names ("CENTRAFRIQUE"); abbreviations are short
    if name.islower():
        if "." in name:
            return None
        name = " ".join(w if w in {"of", "and"} else w.capitalize() for w in name.split())
    return name


def clean_capital(name: str) -> str | None:
    """'Washington, D.C.' -> 'Washington'; 'Tirana (Tirane)' -> 'Tirana'; notes dropped."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r",?\s+D\.\s?C\.$", "", name).strip()
    if not name or any(c in name for c in ";,[]") or not is_latin(name):
        return None
    return name


def clean_demonym(value: str) -> str | None:
    """Keep single capitalised demonyms; drop compound/annotated ones ("Saudi or Saudi Arabian")."""
    value = value.strip()
    if not value or any(c in value for c in "(),;/") or " or " in value or not value[0].isupper():
        return None
    if re.fullmatch(r"[A-Z]{1,3}", value):
        return None
    return value


def factbook_abbreviations(cell: str) -> list[str]:
    """'US or USA' -> ['US', 'USA']; 'DRC (or DROC)' -> ['DRC', 'DROC']; 'Lao PDR' -> []."""
    parts = (p.strip() for p in re.split(r"\bor\b|[(),]", cell))
    return [p for p in parts if re.fullmatch(r"[A-Z]{2,5}", p)]


def country_label(base: dict[str, str], factbook: dict[str, str]) -> str:
    """The common English short name as English-language news writes it.

    Rule: the mledoze common name when it is plain ASCII ("Czechia", "Ivory Coast"); otherwise the
    Factbook short name when that is ASCII ("Türkiye" -> "Turkey", "São Tomé and Príncipe" ->
    "Sao Tome and Principe"); otherwise the ASCII fold of the common name.
    """
    if base["iso3"] in LABEL_OVERRIDES:
        return LABEL_OVERRIDES[base["iso3"]]
    name = base["name"]
    if is_ascii(name):
        return name
    short = factbook.get("name_short", "")
    if short and is_ascii(short) and clean_name(short):
        return short
    return fold(name)


def build_countries(src: Path, words: Words) -> list[Country]:
    """Sovereign states plus Taiwan, Palestine and Kosovo, with news-usable names.

    Aliases come from the merged countries.csv (mledoze + rigour + Factbook), rigour's name,
    full_name and in_sentence, and the Factbook short/long names and abbreviation. rigour's
    multilingual names_strong list is noisy ("Aquaserbia", "Saudia Arabia"): from it only names
    made of English words or of words of the country's own names are kept ("America",
    "Palestinian territories").
    Dropped: non-Latin and annotated forms, two-letter codes that the Factbook does not give as the
    usual abbreviation, ordinary lowercase English words ("island"), names equal to a demonym or a
    capital, and any alias, demonym or capital shared by two countries ("Korean", "Dominican").
    The dotted form of 2-3 letter all-caps abbreviations is added (US -> U.S.).
    """
    base = read_csv(src / "countries.csv")
    rigour = {r["alpha3"]: r for r in read_csv(src / "territories_rigour.csv") if r["alpha3"]}
    factbook = {r["gec"]: r for r in read_csv(src / "countries_factbook.csv") if r["gec"]}

    countries: list[Country] = []
    for b in base:
        if b["independent"] != "true" and b["iso3"] not in EXTRA_STATES:
            continue
        iso3 = EXTRA_STATES.get(b["iso3"], b["iso3"])
        rg = rigour.get(iso3, {})
        fb = factbook.get(b["factbook_gec"], {})
        label = country_label(b, fb)
        abbrevs = factbook_abbreviations(fb.get("abbreviation", ""))

        raw_names = [b["name"], b["name_official"], *split(b["aliases"])]
        raw_names += [rg.get(k, "") for k in ("name", "full_name", "in_sentence")]
        raw_names += [fb.get("name_short", ""), fb.get("name_long", "")] + abbrevs
        own_words = {
            t for n in [label, *raw_names, *split(b["demonyms"])] for t in re.split(r"[\s\-']+", fold(n).casefold())
        }
        raw_names += [
            n for n in split(rg.get("names_strong", "")) if words.all_known(fold(n), own_words)
        ]
        raw_names += EXTRA_ALIASES.get(iso3, [])
        names = []
        for raw in raw_names:
            name = clean_name(raw)
            if not name:
                continue
            if re.fullmatch(r"[A-Z]{2}", name) and name not in abbrevs:
                continue  # bare ISO alpha-2 codes ("CH", "NL") unless the usual abbreviation
            if words.is_ordinary(name) and not (name.isupper() and name in abbrevs):
                continue  # ordinary English word ("Island" for Iceland, "CAR")
            names.append(name)
            dot = dotted(name)
            if dot:
                names.append(dot)

        demonyms = uniq(d for d in map(clean_demonym, split(b["demonyms"])) if d)
        capitals = uniq(c for c in map(clean_capital, split(b["capital"])) if c)
        drop = ALIAS_DROP.get(b["iso3"], set()) | {label} | set(demonyms) | set(capitals)
        aliases = uniq(n for n in names if n not in drop)
        demonyms = [d for d in demonyms if d != label and d not in aliases]
        countries.append(
            Country(iso3, label, b["wikidata"] or rg.get("qid", ""), aliases, demonyms, capitals)
        )

    # Anything shared by two countries is ambiguous: drop it from every country (labels excepted).
    for attr in ("aliases", "demonyms", "capitals"):
        owners: Counter[str] = Counter()
        for c in countries:
            owners.update({v.casefold() for v in getattr(c, attr)} | {c.label.casefold()})
        for c in countries:
            setattr(c, attr, [v for v in getattr(c, attr) if owners[v.casefold()] == 1])
    labels = {c.label.casefold() for c in countries}
    for c in countries:
        c.aliases = [a for a in c.aliases if a.casefold() not in labels]
    countries.sort(key=lambda c: label_key(c.label))
    return countries


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------

COUNTRY_HEADER = ["label", "iso3", "wikidata", "aliases", "demonyms", "capitals"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(REPO.parent / "shared" / "gazetteers"))
    parser.add_argument("--out", default=str(REPO / "kg" / "gazetteer"))
    parser.add_argument("--words", default="/usr/share/dict/words")
    args = parser.parse_args(argv)
    src, out = Path(args.source), Path(args.out)
    if not (src / "countries.csv").is_file():
        print(f"error: {src} does not hold the gazetteer sources (no countries.csv)", file=sys.stderr)
        return 2
    words = load_words(Path(args.words))

    countries = build_countries(src, words)
    write_csv(out / "countries.csv", COUNTRY_HEADER, [c.row() for c in countries])
    print(f"countries.csv: {len(countries)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
