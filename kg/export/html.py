"""Write a graph as one self-contained, offline HTML page: RDF → a ViewGraph (kg.export.records) → vis-network's records
(kg.export.vis), the corpus view's actor network and timeline (kg.export.actors), and the view's own JS."""
from __future__ import annotations

import heapq
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import jinja2
import pyoxigraph as ox
from markupsafe import Markup

from kg.atomic import write_bytes
from kg.errors import ViewError
from kg.export.actors import actor_network, sides, timeline_groups, timeline_items, timeline_window
from kg.export.records import KNOWN_CLASSES, Facts, ViewGraph, ancestors, view_graph
from kg.export.style import legend
from kg.export.vis import LARGE, vis_edges, vis_nodes, vis_options
from kg.vocab import NKG, SCHEMA, EventClass

HERE = Path(__file__).parent
VIS_LIB = Path(find_spec("pyvis").origin).parent / "templates" / "lib" / "vis-9.1.2"   # found, not imported
TIMELINE_LIB = HERE / "vis-timeline"

ARTICLE_FIELDS = {"headline": str(SCHEMA.headline), "published": str(SCHEMA.datePublished),
                  "source": str(NKG.source), "publisher": str(SCHEMA.publisher)}


@dataclass(frozen=True)
class ViewStats:
    """What the written page shows."""

    nodes: int
    edges: int
    truncated: bool
    total_nodes: int  # nodes selected (after focus/type filters) before truncation to max_nodes
    actors: int = 0         # actors the actor network draws (those an event links to another)
    actor_edges: int = 0    # its aggregated edges
    isolated: int = 0       # actors hidden until the toggle shows them
    dated: int = 0          # events on the timeline

    def actors_line(self) -> str:
        """'actor network: 273 actors, 325 arrows (1218 without events between them hidden), 725 dated events'."""
        return (f"actor network: {self.actors} actors, {self.actor_edges} arrows ({self.isolated} without events "
                f"between them hidden), {self.dated} dated events")

    def reduction(self) -> str:
        """How the page was cut down, for `kg build` to say."""
        return (f"the entity graph shows the {self.nodes} most connected of {self.total_nodes} nodes, and the page opens "
                f"on the {self.actors_line()}; kg view GRAPH --focus LABEL --out FILE draws a neighbourhood whole")


def in_class(cls: str, wanted: set[str]) -> bool:
    """True when `cls` or one of its superclasses is in `wanted`."""
    return not wanted.isdisjoint([cls, *ancestors(cls)])


def select(g: ViewGraph, focus: str | None, hops: int, types: set[str] | None) -> ViewGraph:
    """Keep nodes of `types` (events with the entities they touch), then the `hops`-neighbourhood of `focus`."""
    if types:
        unknown = set(types) - KNOWN_CLASSES
        if unknown:
            raise ViewError(f"unknown class {', '.join(sorted(unknown))}; choose from {', '.join(sorted(KNOWN_CLASSES))}")
        kept = {n for n, kg in g.records.items() if in_class(kg["cls"], types)}
        kept |= {m for n in kept if g.records[n]["kind"] == "event" for m in g.around[n]}
        g = g.subgraph(kept)
    if focus:
        key = focus.casefold()
        centres = [n for n, kg in g.records.items() if kg["kind"] == "entity"
                   and key in {s.casefold() for s in [kg["label"], *kg["aliases"]]}]
        if not centres:
            raise ViewError(f"no entity labelled {focus!r} in the graph")
        g = g.subgraph(set().union(*(neighbourhood(g, c, hops) for c in centres)))
    return g


def neighbourhood(g: ViewGraph, centre: str, hops: int) -> set[str]:
    """`centre` and the nodes at most `hops` edges away from it, whichever way the edges point."""
    reached, frontier = {centre}, {centre}
    for _ in range(hops):
        frontier = {m for n in frontier for m in g.around[n]} - reached
        reached |= frontier
    return reached


def most_connected(g: ViewGraph, limit: int) -> ViewGraph:
    """At most `limit` nodes: grow from the highest-degree node, always adding the best-connected neighbour."""
    degree = {n: g.degree(n) for n in g}
    kept: set[str] = set()
    for seed in sorted(g, key=lambda n: (-degree[n], n)):
        frontier = [(-degree[seed], seed)]
        while frontier and len(kept) < limit:
            _, n = heapq.heappop(frontier)
            if n not in kept:
                kept.add(n)
                for m in g.around[n]:
                    if m not in kept:
                        heapq.heappush(frontier, (-degree[m], m))
        if len(kept) >= limit:
            break
    return g.subgraph(kept)


