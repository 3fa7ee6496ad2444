"""Verb lemmas the model gets wrong ('staged' → 'stag'), repaired from the CAMEO dictionary's verbs: a spaCy
component that runs after the lemmatizer."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg import lexicon

COMPONENT = "verb_lemmas"
INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})
INFLECTED_IDS = frozenset(map(get_string_id, INFLECTED))   # their ids (in any vocabulary: a hash of the string)


@lru_cache(maxsize=1)
def dictionary_verbs() -> frozenset[str]:
    """The verbs of the CAMEO dictionary (kg/lexicon/cameo_verbs.csv), the lemmas a repaired lemma may take."""
    return frozenset(row["lemma"] for row in lexicon.rows("cameo_verbs.csv"))


def regular_stems(form: str) -> list[str]:
    """The stems a regularly inflected verb form can come from, likeliest first: 'staged' → stage, stag;
    'shelled' → shell; 'stopped' → stop; 'tries' → try."""
    for suffix in ("ing", "ed", "es", "s", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            found = [stem + "e", stem] if suffix in {"ing", "ed"} else [stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.append(stem[:-1])   # a doubled final consonant
            if stem.endswith("i"):
                found.append(stem[:-1] + "y")
            return found
    return []


@Language.component(COMPONENT)
def verb_lemmas(doc: Doc) -> Doc:
    """An inflected verb whose lemma the model got wrong ('staged' → 'stag') takes the dictionary verb its
    form regularly comes from, when the model's lemma is no dictionary verb and exactly that stem is."""
    verbs = dictionary_verbs()
    for token in doc:
        if token.tag in INFLECTED_IDS and token.lemma_.lower() not in verbs:
            stem = next((s for s in regular_stems(token.lower_) if s in verbs), None)
            if stem is not None:
                token.lemma_ = stem
    return doc
