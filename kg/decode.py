"""Turn the bytes of an input file into text: UTF-8 when they mostly are, else the encoding charset-normalizer detects.

"Mostly": a file whose non-ASCII text decodes as UTF-8 more often than not is UTF-8 with a few stray bytes,
and only those bytes become U+FFFD; re-decoding the whole file in a legacy code page would turn every
correct accent and quote into mojibake.
"""
from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from charset_normalizer import from_bytes

from kg.errors import NotText

# Among the encodings charset-normalizer finds plausible (for English text they differ only in the few bytes
# above 0x7F, e.g. '£'), prefer windows-1252: the WHATWG default for undeclared legacy English pages.
ENGLISH_LEGACY = "cp1252"
HEAD = 1 << 20      # bytes of a .jsonl file its encoding is chosen on, before it is read line by line
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str       # Python codec name
    detected: bool      # True when the bytes were not UTF-8 and the encoding was guessed
    replaced: int = 0   # stray bytes of a mostly-UTF-8 input, each replaced by U+FFFD


def decode(data: bytes) -> Decoded:
    """The text of `data`: UTF-8 (a BOM is dropped; a few stray bytes replaced), else the best charset-normalizer
    match; NotText for binary."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", "replace")
        stray = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode())
        if "\x00" not in text and sum(1 for char in text if char > "\x7f" and char != REPLACEMENT) > stray:
            return Decoded(text, "utf-8", detected=False, replaced=stray)
        return detect(data)
    if "\x00" in text:  # binary, or UTF-16/32 without a byte-order mark
        return detect(data)
    return Decoded(text, "utf-8", detected=False)


def detect(data: bytes) -> Decoded:
    matches = list(from_bytes(data))
    if not matches:
        raise NotText("binary file or unknown encoding: not UTF-8 and no text encoding fits")
    best = next((m for m in matches if ENGLISH_LEGACY in m.could_be_from_charset), matches[0])
    text = str(best)
    if "\x00" in text:
        raise NotText("binary file (NUL bytes), not text")
    return Decoded(text, codecs.lookup(best.encoding).name, detected=True)


def ascii_compatible(encoding: str) -> bool:
    """True when the encoding writes ASCII (and so line ends) as ASCII bytes: lines can be decoded one by one."""
    return "\n{}".encode(encoding) == b"\n{}"


def decode_lines(stream: BinaryIO) -> Iterator[Decoded]:
    """The lines of a binary stream one at a time, in the encoding its first HEAD bytes have (see `decode`).

    Memory holds one line, not the file; only a file in an encoding that is not ASCII-compatible
    (UTF-16 or UTF-32) is decoded whole."""
    head = stream.read(HEAD)
    chosen = decode(head[:head.rfind(b"\n") + 1] or head)
    stream.seek(0)
    if not ascii_compatible(chosen.encoding):
        for line in decode(stream.read()).text.split("\n"):
            yield Decoded(line, chosen.encoding, chosen.detected)
        return
    for number, raw in enumerate(stream):
        line = raw.rstrip(b"\n")
        if chosen.detected:
            yield Decoded(line.decode(chosen.encoding, "replace"), chosen.encoding, detected=True)
            continue
        text = line.decode("utf-8-sig" if number == 0 else "utf-8", "replace")
        yield Decoded(text, "utf-8", False, text.count(REPLACEMENT) - line.count(REPLACEMENT.encode()))
