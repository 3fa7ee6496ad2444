"""Turn the parsed CAMEO verb dictionary into the rows of cameo_verbs.csv and cameo_patterns.csv.

A pattern `- SUBJECT * AFTER [code]` becomes (family, code, subject, particle, modifier, object,
prep, prep_modifier, prep_object), every word the head of its phrase (the last word: `{MOCK ATTACK}`
→ attack) and a multi-word object or prep object keeping the word before its head as its modifier
(`{MOCK ATTACK}` → mock, `{&DEFENSE &WEAPON}` → each defence word), which the parse must then show
too; words lemmatised as nouns with the spaCy model our parse uses:
- before `*`: the subject head; groups there are dropped; auxiliaries, negation and -ly adverbs
  (`WILL NOT *`) drop the pattern;
- after `*`: a bare particle (UP, OFF, OUT…) is the particle, other bare words the object phrase,
  the first group with an object (else the first group) gives prep and prep_object; a bare
  preposition outside a group opens a group of the words after it (`* FROM &DETENTION`, `* SHOCK AT`),
  an adverb particle after the object is the particle (`* MINISTER OUT`); two particles, or `TO` before
  a verb (an infinitive: `* TO ACT`), drop the pattern;
- a determiner, number, conjunction or preposition before the head is no modifier (`{THE AID}`,
  `{IN &DETENTION}` keep only the head);
- `&NAME` gives one row per member of the synonym set (its head word, with its modifier where the
  member is the object or prep object: CEASE_FIRE is fire after cease), `A/B` one row per
  alternative; an undefined set drops the pattern (PETRARCH ignores it too).
A pattern whose comment names one phrasal verb of its block and nothing else (`- * STRIKE [087]
# CALLED_OFF` under +CALL_OFF) gives a second row with that verb's particle, so the phrasal verb
prefers it to the block's particle-less rows ('called off the strike' is 087, not +CALL_OFF's 160).
A pattern's comment names the verbs of its block it was written for (`- * RESULT [120] # OPPOSE`): their lemmas
are its row's `verbs` ("" when it names none, or the verb the block is named after: `# DECREE` in DECREE is
written for the whole block), the coder's preference among patterns; a multi-word verb's row names
its base verb. A multi-word verb (`+ASK_FOR [020]`) gives its base verb a row and its block a pattern row with
its own code (or the block's); one without any code gives no pattern row. Dropped patterns are
counted by reason in `notes`.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from cameo_dictionary import (FUNCTION_WORDS, PARTICLES, PREPOSITIONS, Block, Dictionary, Pattern,
                              Verb, tokens)

Lemmatise = Callable[[str], str]
PATTERN_FIELDS = ("family", "code", "subject", "particle", "modifier", "object", "prep", "prep_modifier",
                  "prep_object")
SLOT_FIELDS = PATTERN_FIELDS[2:]
ROW_FIELDS = PATTERN_FIELDS + ("verbs", "line")
# Words before a phrase's head that the parse does not attach as its modifier (det, nummod, cc, prep).
# Particles that are never prepositions: after the object too they are the verb's ('force the minister out').
ADVERB_PARTICLES = frozenset("UP DOWN OFF OUT BACK AWAY FORWARD AHEAD ASIDE APART TOGETHER".split())
NOT_MODIFIERS = frozenset("A AN THE THIS THAT THESE THOSE ITS THEIR HIS HER OUR ANY SOME NO EVERY ALL "
                          "ONE TWO THREE FOUR FIVE AND OR".split()) | PARTICLES | PREPOSITIONS


@dataclass(frozen=True)
class Slots:
    """The head words of a pattern's slots, upper-case as in the dictionary ("" when empty)."""
    subject: str = ""
    particle: str = ""
    modifier: str = ""
    object: str = ""
    prep: str = ""
    prep_modifier: str = ""
    prep_object: str = ""


class Dropped(Exception):
    """A pattern our (subject, particle, object, prep, prep_object) shape cannot represent."""


def head(words: tuple[str, ...] | list[str]) -> str:
    """The head of a noun phrase: its last word."""
    return words[-1] if words else ""


def modifier(words: tuple[str, ...] | list[str]) -> str:
    """The modifier of a noun phrase: the word before its head, unless one of NOT_MODIFIERS or a number."""
    word = words[-2] if len(words) > 1 else ""
    return "" if word in NOT_MODIFIERS or word.isdigit() else word


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


def choose_group(groups: list[tuple[str, ...]], notes: Counter) -> tuple[str, str, str]:
    """(prep, prep_modifier, prep_object) of the most informative group: the first with an object, else the
    first."""
    groups = [g[1:] for g in groups if len(g) > 1]
    if not groups:
        return "", "", ""
    if len(groups) > 1:
        notes["reduced: extra prepositional groups dropped"] += 1
    best = next((g for g in groups if len(g) > 1), groups[0])
    return best[0], modifier(best[1:]), head(best[1:])


