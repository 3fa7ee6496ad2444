"""Time expressions resolve against the publication date at their honest granularity."""
import datetime as dt

import pytest

from kg.extract.time import coarsened, is_duration, period_anaphor, resolve_date

SATURDAY = dt.date(2019, 9, 14)


@pytest.mark.parametrize("text, value, granularity", [
    ("on Friday", "2019-09-13", "day"),
    ("two weeks ago", "2019-08-31", "day"),
    ("later this month", "2019-09", "month"),
    ("last month", "2019-08", "month"),
    ("in July 2019", "2019-07", "month"),
    ("in 2018", "2018", "year"),
    ("last year", "2018", "year"),
    ("on Saturday", "2019-09-14", "day"),     # the publication day itself
])
def test_resolves_against_publication_date(text, value, granularity):
    ref = resolve_date(text, SATURDAY)
    assert (ref.value, ref.granularity, ref.text) == (value, granularity, text)


def test_planned_events_prefer_the_future():
    assert resolve_date("Jan. 25", dt.date(2021, 1, 14), prefer="future").value == "2021-01-25"
    assert resolve_date("Jan. 25", dt.date(2021, 1, 14), prefer="past").value == "2020-01-25"


def test_relative_expression_without_a_publication_date_is_not_guessed():
    assert resolve_date("two weeks ago", None) is None
    assert resolve_date("in March 2019", None).value == "2019-03"


def test_durations_are_not_points_in_time():
    assert is_duration("two years") and is_duration("several months")
    assert not is_duration("two years ago") and not is_duration("last week")


@pytest.mark.parametrize("text, granularity", [
    ("later in the year", "year"), ("that month", "month"), ("the same day", "day"),
    ("this year", None), ("two years", None), ("the following year", None)])
def test_anaphoric_periods_name_their_granularity(text, granularity):
    assert period_anaphor(text) == granularity


def test_coarsened_keeps_only_what_the_period_names():
    ref = resolve_date("in March 2019", SATURDAY)
    assert coarsened(ref, "year").value == "2019" and coarsened(ref, "day") == ref
