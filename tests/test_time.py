"""Time expressions resolve against the publication date at their honest granularity."""
import datetime as dt

import pytest

from kg.annotate import pipeline
from kg.extract.time import coarsened, is_duration, not_a_date, period_anaphor, resolve_date, why_no_date

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


@pytest.mark.parametrize("text", ["21 days", "as little as 18 days", "within 48 hours", "the last 12 months",
                                  "up to four years", "for a couple of weeks"])
def test_lengths_of_time_give_no_date(text):
    assert is_duration(text) and resolve_date(text, SATURDAY) is None
    assert why_no_date(text, SATURDAY) == "a duration, not a point in time"


@pytest.mark.parametrize("text", ["0700", "1230 GMT", "at 2300 GMT", "0945 local time"])
def test_clock_times_are_not_years(text):
    assert resolve_date(text, SATURDAY) is None and why_no_date(text, None) == "a clock time, not a date"


def test_years_and_the_reason_a_date_was_found():
    assert resolve_date("1997", None).value == "1997" and resolve_date("2 August 2004", SATURDAY).reason == \
        "absolute expression"
    assert resolve_date("last week", SATURDAY).reason == "relative to the publication date"
    assert why_no_date("last week", None) == "relative to a publication date the article does not give"
    assert why_no_date("in 2003", None) == ""


def dates(text: str) -> dict[str, str | None]:
    """Each DATE entity the statistical model finds in `text`, with the reason it is no date (None: it may be one)."""
    nlp = pipeline()
    with nlp.select_pipes(disable=["time_expressions"]):
        doc = nlp(text)
    return {ent.text: not_a_date(ent) for ent in doc.ents if ent.label_ == "DATE"}


@pytest.mark.parametrize("text, name", [
    ("Mr Blair told BBC Radio 4's Today programme that he would stay.", "Today"),
    ("Speaking on Today, the minister said taxes would rise.", "Today"),
    ("The Today programme reported it first.", "Today"),
])
def test_a_programme_called_today_is_no_date(text, name):
    assert dates(text).get(name) == "the name of a programme or title, not a date"


@pytest.mark.parametrize("text, name", [
    ("Today, the minister said taxes would rise.", "Today"),
    ('"Today we are free," he said.', "Today"),
    ("He said today that taxes would rise.", "today"),
    ("The strike began on Monday and ended in March 2004.", "March 2004"),
])
def test_a_day_word_opening_a_sentence_or_in_lower_case_is_a_date(text, name):
    assert name in dates(text) and dates(text)[name] is None


def test_the_pipeline_labels_clock_times_and_programmes_as_what_they_are():
    doc = pipeline()("Brown told the Today programme he would deliver the Budget at 1230 GMT on 16 March.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("Today") == "WORK_OF_ART" and labels.get("1230") == "TIME"
    assert labels.get("16 March") == "DATE"


# -- the time-anchoring rules of the event reader, on hand-built parses ----------------------------------
SOLD_IN_2019 = """
Russia Russia PROPN nsubj 1
sold sell VERB ROOT 1
jets jet NOUN dobj 1
in in ADP prep 1
2019 2019 NUM pobj 3
. . PUNCT punct 1
Egypt Egypt PROPN nsubj 7
bought buy VERB ROOT 7
jets jet NOUN dobj 7
. . PUNCT punct 7"""
IN_2019 = ["O", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"]


def test_an_events_own_date_and_one_borrowed_from_earlier_in_the_paragraph():
    from contexts import context
    from kg.extract.events.timing import time
    ctx = context(SOLD_IN_2019, {0: ("Russia", "Country"), 6: ("Egypt", "Country")}, IN_2019)
    own = time(ctx, ctx.doc[1], "Happened")
    assert (own.value, own.text) == ("2019", "2019")
    borrowed = time(ctx, ctx.doc[7], "Happened")
    assert borrowed.value == "2019" and borrowed.text == "" and "earlier in the paragraph" in borrowed.reason


def test_in_the_lead_paragraph_an_undated_event_takes_the_publication_date():
    from contexts import context
    from kg.extract.events.timing import time
    ctx = context(SOLD_IN_2019.replace("2019 2019 NUM pobj 3", "Cairo Cairo PROPN pobj 3"),
                  {0: ("Russia", "Country")}, None, SATURDAY)
    ref = time(ctx, ctx.doc[1], "Happened")
    assert (ref.value, ref.reason) == ("2019-09-14", "lead paragraph: the publication date")


HAD_ORDERED = """
Egypt Egypt PROPN nsubj 2
had have AUX aux 2
ordered order VERB ROOT 2
jets jet NOUN dobj 2"""


def test_a_pluperfect_event_takes_no_date_of_the_story():
    from contexts import context
    from kg.extract.events.timing import time
    ctx = context(HAD_ORDERED, {0: ("Egypt", "Country")}, None, SATURDAY)
    assert time(ctx, ctx.doc[2], "Happened") is None


SAID_ON_FRIDAY = """
Egypt Egypt PROPN nsubj 1
said say VERB ROOT 1
on on ADP prep 1
Friday Friday PROPN pobj 2
jets jet NOUN nsubj 7
would would AUX aux 7
soon soon ADV advmod 7
arrive arrive VERB ccomp 1"""
ON_FRIDAY = ["O", "O", "O", "B-DATE", "O", "O", "O", "O"]


def test_a_date_borrowed_from_the_governing_clause_only_from_one_that_happened_and_not_after_publication():
    from contexts import context
    from kg.extract.events.timing import borrowed, governing_date
    ctx = context(SAID_ON_FRIDAY, {0: ("Egypt", "Country")}, ON_FRIDAY, SATURDAY)
    ref = governing_date(ctx, ctx.doc[7], ctx.doc[7], "Planned")
    assert ref.value == "2019-09-13" and "a clause governing it ('Friday')" in ref.reason
    never = context(SAID_ON_FRIDAY.replace("Egypt Egypt PROPN nsubj", "never never ADV neg"), {}, ON_FRIDAY, SATURDAY)
    assert borrowed(never, never.dates[0], "Planned") is None   # 'never said on Friday': the date of nothing
    later = context(SAID_ON_FRIDAY.replace("Friday Friday PROPN", "2020 2020 NUM"), {0: ("Egypt", "Country")},
                    ON_FRIDAY, SATURDAY)
    assert borrowed(later, later.dates[0], "Planned").value == "2020"
    assert borrowed(later, later.dates[0], "Happened") is None   # after publication: no date of a happening


def test_anchored_dates_and_the_clause_of_a_token():
    from kg.extract.events.timing import anchored, clause_of
    from parses import parse
    doc = parse(SOLD_IN_2019, IN_2019)
    assert anchored(doc.ents[0]) and clause_of(doc[4]).text == "sold"
    length = parse("""
for for ADP ROOT 0
two two NUM nummod 2
years year NOUN pobj 0""", ["O", "B-DATE", "I-DATE"])
    assert not anchored(length.ents[0])
