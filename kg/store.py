"""The persistent graph store: an on-disk pyoxigraph Store holding one named graph per article."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.errors import StoreError
from kg.export.formats import write_formats
from kg.sanitise import file_name
from kg.vocab import NKG, SUPERCLASS, EntityClass

# An article is its source plus its content. The named graph's IRI comes from the content alone (the same
# text is the same article in every build), and a store keeps one version of each source: when a build reads
# a file again, what the store had from that file and this build did not produce (an edited article, a line
# now gone) is dropped. A source is the path as given to `kg build`, with "#N" for a .jsonl line and
# "#partK" for a part of a long text; the file is the source without those.
SOURCE_SUFFIX = re.compile(r"(#[0-9]+)?(#part[0-9]+)?\Z")
ARTICLES = f"SELECT ?g ?source WHERE {{ GRAPH ?g {{ ?g <{NKG.source}> ?source }} }}"


def source_file(source: str) -> str:
    """The file an article's source names: "news.jsonl#12" -> "news.jsonl", "big.txt#part2" -> "big.txt"."""
    return SOURCE_SUFFIX.sub("", source, count=1)


def open_store(path: Path | None = None, *, create: bool = True) -> ox.Store:
    """The on-disk store at `path` (created if missing unless `create` is False), or an in-memory one for None."""
    if path is None:
        return ox.Store()
    if not create:
        open_read_only(path)   # fails on a folder that is not a store, rather than making one
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open store {file_name(path)} for writing: {first_line(exc)}") from exc


def open_read_only(path: Path) -> ox.Store:
    """The store at `path` for reading: works while a build writes it, on a read-only copy, on a full disk."""
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"{file_name(path)}: not a store folder ({first_line(exc)})") from exc


def first_line(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]


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


def articles(store: ox.Store) -> dict[str, str]:
    """Every article graph of the store with its source."""
    return {row["g"].value: row["source"].value for row in store.query(ARTICLES)}


def commit(store: ox.Store, staged: ox.Store, files: set[str]) -> None:
    """Move a build's articles (`staged`, from the input `files`) into the store, each replacing its old version.

    Dropped first: the graphs `staged` replaces, and those the store had from `files` that `staged` does not
    hold (see "An article is its source plus its content"). Then `staged` is added in one transaction and
    the classes and labels settled over the whole store."""
    new = {name.value for name in staged.named_graphs()}
    old = {iri for iri, source in articles(store).items() if iri in new or source_file(source) in files}
    try:
        for iri in sorted(old):
            store.remove_graph(ox.NamedNode(iri))
        store.extend(staged)
        settle(store)
        store.flush()
    except OSError as exc:
        raise StoreError(f"cannot write the store: {first_line(exc)}") from exc


def find(store: ox.Store, ref: str) -> list[str]:
    """The article graphs `ref` names: an article IRI, its content hash (the IRI's last segment), or a source or
    input file (every article read from it) as the build was given it or by its last path segments
    ("feed.jsonl#12" for "news/feed.jsonl#12"); StoreError when those segments name more than one file."""
    found = articles(store)
    exact = [iri for iri, source in found.items() if ref in (iri, iri.rsplit("/", 1)[-1], source, source_file(source))]
    if exact:
        return sorted(exact)
    tail = [iri for iri, source in found.items() if ends_with(source, ref) or ends_with(source_file(source), ref)]
    files = sorted({source_file(found[iri]) for iri in tail})
    if len(files) > 1:
        raise StoreError(f"{ref!r} names articles of {len(files)} files ({', '.join(files[:3])}"
                         f"{', ...' if len(files) > 3 else ''}): give the path as the build was given it")
    return sorted(tail)


def ends_with(path: str, ref: str) -> bool:
    """True when `ref` is the last whole segments of `path` ("b/c.txt" ends "a/b/c.txt"; "c" does not)."""
    return path == ref or path.endswith("/" + ref)


def named(store: ox.Store, ref: str) -> list[str]:
    """The article graphs `ref` names (see `find`); StoreError if none."""
    found = find(store, ref) if ref.strip() else []
    if not found:
        raise StoreError(f"no article {ref!r} in the store (name its IRI, hash, source or input file)")
    return found


def drop(store: ox.Store, iris: Iterable[str]) -> None:
    """Remove these article graphs from the store, and write it out."""
    for iri in iris:
        store.remove_graph(ox.NamedNode(iri))
    store.flush()


def remove(store: ox.Store, ref: str) -> list[str]:
    """Drop the named graph(s) of the article `ref` names; return their IRIs, StoreError if none matched."""
    found = named(store, ref)
    drop(store, found)
    return found


def export(store: ox.Store, out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write the store in each of `formats` (names of kg.export.formats.FORMATS) into `out_dir`."""
    return write_formats(store, out_dir, formats)


# When articles type one node differently, every graph keeps one class: a subclass wins over its superclass
# (a Leader is also a Person, so Leader wins over Person); otherwise the class most articles gave, ties going
# to the earlier in this order.
CLASS_ORDER = (EntityClass.Leader, EntityClass.Person, EntityClass.Country, EntityClass.WeaponSystem,
               EntityClass.Organization, EntityClass.Place, EntityClass.Group)


def settled_class(count: dict[EntityClass, int]) -> EntityClass:
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
    votes: dict[str, dict[EntityClass, int]] = {}
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


def settle_labels(store: ox.Store) -> int:
    """Give each entity one rdfs:label across all named graphs (the one most articles use, ties to the first
    in code-point order): labels that mint the same IRI ('WorldCom', 'Worldcom') become skos:altLabels.
    Return how many entities were settled."""
    votes: dict[str, dict[str, int]] = {}
    rows = store.query(f"SELECT ?s ?l (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{RDFS.label}> ?l ; "
                       f"a <{NKG.Entity}> }} }} GROUP BY ?s ?l")
    for row in rows:
        votes.setdefault(row["s"], {})[row["l"]] = int(row["n"].value)
    mixed = {node: max(sorted(count, key=lambda lit: lit.value), key=count.__getitem__)
             for node, count in votes.items() if len(count) > 1}
    if mixed:
        values = " ".join(f"({node} {keep})" for node, keep in mixed.items())
        store.update(f"DELETE {{ GRAPH ?g {{ ?s <{RDFS.label}> ?l }} }} "
                     f"INSERT {{ GRAPH ?g {{ ?s <{SKOS.altLabel}> ?l ; <{RDFS.label}> ?keep }} }} "
                     f"WHERE {{ VALUES (?s ?keep) {{ {values} }} GRAPH ?g {{ ?s <{RDFS.label}> ?l }} "
                     f"FILTER(?l != ?keep) }}")
    return len(mixed)


def settle(store: ox.Store) -> None:
    """One class and one label per entity across the store's article graphs."""
    settle_classes(store)
    settle_labels(store)
