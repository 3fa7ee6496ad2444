"""Read articles from .txt, .jsonl and .html files or folders into Article records, reporting what it cannot read.

Every string an input gives passes through kg.sanitise first (valid Unicode, no control characters, bounded).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import lexicon
from kg.decode import decode, decode_lines
from kg.errors import ReadError
from kg.html_input import from_html, looks_like_html
from kg.inputs import SUFFIXES, Skip, Unread, input_files, input_items
from kg.language import foreign
from kg.model import Article
from kg.sanitise import MAX_ID, MAX_TITLE, article_text as normalise, file_name, one_line

__all__ = ["ReadError", "Skip", "SUFFIXES", "input_files", "normalise", "read_inputs", "split_text"]

log = logging.getLogger(__name__)

# " date 2020-05-18 Production of ..." : a lower-case `date` and a token that starts with a digit open the file
DATE_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d\S*)\s+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a cue counts as whole words only: "sign up" is not in "design upgrades", nor "subscribe" in "oversubscribed"
BOILERPLATE_CUE = re.compile(r"\b(?:" + "|".join(re.escape(cue.lower()) for cue in lexicon.words("boilerplate.txt"))
                             + r")\b")
BOILERPLATE_WORDS = 25  # a prompt is short; a paragraph this long is story, whatever words it uses
# spaCy's parser and NER need about 1 GB of memory per 100,000 characters (nlp.max_length is 1,000,000), and
# extraction time grows faster than length: a longer text is read as consecutive parts of at most this many
# characters, cut between paragraphs. Twice the longest of 2,225 BBC News articles (25,450; median 1,934).
MAX_CHARS = 50_000
BREAKS = (r"(?<=\n\n)", r"(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u2019)]\s)", r"(?<=\s)")  # paragraph, sentence, word
ENGLISH = frozenset({"en"})


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
    """A short call-to-action paragraph: it holds a cue and either opens with it or does not end like a sentence."""
    text = paragraph.strip()
    cue = BOILERPLATE_CUE.search(text.lower())
    if cue is None or len(text.split()) >= BOILERPLATE_WORDS:
        return False
    return cue.start() == 0 or not text.endswith((".", "\u201d", '"', "?", "!"))


def clean_body(text: str, source: str = "") -> str:
    """Normalise the text and its paragraph breaks, and drop boilerplate paragraphs (saying so)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", normalise(text)) if p.strip()]
    dropped = [p for p in paragraphs if is_boilerplate(p)]
    if dropped:
        log.warning("%s: left out %d paragraph(s) of page furniture, such as %r", source, len(dropped),
                    dropped[0][:60])
    return "\n\n".join(p for p in paragraphs if not is_boilerplate(p))


def content_id(text: str) -> str:
    """A short stable hash of the article text (the article IRI is built from it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: object) -> dt.date | None:
    """A publication date: YYYY-MM-DD, alone or opening an ISO date-time ("2019-09-14T08:30:00Z"); else ReadError.

    Nothing is guessed: "20190914", "14/09/2019" and "2019-09-14garbage" are refused, not half-read."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        if ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if ISO_DATE.match(text) and text[10:11] in ("T", " "):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise ReadError(f"malformed date {one_line(text, 40)!r} (expected YYYY-MM-DD)")


def body_of(text: str, title: str | None = None, published: dt.date | None = None) -> Body:
    """The article text of a record, taken out of HTML when the record is clearly an HTML page or fragment."""
    text = normalise(text)
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
    text = clean_body(body.text, source)
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
    title = one_line(body.title, MAX_TITLE) if body.title else None
    ident = one_line(ident, MAX_ID)
    parts = split_text(text, options.max_chars)
    if len(parts) == 1:
        return [Article(id=ident, text=text, source=source, published=published, title=title)]
    log.warning("%s: %s characters is longer than one article can be; read as %d parts of at most %s characters",
                source, f"{len(text):,}", len(parts), f"{options.max_chars:,}")
    return [Article(id=f"{ident}-part{k}", text=part, source=f"{source}#part{k}", published=published,
                    title=title) for k, part in enumerate(parts, 1)]


def say_how_decoded(path: Path, encoding: str | None, replaced: int) -> None:
    """A warning when the encoding had to be guessed, or when stray bytes of a UTF-8 file were replaced."""
    if encoding is not None:
        log.warning("%s: not UTF-8; decoded as %s (detected by charset-normalizer)", file_name(path), encoding)
    if replaced:
        log.warning("%s: UTF-8 with %d stray byte(s) that are not; each became U+FFFD", file_name(path), replaced)


def read_text(path: Path) -> str:
    """The file's text, decoded; says on stderr when the encoding had to be guessed or bytes were replaced."""
    decoded = decode(path.read_bytes())
    say_how_decoded(path, decoded.encoding if decoded.detected else None, decoded.replaced)
    return decoded.text


def read_txt(path: Path, options: Options) -> Iterator[Article | Skip]:
    text = read_text(path)
    published = None
    header = DATE_HEADER.match(text)
    if header:
        try:
            published = parse_date(header.group(1))
        except ReadError as exc:
            raise ReadError(f"malformed date header 'date {one_line(header.group(1), 40)}' "
                            "(expected date YYYY-MM-DD)") from exc
        text = text[header.end():]
    yield from articles_from(body_of(text, published=published), path.stem, file_name(path), options)


def read_html(path: Path, options: Options) -> Iterator[Article | Skip]:
    page = from_html(normalise(read_text(path)))
    yield from articles_from(Body(page.text, page.title, page.published), path.stem, file_name(path), options)


def read_jsonl(path: Path, options: Options) -> Iterator[Article | Skip]:
    """One article per line, read one line at a time; a line that is not an article record is skipped on its own."""
    found, replaced = False, 0
    with path.open("rb") as stream:
        for number, line in enumerate(decode_lines(stream), 1):
            replaced += line.replaced
            if number == 1 and line.detected:
                say_how_decoded(path, line.encoding, 0)
            if not line.text.strip():
                continue
            found = True
            try:
                yield from articles_from(*record_body(line.text, path, number), options)
            except ReadError as exc:
                yield Skip(f"{file_name(path)}:{number}", str(exc))
    say_how_decoded(path, None, replaced)
    if not found:
        raise ReadError("no article records (an empty .jsonl file)")


def record_body(line: str, path: Path, number: int) -> tuple[Body, str, str]:
    """The body, id and source of one .jsonl line: a JSON object with a string "text"."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"not JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError:
        raise ReadError("not an article record (JSON nested too deeply)") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ReadError('not an article record (a JSON object with a string "text")')
    title = record.get("title") if isinstance(record.get("title"), str) and record["title"].strip() else None
    ident = str(record.get("id") or f"{path.stem}-{number}")
    return body_of(record["text"], title, parse_date(record.get("date"))), ident, f"{file_name(path)}#{number}"


READERS = {".txt": read_txt, ".jsonl": read_jsonl, ".html": read_html, ".htm": read_html}


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
        if isinstance(item, Unread):
            log.warning("%s", item)
            continue
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
        yield Skip(file_name(path), f"unsupported file type (use {', '.join(SUFFIXES)})")
        return
    try:
        yield from reader(path, options)
    except ReadError as error:
        yield Skip(file_name(path), str(error))
    except OSError as error:
        yield Skip(file_name(path), error.strerror or str(error))
