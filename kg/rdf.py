"""Turn extracted records into an rdflib Graph under the newskg vocabulary."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.lexicon import rows
from kg.model import Article, ArticleGraph, Entity, Event, Fact
from kg.read import content_id
from kg.vocab import DEFAULT_BASE, NKG, PLOVER, SCHEMA, WD, EntityClass, EventClass, Relation, Status

LITERAL_FACTS = {Relation.role, Relation.category}
DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def slug(label: str) -> str:
    """A readable, IRI-safe slug of a label ('Recep Tayyip Erdoğan' -> 'recep-tayyip-erdogan')."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not text or text != re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-"):
        text = f"{text}-{short_hash(label)}" if text else short_hash(label)
    return text


def short_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# a person's node stays one whether an article finds them in office or not
KIND = {EntityClass.Leader: EntityClass.Person}


def entity_iri(label: str, cls: EntityClass, base: str = DEFAULT_BASE) -> URIRef:
    """An entity's IRI from its kind and name: 'entity/jordan' (the country) and 'entity/person/jordan' stay two
    nodes. Countries, whose names the gazetteer keeps unique, keep the bare name."""
    kind = KIND.get(cls, cls)
    if kind == EntityClass.Country:
        return URIRef(f"{base}entity/{slug(label)}")
    return URIRef(f"{base}entity/{kind.lower()}/{slug(label)}")


def article_iri(article: Article, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}article/{content_id(article.text)}")


def event_iri(event: Event, article: Article, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}event/{short_hash(content_id(article.text), event.sentence, event.cls, str(event.trigger_at))}")


class ClassOf(dict):
    """Entity label -> class. The pipeline gives every fact object and event role a node; a label without one
    (a record built by hand) is taken as an organisation's."""

    def __missing__(self, label: str) -> EntityClass:
        return EntityClass.Organization


def add_entity(g: Graph, entity: Entity, article: URIRef, article_id: str, base: str) -> None:
    node = entity_iri(entity.label, entity.cls, base)
    g.add((node, RDF.type, NKG[entity.cls]))
    g.add((node, RDF.type, NKG.Entity))
    g.add((node, RDFS.label, Literal(entity.label)))
    for alias in sorted(entity.aliases - {entity.label}):
        g.add((node, SKOS.altLabel, Literal(alias)))
    if entity.wikidata:
        g.add((node, OWL.sameAs, WD[entity.wikidata]))
    if article_id in entity.articles:
        g.add((node, NKG.mentionedIn, article))
    if entity.country:
        g.add((node, NKG.country, entity_iri(entity.country, EntityClass.Country, base)))
    if entity.sector:
        g.add((node, NKG.sector, Literal(entity.sector)))
    if entity.confidence < 1:   # a class read from the evidence around a name; a gazetteer entry's is sure
        g.add((node, NKG.confidence, Literal(canonical_decimal(entity.confidence), datatype=XSD.decimal)))


def add_fact(g: Graph, fact: Fact, article: URIRef, classes: dict[str, EntityClass], base: str) -> None:
    subject = entity_iri(fact.subject, classes[fact.subject], base)
    obj = Literal(fact.object) if fact.predicate in LITERAL_FACTS else entity_iri(fact.object, classes[fact.object], base)
    g.add((subject, NKG[fact.predicate], obj))
    statement = URIRef(f"{base}statement/{short_hash(str(subject), fact.predicate, str(obj), str(article))}")
    g.add((statement, RDF.type, RDF.Statement))
    g.add((statement, RDF.subject, subject))
    g.add((statement, RDF.predicate, NKG[fact.predicate]))
    g.add((statement, RDF.object, obj))
    g.add((statement, NKG.basis, NKG.StatedInText if fact.stated else NKG.GazetteerKnowledge))
    g.add((statement, PROV.wasDerivedFrom, article))
    if fact.evidence and evidence_text(fact.evidence):
        g.add((statement, NKG.evidence, Literal(evidence_text(fact.evidence))))


