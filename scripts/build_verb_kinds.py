"""Derive kg/lexicon/verb_kinds.csv from WordNet 3.0 (Debian `wordnet-base`): what kind of act a verb names.

    python scripts/build_verb_kinds.py [--wordnet /usr/share/wordnet] [--out FILE]

Each one-word verb gets the lexicographer file of its most frequent sense, without its 'verb.' prefix:
`communication` ('say', 'claim'), `creation` ('write', 'direct', 'record'), `possession` ('sell', 'buy'),
`competition` ('beat', 'play'), `social` ('join', 'elect'), `stative` ('cost', 'include'), `motion`, `change`
and the rest. The name classifier (kg/extract/context_clues.py) reads the kind of the verb a name is the subject
or the object of: a name that says or claims is a person or a body, one that is sold, released or played more
often a work or a product.
WordNet 3.0 Copyright 2006 by Princeton University (licence in kg/lexicon/NOTICE.md).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from build_noun_kinds import senses, synsets
from kg.atomic import write_csv

ROOT = Path(__file__).resolve().parent.parent
LEXICOGRAPHER_FILES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition",
                       34: "consumption", 35: "contact", 36: "creation", 37: "emotion", 38: "motion",
                       39: "perception", 40: "possession", 41: "social", 42: "stative", 43: "weather"}


def verb_kinds(wordnet: Path) -> list[tuple[str, str]]:
    """(verb, the lexicographer file of its most frequent sense) of every one-word verb."""
    data = synsets(wordnet / "data.verb")
    return [(verb, LEXICOGRAPHER_FILES[int(data[offsets[0]][0])])
            for verb, offsets in sorted(senses(wordnet / "index.verb").items()) if verb.isalpha()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "lexicon" / "verb_kinds.csv")
    args = ap.parse_args()
    rows = verb_kinds(args.wordnet)
    write_csv(args.out, ["verb", "kind"], rows)
    print(f"{len(rows)} verbs -> {args.out}")


if __name__ == "__main__":
    main()
