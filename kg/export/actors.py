"""The corpus view's actor network and timeline: who did what to whom, when, aggregated over the events of a graph.

Actors are the countries, leaders, organisations and groups; one edge per (agent, target, category) carries the
events it aggregates, weighted and labelled by their count and coloured by the category's quad class. Layout and
communities are computed here (igraph), so the browser draws a still picture instead of simulating thousands of bodies.
"""
from __future__ import annotations

import math
import random
from collections import defaultdict

import igraph

from kg.export.records import ViewGraph
from kg.export.style import ENTITY_STYLE, NO_QUAD_COLOUR, QUAD_COLOUR, quad_label
from kg.vocab import PLOVER_QUAD, EntityClass

ACTOR_CLASSES = (EntityClass.Country, EntityClass.Leader, EntityClass.Organization, EntityClass.Group)
COMMUNITY_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                     "#9c755f", "#17becf")
OTHER_COMMUNITY = "#c9c9c9"
SPREAD = 70         # layout units per node, so that a larger network is drawn larger rather than denser
SEED = 7


def sides(g: ViewGraph, event: str, role: str) -> list[str]:
    """The actors an event names in `role` (agent or target)."""
    return sorted({o for o, kg in g.out[event] if kg["predicate"] == role and g.records[o]["cls"] in ACTOR_CLASSES})


def category(record: dict) -> str:
    """An event's PLOVER category, or its class when it has none ('Statement')."""
    return record.get("plover") or record["cls"]


def aggregated_edges(g: ViewGraph) -> dict[tuple[str, str, str], list[str]]:
    """(agent, target, category) → the events it stands for, one key per pair and category."""
    edges: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for event, record in sorted(g.records.items()):
        if record["kind"] != "event":
            continue
        for agent in sides(g, event, "agent"):
            for target in sides(g, event, "target"):
                if agent != target:
                    edges[agent, target, category(record)].append(event)
    return edges


def actor_events(g: ViewGraph) -> dict[str, list[str]]:
    """Actor → the events it takes part in as agent or target."""
    found: dict[str, list[str]] = defaultdict(list)
    for event, record in sorted(g.records.items()):
        if record["kind"] == "event":
            for actor in sorted(set(sides(g, event, "agent")) | set(sides(g, event, "target"))):
                found[actor].append(event)
    return found


def layout(actors: list[str], links: list[tuple[str, str, int]]) -> tuple[dict[str, tuple[float, float]], dict[str, int]]:
    """Positions and community numbers (0 the largest) of the linked actors, reproducibly."""
    index = {a: i for i, a in enumerate(actors)}
    graph = igraph.Graph(n=len(actors), edges=[(index[s], index[t]) for s, t, _ in links])
    graph.es["weight"] = [w for _, _, w in links]
    igraph.set_random_number_generator(random.Random(SEED))
    simple = graph.as_undirected(combine_edges="sum")
    communities = sorted(simple.community_multilevel(weights="weight"), key=lambda c: (-len(c), min(c)))
    points = simple.layout_fruchterman_reingold(weights="weight", niter=500) if actors else []
    igraph.set_random_number_generator(random)
    scale = SPREAD * math.sqrt(len(actors) or 1)
    box = points.bounding_box() if actors else None
    width = max(box.width, box.height, 1e-9) if box else 1
    where = {a: (round((p[0] - box.left) / width * scale - scale / 2, 1), round((p[1] - box.top) / width * scale - scale / 2, 1))
             for a, p in zip(actors, points)}
    group = {actors[i]: number for number, members in enumerate(communities) for i in members}
    return where, group


def actor_network(g: ViewGraph) -> dict:
    """The actor network's nodes and edges, with the positions and communities of those an edge links."""
    edges = aggregated_edges(g)
    events = actor_events(g)
    linked = sorted({a for key in edges for a in key[:2]})
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for (agent, target, _), found in edges.items():
        pairs[agent, target] += len(found)
    where, group = layout(linked, [(s, t, w) for (s, t), w in sorted(pairs.items())])
    actors = sorted(n for n, kg in g.records.items() if kg["cls"] in ACTOR_CLASSES)
    ring = isolated_ring([a for a in actors if a not in where], SPREAD * math.sqrt(len(linked) or 1))
    return {"nodes": [actor_node(g.records[a], where.get(a) or ring[a], group.get(a), events.get(a, []), a in where)
                      for a in actors],
            "edges": [actor_edge(i, key, found) for i, (key, found) in enumerate(sorted(edges.items()))]}


def isolated_ring(actors: list[str], radius: float) -> dict[str, tuple[float, float]]:
    """Positions on a circle around the network for the actors no edge links (drawn when the toggle shows them)."""
    r = radius * 0.75 + SPREAD
    return {a: (round(r * math.cos(2 * math.pi * i / len(actors)), 1), round(r * math.sin(2 * math.pi * i / len(actors)), 1))
            for i, a in enumerate(actors)}


def actor_node(record: dict, at: tuple[float, float], community: int | None, events: list[str], linked: bool) -> dict:
    """One actor as vis-network draws it: shape by class, colour by community, size by the articles naming it."""
    colour = COMMUNITY_COLOURS[community] if community is not None and community < len(COMMUNITY_COLOURS) else OTHER_COMMUNITY
    mentions = len(record["articles"])
    return {"id": record["iri"], "label": record["label"], "x": at[0], "y": at[1], "shape": ENTITY_STYLE[record["cls"]][0],
            "color": colour, "size": round(6 + 4 * math.sqrt(mentions), 1), "hidden": not linked,
            "kg": {"cls": record["cls"], "articles": mentions, "community": community, "events": events,
                   "isolated": not linked, "aliases": record["aliases"]}}


def actor_edge(number: int, key: tuple[str, str, str], events: list[str]) -> dict:
    """One aggregated edge: its events' count as label and width, its category's quad class as colour."""
    agent, target, name = key
    quad = PLOVER_QUAD.get(name)
    return {"id": f"a{number}", "from": agent, "to": target, "label": str(len(events)), "value": len(events),
            "color": QUAD_COLOUR.get(quad, NO_QUAD_COLOUR), "arrows": "to",
            "kg": {"category": name, "quad": quad_label(quad) if quad else None, "events": events}}


def timeline_items(g: ViewGraph) -> list[dict]:
    """Every dated event between actors or by one, as a vis-timeline item grouped by quad class."""
    items = []
    for event, record in sorted(g.records.items()):
        if record["kind"] == "event" and record.get("dateStart") and (sides(g, event, "agent") or sides(g, event, "target")):
            quad = PLOVER_QUAD.get(record.get("plover"))
            items.append({"id": event, "content": record["label"], "start": record["dateStart"], "type": "point",
                          "group": quad or "none", "style": f"border-color: {QUAD_COLOUR.get(quad, NO_QUAD_COLOUR)}"})
    return items


def timeline_window(items: list[dict]) -> dict:
    """The span the timeline opens on: from the 5th to the 95th percentile of its events' dates (a stray
    historical date does not squeeze the rest into a line)."""
    days = sorted(item["start"] for item in items)
    if not days:
        return {}
    return {"start": days[len(days) // 20], "end": days[-1 - len(days) // 20]}


def timeline_groups() -> list[dict]:
    """The timeline's rows: one per quad class, then events without a PLOVER category."""
    return [{"id": quad, "content": quad_label(quad)} for quad in QUAD_COLOUR] + [{"id": "none", "content": "no category"}]