def articles(facts: Facts, g: ViewGraph) -> dict[str, dict]:
    """Headline, date, source and publisher of every article the shown nodes cite."""
    cited = {a for kg in g.records.values() for a in kg["articles"]}
    return {a: {k: v.value for k, p in ARTICLE_FIELDS.items() if (v := facts.value(ox.NamedNode(a), p)) is not None}
            for a in sorted(cited)}


def truncation_hint(g: ViewGraph) -> list[str]:
    """Two example `kg view` commands that give a smaller, filtered view of `g`."""
    entities = [(g.degree(n), kg["label"]) for n, kg in g.records.items() if kg["kind"] == "entity"]
    events = sorted(kg["cls"] for kg in g.records.values() if kg["kind"] == "event")
    focus = min(entities, key=lambda e: (-e[0], e[1]))[1] if entities else "LABEL"
    return [f"kg view GRAPH --focus {shlex.quote(focus)} --hops 2",
            f"kg view GRAPH --type {events[0] if events else EventClass.ArmsTransfer}"]


def corpus_data(g: ViewGraph) -> dict:
    """The actor network, the timeline and the records of the events they show (kg.export.actors)."""
    network = actor_network(g)
    items = timeline_items(g)
    shown = {e for n in network["nodes"] for e in n["kg"]["events"]} | {item["id"] for item in items}
    return {"network": network, "timeline": {"items": items, "groups": timeline_groups(), "window": timeline_window(items)},
            "events": {e: event_summary(g, e) for e in sorted(shown)}}


def event_summary(g: ViewGraph, event: str) -> dict:
    """What the corpus view's panel says of an event: label, class, date, quad class, evidence, articles, sides."""
    record = g.records[event]
    return {**{k: record[k] for k in ("label", "cls", "quad", "dateStart", "dateEnd", "evidence", "articles") if k in record},
            "agents": sides(g, event, "agent"), "targets": sides(g, event, "target")}



def render(nodes: list[dict], edges: list[dict], options: dict, meta: dict, corpus: dict) -> str:
    """The page: our template with vis-network, vis-timeline, the view's JS/CSS and all data inlined."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)
    inline = {name: Markup(path.read_text(encoding="utf-8")) for name, path in {
        "vis_js": VIS_LIB / "vis-network.min.js", "vis_css": VIS_LIB / "vis-network.css",
        "timeline_js": TIMELINE_LIB / "vis-timeline-graph2d.min.js",
        "timeline_css": TIMELINE_LIB / "vis-timeline-graph2d.min.css",
        "dom_js": HERE / "dom.js", "view_js": HERE / "view.js", "actors_js": HERE / "actors.js", "view_css": HERE / "view.css"}.items()}
    return env.get_template("view.html").render(nodes=nodes, edges=edges, options=options, meta=meta, corpus=corpus,
                                                **inline)


def write_html(triples: Iterable[ox.Triple], path: Path, *, focus: str | None = None, hops: int = 2,
               types: set[str] | None = None, max_nodes: int = 1500) -> ViewStats:
    """Write the interactive view of a graph's distinct `triples` to `path`; ViewError for an unknown focus or type."""
    facts = Facts(triples)
    g = select(view_graph(facts), focus, hops, types)
    total = len(g)
    truncated = total > max_nodes
    shown = most_connected(g, max_nodes) if truncated else g
    corpus = corpus_data(g)
    meta = {"truncated": truncated, "total": total, "shown": len(shown), "hints": truncation_hint(g),
            "legend": legend(shown), "articles": articles(facts, g), "pane": "actors" if total > LARGE else "entities"}
    nodes, edges = vis_nodes(shown), vis_edges(shown)
    write_bytes(Path(path), render(nodes, edges, vis_options(shown), meta, corpus).encode("utf-8"))
    linked = sum(not n["kg"]["isolated"] for n in corpus["network"]["nodes"])
    return ViewStats(nodes=len(nodes), edges=len(edges), truncated=truncated, total_nodes=total,
                     actors=linked, actor_edges=len(corpus["network"]["edges"]),
                     isolated=len(corpus["network"]["nodes"]) - linked, dated=len(corpus["timeline"]["items"]))
