"""Read the PLOVER manual's CAMEO→PLOVER conversion table (CAMEO2PLOVER-2021.txt) into rows.

Each line is `CODE: CATEGORY, mode, context # comment`; a two-digit line (`03: AGREE`) heads the
codes of a CAMEO root and maps the root itself. How the table's quirks are resolved:
- A code listed twice keeps its first row, whatever the second says: `175` appears twice with the
  same mapping, and `08` heads both CONCEDE (080-083) and RETREAT (084-087); root `08` stays CONCEDE
  (as its `080` Yield row says), every 08x code is listed with its own category.
- A row listed under another root's header (163 COERCE under SANCTION, 191/192 under COERCE, 201
  under 18) keeps the category written on its own row; headers only map the two-digit roots.
- Modes and contexts are stripped of blanks; a context list (`crime; corruption`) is `|`-joined.
- CAMEO 01 (make public statement) has no PLOVER category and is not in the table.
- CAMEO 02 (appeal) is added as REQUEST, its sub-codes with the mode and context of the matching
  10x demand code (021 = 101 material cooperation, …, 028 = 108 mediation: CAMEO gives the two
  roots the same sub-code structure). The manual's translation table (PLOVER_MANUAL.tex, chapter
  "CAMEO vs. PLOVER", section "CAMEO to PLOVER translation", table tab:xlate) lists 02 APPEAL as
  "dropped", but its REQUEST section defines the category as "All requests, demands, and orders",
  which is what CAMEO 02 codes; we follow the definition so appeals are not lost.
"""
from __future__ import annotations

import re
from pathlib import Path

ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")
FIELDS = ("cameo", "plover", "mode", "context")


def parse_row(text: str) -> dict[str, str] | None:
    """One table line as a row; None for comments, blank lines and the `~~~~` end mark."""
    match = ROW.match(text.strip())
    if match is None:
        return None
    code, category, mode, context = match.groups()
    contexts = [c.strip() for c in (context or "").split(";") if c.strip()]
    return {"cameo": code, "plover": category, "mode": (mode or "").strip(), "context": "|".join(contexts)}


def appeal_rows(rows: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """CAMEO 02x as REQUEST, mirroring the 10x demand rows (see the module docstring)."""
    mirrored = {"02": {"cameo": "02", "plover": "REQUEST", "mode": "", "context": ""}}
    for code, row in rows.items():
        if code.startswith("10") and len(code) > 2:
            mirrored["02" + code[2:]] = row | {"cameo": "02" + code[2:]}
    return mirrored


def read_plover(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The table rows sorted by code, and a note for each duplicate row dropped."""
    rows: dict[str, dict[str, str]] = {}
    notes: list[str] = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = parse_row(text)
        if row is None:
            continue
        if row["cameo"] in rows:
            notes.append(f"line {number}: {row['cameo']} listed again as {row['plover']}; "
                         f"kept {rows[row['cameo']]['plover']}")
            continue
        rows[row["cameo"]] = row
    rows |= appeal_rows(rows)
    return [rows[code] for code in sorted(rows)], notes
