"""A graph's entities and events as the view and GraphML show them: RDF triples → a ViewGraph whose nodes carry
their side-panel record and whose edges are entity relations and event roles."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib.namespace import RDF

from kg.export.style import quad_label
from kg.vocab import NKG, PLOVER_QUAD, PREFIXES, SUPERCLASS, WD, EntityClass, EventClass

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
PANEL_ORDER = ("role", "category", "sector", "date", "dateText", "status", "ploverType", "ploverMode",
               "quantity", "amount", "currency", "cameoCode", "trigger", "confidence")


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


class ViewGraph:
    """Entities and events (node IRI → side-panel record) and the relations and roles between them (subject, object,
    edge record): a directed multigraph, kept in the order it was made. A plain record of dictionaries, because
    networkx costs every build a fifth of a second to import for the few walks the view takes."""

    def __init__(self) -> None:
        self.records: dict[str, dict] = {}
        self.edges: list[tuple[str, str, dict]] = []
        self.out: dict[str, list[tuple[str, dict]]] = {}    # node → (object, edge record) of its outgoing edges
        self.around: dict[str, list[str]] = {}      # node → the other end of each of its edges, either way

    def add_node(self, node: str, record: dict) -> None:
        self.records[node] = record
        self.out.setdefault(node, [])
        self.around.setdefault(node, [])

    def add_edge(self, subject: str, obj: str, record: dict) -> None:
        """An edge between two nodes already added."""
        self.edges.append((subject, obj, record))
        self.out[subject].append((obj, record))
        self.around[subject].append(obj)
        self.around[obj].append(subject)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[str]:
        return iter(self.records)

    def __contains__(self, node: object) -> bool:
        return node in self.records

    def degree(self, node: str) -> int:
        """How many edges `node` has, either way (a loop counts twice)."""
        return len(self.around[node])

    def subgraph(self, kept: set[str]) -> ViewGraph:
        """The nodes in `kept` and the edges between them."""
        g = ViewGraph()
        for node, record in self.records.items():
            if node in kept:
                g.add_node(node, record)
        for subject, obj, record in self.edges:
            if subject in kept and obj in kept:
                g.add_edge(subject, obj, record)
        return g


def view_graph(facts: Facts) -> ViewGraph:
    """Entities and events as nodes, entity relations and event roles as edges."""
    g = ViewGraph()
    for node in facts.about:
        cls = node_class(facts, node) if isinstance(node, ox.NamedNode) else None
        if cls:
            g.add_node(node.value, describe(facts, node, cls))
    bases = fact_bases(facts)
    for kind, names, default in (("relation", RELATIONS, EntityClass.Entity), ("role", ROLES, EventClass.Event)):
        for s, p, o in facts.triples(str(NKG[name]) for name in names):
            if not (isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode)):
                continue
            for end, cls in ((s, default), (o, EntityClass.Entity)):
                if end.value not in g:
                    g.add_node(end.value, describe(facts, end, cls))
            g.add_edge(s.value, o.value, {"predicate": local_name(p), "kind": kind, "basis": bases.get((s, p, o))})
    return g
