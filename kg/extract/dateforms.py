"""The common forms of a date ('2019', 'March 2019', '12 May 2020', 'March', 'March 11', 'last week', 'Friday',
'yesterday'), read as dateparser reads them with kg's settings (tests/test_time.py checks each form against it), so
that an article whose dates all take these forms never pays dateparser's first parse (0.2-0.3 s, compiling its time
zone and locale patterns).

A form gives (date, granularity) or None; None also when the words name no valid date or meet one of
dateparser's own turns, which then goes to dateparser as any other text does."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_NUMBER = {**{m: i for i, m in enumerate(MONTHS, 1)}, **{m[:3]: i for i, m in enumerate(MONTHS, 1)}, "sept": 9}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}

MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[1-9]|[12]\d|3[01])"
YEAR = r"(?P<year>[1-9]\d{3})"
Found = tuple[dt.date, str] | None


def day_of(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day ('31 April')."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'2019'."""
    return dt.date(int(m["year"]), 1, 1), "year"


def month_year(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'March 2019', 'Sept. 2001'."""
    return dt.date(int(m["year"]), MONTH_NUMBER[m["month"]], 1), "month"


def full_date(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'12 May 2020', 'May 12, 2020'."""
    found = day_of(int(m["year"]), MONTH_NUMBER[m["month"]], int(m["day"]))
    return (found, "day") if found else None


def nearest_year(base: dt.date, prefer: str, later: bool, earlier: bool) -> int:
    """The year of a month or day named without one: the base year, unless the named one lies after the base in it
    (`later`: the year before, for the past) or not after it (`earlier`: the year after, for the future)."""
    if prefer == "future":
        return base.year + earlier
    return base.year - later


def month_alone(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'March': the nearest one up to the base month (after it, for the future). Left to dateparser when the base's
    day is not in that month ('February' on 31 January), where it looks further for a year that has it."""
    month = MONTH_NUMBER[m["month"]]
    found = day_of(nearest_year(base, prefer, month > base.month, month <= base.month), month, base.day)
    return (found, "month") if found else None


def month_day(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'March 11', '11 March': the nearest one up to the base day (after it, for the future)."""
    month, day = MONTH_NUMBER[m["month"]], int(m["day"])
    named = day_of(base.year, month, day)
    if named is None:
        return None
    found = day_of(nearest_year(base, prefer, named > base, named <= base), month, day)
    return (found, "day") if found else None


def weekday(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'Friday': the nearest one before the base day (after it, for the future); the base day's own weekday is left
    to dateparser (kg reads it as the publication day before asking)."""
    ahead = (WEEKDAYS.index(m["weekday"]) - base.weekday()) % 7
    if ahead == 0:
        return None
    return base + dt.timedelta(days=ahead if prefer == "future" else ahead - 7), "day"


def day_word(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'yesterday', 'today', 'tomorrow'."""
    return base + dt.timedelta(days=DAY_WORDS[m["word"]]), "day"


def period_shift(m: re.Match, base: dt.date, prefer: str) -> Found:
    """'last week', 'this month', 'next year': the base moved by one period; a week is read to the day, as
    dateparser reads it. A month's shift is left to dateparser when the base's day is not in the month reached."""
    step = {"last": -1, "this": 0, "next": 1}[m["shift"]]
    if m["period"] == "week":
        return base + dt.timedelta(weeks=step), "day"
    if m["period"] == "year":
        return dt.date(base.year + step, 1, 1), "year"
    months = base.year * 12 + base.month - 1 + step
    found = day_of(months // 12, months % 12 + 1, base.day)
    return (found, "month") if found else None


# pattern (matched whole, in lower case) -> its reading
FORMS: dict[re.Pattern, Callable[[re.Match, dt.date, str], Found]] = {
    re.compile(YEAR): year,
    re.compile(rf"{MONTH},? {YEAR}"): month_year,
    re.compile(rf"{DAY} {MONTH},? {YEAR}"): full_date,
    re.compile(rf"{MONTH} {DAY},? {YEAR}"): full_date,
    re.compile(MONTH): month_alone,
    re.compile(rf"{MONTH} {DAY}"): month_day,
    re.compile(rf"{DAY} {MONTH}"): month_day,
    re.compile(r"(?P<shift>last|this|next) (?P<period>week|month|year)"): period_shift,
    re.compile(r"(?P<weekday>" + "|".join(WEEKDAYS) + ")"): weekday,
    re.compile(r"(?P<word>" + "|".join(DAY_WORDS) + ")"): day_word,
}


def common_date(text: str, base: dt.date, prefer: str) -> Found:
    """(date, granularity) of `text` in one of the common FORMS, relative to `base`; None for any other text."""
    lowered = text.lower()
    return next((read(found, base, prefer) for pattern, read in FORMS.items() if (found := pattern.fullmatch(lowered))),
                None)
