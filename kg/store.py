"""The persistent graph store: an on-disk pyoxigraph Store holding one named graph per article."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.export.formats import write_formats
from kg.vocab import NKG, SCHEMA, SUPERCLASS

# the graphs whose article node matches a reference: its IRI or the IRI's last segment, its identifier,
# its source as given or without folders ("news.jsonl#12"), or the name or stem of the file it was read
# from (which names every article of that file)
FIND_ARTICLE = f"""
SELECT DISTINCT ?g WHERE {{
  VALUES ?ref {{ %s }}
  GRAPH ?g {{
    OPTIONAL {{ ?g <{NKG.source}> ?source }}
    OPTIONAL {{ ?g <{SCHEMA.identifier}> ?id }}
  }}
  BIND(REPLACE(STR(?g), "^.*/", "") AS ?tail)
  BIND(REPLACE(COALESCE(STR(?source), ""), "^.*/", "") AS ?sourceName)
  BIND(REPLACE(?sourceName, "#.*$", "") AS ?file)
  BIND(REPLACE(?file, "[.][^.]*$", "") AS ?stem)
  FILTER(?ref IN (STR(?g), ?tail, STR(?source), ?sourceName, ?file, ?stem, STR(?id)))
}}"""


class StoreError(Exception):
    """A store that cannot be opened or an article that is not in it; the message is one line for the user."""


def open_store(path: Path | None = None, *, create: bool = True) -> ox.Store:
    """The on-disk store at `path` (created if missing unless `create` is False), or an in-memory one for None."""
    if path is None:
        return ox.Store()
    if not create:
        try:
            ox.Store.read_only(str(path))  # fails on a folder that is not a store, rather than making one
        except OSError as exc:
            raise StoreError(f"{path}: not a store folder ({str(exc).splitlines()[0]})") from exc
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from exc


def add(store: ox.Store, article_iri: URIRef | str, graph: Graph) -> None:
    """Put `graph` in the store as the named graph `article_iri`, replacing what that article had.

    Literals keep their lexical form (a SPARQL INSERT would canonicalise "0.80" to "0.8"). The old graph
    is dropped, then the new one loaded, each in its own transaction: an interrupted rebuild can leave
    the article out, never half in.
    """
    name = ox.NamedNode(str(article_iri))
    body = graph.serialize(format="nt", encoding="utf-8")
    store.remove_graph(name)
    store.load(body, format=ox.RdfFormat.N_TRIPLES, to_graph=name)





def find(store: ox.Store, ref: str) -> list[str]:
    """The article graph IRIs that `ref` names (see FIND_ARTICLE): one article, or every article of one file."""
    rows = store.query(FIND_ARTICLE % ox.Literal(ref))
    return sorted(row["g"].value for row in rows)


def remove(store: ox.Store, ref: str) -> list[str]:
    """Drop the named graph(s) of the article `ref` names; return their IRIs, StoreError if none matched."""
    found = find(store, ref) if ref.strip() else []
    if not found:
        raise StoreError(f"no article {ref!r} in the store")
    for iri in found:
        store.remove_graph(ox.NamedNode(iri))
    store.flush()
    return found



def export(store: ox.Store, out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write the store in each of `formats` (names of kg.export.formats.FORMATS) into `out_dir`."""
    return write_formats(store, out_dir, formats)


# When articles type one node differently, every graph keeps one class: a subclass wins over its superclass
# (a Leader is also a Person, so Leader wins over Person); otherwise the class most articles gave, ties going
# to the earlier in this order.
CLASS_ORDER = ("Leader", "Person", "Country", "WeaponSystem", "Organization", "Place", "Group")


def settled_class(count: dict[str, int]) -> str:
    """One class from {class: graphs giving it}: a subclass takes its superclass's votes, then the most votes win."""
    count = dict(count)
    for cls in sorted(count, key=CLASS_ORDER.index):
        superclass = SUPERCLASS.get(cls)
        if superclass in count:
            count[cls] += count.pop(superclass)
    return max(count, key=lambda c: (count[c], -CLASS_ORDER.index(c)))


def settle_classes(store: ox.Store) -> int:
    """Give each entity one class across all named graphs; return how many nodes were settled."""
    iri = {str(NKG[c]): c for c in CLASS_ORDER}
    votes: dict[str, dict[str, int]] = {}
    rows = store.query(f"SELECT ?s ?c (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s a ?c }} "
                       f"VALUES ?c {{ {' '.join(f'<{c}>' for c in iri)} }} }} GROUP BY ?s ?c")
    for row in rows:
        votes.setdefault(row["s"].value, {})[iri[row["c"].value]] = int(row["n"].value)
    mixed = {node: settled_class(count) for node, count in votes.items() if len(count) > 1}
    if mixed:
        values = " ".join(f"(<{node}> <{NKG[keep]}>)" for node, keep in mixed.items())
        listed = ", ".join(f"<{c}>" for c in iri)
        store.update(f"DELETE {{ GRAPH ?g {{ ?s a ?c }} }} INSERT {{ GRAPH ?g {{ ?s a ?keep }} }} "
                     f"WHERE {{ VALUES (?s ?keep) {{ {values} }} GRAPH ?g {{ ?s a ?c }} "
                     f"FILTER(?c != ?keep && ?c IN ({listed})) }}")
    return len(mixed)
