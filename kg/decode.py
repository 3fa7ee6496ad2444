"""Turn the bytes of an input file into text: UTF-8 when they are, else the encoding charset-normalizer detects."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Among the encodings charset-normalizer finds plausible (for English text they differ only in the few bytes
# above 0x7F, e.g. '£'), prefer windows-1252: the WHATWG default for undeclared legacy English pages.
ENGLISH_LEGACY = "cp1252"


class NotText(ValueError):
    """Bytes that are not text in any encoding (a binary file); the message is one line for the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str       # Python codec name
    detected: bool      # True when the bytes were not UTF-8 and the encoding was guessed


def decode(data: bytes) -> Decoded:
    """The text of `data`: UTF-8 (a BOM is dropped), else the best charset-normalizer match; NotText for binary."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
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
