"""Write a graph as one self-contained, offline HTML page: RDF → networkx → pyvis, plus the view's own JS."""
from __future__ import annotations

import heapq
import json
import math
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
import networkx as nx
import pyoxigraph as ox
import pyvis
from markupsafe import Markup
from pyvis.network import Network
from rdflib.namespace import RDF

from kg.atomic import write_bytes
from kg.export.actors import actor_network, sides, timeline_groups, timeline_items, timeline_window
from kg.export.style import legend, node_style, quad_label
from kg.vocab import NKG, PLOVER_QUAD, PREFIXES, SCHEMA, SUPERCLASS, WD, EntityClass, EventClass, Status

HERE = Path(__file__).parent
VIS_LIB = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
TIMELINE_LIB = HERE / "vis-timeline"
LARGE = 300     # above this many nodes the page opens on the actor network, and draws the entity graph on demand

RELATIONS = ("leaderOf", "officialOf", "memberOf", "allyOf", "originCountry", "manufacturer", "locatedIn", "country")
ROLES = ("agent", "target", "item", "location")
KNOWN_CLASSES = frozenset(EntityClass) | frozenset(EventClass)
EVENT_TYPES = frozenset(EventClass)
# the IRIs the view reads (the index keys predicates by IRI string)
TYPE, STATEMENT, SUBJECT, PREDICATE, OBJECT = (str(term) for term in
                                               (RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object))
LABEL, ALIAS, SAME_AS = f"{PREFIXES['rdfs']}label", f"{PREFIXES['skos']}altLabel", f"{PREFIXES['owl']}sameAs"
STATUS, EVIDENCE, DATE, BASIS, PLOVER_TYPE = (str(NKG[name])
                                              for name in ("status", "evidence", "date", "basis", "ploverType"))
CITES = (str(NKG.mentionedIn), f"{PREFIXES['prov']}wasDerivedFrom")
ARTICLE_FIELDS = {"headline": str(SCHEMA.headline), "published": str(SCHEMA.datePublished),
                  "source": str(NKG.source), "publisher": str(SCHEMA.publisher)}
PANEL_ORDER = ("role", "category", "sector", "date", "dateText", "status", "ploverType", "ploverMode",
               "quantity", "amount", "currency", "cameoCode", "trigger", "confidence")


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


