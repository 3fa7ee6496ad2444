"""Run the stages over articles: annotate → mentions → resolve → relations → leaders → events → assemble."""
from __future__ import annotations

import gc
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.annotate import DEFAULT_MODEL, pipeline
from kg.assemble import assemble, leaders_roles, promote_leaders
from kg.extract.coding import Coder, load_coder
from kg.extract.entities import find_mentions
from kg.extract.events import find_events
from kg.extract.relations import find_facts
from kg.errors import KgError
from kg.gazetteer import Gazetteer, load
from kg.inputs import Skip
from kg.model import Article, ArticleGraph
from kg.resolve import TokenIndex, resolve

YOUNG_GENERATION = 10_000   # container allocations between collections of the collector's youngest generation (700)
LIMIT_ENV = "NEWSKG_ARTICLE_SECONDS"    # wall-clock seconds one article's analysis may take (0: no limit)
LIMIT_SECONDS = 60.0


class Overtime(BaseException):
    """An article's analysis ran past the time limit: raised by the alarm wherever the analysis was (a
    BaseException, as KeyboardInterrupt is, so that no library's `except Exception` swallows it)."""


def article_seconds() -> float:
    """The time limit of one article's analysis, from $NEWSKG_ARTICLE_SECONDS (default 60; 0: none)."""
    given = os.environ.get(LIMIT_ENV, "").strip()
    try:
        seconds = float(given) if given else LIMIT_SECONDS
    except ValueError:
        raise KgError(f"{LIMIT_ENV}={given!r} is not a number of seconds") from None
    if not 0 <= seconds < float("inf"):
        raise KgError(f"{LIMIT_ENV}={given!r} is not a number of seconds")
    return seconds


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Overtime in the block once `seconds` of wall clock have passed (SIGALRM, so only in a process's main
    thread, as in a build and its worker processes; in another thread, a Dask worker's, and for 0: no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise Overtime(f"its analysis did not end within {seconds:g} s, so it was stopped (${LIMIT_ENV} sets the limit)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyse(doc: Doc, article: Article, gaz: Gazetteer, coder: Coder) -> ArticleGraph:
    """Everything one parsed article says, as entities, facts and events."""
    mentions = find_mentions(doc, gaz)
    # sport, entertainment: only the states and people the gazetteer knows (article.text is what doc.text would join)
    if coder.discards.story_discarded(article.text):
        mentions = [m for m in mentions if m.key is not None]
    resolution = resolve(mentions, article.id, article.published, gaz)
    index = TokenIndex.build(doc, mentions, resolution)
    facts = find_facts(doc, index, gaz, article.published)
    promote_leaders(facts, index.entities)
    facts = leaders_roles(facts, index.entities)
    events = find_events(doc, index, facts, gaz, coder, article.id, article.published)
    return assemble(article, index.entities, facts, events, gaz)


@lru_cache(maxsize=4)
def loaded(model: str) -> tuple[Language, Gazetteer, Coder]:
    """The spaCy pipeline, the gazetteer and the CAMEO coder, loaded once per process and then kept out of the
    cyclic collector's sight (gc.freeze): they live as long as the process, and each full collection would
    otherwise walk their millions of objects again (and, in a forked worker, copy the pages they lie in).
    The youngest generation is then collected every YOUNG_GENERATION allocations, not Python's 700: an article's
    analysis makes hundreds of thousands of short-lived records, which reference counting frees, and the default
    collected 170 times per 100 articles to find about 300 objects in cycles (300 articles: 0.43 CPU s, now 0.13–0.18)."""
    found = pipeline(model), load(), load_coder()
    gc.freeze()
    gc.set_threshold(YOUNG_GENERATION, *gc.get_threshold()[1:])
    return found


def extract(articles: Iterable[Article], model: str = DEFAULT_MODEL, batch_size: int = 16,
            skipped: list[Skip] | None = None) -> Iterator[ArticleGraph]:
    """Parse articles in batches with spaCy and analyse each one within the time limit (`article_seconds`): an
    article past it is noted in `skipped` and left out (without `skipped`, Overtime is raised)."""
    seconds = article_seconds()
    nlp, gaz, coder = loaded(model)
    stream = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        try:
            with time_limit(seconds):
                graph = analyse(doc, article, gaz, coder)
        except Overtime as overtime:
            if skipped is None:
                raise
            skipped.append(Skip(article.source, str(overtime)))
            continue
        yield graph
