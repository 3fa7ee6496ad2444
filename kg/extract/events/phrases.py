"""Phrases: the tokens of a trigger's own phrase, where its roles and its item are read."""
from __future__ import annotations

from spacy.tokens import Token

CLAUSES = {"relcl", "ccomp", "advcl", "parataxis", "csubj"}
SOURCE_MARKERS = frozenset({"according"})   # 'according to Locsin, no one was injured': who reports, not a role


def own_phrase(conjunct: Token) -> bool:
    """Whether a conjoined common noun has its own determiner or possessor, and so its own modifiers: 'its
    seizure of Crimea and its intervention in Syria' (not 'seizure and annexation of Crimea', which share theirs)."""
    return conjunct.dep_ == "conj" and conjunct.pos_ == "NOUN" and any(
        c.dep_ in {"det", "poss"} for c in conjunct.children)


def local_tokens(token: Token):
    """The trigger's own phrase: its subtree without nested clauses (a preposition's verb among them: 'accused
    rivals of siding with Pyongyang') or a report's source, children before their head, walked without
    recursion (a 2,000-word sentence is as deep as it is long); a conjunct with a phrase of its own is not in it."""
    stack, order = [token], []
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(c for c in node.children if c.dep_ not in CLAUSES and c.lower_ not in SOURCE_MARKERS
                     and not (c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"}) and not own_phrase(c))
    yield from reversed(order)
