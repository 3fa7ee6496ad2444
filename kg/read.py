"""Read articles from .txt, .jsonl and .html files or folders into Article records, reporting what it cannot read."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import lexicon
from kg.decode import NotText, decode
from kg.html_input import from_html, looks_like_html
from kg.language import foreign
from kg.model import Article

log = logging.getLogger(__name__)

# " date 2020-05-18 Production of ..." : a lower-case `date` and a token that starts with a digit open the file
DATE_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d\S*)\s+")
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
BOILERPLATE_CUES = tuple(cue.lower() for cue in lexicon.words("boilerplate.txt"))
# control characters that no article means (tab and newline kept): they would break XML exports and views
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# spaCy's parser and NER need about 1 GB of memory per 100,000 characters (nlp.max_length is 1,000,000), and
# extraction time grows faster than length: a longer text is read as consecutive parts of at most this many
# characters, cut between paragraphs. Twice the longest of 2,225 BBC News articles (25,450; median 1,934).
MAX_CHARS = 50_000
BREAKS = (r"(?<=\n\n)", r"(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u2019)]\s)", r"(?<=\s)")  # paragraph, sentence, word
ENGLISH = frozenset({"en"})


class ReadError(ValueError):
    """An input that cannot be read as articles; the message is one line for the user.

    `skipped` lists the inputs already reported when the error ends a whole read (nothing was readable).
    """

    def __init__(self, message: str, skipped: list[Skip] | None = None):
        super().__init__(message)
        self.skipped = skipped or []


@dataclass(frozen=True)
class Skip:
    """An input (a file, or one line of a .jsonl file) that was reported and left out of the build."""

    source: str
    reason: str


@dataclass(frozen=True)
class Options:
    """How to read: the date for undated articles and the languages to accept (None: any)."""

    default_date: dt.date | None = None
    languages: frozenset[str] | None = ENGLISH
    max_chars: int = MAX_CHARS


@dataclass
class Body:
    """What one input record says before it becomes Article records."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    notes: list[str] = field(default_factory=list)


def is_boilerplate(paragraph: str) -> bool:
    """A short call-to-action paragraph that does not end like a sentence of the story."""
    text = paragraph.strip()
    lower = text.lower()
    if not any(cue in lower for cue in BOILERPLATE_CUES):
        return False
    return not text.endswith((".", "\u201d", '"', "?", "!")) or len(text.split()) < 25


def normalise(text: str) -> str:
    """NFC, Unix line ends, and no control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return CONTROL.sub("", unicodedata.normalize("NFC", text))


def clean_body(text: str) -> str:
    """Drop boilerplate paragraphs and normalise paragraph breaks."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", normalise(text)) if p.strip()]
    return "\n\n".join(p for p in paragraphs if not is_boilerplate(p))


def content_id(text: str) -> str:
    """A short stable hash of the article text (the article IRI is built from it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ReadError(f"malformed date {value!r} (expected YYYY-MM-DD)") from exc


def body_of(text: str, title: str | None = None, published: dt.date | None = None) -> Body:
    """The article text of a record, taken out of HTML when the record is clearly an HTML page or fragment."""
    if looks_like_html(text):
        page = from_html(text)
        return Body(page.text, title or page.title, published or page.published, ["HTML: took the text out of the markup"])
    return Body(text, title, published)


def split_text(text: str, limit: int, level: int = 0) -> list[str]:
    """`text` cut into parts of at most `limit` characters: between paragraphs, else sentences, else words."""
    if len(text) <= limit:
        return [text]
    if level == len(BREAKS):
        return [text[i:i + limit] for i in range(0, len(text), limit)]
    parts, current = [], ""
    for piece in re.split(BREAKS[level], text):
        if len(piece) > limit:
            *whole, current = ([current] if current else []) + split_text(piece, limit, level + 1)
            parts += whole
        elif len(current) + len(piece) > limit:
            parts.append(current)
            current = piece
        else:
            current += piece
    return [p for p in (part.strip() for part in parts + [current]) if p] if level == 0 else parts + [current]


def articles_from(body: Body, ident: str, source: str, options: Options) -> list[Article]:
    """The Article records of one body: boilerplate dropped, language checked, long texts cut into parts."""
    text = clean_body(body.text)
    if not text:
        raise ReadError("no article text")
    if options.languages is not None:
        other = foreign(text, options.languages)
        if other is not None:
            wanted = "English" if options.languages == ENGLISH else "in " + ", ".join(sorted(options.languages))
            raise ReadError(f"not {wanted}: looks like '{other.language}' ({other.confidence:.0%} sure); "
                            f"--lang {other.language} builds it")
    for note in body.notes:
        log.warning("%s: %s", source, note)
    published = body.published or options.default_date
    parts = split_text(text, options.max_chars)
    if len(parts) == 1:
        return [Article(id=ident, text=text, source=source, published=published, title=body.title)]
    log.warning("%s: %s characters is longer than one article can be; read as %d parts of at most %s characters",
                source, f"{len(text):,}", len(parts), f"{options.max_chars:,}")
    return [Article(id=f"{ident}-part{k}", text=part, source=f"{source}#part{k}", published=published,
                    title=body.title) for k, part in enumerate(parts, 1)]


def read_text(path: Path) -> str:
    """The file's text, decoded; says on stderr when the encoding had to be guessed."""
    try:
        decoded = decode(path.read_bytes())
    except NotText as exc:
        raise ReadError(str(exc)) from exc
    if decoded.detected:
        log.warning("%s: not UTF-8; decoded as %s (detected by charset-normalizer)", path, decoded.encoding)
    return decoded.text