def pattern_slots(pattern: Pattern, verbs: frozenset[str], notes: Counter) -> Slots:
    """Split a pattern into its slots; raise Dropped when it does not fit them. A bare preposition opens a group
    of the words after it (`* FROM &DETENTION`, `* SHOCK AT`), an adverb particle after the object is the particle
    (`* MINISTER OUT`); `TO` before one of the dictionary's `verbs` is an infinitive, which no slot holds."""
    particle, objects, groups, group = "", [], [], None
    for token in tokens(pattern.after):
        if isinstance(token, tuple) and token[:1] == ("(",):
            groups.append(token)
            group = None
        elif isinstance(token, tuple) or token not in PARTICLES | PREPOSITIONS:
            (objects if group is None else group).extend([token] if isinstance(token, str) else token)
        elif token in PARTICLES and not objects and not groups:
            if particle:
                raise Dropped("two particles")
            particle = token
        elif token in ADVERB_PARTICLES and not particle and group is None:
            particle = token
        else:
            group = ["(", token]
            groups.append(group)
    if any(g[1:2] == ["TO"] and g[2:3] and g[2] in verbs for g in groups):
        raise Dropped("an infinitive after the verb (TO ACT)")
    prep, prep_modifier, prep_object = choose_group(groups, notes)
    slots = Slots(subject_slot(pattern.before, notes), particle, modifier(objects), head(objects), prep,
                  prep_modifier, prep_object)
    if slots == Slots():
        raise Dropped("nothing left but the verb")
    return slots


def expand(word: str, synsets: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[str, ...]]:
    """The phrases a slot's word stands for: itself, its `/`-separated alternatives (`FAVOUR/FAVOR`),
    or the members of the synonym set it names (each a tuple of words)."""
    if not word.startswith("&"):
        return [(w,) for w in sorted(set(word.split("/")))]
    if word not in synsets:
        raise Dropped("undefined synonym set")
    return sorted(set(synsets[word]))


def slot_rows(slots: Slots, dictionary: Dictionary, lemma: Lemmatise) -> Iterator[Slots]:
    """One Slots per combination of synonym-set members, words lemmatised (nouns) or lower-cased; a
    multi-word member of an object's set brings its own modifier (`&CEASEFIRE`'s CEASE_FIRE: cease fire)."""
    choices = [expand(getattr(slots, name), dictionary.synsets) for name in SLOT_FIELDS]
    for subject, particle, mod, obj, prep, prep_mod, prep_object in itertools.product(*choices):
        yield Slots(lemma(head(subject)), head(particle).lower(), lemma(modifier(obj) or head(mod)),
                    lemma(head(obj)), head(prep).lower(), lemma(modifier(prep_object) or head(prep_mod)),
                    lemma(head(prep_object)))


def comment_names(pattern: Pattern) -> list[list[str]]:
    """The verbs a pattern's comment names, each as its words (`# STEP_UP , STEPPED_UP` → [STEP, UP], [STEPPED,
    UP])."""
    return [name.split("_") for name in filter(None, re.split(r"[\s,]+", pattern.comment))]


def named_particle(pattern: Pattern, block: Block, verb_lemma: Lemmatise) -> str:
    """The particle (lower case) of the phrasal verb of the block that the pattern's comment names, when it names
    that one verb only (`# CALLED_OFF`, `# STEP_UP , STEPPED_UP`); "" otherwise (`# FORGE , SET_UP`)."""
    phrasal = {(verb_lemma(v.words[0]), v.words[1]) for v in block.verbs
               if len(v.words) == 2 and v.head == 0 and v.words[1] in PARTICLES}
    named = set()
    for words in comment_names(pattern):
        key = (verb_lemma(words[0]), words[1]) if len(words) == 2 else None
        named.add(key if key in phrasal else None)
    return named.pop()[1].lower() if len(named) == 1 and None not in named else ""


def named_verbs(pattern: Pattern, block: Block, verb_lemma: Lemmatise) -> str:
    """The lemmas (`|`-joined) of the block's verbs that the pattern's comment names, by their word or an irregular
    form (`# PROTEST`, `# CALLED_OFF` → call): the verbs the pattern was written for; "" when it names none, or names
    the verb the block is named after (`# DECREE` in DECREE: written for the block)."""
    lemmas = {}
    for verb in block.verbs:
        for word in (verb.words[verb.head], *verb.forms):
            lemmas.setdefault(word, verb.words[verb.head].lower())
    named = {lemmas.get(words[0]) or lemmas.get(verb_lemma(words[0]).upper()) for words in comment_names(pattern)}
    return "" if block.family.lower() in named else "|".join(sorted(filter(None, named)))


