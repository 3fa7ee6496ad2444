"""Run SPARQL over a graph file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) or an Oxigraph store directory."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from pyparsing import ParseBaseException
from pyoxigraph import DefaultGraph, NamedNode, QueryBoolean, QuerySolutions, QueryTriples, RdfFormat, Store, parse
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.atomic import replace_into
from kg.errors import GraphError, QueryError, printable
from kg.sanitise import file_name
from kg.terms import nodes, undefined_terms
from kg.vocab import DEFAULT_BASE, PREFIXES as VOCAB_PREFIXES

PREFIXES: dict[str, str] = {name: str(iri) for name, iri in VOCAB_PREFIXES.items()} | {"res": DEFAULT_BASE}
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][\w\-./]*(?<!\.)")
_WORD = re.compile(r"[^\s{}()\[\],;]+|\S")
KEYWORDS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK", "WHERE", "FILTER", "OPTIONAL", "UNION", "MINUS", "GRAPH",
            "PREFIX", "BASE", "DISTINCT", "REDUCED", "ORDER", "GROUP", "BY", "HAVING", "LIMIT", "OFFSET", "VALUES",
            "BIND", "AS", "NOT", "EXISTS", "INSERT", "DELETE", "DATA", "WITH", "USING", "SERVICE", "UNDEF")
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")
_SLASHED_NAME = re.compile(r"(?<![\w<])([A-Za-z][\w.-]*):([\w.-]+/[\w./-]*)")
# SERVICE (in a query) and LOAD (in an update) make the engine fetch URLs: a query file from elsewhere must not
# make this machine send requests unless --allow-network says so. Found outside strings, IRIs and comments.
_NOT_KEYWORDS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                           r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_NETWORK = {False: re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE),
            True: re.compile(r"(?<![\w:?$])(?:SERVICE|LOAD)(?![\w:])", re.IGNORECASE)}


Result = QuerySolutions | QueryBoolean | QueryTriples


@dataclass
class Answer:
    """What a query returned (None after an update), and the prefixes to print it with."""

    result: Result | None
    prefixes: dict[str, str]


def open_store(path: Path, *, writable: bool = False) -> tuple[Store, dict[str, str]]:
    """The graph at `path` as a Store, with the prefixes its file declares (none for a store directory)."""
    if not path.exists():
        raise GraphError(f"{path}: no such file or directory")
    if path.is_dir():
        try:
            store = Store.read_only(str(path))  # fails on a folder that is not a store, rather than making one
            if writable:
                del store
                store = Store(str(path))
            return store, {}
        except OSError as error:
            raise GraphError(f"{path}: not an Oxigraph store ({_one_line(str(error))})") from error
    rdf_format = graph_format(path)
    store = Store()
    try:
        with path.open("rb") as stream:
            # parse() rather than Store.load() to learn the file's own prefixes
            quads = parse(stream, rdf_format, base_iri=path.resolve().as_uri())
            store.extend(quads)
    except SyntaxError as error:
        raise GraphError(f"{path}: cannot parse as {rdf_format.name}: {_one_line(str(error))}") from error
    except OSError as error:
        raise GraphError(f"{path}: {error.strerror or error}") from error
    return store, dict(quads.prefixes)


def prefixes_of(store: Store, declared: dict[str, str]) -> dict[str, str]:
    """The vocabulary prefixes, then those the file declares; `res:` is the file's, else the namespace
    its article IRIs were minted in (`<base>article/<hash>`, built with --base), else the default."""
    names = PREFIXES | declared
    if "res" not in declared:
        articles = store.query(f"SELECT ?a WHERE {{ ?a a <{PREFIXES['nkg']}Article> }} LIMIT 1",
                               use_default_graph_as_union=True)
        minted = next((re.fullmatch(r"(.+/)article/[^/]+", row["a"].value) for row in articles
                       if isinstance(row["a"], NamedNode)), None)
        if minted:
            names["res"] = minted[1]
    return names


def graph_format(path: Path) -> RdfFormat:
    """The RDF format a file's extension names (.ttl, .trig, .nt, .nq, .jsonld/.json, .rdf/.owl/.xml, .n3)."""
    extension = path.suffix.lstrip(".").lower()
    found = RdfFormat.from_extension({"json": "jsonld", "owl": "rdf", "xml": "rdf"}.get(extension, extension))
    if found is None:
        raise GraphError(f"{path}: unknown graph format '.{extension}' (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)")
    return found


