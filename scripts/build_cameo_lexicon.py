"""Convert PETRARCH2's CAMEO verb dictionary and the PLOVER conversion table into kg/lexicon/ data.

Usage:  python scripts/build_cameo_lexicon.py [--petrarch DIR] [--plover DIR] [--lexicon DIR]

--petrarch defaults to ../shared/petrarch2 (CAMEO.2.0.txt, MIT), --plover to ../shared/plover
(CAMEO2PLOVER-2021.txt, CC BY-SA 4.0), --lexicon to kg/lexicon: it holds the two hand-written
inputs (nominal_triggers_curated.csv, cameo_corrections.csv) and receives the generated files
cameo_verbs.csv, cameo_patterns.csv, cameo_nouns.csv and plover.csv.

Words are lemmatised with the spaCy model our parse uses (kg.annotate.DEFAULT_MODEL), so they
compare with `token.lemma_`. Nominal triggers come from the light-verb blocks (light_verb_families:
the blocks of STAGE and LAUNCH, where the event is in the object noun): each one-word object of
their patterns takes its most frequent code. Curated nouns add what the dictionary lacks.
Corrections apply to the derived rows (verbs and patterns before the nouns are derived, nouns
after; synonym-set members and the patterns a block lacks are added before any row is derived, verbs
a block lacks before the other verb corrections); a correction that matches nothing is an error. How
patterns map onto the CSV slots, and which ones are dropped, is documented in scripts/cameo_rows.py;
the PLOVER table's quirks in scripts/plover_table.py.
Output is deterministic: rows sorted, RFC 4180 quoting, UTF-8, "\\n" line ends, atomic writes.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from cameo_dictionary import Dictionary, Pattern, comment, parse_pattern, read_dictionary, tokens
from cameo_rows import ROW_FIELDS, Lemmatise, deduplicated, pattern_rows, verb_rows
from plover_table import FIELDS as PLOVER_FIELDS, read_plover

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from kg.annotate import DEFAULT_MODEL  # noqa: E402  (the parse model: lemmas must agree)
from kg.atomic import replace_into  # noqa: E402

VERB_FIELDS = ("lemma", "code", "family", "forms", "requires")
NOUN_FIELDS = ("lemma", "code", "basis")
CORRECTION_FIELDS = ("kind", "key", "field", "value", "reason")
LIGHT_VERB_ROOTS = 15
PATTERN_LINE_BASE = 100000    # the line of an added pattern: this plus its correction's line


class BuildError(Exception):
    """Bad input: reported as one line with a non-zero exit."""


def lemmatisers(model: str) -> tuple[Lemmatise, Lemmatise]:
    """Cached word → lower-case lemma functions for nouns and for verbs, from the spaCy model.

    Nouns: the word tagged and lemmatised on its own ("rallies" → "rally", "crisis" stays), a
    word tagged as a verb lemmatised as a noun ("uprising", "bloodshed"); hyphenated parts keep
    their hyphens. Verbs: the rule lemmatiser with the verb rules ("touring" → "tour")."""
    import spacy
    nlp = spacy.load(model, exclude=["parser", "ner"])
    lemmatizer = nlp.get_pipe("lemmatizer")

    def as_pos(token, pos: str) -> str:
        """The rule lemma of a token read as `pos` (a noun's number guessed from its -s)."""
        token.pos_ = pos
        if pos == "NOUN":
            token.set_morph("Number=Plur" if token.text.endswith("s") else "Number=Sing")
        return lemmatizer.rule_lemmatize(token)[0].lower()

    @lru_cache(maxsize=None)
    def noun(word: str) -> str:
        """The noun lemma of one dictionary word ("" stays "")."""
        tokens = nlp(word.lower()) if word else []
        return "".join((as_pos(t, "NOUN") if t.pos_ in ("VERB", "AUX") else t.lemma_.lower()) + t.whitespace_
                       for t in tokens)

    @lru_cache(maxsize=None)
    def verb(word: str) -> str:
        """The verb lemma of one dictionary verb."""
        return as_pos(nlp.make_doc(word.lower())[0], "VERB")
    return noun, verb


def read_rows(path: Path, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """A hand-written CSV input; its header must be exactly `fields`."""
    if not path.is_file():
        raise BuildError(f"{path}: not found")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != fields:
            raise BuildError(f"{path}: header must be {','.join(fields)}")
        return list(reader)


def light_verb_families(dictionary: Dictionary) -> set[str]:
    """Blocks whose verbs carry no code and whose patterns code most CAMEO roots (the event is in
    the object: STAGE a protest, LAUNCH an attack), at least LIGHT_VERB_ROOTS of the twenty."""
    families = set()
    for block in dictionary.blocks:
        roots = {pattern.code[:2] for pattern in block.patterns if pattern.code != "---"}
        if block.code is None and not any(verb.code for verb in block.verbs) and len(roots) >= LIGHT_VERB_ROOTS:
            families.add(block.family)
    return families


def bare_object(pattern: Pattern) -> str | None:
    """The object of a pattern that is nothing but one literal word after the verb (`- * ATTACK`)."""
    after = tokens(pattern.after)
    if tokens(pattern.before) or len(after) != 1 or not isinstance(after[0], str) or after[0].startswith("&"):
        return None
    return after[0]


def derived_nouns(dictionary: Dictionary, patterns: list[dict[str, str]], lemma: Lemmatise) -> dict[str, str]:
    """Noun → code by majority over the one-word-object patterns of the light-verb blocks that
    survived the corrections; ties go to the more specific code, then to the first listed."""
    kept = {(row["family"], row["code"], row["object"]) for row in patterns
            if not (row["subject"] or row["particle"] or row["modifier"] or row["prep"])}
    light = light_verb_families(dictionary)
    votes: dict[str, Counter] = defaultdict(Counter)
    first: dict[tuple[str, str], int] = {}
    for block in (b for b in dictionary.blocks if b.family in light):
        for pattern in block.patterns:
            word = bare_object(pattern)
            noun = lemma(word) if word else ""
            if noun and pattern.code != "---" and (block.family, pattern.code, noun) in kept:
                votes[noun][pattern.code] += 1
                first.setdefault((noun, pattern.code), pattern.line)
    return {noun: max(tally, key=lambda c: (tally[c], len(c), -first[(noun, c)]))
            for noun, tally in votes.items()}


def noun_rows(derived: dict[str, str], curated: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows of cameo_nouns.csv: derived nouns, then curated ones the dictionary lacks."""
    rows = {noun: {"lemma": noun, "code": code, "basis": "CAMEO pattern"} for noun, code in derived.items()}
    for number, row in enumerate(curated, 2):
        if row["lemma"] in rows:
            raise BuildError(f"nominal_triggers_curated.csv line {number}: {row['lemma']!r} is already "
                             f"derived from the dictionary (code {rows[row['lemma']]['code']}); "
                             "change it in cameo_corrections.csv instead")
        rows[row["lemma"]] = {"lemma": row["lemma"], "code": row["code"], "basis": "curated"}
    return [rows[noun] for noun in sorted(rows)]


def add_members(dictionary: Dictionary, corrections: list[dict[str, str]]) -> None:
    """Add the synonym-set members that `synset` corrections name (`synset,&WEAPON,add,TANK`): a word the set
    lists only inside a compound (BATTLE_TANK, whose modifier a pattern then requires) that means the same alone."""
    for fix in corrections:
        if fix["key"] not in dictionary.synsets or fix["field"] != "add" or not fix["reason"].strip():
            raise BuildError(f"cameo_corrections.csv: synset {fix['key']!r} / field {fix['field']!r} must name a set,"
                             " the field add and a reason")
        dictionary.synsets[fix["key"]] += (tuple(fix["value"].upper().split("_")),)


def add_patterns(dictionary: Dictionary, corrections: list[tuple[int, dict[str, str]]]) -> None:
    """Add the patterns that `pattern` corrections give a block (`pattern,DELAY,add,- * DEMONSTRATION [1721]`):
    one the block lacks, written as the dictionary writes its own, so it is converted as they are; its line is
    PATTERN_LINE_BASE plus the correction's line, after every line of the dictionary."""
    blocks = {block.family: block for block in dictionary.blocks}
    for number, fix in corrections:
        pattern = parse_pattern(fix["value"], PATTERN_LINE_BASE + number, comment(fix["value"]))
        if fix["key"] not in blocks or pattern is None or not fix["reason"].strip():
            raise BuildError(f"cameo_corrections.csv line {number}: pattern {fix['key']!r} / add must name a block, "
                             "a pattern '- * WORDS [code]' and a reason")
        blocks[fix["key"]].patterns.append(pattern)


def add_verbs(verbs: list[dict[str, str]], corrections: list[dict[str, str]]) -> list[dict[str, str]]:
    """The verb rows with the verbs that `add` corrections give a block (`verb,RETREAT:demobilize,add,0873`): a
    verb the dictionary lacks, whose block's patterns then apply to it; its code is the value ("" for none)."""
    added = []
    for fix in corrections:
        family, _, word = fix["key"].partition(":")
        if not word or not fix["reason"].strip() or not any(row["family"] == family for row in verbs) or any(
                row["family"] == family and row["lemma"] == word for row in verbs):
            raise BuildError(f"cameo_corrections.csv: verb {fix['key']!r} / add must name a block and a verb it lacks,"
                             " with a reason")
        added.append({"lemma": word, "code": fix["value"], "family": family, "forms": "", "requires": ""})
    return sorted(verbs + added, key=lambda row: (row["lemma"], row["family"]))


def correction_target(kind: str, key: str, row: dict[str, str]) -> bool:
    """Whether a correction (kind, key) addresses this generated row."""
    if kind == "verb":
        return f"{row['family']}:{row['lemma']}" == key
    if kind == "pattern":
        return row["line"] == key
    if kind == "plover":
        return row["cameo"] == key
    return kind == "noun" and row["lemma"] == key


def apply_corrections(tables: dict[str, list[dict[str, str]]], corrections: list[dict[str, str]]) -> None:
    """Apply each correction (field `drop`, or a new value for a field) to the rows it names."""
    for number, fix in enumerate(corrections, 2):
        rows = tables.get(fix["kind"])
        where = f"cameo_corrections.csv line {number}"
        if rows is None or not fix["reason"].strip():
            raise BuildError(f"{where}: kind must be verb, pattern, noun or plover, and a reason is required")
        hits = [row for row in rows if correction_target(fix["kind"], fix["key"], row)]
        if not hits or (fix["field"] != "drop" and fix["field"] not in hits[0]):
            raise BuildError(f"{where}: {fix['kind']} {fix['key']!r} / field {fix['field']!r} matches nothing")
        for row in hits:
            if fix["field"] == "drop":
                rows.remove(row)
            else:
                row[fix["field"]] = fix["value"]


def csv_text(rows: list[dict[str, str]], fields: tuple[str, ...]) -> str:
    """Rows as CSV text with a header line."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: row[k] for k in fields} for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: list[dict[str, str]], fields: tuple[str, ...]) -> None:
    """Write rows atomically."""
    text = csv_text(rows, fields)
    replace_into(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8", newline=""))


def build(petrarch: Path, plover: Path, lexicon: Path, model: str = DEFAULT_MODEL) -> Counter:
    """Read the sources and hand-written inputs, write the four generated files; return counts."""
    for source in (petrarch / "CAMEO.2.0.txt", plover / "CAMEO2PLOVER-2021.txt"):
        if not source.is_file():
            raise BuildError(f"{source}: not found")
    corrections = read_rows(lexicon / "cameo_corrections.csv", CORRECTION_FIELDS)
    curated = read_rows(lexicon / "nominal_triggers_curated.csv", ("lemma", "code", "comment"))
    dictionary, unreadable = read_dictionary(petrarch / "CAMEO.2.0.txt")
    notes = Counter({"dropped: no code or no *": len(unreadable)})
    lemma, verb_lemma = lemmatisers(model)
    add_members(dictionary, [c for c in corrections if c["kind"] == "synset"])
    add_patterns(dictionary, [(number, fix) for number, fix in enumerate(corrections, 2)
                              if fix["kind"] == "pattern" and fix["field"] == "add"])
    verbs = verb_rows(dictionary, verb_lemma, notes)
    patterns = pattern_rows(dictionary, lemma, verb_lemma, notes)
    verbs = add_verbs(verbs, [c for c in corrections if c["kind"] == "verb" and c["field"] == "add"])
    apply_corrections({"verb": verbs, "pattern": patterns},
                      [c for c in corrections if c["kind"] in ("verb", "pattern") and c["field"] != "add"])
    patterns = deduplicated(patterns)
    nouns = noun_rows(derived_nouns(dictionary, patterns, lemma), curated)
    apply_corrections({"noun": nouns}, [c for c in corrections if c["kind"] == "noun"])
    plover_rows, duplicates = read_plover(plover / "CAMEO2PLOVER-2021.txt")
    apply_corrections({"plover": plover_rows}, [c for c in corrections if c["kind"] == "plover"])
    write_csv(lexicon / "cameo_verbs.csv", verbs, VERB_FIELDS)
    write_csv(lexicon / "cameo_patterns.csv", patterns, ROW_FIELDS)
    write_csv(lexicon / "cameo_nouns.csv", nouns, NOUN_FIELDS)
    write_csv(lexicon / "plover.csv", plover_rows, PLOVER_FIELDS)
    notes.update({"verb rows": len(verbs), "families": len({v["family"] for v in verbs}),
                  "pattern rows": len(patterns), "plover rows": len(plover_rows),
                  "plover duplicates dropped": len(duplicates),
                  "nouns derived": sum(n["basis"] == "CAMEO pattern" for n in nouns),
                  "nouns curated": sum(n["basis"] == "curated" for n in nouns)})
    return notes


def main(argv: list[str] | None = None) -> int:
    """Command line entry: build, print the counts, one line and exit 1 on bad input."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=REPO.parent / "shared" / "petrarch2")
    parser.add_argument("--plover", type=Path, default=REPO.parent / "shared" / "plover")
    parser.add_argument("--lexicon", type=Path, default=REPO / "kg" / "lexicon")
    args = parser.parse_args(argv)
    try:
        notes = build(args.petrarch, args.plover, args.lexicon)
    except BuildError as error:
        print(f"build_cameo_lexicon: {error}", file=sys.stderr)
        return 1
    for name, count in sorted(notes.items()):
        print(f"{count:6d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
