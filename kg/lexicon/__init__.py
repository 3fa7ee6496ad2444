"""Load the data files that configure extraction (trigger lexicon, cue words, currencies)."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The records of a CSV lexicon file in this folder."""
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line word list in this folder (# starts a comment)."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
