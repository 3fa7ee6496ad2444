"""Turn the parsed CAMEO verb dictionary into the rows of cameo_verbs.csv and cameo_patterns.csv.

A pattern `- SUBJECT * AFTER [code]` becomes (family, code, subject, particle, object, prep,
prep_object), every word the head of its phrase (the last word: `{MOCK ATTACK}` → attack),
lemmatised as a noun with the spaCy model our parse uses:
- before `*`: the subject head; groups there are dropped; auxiliaries, negation and -ly adverbs
  (`WILL NOT *`) drop the pattern;
- after `*`: a bare particle (UP, OFF, OUT…) is the particle, other bare words the object phrase,
  the first group with an object (else the first group) gives prep and prep_object; a bare
  preposition outside a group, or two particles, drops the pattern;
- `&NAME` gives one row per member of the synonym set (its head word), `A/B` one row per
  alternative; an undefined set drops the pattern (PETRARCH ignores it too).
A multi-word verb (`+ASK_FOR [020]`) gives its base verb a row and its block a pattern row with
its own code (or the block's); one without any code gives no pattern row. Dropped patterns are
counted by reason in `notes`.
"""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cameo_dictionary import (FUNCTION_WORDS, PARTICLES, PREPOSITIONS, Block, Dictionary, Pattern,
                              Verb, tokens)

Lemmatise = Callable[[str], str]
PATTERN_FIELDS = ("family", "code", "subject", "particle", "object", "prep", "prep_object")


@dataclass(frozen=True)
class Slots:
    """The head words of a pattern's slots, upper-case as in the dictionary ("" when empty)."""
    subject: str = ""
    particle: str = ""
    object: str = ""
    prep: str = ""
    prep_object: str = ""


class Dropped(Exception):
    """A pattern our (subject, particle, object, prep, prep_object) shape cannot represent."""


def head(words: tuple[str, ...] | list[str]) -> str:
    """The head of a noun phrase: its last word."""
    return words[-1] if words else ""


def subject_slot(before: str, notes: Counter) -> str:
    """The head of the words before `*`; groups there are dropped (and counted)."""
    words: list[str] = []
    for token in tokens(before):
        if isinstance(token, tuple) and token[:1] == ("(",):
            notes["reduced: prepositional group before the verb dropped"] += 1
            continue
        words.extend([token] if isinstance(token, str) else token)
    if any(w in FUNCTION_WORDS or w.startswith("&AUX") or w.startswith("&TOBE") or w.endswith("LY")
           for w in words):
        raise Dropped("auxiliary, negation or adverb before the verb (not a subject)")
    return head(words)


def choose_group(groups: list[tuple[str, ...]], notes: Counter) -> tuple[str, str]:
    """(prep, prep_object) of the most informative group: the first with an object, else the first."""
    groups = [g[1:] for g in groups if len(g) > 1]
    if not groups:
        return "", ""
    if len(groups) > 1:
        notes["reduced: extra prepositional groups dropped"] += 1
    best = next((g for g in groups if len(g) > 1), groups[0])
    return best[0], head(best[1:])


def pattern_slots(pattern: Pattern, notes: Counter) -> Slots:
    """Split a pattern into its slots; raise Dropped when it does not fit them."""
    particle, objects, groups = "", [], []
    for token in tokens(pattern.after):
        if isinstance(token, tuple) and token[:1] == ("(",):
            groups.append(token)
        elif isinstance(token, tuple):
            objects.extend(token)
        elif token in PARTICLES and not objects:
            if particle:
                raise Dropped("two particles")
            particle = token
        elif token in PREPOSITIONS or token in PARTICLES:
            raise Dropped("bare preposition outside a group")
        else:
            objects.append(token)
    prep, prep_object = choose_group(groups, notes)
    slots = Slots(subject_slot(pattern.before, notes), particle, head(objects), prep, prep_object)
    if slots == Slots():
        raise Dropped("nothing left but the verb")
    return slots


def expand(word: str, synsets: dict[str, tuple[tuple[str, ...], ...]]) -> list[str]:
    """A word, its `/`-separated alternatives (`FAVOUR/FAVOR`), or the head words of the members of
    the synonym set it names."""
    if not word.startswith("&"):
        return sorted(set(word.split("/")))
    if word not in synsets:
        raise Dropped("undefined synonym set")
    return sorted({head(member) for member in synsets[word]})


def slot_rows(slots: Slots, dictionary: Dictionary, lemma: Lemmatise) -> Iterator[Slots]:
    """One Slots per combination of synonym-set members, words lemmatised (nouns) or lower-cased."""
    choices = [expand(getattr(slots, name), dictionary.synsets) for name in PATTERN_FIELDS[2:]]
    for subject, particle, obj, prep, prep_object in itertools.product(*choices):
        yield Slots(lemma(subject), particle.lower(), lemma(obj), prep.lower(), lemma(prep_object))


