"""Derive kg/lexicon/noun_kinds.csv from WordNet 3.0 (Debian `wordnet-base`): what kind of referent a common noun names.

    python scripts/build_noun_kinds.py [--wordnet /usr/share/wordnet] [--out FILE] [--names-out FILE]

Each one-word noun gets a kind for its most frequent common (lower-case) sense: `person` (noun.person:
'singer', 'coach'), `body` (a social group: 'firm', 'band', 'party'), `place` (noun.location, a landform or
a body of water, a structure, facility or road: 'shoal', 'stadium', 'station', 'street'), `work` (a
communication or a creation: 'film', 'album', 'agreement', 'software') or `thing` (anything else:
'drug', 'budget', 'sugar'). A second kind, `head`, is the first of its three most frequent common senses
that is not a thing: a name headed by the noun names one of those ('Taskim Square' is a square that is a
place, not a shape). The name classifier (kg/extract/classes.py) reads the kind of a describing noun
('the drug Paxil', 'the Motera stadium') and the head kind of a name's last word. Only nouns with a kind or
head other than `thing` are listed; any other noun is a thing.
The same kinds of WordNet's proper nouns go to kg/lexicon/name_kinds.csv ('Cicero': person, 'Devon': place,
'Magna_Carta': work, 'Scotland_Yard': body), from the first sense that is an instance ('Miami' the city, not
a Miami, one of a people), else the first capitalised sense when its kind is not a thing ('Oscar': work).
WordNet 3.0 Copyright 2006 by Princeton University (licence in kg/lexicon/NOTICE.md).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.atomic import write_csv

ROOT = Path(__file__).resolve().parent.parent
TOPS, PERSON, GROUP, LOCATION, ARTIFACT, COMMUNICATION = "03", "18", "14", "15", "06", "10"
TOP_KINDS = {"person": "person", "group": "body", "location": "place"}   # the top concepts that are kinds themselves
PLACE_ANCESTORS = {"geological_formation", "land", "body_of_water", "structure", "facility", "road", "passageway"}
WORK_ANCESTORS = {"creation"}
HEAD_SENSES = 3


def synsets(path: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """Synset offset → (lexicographer file, its words as written, its hypernyms and instance hypernyms)."""
    found = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue   # the licence header
        fields = line.split(" | ", 1)[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i: at + 3 + 4 * i] for i in range(int(fields[at]))]
        found[fields[0]] = (fields[1], words, [offset for symbol, offset in pointers if symbol in {"@", "@i"}])
    return found


def senses(path: Path) -> dict[str, list[str]]:
    """Noun → its synset offsets, most frequent first (index.noun's order)."""
    found = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            found[fields[0]] = fields[-int(fields[2]):]
    return found


def ancestors(offset: str, data: dict) -> set[str]:
    """The words of every synset above this one (hypernyms, transitively)."""
    words: set[str] = set()
    todo, seen = list(data[offset][2]), set()
    while todo:
        above = todo.pop()
        if above not in seen:
            seen.add(above)
            words.update(w.lower() for w in data[above][1])
            todo.extend(data[above][2])
    return words


def kind(offset: str, data: dict) -> str:
    """person, body, place, work or thing: what a synset is."""
    lexfile, words, _ = data[offset]
    above = ancestors(offset, data)
    if lexfile == TOPS:
        return TOP_KINDS.get(words[0], "thing")
    if lexfile == PERSON:
        return "person"
    if lexfile == GROUP:
        return "body" if "social_group" in above else "thing"
    if lexfile == LOCATION or PLACE_ANCESTORS & above and lexfile in {"17", ARTIFACT}:
        return "place"
    if lexfile == COMMUNICATION or WORK_ANCESTORS & above:
        return "work"
    return "thing"


def instances(path: Path) -> set[str]:
    """The offsets of the synsets that are instances (of a city, a poet, a charter): proper nouns' senses."""
    found = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue   # the licence header
        fields = line.split(" | ", 1)[0].split()
        at = 4 + 2 * int(fields[3], 16)
        if "@i" in fields[at + 1:at + 1 + 4 * int(fields[at]):4]:
            found.add(fields[0])
    return found


def name_kinds(wordnet: Path) -> list[tuple[str, str]]:
    """(proper noun as WordNet writes it, kind) of every capitalised noun with an instance sense or a kind."""
    data, instance = synsets(wordnet / "data.noun"), instances(wordnet / "data.noun")
    rows = []
    for noun, offsets in sorted(senses(wordnet / "index.noun").items()):
        proper = [(o, w) for o in offsets for w in data[o][1] if w.lower() == noun and w[0].isupper()]
        first = next((p for p in proper if p[0] in instance), None)
        if first or proper and kind(proper[0][0], data) != "thing":
            offset, written = first or proper[0]
            rows.append((written, kind(offset, data)))
    return rows


def common_senses(noun: str, offsets: list[str], data: dict) -> list[str]:
    """The senses in which the noun is written in lower case (not 'Bath' the city, 'Tate' the poet)."""
    return [o for o in offsets if any(w.lower() == noun and w[0].islower() for w in data[o][1])]


def noun_kinds(wordnet: Path) -> list[tuple[str, str, str]]:
    """(noun, kind, head kind) of every one-word noun whose kind or head kind is not a thing."""
    data = synsets(wordnet / "data.noun")
    rows = []
    for noun, offsets in sorted(senses(wordnet / "index.noun").items()):
        common = common_senses(noun, offsets, data) if noun.isalpha() else []
        kinds = [kind(o, data) for o in common[:HEAD_SENSES]]
        if kinds and (head := next((k for k in kinds if k != "thing"), "thing")) != "thing":
            rows.append((noun, kinds[0], head))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "lexicon" / "noun_kinds.csv")
    ap.add_argument("--names-out", type=Path, default=ROOT / "kg" / "lexicon" / "name_kinds.csv")
    args = ap.parse_args()
    rows = noun_kinds(args.wordnet)
    write_csv(args.out, ["noun", "kind", "head"], rows)
    names = name_kinds(args.wordnet)
    write_csv(args.names_out, ["name", "kind"], names)
    print(f"{len(rows)} nouns -> {args.out}, {len(names)} names -> {args.names_out}")


if __name__ == "__main__":
    main()
