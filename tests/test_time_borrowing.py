"""Which dates an event takes from its own clause, from elsewhere in the article, or from its publication, and when
two mentions' dates say they are different events; on hand-built parses and hand-made events."""
import datetime as dt

import pytest

from kg.extract.time import days_apart, resolve_date
from kg.model import Event, TimeRef
from kg.vocab import EventClass

MONDAY = dt.date(2014, 6, 2)
SATURDAY = dt.date(2014, 5, 31)
LATER = dt.date(2022, 3, 28)


@pytest.mark.parametrize("text, published, prefer, value", [
    ("this weekend", MONDAY, "past", "2014-05-31"),
    ("over the weekend", MONDAY, "past", "2014-05-31"),
    ("at the weekend", MONDAY, "future", "2014-06-07"),
    ("last weekend", MONDAY, "past", "2014-05-31"),
    ("next weekend", MONDAY, "future", "2014-06-07"),
    ("this weekend", SATURDAY, "future", "2014-05-31"),    # on a weekend day, its own weekend
    ("last weekend", SATURDAY, "past", "2014-05-24"),      # ... and 'last' the one before it
    ("next weekend", dt.date(2014, 6, 1), "future", "2014-06-07"),
])
def test_a_weekend_is_read_as_its_saturday(text, published, prefer, value):
    ref = resolve_date(text, published, prefer)
    assert (ref.value, ref.granularity) == (value, "day")


def test_days_apart_counts_the_gap_between_periods():
    def ref(value, granularity):
        return TimeRef(value, granularity, "")
    assert days_apart(ref("2017", "year"), ref("2018-01-05", "day")) == 5     # from 31 December 2017
    assert days_apart(ref("2024-02", "month"), ref("2024-02-29", "day")) == 0
    assert days_apart(ref("2024-02", "month"), ref("2024-03-03", "day")) == 3


REVIVAL_OF_THE_2015_DEAL = """
Envoys envoy NOUN nsubj 1
held hold VERB ROOT 1
talks talk NOUN dobj 1
on on ADP prep 2
the the DET det 5
revival revival NOUN pobj 3
of of ADP prep 5
the the DET det 9
2015 2015 NUM nummod 9
deal deal NOUN pobj 6"""
SIGNED_THE_2015_DEAL = """
Iran Iran PROPN nsubj 1
signed sign VERB ROOT 1
the the DET det 4
2015 2015 NUM nummod 4
deal deal NOUN dobj 1"""


def test_a_date_a_noun_keeps_to_itself_dates_no_other_event():
    from contexts import context
    from kg.extract.events.timing import borrowed, time
    talks = context(REVIVAL_OF_THE_2015_DEAL, {}, ["O"] * 8 + ["B-DATE", "O"], LATER)
    assert time(talks, talks.doc[1], "Happened").reason == "lead paragraph: the publication date"
    assert time(talks, talks.doc[9], "Happened").value == "2015"        # the deal's own date
    assert borrowed(talks, talks.dates[0], "Happened") is None
    signed = context(SIGNED_THE_2015_DEAL, {0: ("Iran", "Country")}, ["O"] * 3 + ["B-DATE", "O"], LATER)
    assert time(signed, signed.doc[1], "Happened").value == "2015"     # the verb's object: the verb's date
    assert borrowed(signed, signed.dates[0], "Happened").value == "2015"


def test_the_occasion_a_verb_happened_at_dates_the_verb():
    from kg.extract.events.timing import kept_by_noun
    from parses import parse
    summit = parse("""
Leaders leader NOUN nsubj 1
met meet VERB ROOT 1
at at ADP prep 1
the the DET det 5
2015 2015 NUM nummod 5
summit summit NOUN pobj 2""", ["O"] * 4 + ["B-DATE", "O"])
    assert not kept_by_noun(summit.ents[0], summit[1])
    assert kept_by_noun(parse(REVIVAL_OF_THE_2015_DEAL, ["O"] * 8 + ["B-DATE", "O"]).ents[0])   # 'revival of'


def test_a_noun_in_a_time_expression_or_after_a_preposition_owns_no_date():
    from kg.extract.events.timing import owner
    from parses import parse
    friday_morning = parse("""
Troops troop NOUN nsubj 1
left leave VERB ROOT 1
Friday Friday PROPN compound 3
morning morning NOUN npadvmod 1""", ["O", "O", "B-DATE", "B-TIME"])
    assert owner(friday_morning.ents[0]) is None
    misparsed = parse("""
On on ADP prep 3
Monday Monday PROPN compound 2
chief chief NOUN nsubj 3
accused accuse VERB ROOT 3
schools school NOUN dobj 3""", ["O", "B-DATE", "O", "O", "O"])
    assert owner(misparsed.ents[0]) is None
    assert owner(parse(SIGNED_THE_2015_DEAL, ["O"] * 3 + ["B-DATE", "O"]).ents[0]).text == "deal"


