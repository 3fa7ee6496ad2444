"""User errors: what the input, the store, the network or the disk refused, said in one line.

Every error a user can cause is a KgError; the command line prints it (and nothing else is caught) in one
place, `kg.cli`. Any other exception is a bug in newskg and shows its traceback.
"""
from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and the bidirectional overrides that can reorder what a terminal shows
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe for a terminal line: controls (newlines, escapes) written as `\\n`, `\\x1b`, `\\u202e`."""
    def escape(match: re.Match) -> str:
        char = match.group()
        named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
        return named or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
    return UNPRINTABLE.sub(escape, text.encode("utf-8", "backslashreplace").decode("utf-8"))


class KgError(Exception):
    """A problem with what the user gave: shown as one line, exit status `exit_code`."""

    exit_code = 1


class LexiconError(KgError):
    """A lexicon or gazetteer file that does not hold what its format promises: the message names the file and line."""


class ReadError(KgError):
    """An input that cannot be read as articles.

    `skipped` lists the inputs already reported when the error ends a whole read (nothing was readable).
    """

    def __init__(self, message: str, skipped: list | None = None):
        super().__init__(message)
        self.skipped = skipped or []


class NotText(ReadError):
    """Bytes that are not text in any encoding (a binary file)."""


class OutputError(KgError):
    """An output file or folder that cannot be written (unwritable, full disk, the input itself).

    `reason` is the cause alone ("No space left on device"), for a caller that names the files itself."""

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        self.reason = reason or message


class StoreError(KgError):
    """A store that cannot be opened or written, or an article that is not in it."""


class EngineError(KgError):
    """The extraction engine cannot run (a missing model, Dask not installed or not reachable)."""


class PushError(KgError):
    """The graph could not be sent to a triplestore."""


class GraphError(KgError):
    """A graph file or store that cannot be opened or parsed."""

    exit_code = 2


class QueryError(KgError):
    """A query that cannot be parsed or run, or that asks for what was not allowed (UPDATE, the network)."""

    exit_code = 2


class ViewError(KgError):
    """A view that cannot be made as asked (an unknown focus or class)."""


class FormatError(KgError):
    """An output format newskg does not write."""

    exit_code = 2
