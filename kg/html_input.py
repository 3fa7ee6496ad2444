"""Pull the article text, headline and publication date out of an HTML page (trafilatura)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

# a page or fragment, not prose that mentions a tag: the text opens with a doctype or a tag and closes one
OPENS_WITH_MARKUP = re.compile(r"\A\s*(<!doctype\s+html|<[a-z][a-z0-9]*[\s>/])", re.IGNORECASE)
CLOSING_TAG = re.compile(r"</[a-z][a-z0-9]*\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlArticle:
    text: str                       # paragraphs separated by blank lines
    title: str | None
    published: dt.date | None       # from the page's metadata only (no guessing from the text)


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment (it opens with markup and closes a tag); prose is never HTML here."""
    return bool(OPENS_WITH_MARKUP.match(text)) and CLOSING_TAG.search(text) is not None


@lru_cache(maxsize=1)
def settings():
    """trafilatura's defaults, less its size limits and its guessing of dates from the page text."""
    from trafilatura.settings import use_config  # imported when needed: it takes most of a second

    config = use_config()
    config.set("DEFAULT", "min_extracted_size", "1")
    config.set("DEFAULT", "min_output_size", "1")
    config.set("DEFAULT", "max_file_size", str(10**10))
    config.set("DEFAULT", "extensive_date_search", "off")
    config.set("DEFAULT", "extraction_timeout", "0")
    return config


def from_html(html: str) -> HtmlArticle:
    """The main text of the page (navigation, scripts and comments dropped), its headline and its date."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                        favor_recall=True, config=settings())
    text = found.text if found is not None and found.text else ""
    if not text.strip():   # a fragment too small for the main-text heuristics: take all of its text
        text = trafilatura.html2txt(html if "<body" in html.lower() else f"<html><body>{html}</body></html>")
    title = found.title if found is not None and found.title else None
    return HtmlArticle(re.sub(r"\n+", "\n\n", text.strip()), title, metadata_date(found))


def metadata_date(found) -> dt.date | None:
    if found is None or not found.date:
        return None
    try:
        return dt.date.fromisoformat(found.date[:10])
    except ValueError:
        return None
