"""One node per referent among an article's persons: misspelt names, surnames of two people, and gazetteer
leaders that a surname or a spelling variant would wrongly name (hand-built mentions and a hand-built gazetteer)."""
from __future__ import annotations

import datetime as dt

from kg.gazetteer import Gazetteer, Leader
from kg.model import Mention
from kg.people import leader_named, misspells, people_of, swapped

UNDATED = None


def mentions(*texts: str) -> list[Mention]:
    """Person mentions of these names, 30 characters apart, in this order."""
    return [Mention(t, i * 30, i * 30 + len(t), i, "Person") for i, t in enumerate(texts)]


def leader(label: str, *aliases: str, start: dt.date | None = None) -> Leader:
    return Leader(label, aliases, None, "XXX", "head_of_government", "Prime Minister", start, None)


def labels(texts: list[str], gaz: Gazetteer = Gazetteer(), day: dt.date | None = UNDATED) -> list[str | None]:
    found = mentions(*texts)
    people = people_of(found, gaz, day)
    return [people.label_for(m.text, m.start) for m in found]


def test_a_misspelt_name_joins_the_name_it_misspells_of_the_same_initials_and_a_gender_that_fits():
    assert labels(["Frederick Forsyth", "Frederic Forsythe", "Mr Forsythe", "Charles Clarke", "Charles Clark",
                   "Paradorn Srichaphan", "Scrichapan"]) == ["Frederick Forsyth"] * 3 + ["Charles Clarke"] * 2 + [
                       "Paradorn Srichaphan"] * 2
    assert labels(["Dean Jones", "Sean Jones", "John Smith", "Joan Smith", "Gordon Brown", "Brow"]) == [
        "Dean Jones", "Sean Jones", "John Smith", "Joan Smith", "Gordon Brown", "Brow"]


def test_names_are_misspelt_when_alike_or_two_neighbouring_letters_swapped():
    assert misspells("charles clark", "charles clarke") and misspells("kudja", "kujda") and swapped("kudja", "kujda")
    assert not misspells("kujda", "kujda") and not misspells("kudja", "kajdu") and not swapped("abcde", "badce")
    assert not misspells("ray", "rya") and not misspells("dean jones", "sean jones")
    assert not misspells("joan smith", "john smith") and not misspells("frederick forsyth", "forsyth")


def test_a_given_names_nickname_with_the_same_surname_is_the_same_name():
    assert misspells("freddie forsyth", "frederick forsyth") and misspells("bill clinton", "william clinton")
    assert not misspells("freddie mercury", "frederick forsyth") and not misspells("forsyth freddie", "forsyth fred")
    assert labels(["Frederick Forsyth", "Freddie Forsyth", "Forsyth"]) == ["Frederick Forsyth"] * 3


def test_of_two_persons_a_surname_fits_it_is_the_one_named_before_it_if_only_one_was():
    assert labels(["Jarek Kujda", "Kujda", "Kudja", "Malgorzata Kujda", "Kujda"]) == [
        "Jarek Kujda", "Jarek Kujda", "Jarek Kujda", "Malgorzata Kujda", "Kujda"]   # the last: neither, its own node


def test_on_an_unknown_day_a_surname_the_article_gives_another_person_in_full_is_not_the_gazetteers_leader():
    gaz = Gazetteer(leaders=[leader("Cyril Errol Charles"), leader("Stanley John")])
    assert labels(["Ray Charles", "Charles", "Sir John Bourn", "Sir John"], gaz) == [
        "Ray Charles", "Ray Charles", "John Bourn", "John Bourn"]
    assert labels(["Charles"], gaz) == ["Cyril Errol Charles"]   # no one else of the name: the leader
    assert labels(["Ray Charles", "Charles"], gaz, dt.date(2025, 1, 1)) == ["Ray Charles", "Cyril Errol Charles"]


def test_a_spelling_variant_names_a_leader_only_on_a_known_day():
    gaz = Gazetteer(leaders=[leader("Micheál Martin", "Micheal Martin", start=dt.date(2020, 6, 27))])
    assert leader_named("Micheal Martin", gaz, UNDATED).label == "Micheál Martin"   # the name itself, any day
    assert leader_named("Michael Martin", gaz, UNDATED) is None
    assert leader_named("Michael Martin", gaz, dt.date(2021, 1, 1)).label == "Micheál Martin"
    assert leader_named("Michael Martin", gaz, dt.date(2004, 1, 1)) is None   # not in office then


def test_a_transliteration_variant_and_an_honorific_with_the_given_name_join_the_full_name():
    assert misspells("mohammad bin salman", "mohammed bin salman") and misspells("mohammad", "muhammad")
    assert not misspells("mahmoud", "mohammed")
    assert labels(["Crown Prince Mohammed bin Salman", "Prince Mohammad", "Mohammad bin Salman"]) == [
        "Mohammed bin Salman"] * 3


def test_a_hyphenated_surname_broken_at_a_line_end_is_the_same_name():
    assert labels(["Linda Thomas- Greenfield", "Thomas-Greenfield", "Ms Thomas-Greenfield"]) == [
        "Linda Thomas- Greenfield"] * 3