ROSE_SINCE_1997 = """
Prices price NOUN nsubj 1
rose rise VERB ROOT 1
since since ADP prep 1
1997 1997 NUM pobj 2"""


def test_a_date_that_starts_a_period_dates_its_own_clause_only():
    from contexts import context
    from kg.extract.events.timing import borrowed, time
    ctx = context(ROSE_SINCE_1997, {}, ["O", "O", "O", "B-DATE"], MONDAY)
    assert time(ctx, ctx.doc[1], "Happened").value == "1997"
    assert borrowed(ctx, ctx.dates[0], "Happened") is None


def test_with_no_date_named_before_it_an_event_takes_the_publication_date():
    from contexts import context
    from kg.extract.events.timing import time
    from test_time import MENTIONS, THREE_PARAGRAPHS
    ctx = context(THREE_PARAGRAPHS, MENTIONS, None, MONDAY)
    ref = time(ctx, ctx.doc[14], "Happened")
    assert (ref.value, ref.reason) == ("2014-06-02", "no date named before it to take: the publication date")
    assert time(context(THREE_PARAGRAPHS, MENTIONS), ctx.doc[14], "Happened") is None   # no publication date


def mention(sentence: str, time: TimeRef) -> Event:
    """A sanction of North Korea by the Security Council, read from `sentence` at `time`."""
    return Event(EventClass.Sanction, "163", "sanctions", 0, sentence, "article", agent=["UNSC"],
                 target=["North Korea"], time=time, evidence=[sentence])


def test_a_later_mention_with_its_own_date_far_from_a_borrowed_one_is_another_event():
    from kg.extract.events.coreference import merge_coreferent
    borrowed = TimeRef("2022-05-26", "day", "", "lead paragraph: the publication date")
    written = TimeRef("2017", "year", "2017", "absolute expression")
    assert len(merge_coreferent([mention("vetoed", borrowed), mention("in 2017", written)])) == 2
    assert len(merge_coreferent([mention("in 2017", written), mention("the sanctions", borrowed)])) == 1
    near = TimeRef("2022-05-24", "day", "Tuesday", "relative to the publication date")
    [merged] = merge_coreferent([mention("vetoed", borrowed), mention("on Tuesday", near)])
    assert merged.time == near and merged.evidence == ["vetoed", "on Tuesday"]   # the written date wins
    coarser = TimeRef("2022-05", "month", "this month", "relative to the publication date")
    assert merge_coreferent([mention("vetoed", borrowed), mention("this month", coarser)])[0].time == borrowed


@pytest.mark.parametrize("value, granularity, duration, later, moved", [
    ("2019-03", "month", "One month", True, "2019-04"),
    ("2022-05-26", "day", "a day", False, "2022-05-25"),
    ("2018", "year", "two weeks", True, "2018"),            # the coarser granularity
    ("2024-10-14", "day", "days", False, "2024-10-14"),     # no count of days: within the week
])
def test_a_date_shifted_by_a_duration(value, granularity, duration, later, moved):
    from kg.extract.time import shifted
    assert shifted(TimeRef(value, granularity, ""), duration, later).value == moved


SIGNED_THEN_ONE_MONTH_AFTER = """
Egypt Egypt PROPN nsubj 1
signed sign VERB ROOT 1 VBD
in in ADP prep 1
March March PROPN pobj 2
2019 2019 NUM nummod 3
\\n\\n \\n\\n SPACE dep 4
One one NUM nummod 7
month month NOUN npadvmod 8
after after SCONJ mark 10
news news NOUN nsubj 10
broke break VERB advcl 13 VBD
, , PUNCT punct 13
Pompeo Pompeo PROPN nsubj 13
warned warn VERB ROOT 13 VBD"""

A_DAY_AFTER = """
The the DET det 1
vote vote NOUN nsubj 2
came come VERB ROOT 2 VBD
on on ADP prep 2
Thursday Thursday PROPN pobj 3
a a DET det 6
day day NOUN npadvmod 9
after after SCONJ mark 9
Korea Korea PROPN nsubj 9
fired fire VERB advcl 2 VBD
missiles missile NOUN dobj 9"""


