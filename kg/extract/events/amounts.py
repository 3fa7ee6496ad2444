"""Amounts: the money an event involves and the number of items it transfers."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg import lexicon
from kg.resolve import TokenIndex

CURRENCIES = {row["word"].lower(): row["code"] for row in lexicon.rows("currencies.csv")}
SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}


def amount(sent: Span) -> tuple[float, str] | tuple[None, None]:
    """The first sum of money with a currency in the sentence ('$2.5 billion': 2.5e9, 'USD')."""
    for ent in sent.ents:
        if ent.label_ != "MONEY":
            continue
        text = ent.text.lower().replace(",", "")
        number = re.search(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|mln|bn|m|b)?\b", text)
        code = next((c for w, c in CURRENCIES.items() if re.search(rf"(^|[\s\d]){re.escape(w)}($|[\s\d])", text)
                     or w in "$€£" and w in text), None)
        if number and code:
            return float(number.group(1)) * SCALE.get(number.group(2) or "", 1), code
    return None, None


def quantity(token: Token, items: list[str], index: TokenIndex) -> int | None:
    """'36 F-35As', '24 Su-35 jets', 'more than 100 of the F-35s': the number of items."""
    def names_item(tok: Token) -> bool:
        return any(index.label.get(t.i) in items for t in tok.subtree)
    for tok in token.subtree:
        if tok.like_num and tok.ent_type_ in {"CARDINAL", ""} and (names_item(tok.head) and tok.dep_ == "nummod"
                                                                 or names_item(tok)):
            try:
                return int(tok.text.replace(",", ""))
            except ValueError:
                return None
    return None
