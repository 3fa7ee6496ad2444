"""What a word is in English at large: a common (dictionary) word, and the kind of referent a common noun names."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg import cache, lexicon


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The common (lower-case) words of /usr/share/dict/words (Debian wamerican): 'Royal', 'River' and 'Deacon'
    open names of things more often than they are given names. Empty where the list is not installed."""
    path = Path("/usr/share/dict/words")
    words = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(w.strip() for w in words if w.islower())


@lru_cache(maxsize=1)
def noun_kinds() -> dict[str, tuple[str, str]]:
    """Common noun -> (the kind its most frequent sense names, the kind a name it heads names), from WordNet."""
    rows = cache.cached("noun-kinds", cache.package_digest(), lambda: [
        [row["noun"], row["kind"], row["head"]] for row in lexicon.rows("noun_kinds.csv")])   # 12.7k rows: once
    return {noun: (kind, head) for noun, kind, head in rows}


def noun_kind(word: str, head: bool = False) -> str | None:
    """person, body, place, work or thing: what a common noun (singular or plural) names, or with `head` what a
    name it heads names; None for a word that is no common noun."""
    lower = word.lower()
    singular = [lower[:-3] + "y"] if lower.endswith("ies") else []
    singular += [lower[:-2]] if lower.endswith("es") else []
    singular += [lower[:-1]] if lower.endswith("s") else []
    for form in [lower] + singular:
        if form in noun_kinds():
            return noun_kinds()[form][head]
    return "thing" if lower in dictionary_words() else None


def kinds_table(name: str, key: str) -> dict[str, str]:
    """A lexicon file of kinds (`key` -> kind), read through the cache: 17.8k names, 8.4k verbs, read once."""
    return dict(cache.cached(name.replace("_", "-").removesuffix(".csv"), cache.package_digest(), lambda: [
        [row[key], row["kind"]] for row in lexicon.rows(name)]))


@lru_cache(maxsize=1)
def name_kinds() -> dict[str, str]:
    """Proper noun as WordNet writes it ('Magna_Carta') -> the kind of referent it names, from WordNet."""
    return kinds_table("name_kinds.csv", "name")


def name_kind(name: str) -> str | None:
    """person, body, place, work or thing: what WordNet says a proper name names ('Cicero': person, 'Magna
    Carta': work, 'Devon': place); None for a name it does not list."""
    return name_kinds().get(name.replace(" ", "_"))


@lru_cache(maxsize=1)
def verb_kinds() -> dict[str, str]:
    """Verb -> the kind of act its most frequent sense names ('say': communication), from WordNet."""
    return kinds_table("verb_kinds.csv", "verb")


def verb_kind(lemma: str) -> str | None:
    """communication, creation, possession, stative...: what WordNet says a verb (its lemma) most often names."""
    return verb_kinds().get(lemma.lower())