class Facts:
    """A graph's distinct triples, indexed once by subject: subject → [(predicate IRI, object)]."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.about: dict[ox.NamedNode | ox.BlankNode, list[tuple[str, ox.Term]]] = {}
        for t in triples:
            self.about.setdefault(t.subject, []).append((t.predicate.value, t.object))

    def pairs(self, subject: ox.NamedNode | ox.BlankNode) -> list[tuple[str, ox.Term]]:
        """Every (predicate IRI, object) of `subject`."""
        return self.about.get(subject, [])

    def objects(self, subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list[ox.Term]:
        """Every object of `subject` through `predicate`."""
        return [o for p, o in self.pairs(subject) if p == predicate]

    def value(self, subject: ox.NamedNode | ox.BlankNode, predicate: str) -> ox.Term | None:
        """One object of `subject` through `predicate`, or None."""
        return next((o for p, o in self.pairs(subject) if p == predicate), None)

    def triples(self, predicates: Iterable[str]) -> Iterator[tuple[ox.NamedNode | ox.BlankNode, str, ox.Term]]:
        """Every (subject, predicate IRI, object) whose predicate is one of `predicates`."""
        wanted = set(predicates)
        return ((s, p, o) for s, pairs in self.about.items() for p, o in pairs if p in wanted)


def local_name(iri: str) -> str:
    """The part of an IRI after its last '#' or '/'."""
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def ancestors(cls: str) -> list[str]:
    """Every superclass of `cls`, nearest first ('Leader' -> ['Person', 'Entity'])."""
    found = []
    while cls := SUPERCLASS.get(cls):
        found.append(cls)
    return found


def node_class(facts: Facts, node: ox.NamedNode) -> str | None:
    """The most specific view class (entity or event) `node` is typed with, or None."""
    found = {local_name(t.value) for t in facts.objects(node, TYPE) if t.value.startswith(str(NKG._NS))}
    found &= KNOWN_CLASSES
    specific = found - {ancestor for c in found for ancestor in ancestors(c)}
    events = sorted(c for c in specific if c in EVENT_TYPES)
    return (events or sorted(specific) or [None])[0]


def date_bounds(value: str) -> tuple[str, str] | None:
    """First and last day (ISO) covered by an xsd:date, gYearMonth or gYear lexical value."""
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        month = int(parts[1])
        if len(parts) == 2:
            last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                    31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        return (value[:10],) * 2
    except (ValueError, IndexError):
        return None


def describe(facts: Facts, node: ox.NamedNode, cls: str) -> dict:
    """The side-panel record of one node: label, aliases, links, literal facts, evidence, articles."""
    labels = sorted(o.value for o in facts.objects(node, LABEL))
    props: list[list[str]] = []
    for p, o in facts.pairs(node):
        name = local_name(p)
        if isinstance(o, ox.Literal) and p not in (LABEL, ALIAS, EVIDENCE):
            props.append([name, o.value])
        elif p in (STATUS, PLOVER_TYPE):
            props.append([name, local_name(o.value)])
    props.sort(key=lambda kv: (PANEL_ORDER.index(kv[0]) if kv[0] in PANEL_ORDER else len(PANEL_ORDER), kv))
    kind = "event" if cls in EVENT_TYPES else "entity"
    date = next((v for k, v in props if k == "date"), None)
    unnamed = " ".join(filter(None, [cls, date])) if kind == "event" else local_name(node.value)
    record = {
        "iri": node.value,
        "cls": cls,
        "kind": kind,
        "label": labels[0] if labels else unnamed,
        "aliases": sorted({o.value for o in facts.objects(node, ALIAS)} - set(labels[:1])),
        "wikidata": sorted(o.value for o in facts.objects(node, SAME_AS) if o.value.startswith(str(WD))),
        "props": props,
        "evidence": sorted(o.value for o in facts.objects(node, EVIDENCE)),
        "articles": sorted(o.value for p in CITES for o in facts.objects(node, p)),
    }
    if kind == "event":
        record["plover"] = min((v for k, v in props if k == "ploverType"), default=None)
        record["quad"] = quad_label(PLOVER_QUAD[record["plover"]]) if record["plover"] in PLOVER_QUAD else None
    dates = [b for b in (date_bounds(o.value) for o in facts.objects(node, DATE)) if b]
    if dates:
        record["dateStart"], record["dateEnd"] = min(d[0] for d in dates), max(d[1] for d in dates)
    return record


def fact_bases(facts: Facts) -> dict[tuple, str]:
    """(subject, predicate IRI, object) → basis local name, from rdf:Statement reifications carrying nkg:basis."""
    bases = {}
    for st, _, cls in facts.triples([TYPE]):
        if cls.value != STATEMENT:
            continue
        s, p, o = (facts.value(st, part) for part in (SUBJECT, PREDICATE, OBJECT))
        basis = facts.value(st, BASIS)
        if basis is not None and None not in (s, p, o):
            bases[s, p.value, o] = local_name(basis.value)
    return bases


def to_networkx(facts: Facts) -> nx.MultiDiGraph:
    """Entities and events as nodes (attribute `kg`), entity relations and event roles as edges."""
    g = nx.MultiDiGraph()
    for node in facts.about:
        cls = node_class(facts, node) if isinstance(node, ox.NamedNode) else None
        if cls:
            g.add_node(node.value, kg=describe(facts, node, cls))
    bases = fact_bases(facts)
    for kind, names, default in (("relation", RELATIONS, EntityClass.Entity), ("role", ROLES, EventClass.Event)):
        for s, p, o in facts.triples(str(NKG[name]) for name in names):
            if not (isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode)):
                continue
            for end, cls in ((s, default), (o, EntityClass.Entity)):
                if end.value not in g:
                    g.add_node(end.value, kg=describe(facts, end, cls))
            g.add_edge(s.value, o.value, kg={"predicate": local_name(p), "kind": kind, "basis": bases.get((s, p, o))})
    return g


def in_class(cls: str, wanted: set[str]) -> bool:
    """True when `cls` or one of its superclasses is in `wanted`."""
    return not wanted.isdisjoint([cls, *ancestors(cls)])


def select(g: nx.MultiDiGraph, focus: str | None, hops: int, types: set[str] | None) -> nx.MultiDiGraph:
    """Keep nodes of `types` (events with the entities they touch), then the `hops`-neighbourhood of `focus`."""
    if types:
        unknown = set(types) - KNOWN_CLASSES
        if unknown:
            raise ValueError(f"unknown class {', '.join(sorted(unknown))}; choose from {', '.join(sorted(KNOWN_CLASSES))}")
        kept = {n for n, kg in g.nodes(data="kg") if in_class(kg["cls"], types)}
        kept |= {m for n in kept if g.nodes[n]["kg"]["kind"] == "event" for m in nx.all_neighbors(g, n)}
        g = g.subgraph(kept)
    if focus:
        key = focus.casefold()
        centres = [n for n, kg in g.nodes(data="kg") if kg["kind"] == "entity"
                   and key in {s.casefold() for s in [kg["label"], *kg["aliases"]]}]
        if not centres:
            raise ValueError(f"no entity labelled {focus!r} in the graph")
        undirected = g.to_undirected(as_view=True)
        kept = set().union(*(nx.single_source_shortest_path_length(undirected, c, cutoff=hops) for c in centres))
        g = g.subgraph(kept)
    return g


def most_connected(g: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """At most `limit` nodes: grow from the highest-degree node, always adding the best-connected neighbour."""
    degree = dict(g.degree())
    kept: set[str] = set()
    for seed in sorted(g, key=lambda n: (-degree[n], n)):
        frontier = [(-degree[seed], seed)]
        while frontier and len(kept) < limit:
            _, n = heapq.heappop(frontier)
            if n not in kept:
                kept.add(n)
                for m in nx.all_neighbors(g, n):
                    if m not in kept:
                        heapq.heappush(frontier, (-degree[m], m))
        if len(kept) >= limit:
            break
    return g.subgraph(kept)


def to_pyvis(g: nx.MultiDiGraph) -> Network:
    """A pyvis network with per-class shape and colour, size by degree, labelled edges; no HTML tooltips."""
    net = Network(directed=True)
    for n, kg in sorted(g.nodes(data="kg")):
        shape, color = node_style(kg)
        status = dict(kg["props"]).get("status", Status.Happened)
        drawn = kg["label"] if kg["kind"] == "entity" else "\n".join(
            [kg["cls"]] + [v for k, v in kg["props"] if k == "date"][:1])
        net.add_node(n, label=drawn, shape=shape, color=color,
                     size=round(8 + 4 * math.sqrt(g.degree(n)), 1),
                     shapeProperties={"borderDashes": status != Status.Happened and [4, 3]}, kg=kg)
    for i, (s, o, kg) in enumerate(sorted(g.edges(data="kg"), key=lambda e: (e[0], e[1], e[2]["predicate"]))):
        gazetteer = kg["basis"] == "GazetteerKnowledge"
        net.add_edge(s, o, id=f"e{i}", label=kg["predicate"], kg=kg,
                     arrows="" if kg["predicate"] == "allyOf" else "to",
                     dashes=gazetteer, color="#8a8a8a" if kg["kind"] == "relation" else "#c4c4c4")
    large = len(g) > 300
    net.set_options(json.dumps({
        "nodes": {"font": {"size": 14}, "borderWidth": 1.5},
        "edges": {"font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
                  "smooth": not large and {"type": "continuous"}, "arrows": {"to": {"scaleFactor": 0.5}}},
        "layout": {"improvedLayout": len(g) <= 150, "randomSeed": 7},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -110, "springLength": 140, "avoidOverlap": 0.6},
                    "stabilization": {"enabled": True, "iterations": 150 if large else 400, "updateInterval": 20}},
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "keyboard": False},
    }))
    return net


def articles(facts: Facts, g: nx.MultiDiGraph) -> dict[str, dict]:
    """Headline, date, source and publisher of every article the shown nodes cite."""
    cited = {a for _, kg in g.nodes(data="kg") for a in kg["articles"]}
    return {a: {k: v.value for k, p in ARTICLE_FIELDS.items() if (v := facts.value(ox.NamedNode(a), p)) is not None}
            for a in sorted(cited)}


def truncation_hint(g: nx.MultiDiGraph) -> list[str]:
    """Two example `kg view` commands that give a smaller, filtered view of `g`."""
    entities = [(d, kg["label"]) for n, d in g.degree() if (kg := g.nodes[n]["kg"])["kind"] == "entity"]
    events = sorted(kg["cls"] for _, kg in g.nodes(data="kg") if kg["kind"] == "event")
    focus = min(entities, key=lambda e: (-e[0], e[1]))[1] if entities else "LABEL"
    return [f"kg view GRAPH --focus {shlex.quote(focus)} --hops 2",
            f"kg view GRAPH --type {events[0] if events else EventClass.ArmsTransfer}"]


def corpus_data(g: nx.MultiDiGraph) -> dict:
    """The actor network, the timeline and the records of the events they show (kg.export.actors)."""
    network = actor_network(g)
    items = timeline_items(g)
    shown = {e for n in network["nodes"] for e in n["kg"]["events"]} | {item["id"] for item in items}
    return {"network": network, "timeline": {"items": items, "groups": timeline_groups(), "window": timeline_window(items)},
            "events": {e: event_summary(g, e) for e in sorted(shown)}}


def event_summary(g: nx.MultiDiGraph, event: str) -> dict:
    """What the corpus view's panel says of an event: label, class, date, quad class, evidence, articles, sides."""
    record = g.nodes[event]["kg"]
    return {**{k: record[k] for k in ("label", "cls", "quad", "dateStart", "dateEnd", "evidence", "articles") if k in record},
            "agents": sides(g, event, "agent"), "targets": sides(g, event, "target")}


