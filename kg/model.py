"""The small typed records passed from one pipeline stage to the next."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.vocab import EntityClass, EventClass, Relation, Status


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, before any NLP."""

    id: str
    text: str
    source: str
    published: dt.date | None = None
    title: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of the article that names (or refers back to) an entity."""

    text: str
    start: int          # character offsets into Article.text
    end: int
    sentence: int       # index of the sentence the span is in
    cls: EntityClass
    key: str | None = None  # canonical label of the gazetteer entry it matched, if any
    confidence: float = 1.0  # how sure the class is (kg/extract/classes.py); a gazetteer match is sure


@dataclass
class Entity:
    """One real-world thing: every mention of it in an article (or corpus) merged."""

    label: str          # canonical name, e.g. "Recep Tayyip Erdogan"
    cls: EntityClass
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    articles: set[str] = field(default_factory=set)  # article ids that mention it; empty = background knowledge
    country: str | None = None  # a Group's (or a named force's) country label
    sector: str | None = None   # a Group's CAMEO/Phoenix agent code: MIL, COP, REB, OPP, CVL, GOV…
    confidence: float = 1.0     # how sure its class is: the surest of its mentions


@dataclass(frozen=True)
class Fact:
    """A relation between two entities, or an entity and a literal (role, category)."""

    subject: str        # entity label
    predicate: Relation
    object: str         # entity label, or the literal value for literal predicates
    stated: bool = True  # False when it comes from gazetteer knowledge, not from the text
    evidence: str | None = None


@dataclass(frozen=True)
class TimeRef:
    """A resolved time expression: ISO value at its honest granularity (day, month, year)."""

    value: str          # "2019-09-13", "2019-09" or "2019"
    granularity: str    # "day" | "month" | "year"
    text: str           # as written, e.g. "two weeks ago"
    reason: str = ""    # why this value was chosen (e.g. "relative to publication date")

    def first_day(self) -> dt.date:
        """The first day of the period: '2021' -> 2021-01-01, '2021-05' -> 2021-05-01."""
        return dt.date.fromisoformat((self.value + "-01-01")[:10])


@dataclass
class Event:
    """Who did what to whom, with which weapon, when, and whether it happened."""

    cls: EventClass
    cameo: str
    trigger: str        # the word that signalled it
    trigger_at: int     # its character offset in the article (two triggers may share a sentence and a word)
    sentence: str       # evidence sentence
    article: str        # article id
    agent: list[str] = field(default_factory=list)     # entity labels
    target: list[str] = field(default_factory=list)
    item: list[str] = field(default_factory=list)
    location: list[str] = field(default_factory=list)
    status: Status = Status.Happened
    time: TimeRef | None = None
    quantity: int | None = None
    amount: float | None = None
    currency: str | None = None
    confidence: float = 0.5
    evidence: list[str] = field(default_factory=list)  # every sentence, after event coreference
    plover: str | None = None   # PLOVER category (ASSAULT, AGREE, …) its CAMEO code maps to; None for plain statements
    mode: str | None = None     # PLOVER mode where the text gives it ("aerial", "phone", "visit")


@dataclass
class ArticleGraph:
    """Everything extracted and resolved from one article, ready to become RDF."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
