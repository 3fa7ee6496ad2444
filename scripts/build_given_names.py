"""Derive kg/lexicon/given_names.csv: common given names and how often each is a woman's.

Usage:  pip install nomquamgender==0.1.4 --no-deps     # build time only (its name_data.json is read, not imported)
        python scripts/build_given_names.py [--source name_data.json] [--out FILE]

Source: the PyPI package **nomquamgender** 0.1.4 (data for name-based gender classification in research; MIT
licence, © 2022 Ian Van Buskirk), whose
name_data.json gives, for 721,739 names, the number of sources and of people behind it and the share of
them who are women. Kept: names seen in at least MIN_SOURCES sources for at least MIN_PEOPLE people (a given
name, not a one-off), lower-cased ASCII as the source writes them; p_female rounded to 3 digits.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.atomic import write_csv  # noqa: E402
MIN_SOURCES, MIN_PEOPLE = 10, 1000


def installed_source() -> Path:
    """name_data.json of the installed nomquamgender package, found without importing it (that needs pandas)."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed: pip install nomquamgender==0.1.4 --no-deps, or give --source")
    return Path(list(spec.submodule_search_locations)[0]) / "name_data.json"


def given_names(source: Path) -> list[tuple[str, int, float]]:
    """(name, people, share of women) of every common given name, sorted by name."""
    data = json.loads(source.read_text(encoding="utf-8"))
    return sorted((name, people, share) for name, (sources, people, share, *_) in data.items()
                  if sources >= MIN_SOURCES and people >= MIN_PEOPLE and name.isascii() and name.isalpha())


def write(names: list[tuple[str, int, float]], out: Path) -> None:
    """given_names.csv, atomically: name, people, p_female."""
    write_csv(out, ["name", "people", "p_female"], ((name, people, f"{share:.3f}") for name, people, share in names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "kg" / "lexicon" / "given_names.csv")
    args = parser.parse_args()
    write(given_names(args.source or installed_source()), args.out)


if __name__ == "__main__":
    main()