def read_query(path: Path) -> str:
    """The SPARQL text of a query file (UTF-8, a byte-order mark dropped); QueryError if it is not one."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QueryError(f"{file_name(path)}: not a SPARQL query (not UTF-8 text)") from None
    except OSError as error:
        raise QueryError(f"{file_name(path)}: {error.strerror or error}") from error


def network_use(text: str, is_update: bool) -> str | None:
    """The keyword (SERVICE, or LOAD in an update) by which `text` would fetch from the network, or None."""
    found = _NETWORK[is_update].search(_NOT_KEYWORDS.sub(" ", text))
    return found[0].upper() if found else None


def run(path: Path, text: str, *, update: bool = False, allow_network: bool = False) -> Answer:
    """Run a SPARQL query over the graph at `path`; with `update`, apply a SPARQL UPDATE and save it.

    The vocabulary prefixes are predeclared and relative IRIs resolve against the `res:` namespace,
    so `<entity/turkey>` names res:entity/turkey. Files are rewritten atomically after an update;
    a store directory is updated in place (Oxigraph applies each update as one transaction).
    SERVICE and LOAD are refused unless `allow_network`.
    """
    keyword = network_use(text, update)
    if keyword and not allow_network:
        raise QueryError(f"the query uses {keyword}, which sends requests to other machines; "
                         "pass --allow-network to let it")
    store, file_prefixes = open_store(path, writable=update)
    names = prefixes_of(store, file_prefixes)
    options = {"prefixes": PREFIXES, "base_iri": names["res"]}
    try:
        if not update:
            return Answer(store.query(text, use_default_graph_as_union=True, **options), names)
        store.update(text, **options)
    except SyntaxError as error:
        raise QueryError(_explain(text, error, is_update=update)) from error
    except OSError as error:
        raise QueryError(f"the {'update' if update else 'query'} failed: {_one_line(str(error))}") from error
    if path.is_file():
        _save(store, path, file_prefixes)
    return Answer(None, names)


def warnings(text: str, *, update: bool = False) -> list[str]:
    """What looks mistyped in a query or update that parses: terms its vocabularies do not define (kg.terms).

    Called apart from `run`: rdflib's parser caches exceptions whose frames would keep run's store open."""
    tree = _parse_tree(text, update)
    return undefined_terms(tree, PREFIXES) if tree is not None else []


def prefixed(iri: str, names: dict[str, str]) -> str:
    """`iri` as prefix:local with the longest matching namespace (local names may hold '/'), else <iri>."""
    matches = [(len(namespace), name) for name, namespace in names.items()
               if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri[len(namespace):])]
    if not matches:
        return f"<{iri}>"
    length, name = max(matches)
    return f"{name}:{iri[length:]}"


def _explain(text: str, error: SyntaxError, *, is_update: bool) -> str:
    """One line saying what is wrong: an update without --update (or the reverse), an unknown prefix, or where the syntax fails."""
    message = _one_line(str(error))
    position = _POSITION.match(message)
    where = f"line {position[1]}, column {position[2]}" if position else "unknown position"
    detail = message[position.end():] if position else message
    tree = _parse_tree(text, is_update)
    if tree is None and _parse_tree(text, not is_update) is not None:
        return ("this is a SPARQL query, not an UPDATE: run it without --update" if is_update
                else "this is a SPARQL UPDATE: pass --update to change the graph")
    unknown = _unknown_prefix(tree) if tree is not None else None
    if unknown is not None:
        return (f"unknown prefix '{unknown}:' at {where}; declare it with PREFIX {unknown}: <...> "
                f"(predeclared: {', '.join(sorted(PREFIXES))})")
    if tree is None and (stop := _stop(text, is_update)) is not None:
        where, detail = stop
    if len(detail) > 160:
        detail = detail[:157] + "..."
    slash = _SLASHED_NAME.search(text)
    hint = (f" (a prefixed name cannot hold '/': write <{slash[2]}> for {slash[1]}:{slash[2]}, "
            "relative IRIs resolve against res:)" if slash else "")
    return f"SPARQL syntax error at {where}: {detail}{hint}"


def _stop(text: str, is_update: bool) -> tuple[str, str] | None:
    """(where, "unexpected 'WORD'") at the word rdflib's parser stops at (with the keyword it may be a typo of),
    or None if rdflib parses the text or nests deeper than its recursive parser goes."""
    try:
        (parseUpdate if is_update else parseQuery)(text)
        return None
    except RecursionError:
        return None
    except ParseBaseException as error:
        where = f"line {error.lineno}, column {error.col}"
        found = _WORD.match(text, error.loc)
    word = found[0] if found else None
    close = difflib.get_close_matches(word.upper(), KEYWORDS, n=1, cutoff=0.75) if word else []
    hint = f" (did you mean {close[0]}?)" if close and close[0] != word.upper() else ""
    return (where, f"unexpected {printable(repr(word)) if word else 'end of the query'}{hint}")


def _parse_tree(text: str, is_update: bool) -> object | None:
    """rdflib's parse tree of the query or update, or None if rdflib cannot parse it either (a syntax error, or
    nesting deeper than its recursive parser goes: Oxigraph is the judge of the query)."""
    try:
        return (parseUpdate if is_update else parseQuery)(text)
    except (ParseBaseException, RecursionError):
        return None


def _unknown_prefix(tree: object) -> str | None:
    """The first prefix the parse tree uses that it neither declares nor has predeclared."""
    declared, used = set(PREFIXES), []
    for node in nodes(tree):
        if isinstance(node, CompValue) and node.name == "PrefixDecl":
            declared.add(dict.get(node, "prefix") or "")
        elif isinstance(node, CompValue) and node.name == "pname":
            used.append(dict.get(node, "prefix") or "")
    return next((prefix for prefix in used if prefix not in declared), None)


def _save(store: Store, path: Path, file_prefixes: dict[str, str]) -> None:
    """Write the store back to `path` in its own format: temp file in the same folder, then os.replace."""
    rdf_format = graph_format(path)
    if not rdf_format.supports_datasets and any(True for _ in store.named_graphs()):
        raise QueryError(f"the update wrote named graphs, which a {rdf_format.name} file cannot hold; "
                         "use a .trig or .nq file")
    options = {} if rdf_format.supports_datasets else {"from_graph": DefaultGraph()}
    vocabulary = {name: iri for name, iri in PREFIXES.items() if name != "res"}

    def dump(temp: str) -> None:
        # like the exporter, write minted IRIs in full unless the file declared `res:`
        with open(temp, "wb") as stream:
            store.dump(stream, rdf_format, prefixes=vocabulary | file_prefixes, **options)

    replace_into(path, dump, mode=path.stat().st_mode)


def _one_line(text: str) -> str:
    return " ".join(text.split())
