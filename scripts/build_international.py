"""Convert the PETRARCH2 international actors (Phoenix.International.actors.txt) into
kg/gazetteer/international.csv: intergovernmental organisations (codes IGO...) and NGOs (codes NGO...).

Usage:  python scripts/build_international.py [SOURCE_DIR] [--out DIR] [--words WORDLIST]

SOURCE_DIR defaults to ../shared/petrarch2 (openeventdata/petrarch2 dictionaries, MIT), --words to
/usr/share/dict/words. Each record of the source is a name, its `+` synonyms and one or more CAMEO actor codes,
some dated (`[IGOWSTNAT 951205-991006]`, `[NGOUSAHRI <900101]`). Output columns: label, aliases, kind
(`international_body` for IGO codes, `ngo` for NGO codes; the kind organisations.csv gives when the body is one
of its), iso3 (when the code names a country of countries.csv), sector (the first CAMEO sector the code names),
code, start and end (ISO dates, when the code the row takes is dated).

Rules (each in the function that applies it):
- only IGO and NGO codes are read: multinational corporations (MNC), media (MED) and codes of countries are not
  political bodies of this file; of several codes the undated one wins, else the latest;
- names are re-cased as for armed groups (scripts/build_armed_groups.py); a name whose head is an office or an
  agent noun ('UN Secretary General', 'UN Envoy', 'Indian UN Peacekeeper'), that opens with another body's name
  followed by ordinary words only ('UN Mission', 'ASEAN Countries'), that starts with a given name and has no
  organisation word ('Ralph Fiennes'), that is one ordinary English word, or a short acronym the corrections file
  does not vouch for is dropped, and so is a record whose codes are all dated but one (people holding a role);
- records are one body when a normalised spelling of a name is shared ('Organisation for Security and
  Co-operation in Europe'), when one is the acronym of the other's initials under the same code ('IAEA'), or when
  the corrections file merges them; a body that organisations.csv knows under one of its names keeps that file's
  label and kind and gains the other names;
- names another gazetteer file gives to something else, and names two bodies claim, are dropped.
Output is deterministic (sorted by label), UTF-8, "\\n" line ends, written atomically.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_armed_groups import GAZETTEER, names_of, phoenix_arguments, read_table  # noqa: E402
from build_gazetteers import REPO, Words, load_words, write_csv  # noqa: E402

sys.path.insert(0, str(REPO))
from kg import lexicon  # noqa: E402
from kg.gazetteer import load  # noqa: E402
from kg.names import given_names  # noqa: E402

HEADER = ["label", "aliases", "kind", "iso3", "sector", "code", "start", "end"]
KINDS = {"IGO": "international_body", "NGO": "ngo"}
LAST_SECTION = "#####  Multinational Corporations"
# CAMEO actor types (CAMEO manual, ch. 5) a code may name after IGO/NGO and a country or region.
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG",
           "HLH", "REF", "AGR", "DEV", "ENV", "HRI", "ELI", "REL", "UAF", "MOD", "RAD"}
# Words that make a name a body's rather than a person's ('Albert Schweitzer Fellowship').
BODY_WORDS = {"treaty", "pact", "organization", "organisation", "association", "foundation", "fund", "fellowship",
              "institute", "committee", "council", "society", "union", "league", "federation", "agency", "international",
              "network", "alliance", "center", "centre", "club", "trust", "mission", "project", "program",
              "programme", "forum", "coalition", "campaign", "bank", "commission", "court", "group", "service"}
SPELLINGS = [(r"organisation", "organization"), (r"labour", "labor"), (r"programme", "program"),
             (r"co-operation", "cooperation"), (r"^the ", ""), (r"-", " "), (r"[^\w ]", ""), (r"\s+", " ")]
# Particles of French, Spanish and German names, kept in lower case inside a name ('Medecins du Monde').
PARTICLES = {"du", "des", "de", "et", "le", "les", "pour", "sur", "en", "der", "die", "und", "zur", "zum", "von"}
DATE = re.compile(r"^([<>])?(\d{6}|\d{8})(?:-(\d{6}|\d{8}))?$")


@dataclass
class Record:
    """One body of the dictionary: its names, kind, code and the dates of that code."""

    names: list[str]
    code: str
    start: str = ""
    end: str = ""
    kind: str = ""
    known: bool = False     # organisations.csv has it: names[0] is that file's label

    def row(self, iso3s: set[str]) -> dict[str, str]:
        """The CSV row: the code's country when it names one, its first CAMEO sector."""
        triples = [self.code[i:i + 3] for i in range(3, len(self.code), 3)]
        iso3 = next((t for t in triples[:1] if t in iso3s), "")
        sector = next((t for t in triples if t in SECTORS), "")
        return {"label": self.names[0], "aliases": "|".join(self.names[1:]), "kind": self.kind, "iso3": iso3,
                "sector": sector, "code": self.code, "start": self.start, "end": self.end}


