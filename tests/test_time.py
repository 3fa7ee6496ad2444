"""Time expressions resolve against the publication date at their honest granularity."""
import datetime as dt

import pytest

from kg.annotate import pipeline
from kg.extract import time as kg_time
from kg.extract.dateforms import common_date
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


def test_an_events_own_date_is_no_date_of_the_next_sentence():
    from contexts import context
    from kg.extract.events.timing import time
    ctx = context(SOLD_IN_2019, {0: ("Russia", "Country"), 6: ("Egypt", "Country")}, IN_2019)
    own = time(ctx, ctx.doc[1], "Happened")
    assert (own.value, own.text) == ("2019", "2019")
    assert time(ctx, ctx.doc[7], "Happened") is None    # a year dates only what points back to it


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


def date_tags(analysis: str, *spans: tuple[int, int]) -> list[str]:
    """BIO entity tags for the parse `analysis`: each (start, end) token span is a DATE."""
    tags = ["O"] * len(analysis.strip().splitlines())
    for start, end in spans:
        tags[start:end] = ["B-DATE"] + ["I-DATE"] * (end - start - 1)
    return tags


WILL_RECEIVE_ON_FRIDAY = """
Egypt Egypt PROPN nsubj 2
will will AUX aux 2
receive receive VERB ROOT 2
jets jet NOUN dobj 2
on on ADP prep 2
Friday Friday PROPN pobj 4"""


def test_a_planned_event_reads_its_own_date_forward_and_a_past_one_back():
    from contexts import context
    from kg.extract.events.timing import time
    ctx = context(WILL_RECEIVE_ON_FRIDAY, {0: ("Egypt", "Country")}, date_tags(WILL_RECEIVE_ON_FRIDAY, (5, 6)), SATURDAY)
    assert time(ctx, ctx.doc[2], "Planned").value == "2019-09-20"
    assert time(ctx, ctx.doc[2], "Happened").value == "2019-09-13"


SOLD_THEN_DELIVERED = """
Russia Russia PROPN nsubj 1
sold sell VERB ROOT 1
jets jet NOUN dobj 1
in in ADP prep 1
2018 2018 NUM pobj 3
and and CCONJ cc 1
delivered deliver VERB conj 1
them they PRON dobj 6
in in ADP prep 6
2019 2019 NUM pobj 8"""


def test_an_events_own_date_is_the_nearest_in_its_own_phrase():
    from contexts import context
    from kg.extract.events.referents import local_tokens
    from kg.extract.events.timing import dates_in, time
    ctx = context(SOLD_THEN_DELIVERED, {0: ("Russia", "Country")}, date_tags(SOLD_THEN_DELIVERED, (4, 5), (9, 10)))
    assert [e.text for e in dates_in(ctx, local_tokens(ctx.doc[1]), ctx.doc[1])] == ["2018", "2019"]
    assert [e.text for e in dates_in(ctx, local_tokens(ctx.doc[1]), ctx.doc[9])] == ["2019", "2018"]
    assert time(ctx, ctx.doc[1], "Happened").value == "2018"
    assert time(ctx, ctx.doc[6], "Happened").value == "2019"     # not the 2018 of the verb it is joined to


BOUGHT_THEN_LATER_THAT_YEAR = """
Egypt Egypt PROPN nsubj 1
bought buy VERB ROOT 1
jets jet NOUN dobj 1
in in ADP prep 1
March March PROPN pobj 3
2019 2019 NUM nummod 4
. . PUNCT punct 1
Russia Russia PROPN nsubj 8
sold sell VERB ROOT 8
tanks tank NOUN dobj 8
later later ADV advmod 12
that that DET det 12
year year NOUN npadvmod 8
. . PUNCT punct 8"""


def test_a_period_anaphor_keeps_only_the_period_it_names_of_the_borrowed_date():
    from contexts import context
    from kg.extract.events.timing import time
    tagged = date_tags(BOUGHT_THEN_LATER_THAT_YEAR, (4, 6), (10, 13))
    ctx = context(BOUGHT_THEN_LATER_THAT_YEAR, {0: ("Egypt", "Country"), 7: ("Russia", "Country")}, tagged)
    ref = time(ctx, ctx.doc[8], "Happened")
    assert (ref.value, ref.granularity) == ("2019", "year") and "('March 2019')" in ref.reason
    plain = context(BOUGHT_THEN_LATER_THAT_YEAR, {0: ("Egypt", "Country"), 7: ("Russia", "Country")},
                    date_tags(BOUGHT_THEN_LATER_THAT_YEAR, (4, 6)))
    assert time(plain, plain.doc[8], "Happened") is None       # without the anaphor the year is not taken


