"""Voice rules: a sentence in the first person outside any quotation is the writer's own (a column, a reader's
comment), and the acts it tells of are the writer's views, not reported events; registered after the national rules
of kg/extract/nationals.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.senses import sense_rule

if TYPE_CHECKING:
    from kg.extract.events import Reader, Trigger

FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
QUOTES = frozenset({'"', "“", "”"})


def paragraph_start(token: Token) -> int:
    """The index of the first token of the token's paragraph."""
    doc, start = token.doc, token.i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return start


def writers_voice(sent: Span) -> bool:
    """Whether a sentence speaks in the first person with no quotation mark in it or before it in its paragraph ('I
    agree, the government is talking up the threat', 'we could do very little to stop it'): not a quotation, nor the
    next sentence of one (a quote's marks are not always closed where a sentence ends)."""
    if not any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in sent):
        return False
    return not any(t.text in QUOTES for t in sent.doc[paragraph_start(sent[0]):sent.end])


@sense_rule
def view_of_the_writer(reader: Reader, token: Token, trigger: Trigger) -> bool:
    """'I agree in many ways with what Mr Forsyth has said - how can we accuse countries such as Iraq', 'It's all very
    well criticising that policy, but I cannot think of a single example': an act told in the writer's own
    first-person sentence is a view, not a reported event. ('"We will not give in," he said' is a quotation.)"""
    return writers_voice(token.sent)
