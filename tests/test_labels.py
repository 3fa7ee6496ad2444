"""Every node says what it is: events are also nkg:Event, entities nkg:Entity, and an event's label says what happened."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.model import Article, ArticleGraph, Entity, Event
from kg.rdf import article_graph, event_label
from kg.vocab import EVENT_CLASSES, NKG

ARTICLE = Article("a1", "Turkey bought the S-400.\n\nRussia delivered it.", "a1.txt", dt.date(2019, 9, 14))
ENTITIES = [Entity("Turkey", "Country", articles={"a1"}), Entity("Russia", "Country", articles={"a1"}),
            Entity("S-400", "WeaponSystem", articles={"a1"})]


def event(cls: str, agent=(), target=(), item=(), status: str = "Happened") -> Event:
    return Event(cls, "062", "bought", 0, "Turkey bought the S-400.", "a1", agent=list(agent), target=list(target),
                 item=list(item), status=status, evidence=["Turkey bought the S-400.\n\nRussia  delivered it."])


@pytest.mark.parametrize(("record", "label"), [
    (event("ArmsTransfer", ["Turkey"], ["Russia"], ["S-400"]), "Turkey buys S-400 from Russia"),
    (event("Warning", ["US"], ["Turkey"]), "US warns Turkey"),
    (event("ArmsTransfer", ["Turkey"], status="Planned"), "Turkey buys arms (planned)"),
    (event("Meeting", ["Turkey", "Russia", "Iran"], ["Syria"]), "Turkey, Russia and Iran meet Syria"),
    (event("Agreement", ["Turkey", "Russia"]), "Turkey and Russia reach an agreement"),
    (event("Threat", target=["Turkey"], item=["S-400"], status="Negated"),
     "Someone threatens Turkey with S-400 (did not happen)"),
    (event("Aid", ["Russia"], ["Syria"]), "Russia gives aid to Syria"),
])
def test_an_event_label_says_what_happened(record: Event, label: str) -> None:
    assert event_label(record) == label


def test_every_event_class_has_a_phrase() -> None:
    for cls in EVENT_CLASSES:
        assert event_label(event(cls, ["Turkey"], ["Russia"])).startswith("Turkey ")


def test_nodes_carry_their_superclass_and_evidence_is_one_line() -> None:
    g = article_graph(ArticleGraph(ARTICLE, ENTITIES, [], [event("ArmsTransfer", ["Turkey"], ["Russia"], ["S-400"])]))
    node = next(g.subjects(RDF.type, NKG.ArmsTransfer))
    assert set(g.objects(node, RDF.type)) == {NKG.ArmsTransfer, NKG.Event}
    assert g.value(node, RDFS.label) == Literal("Turkey buys S-400 from Russia")
    assert set(g.objects(node, NKG.evidence)) == {Literal("Turkey bought the S-400. Russia delivered it.")}
    assert set(g.subjects(RDF.type, NKG.Entity)) == set(g.subjects(RDF.type, NKG.Country)) | set(
        g.subjects(RDF.type, NKG.WeaponSystem))
