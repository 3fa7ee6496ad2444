"""The companion tables of the CAMEO coder: CAMEO code → event class, the codes of acts read as intended,
refused or threatened, where prepositional arguments go per PLOVER category, and event nouns → their verbs."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import LexiconError
from kg.lexicon import HERE as LEXICON, numbered
from kg.vocab import PLOVER_CATEGORIES, Status


@dataclass(frozen=True)
class CodeTable:
    """CAMEO code prefix → a value (an event class, an intent code); the longest listed prefix wins."""

    by_prefix: dict[str, str]

    def of(self, code: str) -> str | None:
        """The value of the longest listed prefix of `code`."""
        return next((self.by_prefix[code[:n]] for n in range(len(code), 1, -1) if code[:n] in self.by_prefix), None)


def read_rows(path: Path) -> list[dict[str, str]]:
    return [row for _, row in numbered(path)]


def load_classes(path: Path = LEXICON / "event_classes.csv") -> CodeTable:
    """The CAMEO → class table (its classes checked against the vocabulary's when read)."""
    rows = read_rows(path)
    for number, row in enumerate(rows, start=2):
        if not row["cameo"].isdigit():
            raise LexiconError(f"{path.name}:{number}: not a CAMEO code: {row['cameo']!r}")
    return CodeTable({row["cameo"]: row["class"] for row in rows})


STATUS_READINGS = {Status.Planned: "intended", Status.Possible: "intended", Status.Negated: "refused"}
THREATENED = "threatened"   # an intended act on a negative condition: 'will withdraw the force unless …'


def load_status_codes(path: Path = LEXICON / "status_codes.csv") -> dict[str, CodeTable]:
    """Reading (intended, refused, threatened) → CAMEO code prefix → the code of the act read so: a planned or
    possible material act is the intent to do it (or, for a conflictual one, the threat); a refused cooperative
    act is a rejection; a cooperative act held out on a negative condition is a threat."""
    rows = read_rows(path)
    return {reading: CodeTable({r["cameo"]: r["code"] for r in rows if r["status"] == reading})
            for reading in {*STATUS_READINGS.values(), THREATENED}}


def load_role_preps(path: Path = LEXICON / "role_preps.csv") -> dict[str, dict[str, str]]:
    """PLOVER category → {preposition: role}: where the prepositional arguments of any trigger go."""
    rows = read_rows(path)
    table = {category: {r["prep"]: r["role"] for r in rows if r["plover"] == "*"} for category in PLOVER_CATEGORIES}
    for number, row in enumerate(rows, start=2):
        if row["plover"] != "*" and row["plover"] not in table or row["role"] not in {"agent", "target", "location"}:
            raise LexiconError(f"{path.name}:{number}: unknown category or role: {row['plover']!r}, {row['role']!r}")
        if row["plover"] != "*":
            table[row["plover"]][row["prep"]] = row["role"]
    return table


def load_nominalizations(path: Path = LEXICON / "nominalizations.csv") -> dict[str, str]:
    """Event noun → the dictionary verb it names (kg/lexicon/nominalizations.csv, from WordNet)."""
    return {row["noun"]: row["verb"] for row in read_rows(path)}
