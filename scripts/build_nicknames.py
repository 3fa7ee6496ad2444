"""Derive kg/lexicon/nicknames.csv: English given names and their nicknames ('frederick', 'freddie').

Usage:  pip install nicknames==1.0.1 --no-deps     # build time only (its names.csv is read, not imported)
        python scripts/build_nicknames.py [--source names.csv] [--out FILE]

Source: the PyPI package **nicknames** 1.0.1 (a hand-curated dataset of English names and nicknames; Apache-2.0
licence, Carlton Northern and Nick Crews), whose names.csv has one row `name1,has_nickname,name2` per pair. Kept:
every pair of alphabetic lower-case names, sorted.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.atomic import write_csv  # noqa: E402


def installed_source() -> Path:
    """names.csv of the installed nicknames package, found without importing it."""
    spec = importlib.util.find_spec("nicknames")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nicknames is not installed: pip install nicknames==1.0.1 --no-deps, or give --source")
    return Path(list(spec.submodule_search_locations)[0]) / "names.csv"


def nicknames(source: Path) -> list[tuple[str, str]]:
    """(name, nickname) of every pair the source gives, sorted."""
    with source.open(encoding="utf-8", newline="") as rows:
        pairs = {(row["name1"], row["name2"]) for row in csv.DictReader(rows) if row["relationship"] == "has_nickname"}
    return sorted((name, nick) for name, nick in pairs if name.isalpha() and nick.isalpha() and name != nick)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "kg" / "lexicon" / "nicknames.csv")
    args = parser.parse_args()
    write_csv(args.out, ["name", "nickname"], nicknames(args.source or installed_source()))


if __name__ == "__main__":
    main()
