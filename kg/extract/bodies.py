"""State bodies: an organisation named as a country's ministry, force, legislature or embassy ('Chinese Coast
Guard', "Taiwan's Defense Ministry", 'German Parliament') belongs to that country, in the sector its last word
gives (kg/lexicon/state_bodies.csv)."""
from __future__ import annotations

from functools import lru_cache

from kg import lexicon
from kg.gazetteer import Country, Gazetteer
from kg.vocab import EntityClass

SECTORS = {row["head"]: row["sector"] for row in lexicon.rows("state_bodies.csv")}
POSSESSIVES = ("'s", "’s")


def state_body(label: str, gaz: Gazetteer) -> tuple[Country, str] | None:
    """The country and sector of an organisation whose name opens with a country or its demonym and ends with
    a state body's noun, or None."""
    words = label.split()
    sector = SECTORS.get(words[-1].lower()) if len(words) > 1 else None
    if sector is None:
        return None
    for size in range(min(3, len(words) - 1), 0, -1):
        owner = " ".join(words[:size])
        owner = next((owner[:-len(p)] for p in POSSESSIVES if owner.endswith(p)), owner)
        if country := country_named(owner, gaz):
            return country, sector
    return None


def country_named(name: str, gaz: Gazetteer) -> Country | None:
    """The country called `name` or whose people are: 'Taiwan', 'Chinese', 'South Korean'."""
    found = gaz.lookup(name)
    if found and found[0] == EntityClass.Country:
        return gaz.country_by_label(found[1])
    return demonyms(gaz).get(name)


@lru_cache(maxsize=2)
def demonyms(gaz: Gazetteer) -> dict[str, Country]:
    """Each demonym of the gazetteer's countries, for the first country that has it."""
    table: dict[str, Country] = {}
    for country in gaz.countries.values():
        for demonym in country.demonyms:
            table.setdefault(demonym, country)
    return table