def pattern_rows(dictionary: Dictionary, lemma: Lemmatise, verb_lemma: Lemmatise,
                 notes: Counter) -> list[dict[str, str]]:
    """The rows of cameo_patterns.csv: block patterns (and their phrasal verbs' rows) plus multi-word verbs,
    deduplicated."""
    rows: list[dict[str, str]] = []
    verb_words = frozenset(word for block in dictionary.blocks for verb in block.verbs
                           for word in (*verb.words, *verb.forms))
    for block in dictionary.blocks:
        for pattern in block.patterns:
            try:
                slots = pattern_slots(pattern, verb_words, notes)
                expanded = list(slot_rows(slots, dictionary, lemma))
            except Dropped as why:
                notes[f"dropped: {why}"] += 1
                continue
            notes["kept"] += 1
            if not slots.particle and (particle := named_particle(pattern, block, verb_lemma)):
                notes["patterns also filed under the phrasal verb their comment names (# CALLED_OFF)"] += 1
                expanded += [replace(row, particle=particle) for row in expanded]
            verbs = named_verbs(pattern, block, verb_lemma)
            notes["patterns whose comment names the verbs they were written for (# PROTEST)"] += bool(verbs)
            for row in expanded:
                add_row(rows, block.family, pattern.code, row, pattern.line, verbs)
        for verb in block.verbs:
            if (phrase := phrase_pattern(verb, block, notes)) is not None:
                for row in slot_rows(phrase[1], dictionary, lemma):
                    add_row(rows, block.family, phrase[0], row, verb.line, verb.words[verb.head].lower())
    return deduplicated(rows)


def add_row(rows: list[dict[str, str]], family: str, code: str, slots: Slots, line: int, verbs: str) -> None:
    """Append one pattern row (`verbs`: those it was written for, "" for all of the block's)."""
    values = (family, code, *(getattr(slots, name) for name in SLOT_FIELDS))
    rows.append(dict(zip(PATTERN_FIELDS, values)) | {"verbs": verbs, "line": str(line)})


def deduplicated(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per distinct (family, code, slots), with its first-listed line and the verbs of all its patterns
    (none when one of them was written for every verb); sorted."""
    first: dict[tuple[str, ...], dict[str, str]] = {}
    for row in rows:
        key = tuple(row[name] for name in PATTERN_FIELDS)
        kept = first.setdefault(key, dict(row))
        verbs = set(kept["verbs"].split("|")) | set(row["verbs"].split("|"))
        kept["verbs"] = "" if not (kept["verbs"] and row["verbs"]) else "|".join(sorted(verbs))
        kept["line"] = str(min(int(kept["line"]), int(row["line"])))
    return [first[key] for key in sorted(first)]


def verb_slots(words: tuple[str, ...]) -> Slots:
    """The words after a multi-word verb's head as slots: particle, preposition or object."""
    particle = next((w for w in words if w in PARTICLES), "")
    prep = next((w for w in words if w in PREPOSITIONS and w != particle), "")
    rest = [w for w in words if w not in (particle, prep)]
    return Slots(particle=particle, modifier=modifier(rest), object=head(rest), prep=prep)


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
    """The rows of cameo_verbs.csv: one per (lemma, family), irregular forms merged. A verb that is in a block
    only as the head of multi-word verbs (CALL in CANCEL's +CALL_OFF) is there only with the word that follows
    it (`requires`: off), so that 'called the attack unacceptable' is no call-off of an attack."""
    merged: dict[tuple[str, str], dict] = {}
    for block in dictionary.blocks:
        for verb in block.verbs:
            if verb.head > 0 or coordinated(verb):
                notes["verbs skipped: pre-compounded (WIRE_+TAP) or coordinated (X_AND_Y)"] += 1
                continue
            lemma = verb.words[verb.head].lower()
            entry = merged.setdefault((lemma, block.family), {"code": None, "forms": [], "requires": set(),
                                                              "alone": False})
            if len(verb.words) == 1:
                entry["code"] = verb.code if verb.code is not None else (block.code or "")
                entry["alone"] = True
            else:
                entry["requires"].add(verb.words[verb.head + 1].lower())
            add_forms(entry, lemma, [f.lower() for f in verb.forms])
    fold_inflections(merged, verb_lemma, notes)
    notes["verbs in a block only with the word after them (CALL_OFF: call + off)"] += sum(
        not entry["alone"] for entry in merged.values())
    return [{"lemma": lemma, "code": entry["code"] or "", "family": family, "forms": "|".join(entry["forms"]),
             "requires": "" if entry["alone"] else "|".join(sorted(entry["requires"]))}
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
            base["alone"] |= entry["alone"]
            base["requires"] |= entry["requires"]
            del merged[(word, family)]
            notes["verb entries folded into their block's base verb (TOURING → tour)"] += 1