THREE_PARAGRAPHS = """
Egypt Egypt PROPN nsubj 1
bought buy VERB ROOT 1
jets jet NOUN dobj 1
. . PUNCT punct 1
\\n\\n \\n\\n SPACE dep 3
Russia Russia PROPN nsubj 6
sold sell VERB ROOT 6
tanks tank NOUN dobj 6
in in ADP prep 6
March March PROPN pobj 8
2019 2019 NUM nummod 9
. . PUNCT punct 6
\\n\\n \\n\\n SPACE dep 11
China China PROPN nsubj 14
bought buy VERB ROOT 14
ships ship NOUN dobj 14
. . PUNCT punct 14"""
MENTIONS = {0: ("Egypt", "Country"), 5: ("Russia", "Country"), 13: ("China", "Country")}


def test_an_undated_event_after_the_lead_takes_the_last_date_named_before_it_never_a_later_one():
    from contexts import context
    from kg.extract.events.timing import time
    ctx = context(THREE_PARAGRAPHS, MENTIONS, date_tags(THREE_PARAGRAPHS, (9, 10)), SATURDAY)
    ref = time(ctx, ctx.doc[14], "Happened")
    assert ref.value == "2019-03" and ref.reason.endswith("the last date named earlier in the article ('March')")
    background = context(THREE_PARAGRAPHS, MENTIONS, date_tags(THREE_PARAGRAPHS, (9, 11)), SATURDAY)
    assert time(background, background.doc[14], "Happened").value == "2019-09-14"   # a year of another paragraph
    undated = context(THREE_PARAGRAPHS, MENTIONS, date_tags(THREE_PARAGRAPHS, (9, 11)))
    assert time(undated, undated.doc[1], "Happened") is None    # the lead, no publication date: nothing before it


def test_an_undated_event_after_the_lead_takes_the_leads_date_before_an_older_one():
    from contexts import context
    from kg.extract.events.timing import time
    dated_lead = THREE_PARAGRAPHS.replace("jets jet NOUN dobj 1", "Monday Monday PROPN npadvmod 1")
    ctx = context(dated_lead, MENTIONS, date_tags(dated_lead, (2, 3), (9, 10)), SATURDAY)
    ref = time(ctx, ctx.doc[14], "Happened")
    assert ref.value == "2019-09-09" and ref.reason.endswith("the date of the lead paragraph ('Monday')")
    assert time(ctx, ctx.doc[6], "Happened").value == "2019-03"    # its own date first


def test_only_a_pluperfect_takes_no_date_of_the_story():
    from contexts import context
    from kg.extract.events.timing import time
    has_ordered = context(HAD_ORDERED.replace("had have", "has have"), {0: ("Egypt", "Country")}, None, SATURDAY)
    assert time(has_ordered, has_ordered.doc[2], "Happened").value == "2019-09-14"


def test_a_date_that_an_event_is_counted_from_is_no_anchor():
    from parses import parse
    from kg.extract.events.timing import anchored
    the_day_after = """
the the DET det 1
day day NOUN npadvmod 2
after after ADP ROOT 2
the the DET det 4
vote vote NOUN pobj 2"""
    assert not anchored(parse(the_day_after, date_tags(the_day_after, (0, 2))).ents[0])
    the_day = the_day_after.replace("after after ADP", "of of ADP")     # 'the day of the vote' is that day
    assert anchored(parse(the_day, date_tags(the_day, (0, 2))).ents[0])


# -- the rules that tell a DATE entity of the parse that names no point in time ----------------------------
TOLD_TODAY = """
he he PRON nsubj 1
told tell VERB ROOT 1
Today Today PROPN dobj 1
that that SCONJ mark 5
taxes tax NOUN nsubj 5
rise rise VERB ccomp 1"""
TODAY_HE_SAID = """
Today today NOUN npadvmod 3
, , PUNCT punct 3
he he PRON nsubj 3
said say VERB ROOT 3"""
TODAY_PROGRAMME = """
Today Today PROPN compound 1
programme programme NOUN nsubj 2
reported report VERB ROOT 2"""
AT_1230_GMT = """
at at ADP ROOT 0
1230 1230 NUM pobj 0
GMT GMT PROPN npadvmod 1"""
FOR_21_DAYS = """
for for ADP ROOT 0
21 21 NUM nummod 2
days day NOUN pobj 0"""
IN_2019_ALONE = """
in in ADP ROOT 0
2019 2019 NUM pobj 0"""


