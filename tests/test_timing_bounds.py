"""A bound of a period or a deadline ('by 2010', 'until 2007', 'since 1997') is no date of the event it bounds."""
from __future__ import annotations

from contexts import context

from kg.extract.events.timing import time

PLEDGED_BY_2010 = """
Labour Labour PROPN nsubj 1
pledged pledge VERB ROOT 1
to to PART aux 3
spend spend VERB xcomp 1
£42bn £42bn NUM dobj 3
by by ADP prep 3
2010 2010 NUM pobj 5"""
BY_2010 = ["O", "O", "O", "O", "O", "O", "B-DATE"]


def test_a_deadline_does_not_date_the_pledge():
    ctx = context(PLEDGED_BY_2010, {0: ("Labour Party (UK)", "Organization")}, BY_2010)
    assert time(ctx, ctx.doc[1], "Happened") is None


def test_a_year_the_same_clause_names_as_a_point_still_dates_it():
    ctx = context(PLEDGED_BY_2010.replace("by by ADP", "in in ADP"), {0: ("Labour Party (UK)", "Organization")},
                  BY_2010)
    assert time(ctx, ctx.doc[1], "Happened").value == "2010"


def test_the_end_of_a_period_does_not_date_what_extends_to_it():
    ctx = context(PLEDGED_BY_2010.replace("by by ADP", "until until ADP"), {0: ("Labour Party (UK)", "Organization")},
                  BY_2010)
    assert time(ctx, ctx.doc[1], "Happened") is None


def test_the_period_a_target_is_for_does_not_date_what_reaches_it():
    ctx = context(PLEDGED_BY_2010.replace("by by ADP", "for for ADP"), {0: ("Labour Party (UK)", "Organization")},
                  BY_2010)
    assert time(ctx, ctx.doc[1], "Happened") is None
