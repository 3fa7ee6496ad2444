"""The hand trigger lexicon is checked when it is loaded: a bad row is an error naming its file and line."""
from __future__ import annotations

import pytest

from kg.errors import LexiconError
from kg.extract.events.triggers import TRIGGERS, load_triggers

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