def iso_date(yymmdd: str) -> str:
    """'951205' -> '1995-12-05' (the dictionary's two-digit years: 30 and later are 19xx), '20070101' too."""
    if len(yymmdd) == 8:
        return f"{yymmdd[:4]}-{yymmdd[4:6]}-{yymmdd[6:]}"
    century = "19" if int(yymmdd[:2]) >= 30 else "20"
    return f"{century}{yymmdd[:2]}-{yymmdd[2:4]}-{yymmdd[4:]}"


def dated(code: str, dates: str) -> tuple[str, str, str]:
    """(code, start, end) of one bracketed code: '[IGOEEU 550514-910701]', '[NGOUSAHRI <900101]'."""
    found = DATE.match(dates.strip())
    if not found:
        return code, "", ""
    if found.group(3):
        return code, iso_date(found.group(2)), iso_date(found.group(3))
    return (code, "", iso_date(found.group(2))) if found.group(1) == "<" else (code, iso_date(found.group(2)), "")


def chosen(codes: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The code a body takes: its first undated IGO or NGO code, else its one code when that is a dated IGO or NGO
    code (the Warsaw Pact's term); None otherwise (no such code, or a person's successive roles)."""
    ours = [c for c in codes if c[0][:3] in KINDS]
    undated = [c for c in ours if not c[1] and not c[2]]
    if undated:
        return undated[0]
    if len(codes) != 1 or not ours:
        return None
    return ours[0]


def read_records(path: Path, words: Words) -> list[Record]:
    """The IGO and NGO records of the dictionary before its corporations, in file order."""
    raw_records: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith(LAST_SECTION):
            break
        line = raw.split("#", 1)[0].rstrip()
        codes = [dated(c, d) for c, d in re.findall(r"\[([A-Z]+)((?:\s+[^\]]*)?)\]", line)]
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if line.startswith(("\t", " ")) and codes and raw_records:
            raw_records[-1][1].extend(codes)
        elif text.startswith("+") and raw_records:
            raw_records[-1][0].extend(names_of(text[1:], words))
        elif text and (names := names_of(text, words)):
            raw_records.append((names, codes))
    records = []
    for names, codes in raw_records:
        names = [particles(re.sub(r"^The ", "", n)) for n in names]
        code = chosen(codes)
        person = code is not None and (code[1] or code[2]) and not any(
            set(re.split(r"[\s\-]+", n.casefold())) & BODY_WORDS for n in names)
        if code is not None and not person:   # a dated code without a body's word is a person's term
            records.append(Record(names, code[0], code[1], code[2], KINDS[code[0][:3]]))
    return records


def particles(name: str) -> str:
    """'Medecins DU Monde' -> 'Medecins du Monde', 'U.n.' -> 'U.N.': a particle re-cased as an acronym is lower case
    again, dotted initials upper case."""
    words = name.split(" ")
    return " ".join(w.lower() if i and w.lower() in PARTICLES else w.upper() if re.fullmatch(r"(\w\.)+", w) else w
                    for i, w in enumerate(words))


def key(name: str) -> str:
    """A spelling that variants of one name share: 'The Organisation for Security and Co-operation in Europe'."""
    text = name.casefold()
    for pattern, replacement in SPELLINGS:
        text = re.sub(pattern, replacement, text)
    return text.strip()


def initials(name: str) -> str:
    """'International Atomic Energy Agency' -> 'IAEA' (particles left out)."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()).upper()


def person_or_office(name: str, heads: set[str], bodies: set[str], words: Words) -> bool:
    """A name that is not a body's: an office or agent noun at its head or an office before it ('Secretary General
    of the UN'), another body's name with ordinary words after it, a title, an initial or a given name first with
    no organisation word ('Lord Carrington', 'R.K. Pachauri', 'Ralph Fiennes'), one ordinary English word."""
    tokens = [t for t in re.split(r"[\s_]+", name) if t]
    lower = [t.casefold() for t in tokens]
    if " ".join(lower[-2:]) in heads or lower[-1] in heads or lower[-1].rstrip("s") in heads:
        return True
    if any(" ".join(lower[:n]).replace("-", " ") in heads for n in (1, 2)) and len(tokens) > 1:
        return True
    if len(tokens) > 1 and tokens[0].casefold() in bodies and all(t in words.ordinary for t in lower[1:]):
        return True
    person = (lower[0] in given_names() or lower[0].rstrip(".") in honorifics()
              or re.fullmatch(r"(\w\.)+\w?", lower[0]))
    if len(tokens) > 1 and person and not set(lower) & BODY_WORDS:
        return True
    return len(tokens) == 1 and lower[0] in words.ordinary


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """The words written before a person's name (kg/lexicon/honorifics.txt), lower case."""
    return frozenset(w.casefold().rstrip(".") for w in lexicon.words("honorifics.txt"))


def merged(records: list[Record]) -> list[Record]:
    """Records that are one body joined, first record first: a shared spelling, or an acronym of the other's
    initials under the same code."""
    bodies: list[Record] = []
    by_key: dict[str, Record] = {}
    for record in records:
        keys = list(dict.fromkeys(key(n) for n in record.names))     # in order: the build is deterministic
        acronyms = {n for n in record.names if n.isupper() and " " not in n}
        same = next((by_key[k] for k in keys if k in by_key), None) or next(
            (b for b in bodies if b.code == record.code
             and ({initials(n) for n in b.names if " " in n} & acronyms
                  or {initials(n) for n in record.names if " " in n} & {n for n in b.names if n.isupper()})), None)
        if same is None:
            bodies.append(record)
            same = record
        else:
            same.names += [n for n in record.names if n not in same.names]
        for k in dict.fromkeys(key(n) for n in same.names):
            by_key.setdefault(k, same)
    return bodies


def corrected(bodies: list[Record], corrections: list[dict[str, str]]) -> tuple[list[Record], set[str]]:
    """Apply the corrections file: `merge` a body into another, `alias` a body or `drop` one of its names, `skip`
    one, `keep` a short acronym
    (returned: the acronyms vouched for)."""
    kept: set[str] = set()
    for fix in corrections:
        body = next((b for b in bodies if fix["record"] in b.names), None)
        if body is None:
            sys.exit(f"error: international_corrections.csv names no record {fix['record']!r}")
        if fix["action"] == "merge":
            other = next((b for b in bodies if fix["value"] in b.names and b is not body), None)
            if other is None:
                sys.exit(f"error: international_corrections.csv names no record {fix['value']!r}")
            other.names += [n for n in body.names if n not in other.names]
            bodies.remove(body)
        elif fix["action"] == "drop":
            body.names.remove(fix["value"])
        elif fix["action"] == "alias":
            body.names.append(fix["value"])
        elif fix["action"] == "label":
            body.names.insert(0, fix["value"])
        elif fix["action"] == "skip":
            bodies.remove(body)
        elif fix["action"] == "keep":
            kept.add(fix["value"])
    return bodies, kept


def factbook() -> dict[str, dict[str, str]]:
    """The rows of organisations.csv by the normalised spelling of each of their names."""
    rows: dict[str, dict[str, str]] = {}
    for row in read_table("organisations.csv"):
        for name in [row["label"]] + [a for a in row["aliases"].split("|") if a]:
            rows.setdefault(key(name), row)
    return rows


def same_as(name: str, row: dict[str, str]) -> bool:
    """A name that spells a Factbook body's acronym and opens with its first word ('International
    Telecommunications Union', ITU)."""
    acronyms = {a for a in row["aliases"].split("|") if a.isupper() and len(a) >= 3}
    return initials(name) in acronyms and key(name).split()[0] == key(row["label"]).split()[0]


def known_as(bodies: list[Record]) -> list[Record]:
    """A body organisations.csv has under one of its names, or by its acronym, takes that file's label and kind;
    its other names stay."""
    known = factbook()
    rows = list({id(row): row for row in known.values()}.values())
    for body in bodies:
        row = next((known[key(n)] for n in body.names if key(n) in known), None) or next(
            (row for n in body.names if " " in n and body.kind == "international_body" for row in rows
             if same_as(n, row)), None)
        if row is not None:
            names = {row["label"], *row["aliases"].split("|")}
            body.names = [row["label"]] + [n for n in body.names if n not in names]   # 'Unicef' beside 'UNICEF'

            body.kind, body.known = row["kind"], True
    by_label: dict[str, Record] = {}
    for body in bodies:     # two records the Factbook knows as one body are one
        first = by_label.setdefault(body.names[0], body)
        if first is not body:
            first.names += [n for n in body.names if n not in first.names]
    return list(by_label.values())


def ours() -> set[str]:
    """The names the current international.csv gives, so that a build does not depend on the one before it."""
    if not (GAZETTEER / "international.csv").exists():
        return set()
    return {n.casefold() for row in read_table("international.csv") for n in [row["label"], *row["aliases"].split("|")]}


def taken_names() -> set[str]:
    """Every name another gazetteer file gives to something other than an organisation of organisations.csv."""
    gaz = load()
    factbook_labels = {row["label"] for row in read_table("organisations.csv")}
    names = {n for c in gaz.countries.values() for n in c.names + c.demonyms + c.capitals}
    names |= {n for named in gaz.named if named.label not in factbook_labels for n in (named.label,) + named.aliases}
    names |= {n for ldr in gaz.leaders for n in (ldr.label,) + ldr.aliases}
    return {n.casefold() for n in names} - ours()


def ambiguous(name: str, kept: set[str]) -> bool:
    """A digit, or an acronym of three letters or fewer ('IRC', 'ACT') the corrections file does not vouch for."""
    return any(c.isdigit() for c in name) or len(name) <= 3 and name.isupper() and name not in kept


def cleaned(bodies: list[Record], kept: set[str], words: Words) -> list[Record]:
    """Keep the names that are a body's, free in the other files and claimed by one body; a body whose label goes
    takes its next name, one organisations.csv knows keeps that file's label."""
    gaz = load()
    heads = {t.title for t in gaz.titles.values()} | set(gaz.agents) | {"countries", "ministers", "bodies"}
    heads -= BODY_WORDS
    bodies_named = {n.casefold() for named in gaz.named for n in (named.label,) + named.aliases} - ours()
    taken = taken_names()
    claims = Counter(n.casefold() for b in bodies for n in set(b.names))
    out = []
    for body in bodies:
        if not body.known and person_or_office(body.names[0], heads, bodies_named, words):
            continue    # the dictionary's first name says what a record is: its synonyms are the same person
        first = body.names[:1] if body.known else []
        names = [n for n in dict.fromkeys(body.names[len(first):])
                 if n.casefold() not in taken and claims[n.casefold()] == 1 and not ambiguous(n, kept)
                 and not person_or_office(n, heads, bodies_named, words)]
        if names:
            out.append(Record(first + names, body.code, body.start, body.end, body.kind, body.known))
    return out


def main(argv: list[str] | None = None) -> int:
    found = phoenix_arguments(argv, __doc__, "Phoenix.International.actors.txt", "international actors")
    if found is None:
        return 2
    source, args = found
    words = load_words(Path(args.words))
    records = read_records(source, words)
    bodies, kept = corrected(merged(records), read_table("international_corrections.csv"))
    bodies = cleaned(known_as(bodies), kept, words)
    iso3s = set(load().countries)
    rows = sorted((b.row(iso3s) for b in bodies), key=lambda row: (row["label"].casefold(), row["label"]))
    write_csv(Path(args.out) / "international.csv", HEADER, rows)
    counts = Counter(row["kind"] for row in rows)
    print(f"international.csv: {len(rows)} rows from {len(records)} records ({dict(sorted(counts.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
