"""The `kg` command line: wires the pipeline stages together and holds no logic of its own."""
from __future__ import annotations

import sys
from pathlib import Path

import click


class UserError(click.ClickException):
    """A problem with the user's input: printed as one line, exit status 1."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newskg")
def cli() -> None:
    """newskg: turn English news articles into a knowledge graph."""


# -- commands are added below, one function each ------------------------------------------


class InputError(UserError):
    """A graph or query the command cannot read (missing, unparsable, not allowed): one line, exit status 2."""

    exit_code = 2


@cli.command("validate")
@click.argument("graph", type=click.Path(path_type=Path))
def validate_command(graph: Path) -> None:
    """Check GRAPH against the newskg SHACL shapes: print each violation, exit 1 if there is any."""
    from kg.query import GraphError
    from kg.validate import load_graph, validate

    try:
        violations = validate(load_graph(graph))
    except GraphError as error:
        raise InputError(str(error)) from error
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
def query_command(graph: Path, sparql: str | None, query_file: Path | None, fmt: str, update: bool) -> None:
    """Run SPARQL over GRAPH (a .ttl/.trig/.nt/.nq/.jsonld file or an Oxigraph store folder).

    The newskg prefixes (nkg, res, schema, prov, skos, owl, rdfs, rdf, xsd, wd, sem) are predeclared.
    """
    from kg.query import GraphError, QueryError, render, run

    if sparql is None and query_file is None:
        raise InputError("no query: give it as an argument or with --file")
    if sparql is not None and query_file is not None:
        raise InputError("give the query as an argument or with --file, not both")
    try:
        text = sparql if query_file is None else query_file.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{query_file}: {error.strerror or error}") from error
    try:
        result = run(graph, text, update=update)
        click.echo(f"{graph}: updated" if result is None else render(result, fmt))
    except (GraphError, QueryError) as error:
        raise InputError(str(error)) from error


@cli.command("view")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write  [default: GRAPH with the suffix .html]")
@click.option("--focus", metavar="LABEL", help="Keep the neighbourhood of the entity with this label or alias.")
@click.option("--hops", type=click.IntRange(min=0), default=2, show_default=True, help="Radius of --focus.")
@click.option("--type", "types", metavar="CLASS", multiple=True,
              help="Keep events of this class with the entities they touch, or entities of this class; repeatable.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1500, show_default=True,
              help="Above this, show the most connected part and say so.")
def view_command(graph: Path, out: Path | None, focus: str | None, hops: int, types: tuple[str, ...],
                 max_nodes: int) -> None:
    """Write an interactive, offline HTML view of GRAPH (open it in any browser)."""
    from kg.export.html import write_html
    from kg.query import GraphError
    from kg.validate import load_graph

    try:
        data = load_graph(graph)
    except GraphError as error:
        raise InputError(str(error)) from error
    out = out or graph.with_suffix(".html")
    try:
        stats = write_html(data, out, focus=focus, hops=hops, types=set(types) or None, max_nodes=max_nodes)
    except ValueError as error:
        raise UserError(str(error)) from error
    cut = f" (the most connected part of {stats.total_nodes})" if stats.truncated else ""
    click.echo(f"{out}: {stats.nodes} nodes, {stats.edges} edges{cut}")


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli(standalone_mode=True))
