"""Convert the PETRARCH2 armed non-state actors (Phoenix.MilNonState.actors.txt) into
kg/gazetteer/armed_groups.csv.

Usage:  python scripts/build_armed_groups.py [SOURCE_DIR] [--out DIR] [--words WORDLIST]

SOURCE_DIR defaults to ../shared/petrarch2 (openeventdata/petrarch2 dictionaries, MIT), --words to
/usr/share/dict/words. Each record of the source is a name, its `+` synonyms and a CAMEO actor code
(`HAMAS_ ... [PSEREBHMS]`): the code's first three letters are a country (ISO3) or a region, the next
three a sector (REB, ...). Output columns: label, aliases, iso3 (only when the code opens with a
country of countries.csv), sector (the three letters after a country or region code), code.

Rules (each in the function that applies it):
- only the PSU/TOPS and Wikipedia-list sections are read; the KEDS section at the end of the file lists
  mostly individual militants, and records whose codes all carry dates are people holding a role;
- names are re-cased from the dictionary's capitals ('AL-QAEDA' -> 'al-Qaeda', 'KURDISTAN_WORKERS'_PARTY'
  -> "Kurdistan Workers' Party"), a short parenthesised acronym becomes an alias ('(ETA)');
- a name is dropped when every word of it is an ordinary English word ("Red Line", "Revolutionary Left"),
  when another gazetteer file already has it, or when two records claim it;
- kg/gazetteer/armed_groups_corrections.csv relabels, re-codes or drops records and names (with reasons),
  kg/gazetteer/armed_groups_extra.csv adds the groups the 2013 dictionary lacks (with reasons).
Output is deterministic (sorted by label), UTF-8, "\\n" line ends, written atomically.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteers import REPO, Words, load_words, write_csv  # noqa: E402

sys.path.insert(0, str(REPO))
from kg.gazetteer import load  # noqa: E402

GAZETTEER = REPO / "kg" / "gazetteer"
HEADER = ["label", "aliases", "iso3", "sector", "code"]
LAST_SECTION = "# KEDS Project"
# Particles kept in lower case inside a name ('Army of God', 'Jaish-e-Mohammad', 'Ansar al-Islam').
LOWER = {"of", "the", "and", "for", "in", "on", "to", "a", "al", "el", "ul", "e", "i", "wa", "wal", "fi", "li",
         "ad", "ash", "as", "ar", "az", "an", "at", "bin", "de", "del", "la", "los", "las", "y", "al-"}
KIND = "armed_group"      # the `kind` the loader gives these organisations
KEEP_CASE = {"abu", "ibn", "bin", "umm"}    # short words that are not acronyms
# Words that make a synonym read as a group's name rather than a person's ('Tamil Tigers', not 'Hassan Nasrallah').
GROUP_NOUNS = {"army", "armies", "front", "brigade", "brigades", "movement", "party", "organization", "organisation",
               "group", "groups", "council", "force", "forces", "liberation", "jihad", "mujahideen", "mujahidin",
               "resistance", "faction", "cells", "cell", "nuclei", "nucleus", "union", "league", "militia", "tigers",
               "committee", "squad", "rebels", "militants", "insurgents", "militias", "squads",
               "command", "guerrillas", "fighters", "battalion", "battalions",
               "legion", "commando", "commandos", "alliance", "coalition", "revolutionary", "revolutionaries",
               "struggle", "islamic", "islami", "islamiyya", "lashkar", "jaish", "jaysh", "harakat", "hizb",
               "ansar", "jamaat", "tehrik", "sipah", "jund", "kataib", "liwa", "qaeda", "qaida", "ira"}
ACRONYM = re.compile(r"^\(([A-Z/\-]{2,6})\)$")


@dataclass
class Record:
    """One armed group as the dictionary gives it, re-cased."""

    label: str
    aliases: list[str] = field(default_factory=list)
    code: str = ""          # the first code without a date range (dated codes are people's roles)
    kept: set[str] = field(default_factory=set)    # short acronyms the corrections file vouches for

    def row(self, iso3s: set[str], sectors: set[str]) -> dict[str, str]:
        """The CSV row: the code's country when it opens with one, its sector when sectors.csv has it."""
        iso3 = self.code[:3] if self.code[:3] in iso3s else ""
        sector = self.code[3:6] if self.code[3:6] in sectors else ""
        variants = [n[0].upper() + n[1:] for n in [self.label] + self.aliases if n.startswith("al-")]
        aliases = [a for a in dict.fromkeys(self.aliases + variants) if a != self.label]
        return {"label": self.label, "aliases": "|".join(aliases), "iso3": iso3, "sector": sector, "code": self.code}


