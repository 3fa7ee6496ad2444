"""Resolve time expressions ("on Friday", "two weeks ago", "later this month") against the article date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from dateparser.date import DateDataParser

from kg.model import TimeRef

# Words that shift a time expression inside its period without changing the period itself.
HEDGES = re.compile(r"^(?:on|in|at|by|since|from|during|until|before|after|over|of|the|"
                    r"later|earlier|early|late|mid|end of|beginning of|start of|the end of)\s+", re.I)
WEEKDAYS = [(name, name[:3]) for name in
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")]
GRANULARITIES = ("day", "month", "year")     # finest first
GRANULARITY = {"day": "day", "part_of_day": "day", "time": "day", "week": "day", "month": "month", "year": "year"}


@lru_cache(maxsize=64)
def _parser(prefer: str, base: dt.datetime) -> DateDataParser:
    # news writes dates in words and numbers, never as timestamps or digit runs ('no-spaces-time', the
    # slowest parser): the two parsers kept give the same answers on the BBC corpus' dates in half the time
    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base,
        "PARSERS": ["relative-time", "absolute-time"]})


DURATION = re.compile(r"^(?:about |some |nearly |almost |around |more than |over |the past |the last |the next )?"
                      r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few)\s+"
                      r"(?:day|week|month|year|decade)s?$", re.I)
RELATIVE_TO_EVENT = {"after", "before", "since", "later", "earlier", "from", "until"}


# 'later in the year', 'that month', 'the same day': the period of a date named before, not of the article's date
PERIOD_ANAPHOR = re.compile(r"^(?:that\s+|same\s+)?(day|month|year)$", re.I)


def period_anaphor(text: str) -> str | None:
    """The granularity an anaphoric period names ('later that year' -> 'year'), else None."""
    found = PERIOD_ANAPHOR.match(core(text))
    return found.group(1).lower() if found else None


def coarsened(ref: TimeRef, granularity: str) -> TimeRef:
    """`ref` at `granularity` when that is coarser: 2019-03 at "year" is 2019."""
    if GRANULARITIES.index(granularity) <= GRANULARITIES.index(ref.granularity):
        return ref
    return replace(ref, value=ref.value[:{"month": 7, "year": 4}[granularity]], granularity=granularity)


def is_duration(text: str) -> bool:
    """'two years', 'several months': a length of time, not a point in time."""
    return bool(DURATION.match(text.strip()))


def core(text: str) -> str:
    """Strip leading prepositions and hedges: 'later this month' -> 'this month'."""
    previous = None
    text = text.strip()
    while previous != text:
        previous, text = text, HEDGES.sub("", text)
    return text


@lru_cache(maxsize=1 << 14)   # an article tries the same few date expressions for each of its events
def resolve_date(text: str, published: dt.date | None, prefer: str = "past") -> TimeRef | None:
    """The ISO date, month or year that `text` denotes, at the granularity it was written with."""
    if published is None and not re.search(r"\b\d{4}\b", text):
        return None
    base = dt.datetime.combine(published or dt.date.today(), dt.time(12))
    if published and core(text).lower().rstrip("s") in WEEKDAYS[published.weekday()]:
        return TimeRef(published.isoformat(), "day", text, "the publication day is that weekday")
    data = _parser(prefer, base).get_date_data(core(text)) if core(text) else None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    granularity = GRANULARITY.get(data.period or "day", "day")
    value = {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": f"{day.year:04d}"}[granularity]
    reason = "relative to the publication date" if published else "absolute expression"
    return TimeRef(value, granularity, text, reason)
