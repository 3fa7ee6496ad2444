"""The RDF stage: deterministic IRIs, typed literals, fact provenance, one class per node across articles."""
import datetime as dt

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.model import Article, ArticleGraph, Entity, Event, Fact, TimeRef
from kg.rdf import article_graph, canonical_decimal, entity_iri, slug
from kg.store import add, settle_classes
from kg.vocab import NKG


def sample(text="Turkey bought the S-400.", cls="Country") -> ArticleGraph:
    article = Article(id="a1", text=text, source="a1.txt", published=dt.date(2019, 9, 14))
    entities = [Entity("Turkey", cls, {"Ankara"}, "Q43", {"a1"}), Entity("Russia", "Country")]
    event = Event("ArmsTransfer", "062", "bought", 7, text, "a1", agent=["Turkey"], target=["Russia"],
                  time=TimeRef("2019-09", "month", "this month"), confidence=0.8, evidence=[text])
    return ArticleGraph(article, entities, [Fact("Turkey", "memberOf", "NATO", False)], [event])


def test_slugs_are_readable_and_collision_free():
    assert slug("Recep Tayyip Erdoğan") != slug("Recep Tayyip Erdogan")
    assert slug("United States") == "united-states"
    assert slug("U.S.") != slug("US")


def test_building_twice_is_isomorphic_and_iris_are_deterministic():
    assert isomorphic(article_graph(sample()), article_graph(sample()))
    assert entity_iri("Turkey", "Country") == URIRef("https://w3id.org/newskg/resource/entity/turkey")


def test_identity_is_kept_by_kind_and_name():
    assert entity_iri("Jordan", "Country") != entity_iri("Jordan", "Person")
    assert entity_iri("Jordan", "Leader") == entity_iri("Jordan", "Person")
    g = article_graph(sample(cls="Person"))
    agent = next(g.objects(next(g.subjects(RDF.type, NKG.ArmsTransfer)), NKG.agent))
    assert agent == entity_iri("Turkey", "Person") and (agent, RDF.type, NKG.Person) in g


def test_literals_are_typed_and_decimals_canonical():
    g = article_graph(sample())
    event = next(g.subjects(RDF.type, NKG.ArmsTransfer))
    assert g.value(event, NKG.date) == Literal("2019-09", datatype=XSD.gYearMonth)
    assert g.value(event, NKG.confidence) == Literal("0.8", datatype=XSD.decimal)
    assert canonical_decimal(1.4e9) == "1400000000" and canonical_decimal(0.5) == "0.5"


def test_background_facts_are_reified_with_their_basis():
    g = article_graph(sample())
    statement = next(g.subjects(RDF.predicate, NKG.memberOf))
    assert g.value(statement, NKG.basis) == NKG.GazetteerKnowledge
    russia = entity_iri("Russia", "Country")
    assert (russia, NKG.mentionedIn, None) not in g and g.value(russia, RDFS.label) == Literal("Russia")


def test_one_class_per_node_across_articles():
    store = ox.Store()
    add(store, "https://example.org/a1", article_graph(sample(cls="Leader")))
    add(store, "https://example.org/a2", article_graph(sample("Turkey said so.", cls="Person")))
    add(store, "https://example.org/a3", article_graph(sample("Turkey bought more.", cls="Leader")))
    assert settle_classes(store) == 1
    types = {q.object.value for q in store.quads_for_pattern(ox.NamedNode(str(entity_iri("Turkey", "Person"))),
                                                             ox.NamedNode(str(RDF.type)), None, None)}
    assert types == {str(NKG.Leader), str(NKG.Entity)}     # one entity class, and the superclass


def test_an_entity_class_read_from_evidence_carries_its_confidence():
    ag = sample()
    ag.entities.append(Entity("Marsh", "Organization", articles={"a1"}, confidence=0.74))
    g = article_graph(ag)
    assert g.value(entity_iri("Marsh", "Organization"), NKG.confidence) == Literal("0.74", datatype=XSD.decimal)
    assert g.value(entity_iri("Turkey", "Country"), NKG.confidence) is None