def read_txt(path: Path, options: Options) -> Iterator[Article | Skip]:
    text = read_text(path)
    published = None
    header = DATE_HEADER.match(text)
    if header:
        try:
            published = parse_date(header.group(1))
        except ReadError as exc:
            raise ReadError(f"malformed date header 'date {header.group(1)}' (expected date YYYY-MM-DD)") from exc
        text = text[header.end():]
    yield from articles_from(body_of(text, published=published), path.stem, str(path), options)


def read_html(path: Path, options: Options) -> Iterator[Article | Skip]:
    page = from_html(read_text(path))
    yield from articles_from(Body(page.text, page.title, page.published), path.stem, str(path), options)


def read_jsonl(path: Path, options: Options) -> Iterator[Article | Skip]:
    """One article per line; a line that is not an article record is skipped on its own."""
    found = False
    for number, line in enumerate(read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        found = True
        source = f"{path}:{number}"
        try:
            yield from articles_from(*record_body(line, path, number), options)
        except ReadError as exc:
            yield Skip(source, str(exc))
    if not found:
        raise ReadError("no article records (an empty .jsonl file)")


def record_body(line: str, path: Path, number: int) -> tuple[Body, str, str]:
    """The body, id and source of one .jsonl line: a JSON object with a string "text"."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ReadError('not an article record (a JSON object with a string "text")')
    title = record.get("title") if isinstance(record.get("title"), str) and record["title"].strip() else None
    ident = str(record.get("id") or f"{path.stem}-{number}")
    return body_of(record["text"], title, parse_date(record.get("date"))), ident, f"{path}#{number}"


READERS = {".txt": read_txt, ".jsonl": read_jsonl, ".html": read_html, ".htm": read_html}


def input_items(paths: Iterable[Path], besides: Path | None = None) -> Iterator[Path | Skip]:
    """Every article file under the given files and folders, in a stable order; a Skip for a path with none.

    Files a folder holds under `besides` (the build's output folder) are not inputs."""
    skipped_folder = besides.resolve() if besides else None
    for path in paths:
        if not path.exists():
            yield Skip(str(path), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and not (skipped_folder and p.resolve().is_relative_to(skipped_folder)))
            yield from files or [Skip(str(path), f"no article files ({', '.join(SUFFIXES)}) in this folder")]
        else:
            yield path


def input_files(paths: Iterable[Path], besides: Path | None = None) -> Iterator[Path]:
    """The article files under the given files and folders (missing paths left out)."""
    return (item for item in input_items(paths, besides) if isinstance(item, Path))


def read_inputs(paths: Iterable[Path], default_date: dt.date | None = None, skipped: list[Skip] | None = None,
                *, languages: frozenset[str] | None = ENGLISH, max_chars: int = MAX_CHARS,
                besides: Path | None = None) -> Iterator[Article]:
    """Articles from every input file (none under `besides`); `default_date` fills in a missing publication date.

    With a `skipped` list, an unreadable input (a file, or a line of a .jsonl file) is recorded there
    and the rest are read; without one (strict mode), the first unreadable input raises ReadError.
    Articles confidently in a language outside `languages` are skipped (None accepts any language).
    ReadError also ends the read when no input gave an article, carrying what was skipped.
    """
    options = Options(default_date, languages, max_chars)
    reported: list[Skip] = [] if skipped is None else skipped
    count = 0
    for item in input_items(paths, besides):
        for found in read_file(item, options) if isinstance(item, Path) else [item]:
            if isinstance(found, Skip):
                if skipped is None:
                    raise ReadError(f"{found.source}: {found.reason}")
                reported.append(found)
            else:
                count += 1
                yield found
    if count == 0:
        raise ReadError("no article to build: every input was skipped" if reported else "no input given",
                        list(reported))


def read_file(path: Path, options: Options) -> Iterator[Article | Skip]:
    """The articles of one file, or a Skip saying why it (or one of its lines) cannot be read."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Skip(str(path), f"unsupported file type (use {', '.join(SUFFIXES)})")
        return
    try:
        yield from reader(path, options)
    except ReadError as error:
        yield Skip(str(path), str(error))
    except OSError as error:
        yield Skip(str(path), error.strerror or str(error))
