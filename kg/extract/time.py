"""Resolve time expressions ("on Friday", "two weeks ago", "later this month") against the article date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.dateforms import common_date
from kg.model import TimeRef

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

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
    from dateparser.date import DateDataParser     # imported by the first date read, not by every start

    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base,
        "PARSERS": ["relative-time", "absolute-time"]})


WEEKEND = re.compile(r"(?:(this|last|next)\s+)?weekend", re.I)
SATURDAY = 5


def weekend(text: str, base: dt.date, prefer: str) -> tuple[dt.date, str] | None:
    """'the weekend', 'this weekend', 'last weekend', 'next weekend' (dateparser reads none): its Saturday. Unmarked,
    the last one up to the base day (for the future, the coming one); on a weekend day, 'last' and 'next' are the
    weekends either side of it."""
    found = WEEKEND.fullmatch(text.strip())
    if found is None:
        return None
    on_weekend = base.weekday() >= SATURDAY
    latest = base - dt.timedelta(days=(base.weekday() - SATURDAY) % 7)
    coming = latest + dt.timedelta(weeks=not on_weekend)
    day = {"last": latest - dt.timedelta(weeks=on_weekend), "next": coming + dt.timedelta(weeks=on_weekend)}.get(
        (found.group(1) or "").lower(), coming if prefer == "future" else latest)
    return day, "day"


def parsed_date(text: str, base: dt.datetime, prefer: str) -> tuple[dt.date, str] | None:
    """(date, granularity) of `text` as dateparser reads it, relative to `base`; None when it reads none."""
    data = _parser(prefer, base).get_date_data(text) if text else None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), GRANULARITY.get(data.period or "day", "day")


DURATION = re.compile(r"^(?:(?:about|some|nearly|almost|around|roughly|more than|less than|fewer than|over|under|"
                      r"up to|at least|at most|as little as|as much as|as long as|as many as|within|for|just|only|"
                      r"another|a further|the past|the last|the next|the first|the)\s+)*"
                      r"(?:[\d,.]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                      r"forty|fifty|hundreds of|several|few|a few|a couple of)(?:[- ]\w+)?\s*"
                      r"(?:minute|hour|day|night|week|fortnight|month|year|decade|century)s?(?:'s?)?$", re.I)
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


def last_day(ref: TimeRef) -> dt.date:
    """The last day of the period: '2021' -> 2021-12-31, '2021-02' -> 2021-02-28."""
    first = ref.first_day()
    if ref.granularity == "day":
        return first
    after = dt.date(first.year + 1, 1, 1) if ref.granularity == "year" or first.month == 12 else \
        dt.date(first.year, first.month + 1, 1)
    return after - dt.timedelta(days=1)


def days_apart(a: TimeRef, b: TimeRef) -> int:
    """How many days lie between the periods of two dates (0 when they overlap)."""
    return max((a.first_day() - last_day(b)).days, (b.first_day() - last_day(a)).days, 0)


def iso(day: dt.date, granularity: str) -> str:
    """The ISO value of a day at a granularity: 2019-03-11 at "month" is 2019-03."""
    return day.isoformat()[:{"day": 10, "month": 7, "year": 4}[granularity]]


# 'days after', 'hours before': a count of short units that is not given stays within the week
UNCOUNTED_SHORT = re.compile(r"(?:a few |several |some )?(?:hours|days)", re.I)


def shifted(ref: TimeRef, duration: str, later: bool) -> TimeRef | None:
    """`ref` moved by `duration` ('one month', 'a day'), later or earlier, at the coarser of the two granularities;
    'days' or 'hours' with no count leave it where it is. None when the duration cannot be read."""
    if UNCOUNTED_SHORT.fullmatch(duration.strip()):
        return replace(ref, text="", reason=f"{ref.reason}; {duration} {'after' if later else 'before'} it")
    base = dt.datetime.combine(ref.first_day(), dt.time(12))
    found = parsed_date(f"in {duration}" if later else f"{duration} ago", base, "future" if later else "past")
    if found is None:
        return None
    day, granularity = found
    coarser = max(granularity, ref.granularity, key=GRANULARITIES.index)
    return TimeRef(iso(day, coarser), coarser, "", f"{ref.reason}; {duration} {'after' if later else 'before'} it")


def is_duration(text: str) -> bool:
    """'two years', 'several months': a length of time, not a point in time."""
    return bool(DURATION.match(text.strip()))


# '0700', 'at 1230 GMT', '2300 local time': a time of day in four digits (a leading zero, or a time zone)
CLOCK = re.compile(r"(?:(?:at|about|around|until|from|by)\s+)*(?:(0\d{3})|(?:[01]\d|2[0-3])[0-5]\d)"
                   r"(?:\s*(GMT|BST|UTC|CET|EST|EDT|PST|local time|hours|hrs))?", re.I)
DAY_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
TITLE_NOUNS = frozenset({"programme", "program", "show", "newspaper", "magazine", "broadcast", "presenter",
                         "edition", "slot"})


def is_clock(text: str) -> bool:
    """'0700', '1230 GMT': a time of day, not a year."""
    found = CLOCK.fullmatch(text.strip())
    return bool(found and (found.group(1) or found.group(2)))


def clock_time(ent: Span) -> str | None:
    """'0700', 'at 1230 GMT' (the zone may follow the entity): a time of day in four digits."""
    if any(is_clock(f"{ent.text} {ent.doc[ent.end : ent.end + n].text}") for n in (0, 1, 2)):
        return "a clock time, not a date"
    return None


def duration(ent: Span) -> str | None:
    """'21 days', 'as little as 18 days': a length of time."""
    return "a duration, not a point in time" if is_duration(ent.text) else None


def programme_name(ent: Span) -> str | None:
    """'BBC Radio 4's Today programme', 'told Today': a day word capitalised inside a sentence, or followed by a
    programme noun, names a programme or title."""
    words = [t for t in ent if not t.is_punct]
    if len(words) != 1 or words[0].lower_ not in DAY_WORDS or not words[0].is_title:
        return None
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    opens = all(t.is_punct or t.is_space for t in ent.doc[words[0].sent.start : words[0].i])
    if not opens or following in TITLE_NOUNS:
        return "the name of a programme or title, not a date"
    return None


# each rule gives its reason or None, and names the label the entity should carry instead of DATE
NOT_A_DATE = {clock_time: "TIME", duration: "DATE", programme_name: "WORK_OF_ART"}


def not_a_date(ent: Span) -> str | None:
    """Why a DATE entity of the parse names no point in time, or None when it may."""
    return next((reason for rule in NOT_A_DATE if (reason := rule(ent))), None)


def date_label(ent: Span) -> str:
    """The label a DATE entity of the parse should carry: TIME for a clock time, WORK_OF_ART for a title."""
    return next((label for rule, label in NOT_A_DATE.items() if rule(ent)), ent.label_)


def core(text: str) -> str:
    """Strip leading prepositions and hedges: 'later this month' -> 'this month'."""
    previous = None
    text = text.strip()
    while previous != text:
        previous, text = text, HEDGES.sub("", text)
    return text


def undated(text: str, published: dt.date | None) -> str | None:
    """Why `text` alone gives no date (a duration, a clock time, relative with no publication date), else None."""
    if is_duration(text):
        return "a duration, not a point in time"
    if is_clock(text):
        return "a clock time, not a date"
    if published is None and not re.search(r"\b[1-9]\d{3}\b", text):
        return "relative to a publication date the article does not give"
    return None


def why_no_date(text: str, published: dt.date | None, prefer: str = "past") -> str:
    """The reason `resolve_date` gives `text` no date ('' when it gives one)."""
    if resolve_date(text, published, prefer):
        return ""
    return undated(text, published) or "no date can be read from it"


@lru_cache(maxsize=1 << 14)   # an article tries the same few date expressions for each of its events
def resolve_date(text: str, published: dt.date | None, prefer: str = "past") -> TimeRef | None:
    """The ISO date, month or year that `text` denotes, at the granularity it was written with."""
    if undated(text, published):
        return None
    base = dt.datetime.combine(published or dt.date.today(), dt.time(12))
    if published and core(text).lower().rstrip("s") in WEEKDAYS[published.weekday()]:
        return TimeRef(published.isoformat(), "day", text, "the publication day is that weekday")
    found = common_date(core(text), base.date(), prefer) or weekend(core(text), base.date(), prefer) or \
        parsed_date(core(text), base, prefer)
    if found is None:
        return None
    day, granularity = found
    value = iso(day, granularity)
    absolute = not published or re.search(r"\b[1-9]\d{3}\b", text)
    reason = "absolute expression" if absolute else "relative to the publication date"
    return TimeRef(value, granularity, text, reason)
