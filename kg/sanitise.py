"""The one text-sanitising step at reading: every string an input gives (text, title, id, file name) passes here.

After it, a string is valid Unicode (a lone surrogate, which JSON allows and scrapers produce, becomes U+FFFD),
NFC-normalised, free of control characters (tab and newline kept in article text only), and bounded: no
"word" is longer than MAX_WORD characters and no one-line field longer than its cap.
"""
from __future__ import annotations

import re
import unicodedata

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# control characters that no article means (tab and newline kept): they would break XML exports and views
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
LINE_BREAKS = re.compile(r"[\t\n\x0b-\r\x85\u2028\u2029]+")
# No word of a news story is this long (the longest run of non-space characters in the 2,225 BBC News articles
# has 32); a longer run (a base64 blob, a hostile name) is cut into pieces this long, so labels and IRIs stay bounded.
MAX_WORD = 200
LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
MAX_TITLE = 1_000   # characters of a headline
MAX_ID = 200        # characters of an article identifier


def valid_unicode(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (it cannot be written as UTF-8)."""
    return LONE_SURROGATE.sub("\ufffd", text)


def cut_long_words(text: str) -> str:
    """Every run of more than MAX_WORD non-space characters cut into pieces of MAX_WORD, nothing dropped."""
    return LONG_WORD.sub(lambda m: " ".join(m[0][i:i + MAX_WORD] for i in range(0, len(m[0]), MAX_WORD)), text)


def article_text(text: str) -> str:
    """Article text: valid, NFC, Unix line ends, no control characters but tab and newline, no overlong word."""
    text = valid_unicode(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return cut_long_words(CONTROL.sub("", unicodedata.normalize("NFC", text)))


def one_line(text: str, limit: int) -> str:
    """A one-line field (title, identifier): valid, NFC, line breaks as spaces, no controls, at most `limit`."""
    text = CONTROL.sub("", LINE_BREAKS.sub(" ", unicodedata.normalize("NFC", valid_unicode(text)))).strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def file_name(path: object) -> str:
    """A path as text that can be written anywhere: undecodable bytes of the name (kept by Python as
    surrogates) become U+FFFD. Control characters are kept (the name must still find the file); terminal
    output escapes them (kg.errors.printable)."""
    return valid_unicode(str(path))