def recase_word(word: str, first: bool, words: Words) -> str:
    """'QAEDA' -> 'Qaeda', 'AL-QAEDA' -> 'al-Qaeda', 'PKK' -> 'PKK' (no vowel: an acronym), 'OF' -> 'of'."""
    if "-" in word:
        parts = word.split("-")
        return "-".join(recase_word(p, first and i == 0, words) for i, p in enumerate(parts))
    lower = word.lower()
    if len(word) > 1 and (not re.search(r"[AEIOUY]", word) or len(word) <= 3 and lower not in LOWER | KEEP_CASE
                           and lower not in words.ordinary):
        return word                     # 'PKK', 'IRA': an acronym
    if lower in LOWER and not first:
        return lower
    if lower == "al" and first:
        return "al"
    return word[:1] + word[1:].lower().replace("'S", "'s")


def names_of(phrase: str, words: Words) -> list[str]:
    """The re-cased name a dictionary phrase spells, and its parenthesised acronym if any."""
    parts, acronyms = [], []
    for word in (w for w in re.split(r"[_\s]+", phrase.strip("_ ")) if w):
        if (match := ACRONYM.match(word)) is not None:
            acronyms.append(match.group(1))
        elif word.startswith("("):
            break                       # '(GREECE)', '(KARATAS FACTION)': a gloss, not part of the name
        else:
            parts.append(word)
    if len(parts) == 1 and len(parts[0]) <= 4 and parts[0].isalpha():
        return [parts[0]] + acronyms    # 'FARC', 'PKK', 'ETA', 'PLO'
    name = " ".join(recase_word(w, i == 0, words) for i, w in enumerate(parts))
    return ([name] if name else []) + acronyms


