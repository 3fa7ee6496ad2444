"""One node per referent among an article's organisations and places: a short form of a name, a gazetteer place
that opens an organisation's name ('a rally in Los Angeles' after the Los Angeles Times), and another country's
institution named by a common word (hand-built mentions and gazetteer)."""
from __future__ import annotations

from kg.gazetteer import Country, Gazetteer, Named
from kg.model import Mention
from kg.names import abbreviates, closes, opens
from kg.resolve import resolve
from kg.vocab import EntityClass

UK = Country("United Kingdom", "GBR", None, ("United Kingdom", "UK"), ("British",), ("London",))
US = Country("United States", "USA", None, ("United States", "US"), ("American",), ("Washington",))
TREASURY = Named("United States Department of the Treasury", EntityClass.Organization, ("Treasury",), None, "agency",
                 "USA")
TIMES = Named("Financial Times", EntityClass.Organization, ("FT",), None, "outlet", "GBR")
UN = Named("United Nations", EntityClass.Organization, ("U.N.",), None, "igo")
UNSC = Named("United Nations Security Council", EntityClass.Organization, ("U.N. Security Council",), None, "igo")
DEMOCRATS = Named("Democratic Party (United States)", EntityClass.Organization, ("Democratic Party",), None, "party",
                  "USA")
MOD = Named("Ministry of Defence", EntityClass.Organization, ("British Defence Ministry",), None, "agency", "GBR")
GAZ = Gazetteer(countries={"GBR": UK, "USA": US}, named=[TREASURY, TIMES, UN, UNSC, DEMOCRATS, MOD])


def mentions(*found: tuple[str, EntityClass, str | None]) -> list[Mention]:
    """Mentions of (text, class, gazetteer key), 40 characters apart, in this order."""
    return [Mention(text, i * 40, i * 40 + len(text), i, cls, key) for i, (text, cls, key) in enumerate(found)]


def nodes(found: list[Mention]) -> dict[str, EntityClass]:
    return {e.label: e.cls for e in resolve(found, "a", None, GAZ).entities.values()}


def test_a_gazetteer_place_that_opens_the_name_of_an_organisation_named_before_stays_the_place():
    found = mentions(("Los Angeles Times", EntityClass.Organization, None), ("Los Angeles", EntityClass.Place, "LA"))
    assert nodes(found) == {"Los Angeles Times": EntityClass.Organization, "LA": EntityClass.Place}


def test_another_countrys_institution_named_by_a_common_word_is_not_the_gazetteers_but_its_own_countrys():
    uk, treasury = ("UK", EntityClass.Country, "United Kingdom"), ("Treasury", EntityClass.Organization, TREASURY.label)
    assert nodes(mentions(uk, treasury)) == {"United Kingdom": EntityClass.Country, "Treasury": EntityClass.Organization}
    us = ("US", EntityClass.Country, "United States")
    assert TREASURY.label in nodes(mentions(us, treasury)) and TREASURY.label in nodes(mentions(treasury))
    times = ("FT", EntityClass.Organization, TIMES.label)   # an outlet, and no common word: read anywhere
    assert TIMES.label in nodes(mentions(us, times))


def test_the_opening_letters_of_a_one_word_name_stand_for_it():
    assert opens("Glaxo", "GlaxoSmithKline") and opens("Yugansk", "Yuganskneftegas")
    assert abbreviates("Glaxo", "GlaxoSmithKline")
    assert not opens("Glax", "GlaxoSmithKline") and not opens("Royal", "Royals") and not opens("Texas", "Texas Oil")


def test_an_organisations_name_the_gazetteer_lists_in_full_is_that_entry_and_its_closing_words_join_it():
    found = mentions(("U.N. Security Council", EntityClass.Organization, None), ("U.N.", EntityClass.Organization,
                     UN.label), ("Security Council", EntityClass.Organization, None))
    assert nodes(found) == {UNSC.label: EntityClass.Organization, UN.label: EntityClass.Organization}


def test_an_organisations_name_listed_as_another_countrys_is_not_that_entry():
    party = ("Democratic Party", EntityClass.Organization, None)
    assert DEMOCRATS.label not in nodes(mentions(("UK", EntityClass.Country, UK.label), party))
    assert DEMOCRATS.label in nodes(mentions(("US", EntityClass.Country, US.label), party))


def test_the_words_after_an_opening_abbreviation_stand_for_the_name():
    assert closes("Security Council", "U.N. Security Council") and closes("Reynolds Tobacco", "RJ Reynolds Tobacco")
    assert not closes("Football Association", "Scottish Football Association") and not closes("Congress", "US Congress")


def test_a_state_body_the_gazetteer_lists_under_another_name_keeps_the_country_and_sector_its_written_name_gives():
    found = mentions(("British Defence Ministry", EntityClass.Organization, None))
    body = resolve(found, "a", None, GAZ).entities[MOD.label]
    assert (body.country, body.sector) == (UK.label, "GOV")