def canonical_decimal(value: float) -> str:
    """The canonical xsd:decimal form triplestores keep ('0.8', '1400000000'), so exports round-trip."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


STATUS_NOTE = {Status.Happened: "", Status.Planned: " (planned)", Status.Possible: " (possible)",
               Status.Negated: " (did not happen)"}


@cache
def event_phrases() -> dict[EventClass, dict[str, str]]:
    """Event class → how its label says what happened (kg/lexicon/event_phrases.csv)."""
    return {row["class"]: row for row in rows("event_phrases.csv")}


def listed(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return " and ".join(filter(None, [", ".join(names[:-1]), names[-1]])) if names else ""


def plural_verb(phrase: str) -> str:
    """The verb phrase for more than one agent: 'reaches an agreement' -> 'reach an agreement'."""
    verb, _, rest = phrase.partition(" ")
    verb = verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]
    return " ".join(filter(None, [verb, rest]))


def event_label(event: Event) -> str:
    """What happened, as a clause: 'Turkey buys S-400 from Russia', 'US warns Turkey (planned)'."""
    phrase = event_phrases()[event.cls]
    items = listed(event.item) or phrase["object"]
    verb = plural_verb(phrase["verb"]) if len(event.agent) > 1 else phrase["verb"]
    parts = [listed(event.agent) or "Someone", verb]
    complements = [(phrase["target_prep"], listed(event.target)), (phrase["item_prep"], items)]
    complements.sort(key=lambda pc: bool(pc[0]))     # the direct object first, then the prepositional phrases
    parts += [" ".join(filter(None, pc)) for pc in complements if pc[1]]
    return " ".join(parts) + STATUS_NOTE[event.status]


def evidence_text(sentence: str) -> str:
    """An evidence sentence on one line, its runs of whitespace (paragraph breaks) one space."""
    return " ".join(sentence.split())


def add_event(g: Graph, event: Event, article: Article, node_article: URIRef, classes: dict[str, str],
              base: str) -> None:
    node = event_iri(event, article, base)
    g.add((node, RDF.type, NKG[event.cls]))
    g.add((node, RDF.type, NKG.Event))
    g.add((node, RDFS.label, Literal(event_label(event))))
    g.add((node, NKG.cameoCode, Literal(event.cameo)))
    g.add((node, NKG.trigger, Literal(event.trigger)))
    if event.plover:
        g.add((node, NKG.ploverType, PLOVER[event.plover]))
    for role in ("agent", "target", "item", "location"):
        for label in getattr(event, role):
            g.add((node, NKG[role], entity_iri(label, classes[label], base)))
    g.add((node, NKG.status, NKG[event.status]))
    if event.time:
        g.add((node, NKG.date, Literal(event.time.value, datatype=DATE_TYPES[event.time.granularity])))
        if event.time.text:
            g.add((node, NKG.dateText, Literal(event.time.text)))
    if event.quantity is not None:
        g.add((node, NKG.quantity, Literal(event.quantity, datatype=XSD.integer)))
    if event.amount is not None:
        g.add((node, NKG.amount, Literal(canonical_decimal(event.amount), datatype=XSD.decimal)))
        g.add((node, NKG.currency, Literal(event.currency)))
    for sentence in filter(None, map(evidence_text, event.evidence)):   # a blank sentence is no evidence
        g.add((node, NKG.evidence, Literal(sentence)))
    g.add((node, NKG.confidence, Literal(canonical_decimal(event.confidence), datatype=XSD.decimal)))
    g.add((node, PROV.wasDerivedFrom, node_article))


def add_article(g: Graph, article: Article, node: URIRef) -> None:
    g.add((node, RDF.type, NKG.Article))
    g.add((node, NKG.source, Literal(article.source)))
    g.add((node, SCHEMA.identifier, Literal(article.id)))
    if article.published:
        g.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.title:
        g.add((node, SCHEMA.headline, Literal(article.title)))
    if article.publisher:
        g.add((node, SCHEMA.publisher, Literal(article.publisher)))


def article_graph(ag: ArticleGraph, base: str = DEFAULT_BASE) -> Graph:
    """All triples one article contributes; the union over articles is the corpus graph."""
    g = Graph(store="SimpleMemory")    # never serialised itself, so no prefixes to bind
    node = article_iri(ag.article, base)
    add_article(g, ag.article, node)
    classes = ClassOf({entity.label: entity.cls for entity in ag.entities})
    for entity in ag.entities:
        add_entity(g, entity, node, ag.article.id, base)
    for fact in ag.facts:
        add_fact(g, fact, node, classes, base)
    for event in ag.events:
        add_event(g, event, ag.article, node, classes, base)
    return g
