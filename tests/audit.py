"""The hand-audited BBC sample: what a build says about its articles, and how it scores against the judgments.

Judgments live in tests/audit/ (ids and labels only; the article text stays in ../shared/corpus):
- entities.csv: article, label, built class, right class (or "not a node"), problem ("", "broken span"
  for a real referent whose name is cut or overrun, "duplicate of X" for a second node of X's referent)
- events.csv: article, event (IRI hash), label as built, date as built, verdict (right/wrong), the right date
  ("" = the text gives none); dates are scored on the events judged right
A judgment holds for a fresh build's node with the same article and label (events: the same article and IRI,
which the sentence, class and trigger give); other nodes are unjudged, and the coverage says how much of the
build the figures speak for.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.vocab import ENTITY_CLASSES, EVENT_CLASSES, NKG

AUDIT = Path(__file__).resolve().parent / "audit"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news.jsonl"
NOT_A_NODE = "not a node"
BROKEN = "broken span"
DUPLICATE = "duplicate of "


@dataclass(frozen=True)
class Node:
    """One entity node a build gives an article."""

    article: str
    label: str
    built: str


@dataclass(frozen=True)
class Happening:
    """One event node a build gives an article."""

    article: str
    event: str
    label: str
    date: str


def records(ids: Iterable[str], corpus: Path = CORPUS) -> list[dict]:
    """The corpus records with these ids, in corpus order."""
    wanted = set(ids)
    with corpus.open(encoding="utf-8") as lines:
        return [r for r in map(json.loads, lines) if r["id"] in wanted]


def values(classes: Iterable[str]) -> str:
    return " ".join(f"<{NKG[c]}>" for c in classes)


NODES = f"""SELECT ?id ?label ?cls WHERE {{ VALUES ?cls {{ {values(c for c in ENTITY_CLASSES if c != "Entity")} }}
  ?a <https://schema.org/identifier> ?id . ?e <{NKG}mentionedIn> ?a ; a ?cls ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"""
EVENTS = f"""SELECT ?id ?e ?label ?date WHERE {{ VALUES ?cls {{ {values(EVENT_CLASSES)} }}
  ?a <https://schema.org/identifier> ?id . ?e <http://www.w3.org/ns/prov#wasDerivedFrom> ?a ; a ?cls ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?label OPTIONAL {{ ?e <{NKG}date> ?date }} }}"""


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_graph(turtle: Path) -> tuple[list[Node], list[Happening]]:
    """The entity and event nodes of each article in a built graph.ttl, sorted."""
    store = ox.Store()
    store.load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    nodes = {Node(r["id"].value, r["label"].value, local(r["cls"].value)) for r in store.query(NODES)}
    events = {Happening(r["id"].value, local(r["e"].value), r["label"].value, r["date"].value if r["date"] else "")
              for r in store.query(EVENTS)}
    return sorted(nodes, key=lambda n: (n.article, n.label)), sorted(events, key=lambda h: (h.article, h.event))


def judgments(name: str) -> list[dict]:
    """The rows of tests/audit/NAME.csv."""
    with (AUDIT / name).open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows))


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def entity_figures(nodes: list[Node], judged: list[dict]) -> dict[str, float]:
    """Class precision, duplicate and broken-span rates over the judged nodes, and their coverage."""
    verdicts = {(j["article"], j["label"]): j for j in judged}
    present = {(n.article, n.label) for n in nodes}
    scored = [(n, verdicts[n.article, n.label]) for n in nodes if (n.article, n.label) in verdicts]
    duplicates = [n for n, j in scored if j["problem"].startswith(DUPLICATE)
                  and (n.article, j["problem"][len(DUPLICATE):]) in present]
    return {"class_precision": ratio(sum(j["right"] == n.built for n, j in scored), len(scored)),
            "duplicate_rate": ratio(len(duplicates), len(scored)),
            "broken_span_rate": ratio(sum(j["problem"] == BROKEN for _, j in scored), len(scored)),
            "entity_coverage": ratio(len(scored), len(nodes))}


def event_figures(events: list[Happening], judged: list[dict]) -> dict[str, float]:
    """Event precision, the accuracy of the dates right events are given, and the judged events' coverage."""
    verdicts = {(j["article"], j["event"]): j for j in judged}
    scored = [(e, verdicts[e.article, e.event]) for e in events if (e.article, e.event) in verdicts]
    dated = [(e, j) for e, j in scored if e.date and j["verdict"] == "right"]
    return {"event_precision": ratio(sum(j["verdict"] == "right" for _, j in scored), len(scored)),
            "dated_event_accuracy": ratio(sum(e.date == j["right_date"] for e, j in dated), len(dated)),
            "dated_events": len(dated),
            "event_coverage": ratio(len(scored), len(events))}
