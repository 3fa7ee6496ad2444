"""Factuality: whether an event happened, is planned, possible or negated, from the cues around its trigger
(kg/lexicon/factuality.csv)."""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.vocab import Status

# which cue wins when several modify one verb
STATUS_WEIGHT = (Status.Negated, Status.Possible, Status.Planned, Status.Happened)
FACTUALITY = {(row["cue"], row["where"]): row["status"] for row in lexicon.rows("factuality.csv")}
GOVERNORS = {cue: status for (cue, where), status in FACTUALITY.items() if where == "governor"}
# verbs that mark modality only through a to-infinitive complement: 'the jets were to begin arriving'
INFINITIVE_GOVERNORS = {cue: status for (cue, where), status in FACTUALITY.items() if where == "infinitive"}
CUE_PLACES = {"aux": "aux", "neg": "neg", "det": "det", "mark": "mark", "amod": "amod", "advmod": "neg"}
CLIMB = {"xcomp", "dobj", "conj", "nsubjpass", "pcomp", "acl"}


def cue_status(child: Token) -> Status | None:
    """The factuality a modifier of the trigger signals: 'will' Planned, 'possible' Possible, 'not' Negated."""
    where = CUE_PLACES.get(child.dep_)
    return FACTUALITY.get((child.lower_, where)) if where else None


def own_status(node: Token, depth: int) -> Status | None:
    """The status `node` itself marks: its strongest cue ('will not accept': the negation outweighs the
    modal), a condition ('if they refuse'), being governed ('plans to buy'), or an infinitive governor."""
    cues = [status for child in node.children if (status := cue_status(child))]
    if cues:
        return min(cues, key=STATUS_WEIGHT.index)
    for child in node.children:
        if child.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in child.children if m.dep_ == "mark"):
            return Status.Possible
    if depth and node.lemma_ in GOVERNORS:
        return GOVERNORS[node.lemma_]
    if node.dep_ == "xcomp" and node.head.lemma_ in INFINITIVE_GOVERNORS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return INFINITIVE_GOVERNORS[node.head.lemma_]
    return None


def status(token: Token) -> Status:
    """Happened, Planned, Possible or Negated, from the trigger's own modifiers and governors."""
    node = token
    for depth in range(5):
        if found := own_status(node, depth):
            return found
        if node.dep_ in CLIMB or (node.dep_ == "pobj" and node.head.lower_ in {"of", "for"}):
            node = node.head if node.dep_ != "pobj" else node.head.head
        elif node.dep_ in {"prep", "advcl"} and node.head.lemma_ in GOVERNORS:
            node = node.head   # 'plans for talks', 'have sworn to fight' read as an adverbial
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            verb = node.head.head   # 'will continue the talks at a meeting': the verb's own modality only
            return next((st for c in verb.children if c.dep_ in {"aux", "neg"} and (st := cue_status(c))),
                        Status.Happened)
        else:
            break
    if node.lemma_ in GOVERNORS and node.i != token.i:
        return GOVERNORS[node.lemma_]
    return Status.Happened


def on_negative_condition(token: Token) -> bool:
    """'will withdraw the force unless a ceasefire is arranged', 'will cut aid if it does not': the act is held
    out on a condition that the other side must meet."""
    for clause in (c for c in token.children if c.dep_ == "advcl"):
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if "unless" in marks or "if" in marks and any(c.dep_ == "neg" for c in clause.children):
            return True
    return False