def render(net: Network, meta: dict, corpus: dict) -> str:
    """The page: our template with vis-network, vis-timeline, the view's JS/CSS and all data inlined."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)
    nodes, edges, _, _, _, options = net.get_network_data()
    inline = {name: Markup(path.read_text(encoding="utf-8")) for name, path in {
        "vis_js": VIS_LIB / "vis-network.min.js", "vis_css": VIS_LIB / "vis-network.css",
        "timeline_js": TIMELINE_LIB / "vis-timeline-graph2d.min.js",
        "timeline_css": TIMELINE_LIB / "vis-timeline-graph2d.min.css",
        "view_js": HERE / "view.js", "actors_js": HERE / "actors.js", "view_css": HERE / "view.css"}.items()}
    return env.get_template("view.html").render(nodes=nodes, edges=edges, options=json.loads(options),
                                                meta=meta, corpus=corpus, **inline)


def write_html(triples: Iterable[ox.Triple], path: Path, *, focus: str | None = None, hops: int = 2,
               types: set[str] | None = None, max_nodes: int = 1500) -> ViewStats:
    """Write the interactive view of a graph's distinct `triples` to `path`; ValueError for an unknown focus or type."""
    facts = Facts(triples)
    g = select(to_networkx(facts), focus, hops, types)
    total = len(g)
    truncated = total > max_nodes
    shown = most_connected(g, max_nodes) if truncated else g
    corpus = corpus_data(g)
    meta = {"truncated": truncated, "total": total, "shown": len(shown), "hints": truncation_hint(g),
            "legend": legend(shown), "articles": articles(facts, g), "pane": "actors" if total > LARGE else "entities"}
    net = to_pyvis(shown)
    write_bytes(Path(path), render(net, meta, corpus).encode("utf-8"))
    linked = sum(not n["kg"]["isolated"] for n in corpus["network"]["nodes"])
    return ViewStats(nodes=net.num_nodes(), edges=net.num_edges(), truncated=truncated, total_nodes=total,
                     actors=linked, actor_edges=len(corpus["network"]["edges"]),
                     isolated=len(corpus["network"]["nodes"]) - linked, dated=len(corpus["timeline"]["items"]))