def test_an_event_counted_from_another_clause_takes_its_date_moved_by_the_duration():
    from contexts import context
    from kg.extract.events.timing import time
    from test_time import date_tags
    tags = date_tags(SIGNED_THEN_ONE_MONTH_AFTER, (3, 5), (6, 8))
    ctx = context(SIGNED_THEN_ONE_MONTH_AFTER, {0: ("Egypt", "Country")}, tags, LATER)
    ref = time(ctx, ctx.doc[13], "Happened")
    assert ref.value == "2019-04" and ref.reason.endswith("One month after it")    # a month after March 2019
    vote = context(A_DAY_AFTER, {}, ["O"] * 4 + ["B-DATE", "B-DATE", "I-DATE"] + ["O"] * 4, dt.date(2022, 5, 27))
    fired = time(vote, vote.doc[9], "Happened")
    assert fired.value == "2022-05-25" and fired.reason.endswith("a day before it")   # a day before Thursday


COMES_AFTER = """
\\n\\n \\n\\n SPACE dep 0
In in ADP ROOT 1
May May PROPN pobj 1
. . PUNCT punct 1
The the DET det 5
escalation escalation NOUN nsubj 6
comes come VERB ROOT 6 VBZ
after after SCONJ mark 9
Blinken Blinken PROPN nsubj 9
warned warn VERB advcl 6 VBD"""


def test_a_clause_in_the_present_tense_tells_the_time_of_publication():
    from contexts import context
    from kg.extract.events.timing import present, time
    ctx = context("Drills drill NOUN ROOT 0\n" + COMES_AFTER.strip(), {}, ["O", "O", "O", "B-DATE"] + ["O"] * 7, LATER)
    ref = time(ctx, ctx.doc[7], "Happened")
    assert (ref.value, ref.reason) == ("2022-03-28", "told in the present tense: the publication date")
    assert time(ctx, ctx.doc[10], "Happened").value == "2021-05"    # in the past tense: the May named before
    assert not present(context("Moscow Moscow PROPN nsubj 2\nhas have AUX aux 2 VBZ\nopposed oppose VERB ROOT 2 VBN",
                               {}).doc[2])                                          # the perfect is not the present


OVER_THE_PAST_16_YEARS = """
Over over ADP prep 7
the the DET det 4
past past ADJ amod 4
16 16 NUM nummod 4
years year NOUN pobj 0
the the DET det 6
Council council PROPN nsubj 7
tightened tighten VERB ROOT 7 VBD
sanctions sanction NOUN dobj 7"""


def test_what_happened_over_months_or_years_up_to_now_has_no_one_date():
    from contexts import context
    from kg.extract.events.timing import time
    from test_time import date_tags
    ctx = context(OVER_THE_PAST_16_YEARS, {}, date_tags(OVER_THE_PAST_16_YEARS, (1, 5)), LATER)
    assert time(ctx, ctx.doc[7], "Happened") is None
    days = OVER_THE_PAST_16_YEARS.replace("16 16 NUM", "three three NUM").replace("years year", "days day")
    ctx = context(days, {}, date_tags(days, (1, 5)), LATER)
    assert time(ctx, ctx.doc[7], "Happened").value == "2022-03-28"    # a few days: the story's own time


SOLD_IN_MARCH_THEN_BOUGHT = """
Kyiv Kyiv PROPN ROOT 0
\\n\\n \\n\\n SPACE dep 0
Russia Russia PROPN nsubj 3
sold sell VERB ROOT 3 VBD
tanks tank NOUN dobj 3
in in ADP prep 3
March March PROPN pobj 5
2019 2019 NUM nummod 6
. . PUNCT punct 3
Egypt Egypt PROPN nsubj 10
bought buy VERB ROOT 10 VBD
jets jet NOUN dobj 10"""


def test_a_date_of_the_story_carries_over_to_the_next_sentence_and_a_year_does_not():
    from contexts import context
    from kg.extract.events.timing import time
    from test_time import date_tags
    mentions = {2: ("Russia", "Country"), 9: ("Egypt", "Country")}
    march = context(SOLD_IN_MARCH_THEN_BOUGHT, mentions, date_tags(SOLD_IN_MARCH_THEN_BOUGHT, (6, 7)), LATER)
    ref = time(march, march.doc[10], "Happened")
    assert ref.value == "2022-03" and ref.reason.endswith("the last date named earlier in the paragraph ('March')")
    year = context(SOLD_IN_MARCH_THEN_BOUGHT, mentions, date_tags(SOLD_IN_MARCH_THEN_BOUGHT, (6, 8)), LATER)
    assert time(year, year.doc[3], "Happened").value == "2019-03"
    assert time(year, year.doc[10], "Happened").reason == "no date named before it to take: the publication date"
