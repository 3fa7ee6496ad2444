"""Clues the sentence around a name gives about its class: what the name does or undergoes, what it is listed as
an example of, and what it is listed with.

A name that says, claims or joins is a person or a body; one that is sold, released, played or shot more often a
work, a product or a character (the kind of the verb, WordNet's lexicographer file: kg/lexicon/verb_kinds.csv).
A name given as an example of a common noun ('films such as Billy Elliot', 'free programs such as Spybot', 'titles
like Knights Of The Old Republic') is of that noun's kind. A name in quotation marks is more often a title; one in
a sentence with no verb ('Ingham, Mulligan, Fenton.') more often a line-up's player; and the NER's labels of the
names it is listed with ('Franz Ferdinand, Belle and Sebastian and Travis') say what kind of list it is in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.words import noun_kind, verb_kind

if TYPE_CHECKING:
    from kg.extract.evidence import Name

LISTING = frozenset({"conj", "appos"})
EXAMPLE_PREPOSITIONS = frozenset({"as", "like", "including"})   # 'such as', 'like', 'including'
KIND_PREPOSITIONS = frozenset({"as", "like"})   # examples of a kind, not members of a whole ('a cast including')
ROLES = {"nsubj": "subj", "nsubjpass": "obj", "dobj": "obj"}
QUOTES = frozenset({'"', "'", "‘", "’", "“", "”"})
VERB_TAGS = frozenset({"VERB", "AUX"})


def list_head(token: Token) -> Token:
    """The first item of the list a token is in: 'Billy' for 'Elliot' in 'films such as Billy Elliot, About A Boy
    and Bridget Jones' (conjuncts and appositions alike)."""
    while token.dep_ in LISTING and token.head.i < token.i:
        token = token.head
    return token


def verb_role(name: Name) -> list[str]:
    """The kind of the verb the name (or the list it opens) is the subject or the object of ('subj:communication'
    of 'Varig said', 'obj:possession' of 'Xbox 2 will be sold'); the agent of a passive counts as its subject."""
    head = list_head(name.span.root)
    role, verb = ROLES.get(head.dep_), head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        role, verb = "subj", verb.head
    if role is None or verb.pos_ not in VERB_TAGS or not (kind := verb_kind(verb.lemma_)):
        return []
    return [f"{role}:{kind}"]


def example_of(name: Name) -> list[str]:
    """The kind of the common noun a name is given as an example of ('films such as Billy Elliot': work), also
    pooled with the describing nouns' kinds as 'described:'; 'such-as:' when it is an example of that kind
    (not a member of a whole of another kind: 'a cast including Barbara Windsor')."""
    head = list_head(name.span.root)
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ not in EXAMPLE_PREPOSITIONS:
        return []
    noun = preposition.head
    if noun.tag_ not in {"NN", "NNS"} or not noun.is_lower:
        return []
    kind = noun_kind(noun.lemma_, head=True) or noun_kind(noun.text, head=True) or "thing"
    kind_of = [f"such-as:{kind}"] if preposition.lower_ in KIND_PREPOSITIONS else []
    return [f"example:{kind}", f"described:{kind}"] + kind_of


def quoted(name: Name) -> list[str]:
    """A name written right between quotation marks ('"Hey Joe"')."""
    before, after = name.before, name.after
    return ["shape:quoted"] if before is not None and after is not None and {before.text, after.text} <= QUOTES else []


def verbless(name: Name) -> list[str]:
    """A name in a sentence with no verb: a line-up, a list of results, a caption."""
    return [] if any(t.pos_ in VERB_TAGS for t in name.span.sent) else ["sentence:verbless"]


def listed_with(name: Name) -> list[str]:
    """The NER labels of the names the statistical NER found that the name is listed with ('link-ner:PERSON')."""
    span, root = name.span, name.span.root
    linked = [t for t in root.children if t.dep_ in LISTING]
    linked += [root.head] if root.dep_ in LISTING else []
    labels = {t.ent_type_ for t in linked if t.ent_type_ and not t.ent_id_ and not span.start <= t.i < span.end}
    return [f"link-ner:{label}" for label in sorted(labels)]


CONTEXT_CLUES = (verb_role, example_of, quoted, verbless, listed_with)
