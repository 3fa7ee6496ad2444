"""Assembly: every entity a fact or an event names has a node, with the real gazetteer."""
from __future__ import annotations

import datetime as dt

from contexts import lexicons
from kg.assemble import assemble
from kg.model import Article, Entity, Event
from kg.vocab import EntityClass, EventClass


def test_an_event_role_the_gazetteer_alone_knows_gets_a_background_node():
    article = Article("a", "CNN was accused.", "a.txt", dt.date(2024, 1, 1))
    accused = Event(cls=EventClass.Accusation, cameo="112", trigger="accused", trigger_at=8, sentence="", article="a",
                    agent=["CNN"], target=["United States"])
    graph = assemble(article, {"CNN": Entity("CNN", EntityClass.Organization)}, [], [accused], lexicons()[0])
    classes = {entity.label: entity.cls for entity in graph.entities}
    assert classes == {"CNN": EntityClass.Organization, "United States": EntityClass.Country}
