"""One node per referent among an article's organisations and places: a short form of a name, a gazetteer place
that opens an organisation's name ('a rally in Los Angeles' after the Los Angeles Times), and another country's
institution named by a common word (hand-built mentions and gazetteer)."""
from __future__ import annotations

from kg.gazetteer import Country, Gazetteer, Named
from kg.model import Mention
from kg.names import abbreviates, opens
from kg.resolve import resolve
from kg.vocab import EntityClass

UK = Country("United Kingdom", "GBR", None, ("United Kingdom", "UK"), ("British",), ("London",))
US = Country("United States", "USA", None, ("United States", "US"), ("American",), ("Washington",))
TREASURY = Named("United States Department of the Treasury", EntityClass.Organization, ("Treasury",), None, "agency",
                 "USA")
TIMES = Named("Financial Times", EntityClass.Organization, ("FT",), None, "outlet", "GBR")
GAZ = Gazetteer(countries={"GBR": UK, "USA": US}, named=[TREASURY, TIMES])


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