def read_records(path: Path, words: Words) -> list[Record]:
    """The records of the dictionary before its KEDS section, in file order."""
    records: list[Record] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith(LAST_SECTION):
            break
        line = raw.split("#", 1)[0].rstrip()
        code = re.search(r"\[([A-Z]+)(\s+[^\]]*)?\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if line.startswith(("\t", " ")) and code and records:
            records[-1].code = records[-1].code or ("" if code.group(2) else code.group(1))
        elif line.startswith("+") and records:
            records[-1].aliases += names_of(text[1:], words)
        elif text and (names := names_of(text, words)):
            records.append(Record(names[0], names[1:], code.group(1) if code else ""))
    return [r for r in records if r.code]


def read_table(name: str) -> list[dict[str, str]]:
    with (GAZETTEER / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def corrected(records: list[Record], corrections: list[dict[str, str]]) -> list[Record]:
    """Apply the corrections file: `skip` a record, `drop` a name, `label`/`code`/`alias` a record."""
    by_label = {r.label.casefold(): r for r in records}
    for fix in corrections:
        record = by_label.get(fix["record"].casefold())
        if record is None:
            sys.exit(f"error: armed_groups_corrections.csv names no record {fix['record']!r}")
        if fix["action"] == "skip":
            records.remove(record)
        elif fix["action"] == "drop":
            record.aliases = [a for a in record.aliases if a.casefold() != fix["value"].casefold()]
        elif fix["action"] == "label":
            record.aliases.insert(0, record.label)
            record.label = fix["value"]
        elif fix["action"] == "alias":
            record.aliases.append(fix["value"])
        elif fix["action"] == "code":
            record.code = fix["value"]
        elif fix["action"] == "keep":
            record.kept.add(fix["value"])
    return records


def ambiguous(name: str, record: Record) -> bool:
    """A digit ('313'), or an acronym of three letters or fewer ('EPA', 'ANA') that the corrections file
    does not vouch for: such names stand for too many other things."""
    short = len(name) <= 3 and name.isupper()
    return any(c.isdigit() for c in name) or short and name not in record.kept


def group_name(name: str, words: Words) -> bool:
    """An alias can stand for the group on its own: one word ('Hizbullah', 'PKK') or a phrase with a group
    noun ('Tamil Tigers'), so not a person's name ('Hassan Nasrallah') listed among a group's synonyms."""
    tokens = [t for t in re.split(r"[\s\-']+", name) if t]
    if len(name) < 3:
        return False
    return len(tokens) == 1 or any(t.casefold() in GROUP_NOUNS for t in tokens)


def plain_english(name: str, words: Words) -> bool:
    """Every word is an ordinary lower-case English word, even if the list also has it capitalised:
    'Red Line', 'Army of God', 'Revolutionary Left' would match ordinary prose and headlines."""
    tokens = [t for t in re.split(r"[\s\-]+", name.lower()) if t]
    return all(t in {"the", "of", "and"} or t in words.ordinary for t in tokens)


def taken_names() -> set[str]:
    """Every name another gazetteer file gives (countries, places, organisations, leaders, seats)."""
    gaz = load()
    names = {n for c in gaz.countries.values() for n in c.names + c.demonyms + c.capitals}
    names |= {n for named in gaz.named if named.kind != KIND for n in (named.label,) + named.aliases}
    names |= {n for ldr in gaz.leaders for n in (ldr.label,) + ldr.aliases}
    return {n.casefold() for n in names}


def clean(records: list[Record], words: Words) -> list[Record]:
    """Keep the names that are group names, not taken by another file and claimed by one record only."""
    taken = taken_names()
    claims = Counter(n for r in records for n in {m.casefold() for m in [r.label] + r.aliases})
    kept: list[Record] = []
    for record in records:
        def free(name: str) -> bool:
            return (name.casefold() not in taken and claims[name.casefold()] == 1 and not plain_english(name, words)
                    and not ambiguous(name, record))
        if free(record.label):   # the source says the label names a group; an alias must look like one
            aliases = [n for n in dict.fromkeys(record.aliases)
                       if free(n) and group_name(n, words) and n != record.label]
            kept.append(Record(record.label, aliases, record.code))
    return kept


def extras() -> list[Record]:
    """The groups of armed_groups_extra.csv, which the 2013 dictionary predates."""
    return [Record(row["label"], row["aliases"].split("|") if row["aliases"] else [], row["code"])
            for row in read_table("armed_groups_extra.csv")]


def phoenix_arguments(argv: list[str] | None, description: str, name: str, what: str
                      ) -> tuple[Path, argparse.Namespace] | None:
    """The Phoenix dictionary file `name` in the PETRARCH2 folder the command line names (default
    ../shared/petrarch2) and the parsed options (--out, --words); None, after one error line, when it is absent."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(REPO.parent / "shared" / "petrarch2"))
    parser.add_argument("--out", default=str(GAZETTEER))
    parser.add_argument("--words", default="/usr/share/dict/words")
    args = parser.parse_args(argv)
    source = Path(args.source) / name
    if not source.is_file():
        print(f"error: {source} not found (the PETRARCH2 {what})", file=sys.stderr)
        return None
    return source, args


def main(argv: list[str] | None = None) -> int:
    found = phoenix_arguments(argv, __doc__, "Phoenix.MilNonState.actors.txt", "armed non-state actors")
    if found is None:
        return 2
    source, args = found
    words = load_words(Path(args.words))
    records = corrected(read_records(source, words), read_table("armed_groups_corrections.csv")) + extras()
    kept = clean(records, words)
    iso3s, sectors = set(load().countries), {row["code"] for row in read_table("sectors.csv")}
    rows = sorted((r.row(iso3s, sectors) for r in kept), key=lambda row: (row["label"].casefold(), row["label"]))
    write_csv(Path(args.out) / "armed_groups.csv", HEADER, rows)
    print(f"armed_groups.csv: {len(rows)} rows from {len(records)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