def pattern_rows(dictionary: Dictionary, lemma: Lemmatise, notes: Counter) -> list[dict[str, str]]:
    """The rows of cameo_patterns.csv: block patterns plus multi-word verbs, deduplicated."""
    rows: list[dict[str, str]] = []
    for block in dictionary.blocks:
        for pattern in block.patterns:
            try:
                slots = pattern_slots(pattern, notes)
                expanded = list(slot_rows(slots, dictionary, lemma))
            except Dropped as why:
                notes[f"dropped: {why}"] += 1
                continue
            notes["kept"] += 1
            for row in expanded:
                add_row(rows, block.family, pattern.code, row, pattern.line)
        for verb in block.verbs:
            if (phrase := phrase_pattern(verb, block, notes)) is not None:
                for row in slot_rows(phrase[1], dictionary, lemma):
                    add_row(rows, block.family, phrase[0], row, verb.line)
    return deduplicated(rows)


def add_row(rows: list[dict[str, str]], family: str, code: str, slots: Slots, line: int) -> None:
    """Append one pattern row."""
    values = (family, code, slots.subject, slots.particle, slots.object, slots.prep, slots.prep_object)
    rows.append(dict(zip(PATTERN_FIELDS, values)) | {"line": str(line)})


def deduplicated(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per distinct (family, code, slots), with its first-listed line; sorted."""
    first: dict[tuple[str, ...], dict[str, str]] = {}
    for row in rows:
        key = tuple(row[name] for name in PATTERN_FIELDS)
        if key not in first or int(row["line"]) < int(first[key]["line"]):
            first[key] = row
    return [first[key] for key in sorted(first)]


def verb_slots(words: tuple[str, ...]) -> Slots:
    """The words after a multi-word verb's head as slots: particle, preposition or object."""
    particle = next((w for w in words if w in PARTICLES), "")
    prep = next((w for w in words if w in PREPOSITIONS and w != particle), "")
    rest = [w for w in words if w not in (particle, prep)]
    return Slots(particle=particle, object=head(rest), prep=prep)


def phrase_pattern(verb: Verb, block: Block, notes: Counter) -> tuple[str, Slots] | None:
    """A multi-word verb (`+ASK_FOR [020]`) as (code, slots) of a pattern row of its block."""
    if len(verb.words) == 1 or verb.head > 0 or coordinated(verb):
        return None
    code = "---" if verb.code == "" else verb.code or block.code
    if code is None:
        notes["multi-word verbs without a code (they code only through the block's patterns)"] += 1
        return None
    notes["multi-word verbs as pattern rows"] += 1
    return code, verb_slots(verb.words[verb.head + 1:])


def coordinated(verb: Verb) -> bool:
    """A multi-word entry joining two verbs (`+KIDNAPPED_AND_KILLED`): not a verb with a particle."""
    return len(verb.words) > 1 and bool({"AND", "OR"} & set(verb.words))


def verb_rows(dictionary: Dictionary, verb_lemma: Lemmatise, notes: Counter) -> list[dict[str, str]]:
    """The rows of cameo_verbs.csv: one per (lemma, family), irregular forms merged."""
    merged: dict[tuple[str, str], dict] = {}
    for block in dictionary.blocks:
        for verb in block.verbs:
            if verb.head > 0 or coordinated(verb):
                notes["verbs skipped: pre-compounded (WIRE_+TAP) or coordinated (X_AND_Y)"] += 1
                continue
            lemma = verb.words[verb.head].lower()
            entry = merged.setdefault((lemma, block.family), {"code": None, "forms": []})
            if len(verb.words) == 1:
                entry["code"] = verb.code if verb.code is not None else (block.code or "")
            add_forms(entry, lemma, [f.lower() for f in verb.forms])
    fold_inflections(merged, verb_lemma, notes)
    return [{"lemma": lemma, "code": entry["code"] or "", "family": family, "forms": "|".join(entry["forms"])}
            for (lemma, family), entry in sorted(merged.items())]


def add_forms(entry: dict, lemma: str, forms: list[str]) -> None:
    """Add irregular forms to a verb entry, first-seen order, without the lemma itself."""
    entry["forms"].extend(f for f in dict.fromkeys(forms) if f not in entry["forms"] and f != lemma)


def fold_inflections(merged: dict[tuple[str, str], dict], verb_lemma: Lemmatise, notes: Counter) -> None:
    """An entry that is an inflection of another verb of its block with the same code (TOURING
    beside TOUR) becomes one of that verb's forms."""
    for (word, family), entry in sorted(merged.items()):
        base = merged.get((verb_lemma(word), family))
        if base is not None and base is not entry and (base["code"] or "") == (entry["code"] or ""):
            add_forms(base, verb_lemma(word), [word, *entry["forms"]])
            del merged[(word, family)]
            notes["verb entries folded into their block's base verb (TOURING → tour)"] += 1
