"""The `kg` command line: wires the pipeline stages together and holds no logic of its own."""
from __future__ import annotations

import sys

import click


class UserError(click.ClickException):
    """A problem with the user's input: printed as one line, exit status 1."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newskg")
def cli() -> None:
    """newskg: turn English news articles into a knowledge graph."""


# -- commands are added below, one function each ------------------------------------------


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli(standalone_mode=True))
