"""Read articles from .txt and .jsonl files or folders into Article records."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kg import lexicon
from kg.model import Article

DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
SUFFIXES = (".txt", ".jsonl")
BOILERPLATE_CUES = tuple(cue.lower() for cue in lexicon.words("boilerplate.txt"))


class ReadError(ValueError):
    """An input that cannot be read as articles; the message is one line for the user."""


@dataclass(frozen=True)
class Skip:
    """An input (a file, or one line of a .jsonl file) that was reported and left out of the build."""

    source: str
    reason: str


def is_boilerplate(paragraph: str) -> bool:
    """A short call-to-action paragraph that does not end like a sentence of the story."""
    text = paragraph.strip()
    lower = text.lower()
    if not any(cue in lower for cue in BOILERPLATE_CUES):
        return False
    return not text.endswith((".", "\u201d", '"', "?", "!")) or len(text.split()) < 25


def clean_body(text: str) -> str:
    """Drop boilerplate paragraphs and normalise paragraph breaks."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(p for p in paragraphs if not is_boilerplate(p))


def content_id(text: str) -> str:
    """A short stable hash of the article text (the article IRI is built from it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ReadError(f"malformed date {value!r} (expected YYYY-MM-DD)") from exc


def read_txt(path: Path) -> Iterator[Article]:
    text = path.read_text(encoding="utf-8")
    published = None
    header = DATE_HEADER.match(text)
    if header:
        published = parse_date(header.group(1))
        text = text[header.end():]
    body = clean_body(text)
    if not body:
        raise ReadError(f"{path}: no article text")
    yield Article(id=path.stem, text=body, source=str(path), published=published)


def read_jsonl(path: Path) -> Iterator[Article]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                body = clean_body(record["text"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ReadError(f"{path}:{number}: not an article record ({exc})") from exc
            if not body:
                continue
            yield Article(id=str(record.get("id") or f"{path.stem}-{number}"), text=body,
                          source=f"{path}#{number}", published=parse_date(record.get("date")),
                          title=record.get("title") or None)


READERS = {".txt": read_txt, ".jsonl": read_jsonl}


def input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every readable article file under the given files and folders, in a stable order."""
    for path in paths:
        if not path.exists():
            raise ReadError(f"{path}: no such file or folder")
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        else:
            yield path


def read_inputs(paths: Iterable[Path], default_date: dt.date | None = None,
                skipped: list[Skip] | None = None) -> Iterator[Article]:
    """Articles from every input file; `default_date` fills in a missing publication date.

    With a `skipped` list, an unreadable input is recorded there and the rest are read; without
    one (strict mode), the first unreadable input raises ReadError.
    """
    for path in input_files(paths):
        try:
            reader = READERS.get(path.suffix)
            if reader is None:
                raise ReadError(f"{path}: unsupported file type (use .txt or .jsonl)")
            for article in reader(path):
                if article.published is None and default_date is not None:
                    article = replace(article, published=default_date)
                yield article
        except (ReadError, OSError, UnicodeDecodeError) as error:
            if skipped is None:
                raise ReadError(str(error)) from error
            skipped.append(Skip(str(path), str(error)))
