"""Derive kg/lexicon/inanimate_nouns.txt from WordNet 3.0 (Debian `wordnet-base`).

    python scripts/build_inanimate_nouns.py [--wordnet /usr/share/wordnet] [--out FILE]

The nouns whose most frequent sense can neither speak nor act (not a person, a body of people, an
animal, an artefact, a place, a communication or a top-level concept: WordNet's lexicographer files
noun.person, noun.group, noun.animal, noun.artifact, noun.location, noun.communication, noun.Tops),
and that have no sense that is a person or a body of people at all ("administration", "opposition",
"security" are bodies of people in politics). "tension", "move", "crisis" are such nouns;
"businessman", "council", "helicopter", "statement", "administration" are not. The extractor reads a verb of saying, agreeing or allowing whose subject is one of them ("terror
endangers civilians", "the vote does not affect the Aegean") as naming no political act.
WordNet 3.0 Copyright 2006 by Princeton University (licence in kg/lexicon/NOTICE.md).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from build_nominalizations import first_senses, synsets

from kg.atomic import write_bytes

ROOT = Path(__file__).resolve().parent.parent
ACTING_FILES = {"03", "05", "06", "10", "14", "15", "18"}   # Tops, animal, artifact, communication, group, location, person
PEOPLE_FILES = {"14", "18"}   # group, person
HEADER = ("# Nouns whose most frequent WordNet sense can neither speak nor act (scripts/build_inanimate_nouns.py;\n"
          "# WordNet 3.0 Copyright 2006 by Princeton University, licence in NOTICE.md). Do not edit by hand.\n")


def inanimate_nouns(wordnet: Path) -> list[str]:
    """The one-word nouns whose most frequent sense is in none of the acting lexicographer files and none of
    whose senses is a person or a group."""
    people: set[str] = set()
    lexfile = {}
    for offset, lexicographer_file, words, _ in synsets(wordnet / "data.noun"):
        lexfile[offset] = lexicographer_file
        if lexicographer_file in PEOPLE_FILES:
            people.update(word.split("(")[0] for word in words)
    first = first_senses(wordnet / "index.noun")
    return sorted(noun for noun, offset in first.items()
                  if noun.isalpha() and lexfile[offset] not in ACTING_FILES and noun not in people)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "lexicon" / "inanimate_nouns.txt")
    args = ap.parse_args()
    nouns = inanimate_nouns(args.wordnet)
    write_bytes(args.out, (HEADER + "".join(f"{noun}\n" for noun in nouns)).encode("utf-8"))
    print(f"{len(nouns)} inanimate nouns -> {args.out}")


if __name__ == "__main__":
    main()
