"""Hand-built parses for rule tests: a Doc from words, heads, dependencies and tags, as spaCy tests its rules."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab    # with English lexical attributes: lower_, like_num, is_stop


def parse(analysis: str, ents: list[str] | None = None) -> Doc:
    """A Doc from one line per token: 'word lemma POS dep head-index [TAG]' (heads are 0-based token indices;
    the fine-grained tag is optional; a word written `\\n\\n` is a paragraph break).

    >>> parse('''Police police NOUN nsubj 1
    ...          refused refuse VERB ROOT 1''')[0].head.text
    'refused'
    """
    rows = [line.split() for line in analysis.strip().splitlines()]
    words = [r[0].replace("\\n", "\n") for r in rows]
    return Doc(VOCAB, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[int(r[4]) for r in rows], ents=ents,
               tags=[r[5] if len(r) > 5 else "" for r in rows],
               spaces=[not (i + 1 < len(words) and "-" in (w, words[i + 1])) for i, w in enumerate(words)])


# 'China vetoed a push to impose sanctions': a clause of a noun that the verb of rejection takes (roles, factuality)
VETOED_A_PUSH = """
China China PROPN nsubj 1
vetoed veto VERB ROOT 1
a a DET det 3
push push NOUN dobj 1
to to PART aux 5
impose impose VERB acl 3
sanctions sanction NOUN dobj 5"""

# 'the US-led invasion', the parse splitting 'US-led' into three tokens (roles, referents)
US_LED_INVASION = """
the the DET det 4
US US PROPN npadvmod 3
- - PUNCT punct 3
led lead VERB amod 4
invasion invasion NOUN ROOT 4"""
