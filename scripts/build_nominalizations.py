"""Derive kg/lexicon/nominalizations.csv from WordNet 3.0's derivational links (Debian `wordnet-base`).

    python scripts/build_nominalizations.py [--wordnet /usr/share/wordnet]

Each row pairs an event noun with the verb it names ("suspension" → "suspend", "killing" → "kill"),
for the verbs of the CAMEO dictionary (kg/lexicon/cameo_verbs.csv): the extractor codes such a noun
with the verb's senses and phrase patterns, its "of"-complement standing for the verb's object. Only
noun senses that are acts, events or communications (WordNet's lexicographer files noun.act,
noun.event, noun.communication) count, and only for nouns whose most frequent sense is not a body
of people, a person, an artefact or a place: "government" (most often a body of people) is no
event noun, "suspension" is. WordNet 3.0 Copyright 2006 by Princeton University (licence in kg/lexicon/NOTICE.md).
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT_FILES = {"04": "noun.act", "10": "noun.communication", "11": "noun.event"}
THING_FILES = {"06", "14", "15", "18"}    # noun.artifact, noun.group, noun.location, noun.person


def synsets(path: Path):
    """(lexicographer file, words, pointers) of each synset line of a WordNet data file."""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue   # the licence header
        fields = line.split(" | ", 1)[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i: at + 5 + 4 * i] for i in range(int(fields[at]))]
        yield fields[0], fields[1], words, pointers


def verb_words(path: Path) -> dict[str, list[str]]:
    """Verb synset offset → its words."""
    return {offset: words for offset, _, words, _ in synsets(path)}


def first_senses(path: Path) -> dict[str, str]:
    """Noun → the synset offset of its most frequent sense (index.noun lists senses by frequency)."""
    found = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        found[fields[0]] = fields[-int(fields[2])]
    return found


def nominalizations(wordnet: Path, verbs: set[str]) -> list[tuple[str, str, str]]:
    """(noun, verb, lexicographer file) for event nouns derived from a dictionary verb."""
    by_offset = verb_words(wordnet / "data.verb")
    first = first_senses(wordnet / "index.noun")
    nouns = list(synsets(wordnet / "data.noun"))
    things = {offset for offset, lexfile, _, _ in nouns if lexfile in THING_FILES}
    found: dict[tuple[str, str], str] = {}
    for _, lexfile, words, pointers in nouns:
        if lexfile not in EVENT_FILES:
            continue
        for symbol, offset, pos, source_target in pointers:
            if symbol != "+" or pos != "v":
                continue
            source, target = int(source_target[:2], 16), int(source_target[2:], 16)
            noun, verb = words[source - 1], by_offset[offset][target - 1]
            if "_" not in noun and verb in verbs and noun != verb and first.get(noun) not in things:
                found.setdefault((noun, verb), EVENT_FILES[lexfile])
    return sorted((noun, verb, lexfile) for (noun, verb), lexfile in found.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--lexicon", type=Path, default=ROOT / "kg" / "lexicon")
    args = ap.parse_args()
    with (args.lexicon / "cameo_verbs.csv").open(encoding="utf-8", newline="") as handle:
        verbs = {row["lemma"] for row in csv.DictReader(handle)}
    rows = nominalizations(args.wordnet, verbs)
    out = args.lexicon / "nominalizations.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["noun", "verb", "sense"])
        writer.writerows(rows)
    print(f"{len(rows)} event nouns of {len({r[1] for r in rows})} dictionary verbs -> {out}")


if __name__ == "__main__":
    main()
