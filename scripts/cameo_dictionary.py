"""Read PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt) into plain records.

The format is documented in the file's header and in petrarch2/dictionaries.rst: synonym sets
(`&NAME` then `+MEMBER` lines), verb blocks (`--- NAME [code] ---`) listing verbs
(`HURRY {HURRIES HURRIED} [code]`, multi-word `+ASK_FOR {...}`) and patterns
(`- SUBJECT * OBJECT (PREP OBJECT) [code] # comment`), then `~` transformations (ignored).
Words stay upper-case here; the builder lemmatises them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# Bare words after the verb that spaCy attaches as `prt` (phrasal-verb particles).
PARTICLES = frozenset("UP DOWN OFF OUT IN ON OVER BACK AWAY FORWARD AHEAD ASIDE AROUND THROUGH "
                      "TOGETHER APART ALONG ACROSS ABOUT BY".split())
# Bare words after the verb that are prepositions, not particles (`ask for`, `troop toward`).
PREPOSITIONS = frozenset("OF TO TOWARD TOWARDS INTO WITH FROM FOR AGAINST AT UNDER UPON ONTO AS "
                         "BEFORE BEHIND BETWEEN AMONG WITHIN WITHOUT UNTIL BEYOND NEAR AFTER".split())
# Words before the verb that are auxiliaries or negation, not a subject ("WILL NOT *").
FUNCTION_WORDS = frozenset("WILL WOULD NOT TO IS ARE WAS WERE BE BEEN HAS HAVE HAD CAN COULD "
                           "MAY MIGHT MUST SHALL SHOULD DID DO DOES".split())
ACTOR_MARKERS = "$+^%"
CODE = re.compile(r"\[([^\]]*)\]")
# A block header; four of the dictionary's lack the blank before the closing dashes (`--- DELAY [120]---  ---`),
# and read as a pattern they would leave their verbs in the block above (delay, postpone coded as BLAME's 112).
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")


@dataclass(frozen=True)
class Verb:
    """One verb entry of a block: its words, the index of the verb word, irregular forms, code."""
    words: tuple[str, ...]
    head: int
    forms: tuple[str, ...]
    code: str | None      # None: no own code; "" : an explicit [---]
    line: int


@dataclass(frozen=True)
class Pattern:
    """One `- ... [code]` line, split into the words before and after the `*`, and its `#` comment (which
    often names the verb the pattern was written for: `# CALLED_OFF`)."""
    before: str
    after: str
    code: str
    line: int
    comment: str = ""


@dataclass
class Block:
    """A verb synonym block: its name, default code, verbs and patterns."""
    family: str
    code: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    """The synonym sets (name → member phrases, each a tuple of words) and the verb blocks."""
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    blocks: list[Block]


def first_code(cell: str) -> str | None:
    """`042:043` → `042`, `:173` → `173`, `---` → `---`; None when the cell is empty."""
    parts = [p.strip() for p in cell.split(":") if p.strip()]
    return parts[0] if parts else None


def strip_comment(line: str) -> str:
    """The line without its `#` comment and surrounding blanks."""
    return line.split("#", 1)[0].strip()


def comment(line: str) -> str:
    """The line's `#` comment without the `#` and surrounding blanks ("" when it has none)."""
    return line.split("#", 1)[1].strip() if "#" in line else ""


def parse_verb(text: str, line: int) -> Verb:
    """`+CORDON_OFF {+CORDONED_OFF ...} [code]` → a Verb with the `+` word as head."""
    code_match = CODE.search(text)
    code = None if code_match is None else (first_code(code_match.group(1)) or None)
    code = "" if code == "---" else code
    forms_match = re.search(r"\{([^}]*)\}", text)
    phrase = re.split(r"[\s\[{]", text, maxsplit=1)[0]
    words = tuple(phrase.split("_"))
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    head = marked[0] if marked else 0
    forms = tuple(form_head(f) for f in forms_match.group(1).split()) if forms_match else ()
    return Verb(tuple(w.lstrip("+") for w in words), head, forms, code, line)


def form_head(form: str) -> str:
    """The verb word of an irregular form: `+CORDONED_OFF` → `CORDONED`, `WIRE_+TAPS` → `TAPS`."""
    words = form.split("_")
    marked = [w for w in words if w.startswith("+")]
    return (marked[0] if marked else words[0]).lstrip("+")


def parse_pattern(text: str, line: int, note: str = "") -> Pattern | None:
    """`- WORDS * WORDS [code]` (and its comment `note`) → a Pattern; None when it has no code or no `*`."""
    codes = CODE.findall(text)
    body = CODE.split(text)[0].lstrip("-").strip()
    code = first_code(codes[0]) if codes else None
    if code is None or "*" not in body:
        return None
    before, after = body.split("*", 1)
    return Pattern(before.strip(), after.strip(), code, line, note)


def read_dictionary(path: Path) -> tuple[Dictionary, list[int]]:
    """Parse the verb dictionary; also return the lines of patterns without a code or `*`."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: list[Block] = []
    unreadable: list[int] = []
    current_set: str | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").split("\n"), 1):
        text = strip_comment(raw)
        if not text or text.startswith("~"):
            continue
        if header := HEADER.match(text):
            code = first_code(header.group(2))
            blocks.append(Block(header.group(1), None if code == "---" else code, number))
            current_set = None
        elif text.startswith("&"):
            current_set = text.split()[0].rstrip("_")
            synsets[current_set] = []
        elif text.startswith("+") and current_set is not None:
            synsets[current_set].append(tuple(w for w in text[1:].split()[0].split("_") if w))
        elif text.startswith("-") and blocks:
            pattern = parse_pattern(text, number, comment(raw))
            if pattern is None:
                unreadable.append(number)
            else:
                blocks[-1].patterns.append(pattern)
        elif blocks:
            blocks[-1].verbs.append(parse_verb(text, number))
    return Dictionary({k: tuple(v) for k, v in synsets.items()}, blocks), unreadable


def tokens(side: str) -> list[str | tuple[str, ...]]:
    """Split one side of a pattern into words, `{...}` phrases (tuples of words) and `(...)`
    groups (tuples whose first element is "(")."""
    out: list[str | tuple[str, ...]] = []
    for match in re.finditer(r"\{[^}]*\}|\([^)]*\)|\S+", side):
        text = match.group(0)
        if text.startswith("("):
            out.append(("(",) + tuple(clean_words(text[1:-1])))
        elif text.startswith("{"):
            if phrase := clean_words(text[1:-1]):
                out.append(tuple(phrase))
        else:
            out.extend(clean_words(text))
    return out


def clean_words(text: str) -> list[str]:
    """The words of a phrase: braces, stray parentheses and PETRARCH's actor markers (`$ + ^ %`)
    stripped, `_` (consecutive words) split, synonym-set names (`&FIGHT_OF_WORDS`) kept whole."""
    words = []
    for word in re.sub(r"[{}()]", " ", text).split():
        parts = [word] if word.startswith("&") else word.split("_")
        words.extend(part.strip(ACTOR_MARKERS) for part in parts if part.strip(ACTOR_MARKERS))
    return words