NOT_A_DATE_CASES = [
    ("programme_name", TOLD_TODAY, (2, 3), "the name of a programme or title, not a date"),   # capitalised inside
    ("programme_name", TODAY_PROGRAMME, (0, 1), "the name of a programme or title, not a date"),  # a programme noun
    ("programme_name", TODAY_HE_SAID, (0, 1), None),          # opening the sentence: the day
    ("programme_name", TOLD_TODAY.replace("Today Today", "today today"), (2, 3), None),
    ("clock_time", AT_1230_GMT, (1, 2), "a clock time, not a date"),   # the zone follows the entity
    ("clock_time", IN_2019_ALONE, (1, 2), None),                        # four digits alone are a year
    ("duration", FOR_21_DAYS, (1, 3), "a duration, not a point in time"),
    ("duration", IN_2019_ALONE, (1, 2), None),
]


@pytest.mark.parametrize("rule, analysis, span, reason", NOT_A_DATE_CASES)
def test_each_not_a_date_rule(rule, analysis, span, reason):
    from kg.extract import time as times
    from parses import parse
    ent = parse(analysis, date_tags(analysis, span)).ents[0]
    assert getattr(times, rule)(ent) == reason and times.not_a_date(ent) == reason


def test_date_label_names_what_a_date_that_is_none_is():
    from kg.extract.time import date_label
    from parses import parse
    labels = [date_label(parse(a, date_tags(a, s)).ents[0]) for a, s in
              [(AT_1230_GMT, (1, 2)), (TOLD_TODAY, (2, 3)), (FOR_21_DAYS, (1, 3)), (IN_2019_ALONE, (1, 2))]]
    assert labels == ["TIME", "WORK_OF_ART", "DATE", "DATE"]


def test_every_not_a_date_rule_has_a_hand_built_parse_where_it_fires_and_one_where_it_does_not():
    from kg.extract.time import NOT_A_DATE
    cases = {(rule, reason is None) for rule, _, _, reason in NOT_A_DATE_CASES}
    assert {(rule.__name__, quiet) for rule in NOT_A_DATE for quiet in (False, True)} <= cases


COMMON_FORMS = ("2019", "1776", "2050", "March 2019", "Sept. 2001", "dec 2004", "May, 2018", "12 May 2020",
                "May 12, 2020", "Jan. 25 2021", "29 February 2024", "31 april 2020", "March", "sept", "February",
                "December", "March 11", "11 March", "Jan. 1", "February 29", "December 31", "last week", "this month",
                "Last month", "next month", "this year", "next year", "Friday", "sunday",
                "MONDAY", "yesterday", "Today", "tomorrow")
BASES = (*(dt.date(2019, 12, 25) + dt.timedelta(days=d) for d in range(0, 70, 9)),
         dt.date(2023, 12, 31), dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 11), dt.date(2024, 6, 30))


def at_granularity(found: tuple[dt.date, str] | None) -> str | None:
    """A (date, granularity) reading as the value a TimeRef would hold: '2019-03-01', 'month' -> '2019-03'."""
    if found is None:
        return None
    day, granularity = found
    return day.isoformat()[:{"day": 10, "month": 7, "year": 4}[granularity]]


@pytest.mark.parametrize("prefer", ["past", "future"])
@pytest.mark.parametrize("text", COMMON_FORMS)
def test_common_forms_read_as_dateparser_reads_them(text, prefer):
    for base in BASES:
        ours = common_date(text, base, prefer)
        if ours is not None:     # None: left to dateparser (no such day, or the base day's own weekday)
            theirs = kg_time.parsed_date(text, dt.datetime.combine(base, dt.time(12)), prefer)
            assert at_granularity(ours) == at_granularity(theirs), (text, base, prefer)


def test_common_forms_do_not_start_dateparser(monkeypatch):
    def refuse(*args):
        raise AssertionError("dateparser asked about a common form")
    monkeypatch.setattr(kg_time, "_parser", refuse)
    resolve_date.cache_clear()
    assert resolve_date("in March 2019", None).value == "2019-03"
    assert resolve_date("on Friday", SATURDAY).value == "2019-09-13"
    assert common_date("31 April 2020", SATURDAY, "past") is None     # no such day: dateparser says what it is
