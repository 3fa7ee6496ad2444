"""The hand trigger lexicon is checked when it is loaded: a bad row is an error naming its file and line."""
from __future__ import annotations

import pytest

from kg.errors import LexiconError
from kg.extract.events.triggers import TRIGGERS, hand_trigger, load_triggers
from kg.vocab import EventClass
from parses import parse

HEADER = "lemma,pos,class,cameo,subject,object,preps,needs,confidence\n"
GOOD = "buy,VERB,ArmsTransfer,062,agent,item,from=target,item|prep:from|party:Country,0.8\n"


def lexicon(tmp_path, *rows: str):
    path = tmp_path / "triggers.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_good_row_loads(tmp_path):
    [buy] = load_triggers(lexicon(tmp_path, GOOD))[("buy", "VERB")]
    assert buy.needs == ("item", "prep:from", "party:Country") and buy.preps == {"from": "target"}


@pytest.mark.parametrize("row, problem", [
    ("buy,VERB,Purchase,062,agent,item,,,0.8\n", "unknown class 'Purchase'"),
    ("buy,VERB,ArmsTransfer,062,agent,item,,preposition:from,0.8\n", "unknown need kind 'preposition'"),
    ("buy,VERB,ArmsTransfer,062,agent,item,,items,0.8\n", "unknown need 'items'"),
    ("buy,VERB,ArmsTransfer,062,agent,item,,party:State,0.8\n", "unknown entity class 'State'"),
])
def test_a_bad_row_names_file_and_line(tmp_path, row, problem):
    path = lexicon(tmp_path, GOOD, row)
    with pytest.raises(LexiconError, match=rf"triggers\.csv:3: {problem}"):
        load_triggers(path)


def test_the_bundled_lexicon_loads():
    assert ("buy", "VERB") in TRIGGERS


@pytest.mark.parametrize("count", ["four - day", "24 - hour", "three - week"])
def test_a_strike_counted_in_hours_days_or_weeks_is_a_labour_strike(count):
    number, dash, unit = count.split()
    strike = parse(f"""
a a DET det 4
{number} {number} NUM nummod 3
{dash} {dash} PUNCT punct 3
{unit} {unit} NOUN compound 4
strike strike NOUN ROOT 4""")[4]
    assert hand_trigger(None, strike).cls == EventClass.Protest   # the parse splits '24-hour': its unit counts


def test_a_strike_with_no_labour_modifier_is_military():
    strike = parse("""
an an DET det 2
air air NOUN compound 2
strike strike NOUN ROOT 2""")[2]
    assert hand_trigger(None, strike).cls == EventClass.MilitaryAction
