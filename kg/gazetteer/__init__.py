"""Load the bundled gazetteer data files (see SOURCES.md) into one read-only lookup."""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from kg import cache
from kg.vocab import EntityClass

DATA = Path(__file__).parent


@dataclass(frozen=True)
class Country:
    label: str
    iso3: str
    wikidata: str | None
    names: tuple[str, ...]      # label and aliases
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Leader:
    label: str
    aliases: tuple[str, ...]
    wikidata: str | None
    iso3: str
    office: str                 # head_of_state | head_of_government
    title: str
    start: dt.date | None
    end: dt.date | None

    def in_office(self, day: dt.date | None) -> bool:
        """True when `day` falls within the term (an unknown day counts as today)."""
        day = day or dt.date.today()
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Named:
    """An organisation, company, outlet, agency, party, legislature, place or government seat."""

    label: str
    cls: EntityClass            # Organization | Place | Country (seats stand for countries)
    aliases: tuple[str, ...]
    wikidata: str | None = None
    kind: str = ""
    iso3: str | None = None
    sector: str | None = None   # a force's or armed group's CAMEO/Phoenix sector code (REB, MIL...)


@dataclass(frozen=True)
class Weapon:
    label: str
    aliases: tuple[str, ...]
    category: str
    origins: tuple[str, ...]    # iso3 codes
    manufacturers: tuple[str, ...]


@dataclass(frozen=True)
class Agent:
    """A kind of actor named by a noun phrase: 'riot police' is ('riot',) + head lemma 'police', sector COP."""

    modifiers: tuple[str, ...]  # the lower-case words before the head
    head: str                   # the head noun's lemma
    sector: str


@dataclass(frozen=True)
class Sector:
    code: str
    noun: str                   # 'military': with a demonym, the label of a country's group
    group: bool                 # its actors make Group nodes (GOV does not: a government denotes its country)
    local: bool                 # without a country word, its actors belong to where they are


@dataclass(frozen=True)
class Title:
    title: str                  # lowercase surface form
    role: str
    head: bool                  # head of state or government


@dataclass(eq=False)
class Gazetteer:
    """Everything the extractor knows before it reads an article."""

    countries: dict[str, Country] = field(default_factory=dict)           # by iso3
    leaders: list[Leader] = field(default_factory=list)
    named: list[Named] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    titles: dict[str, Title] = field(default_factory=dict)                # by lowercase title
    memberships: dict[str, set[str]] = field(default_factory=dict)       # iso3 -> organisation labels
    agents: dict[str, list[Agent]] = field(default_factory=dict)         # by head lemma, longest first
    sectors: dict[str, Sector] = field(default_factory=dict)             # by code

    @cached_property
    def _index(self) -> GazetteerIndex:
        return GazetteerIndex.of(self)

    def country_by_label(self, label: str) -> Country | None:
        return self._index.country_by_label.get(label)

    def leaders_of(self, iso3: str, day: dt.date | None) -> list[Leader]:
        """Heads of state and government of `iso3` in office on `day`."""
        return [ldr for ldr in self._index.leaders_by_iso3.get(iso3, ()) if ldr.in_office(day)]

    def leaders_called(self, label: str) -> list[Leader]:
        """Every term of office of the leader with this canonical label."""
        return self._index.leaders_by_label.get(label, [])

    def named_called(self, label: str) -> Named | None:
        """The organisation, place or seat with this canonical label."""
        return self._index.named_by_label.get(label)

    def lookup(self, name: str) -> tuple[str, str] | None:
        """(entity class, canonical label) of a country, capital, organisation or place called `name`."""
        return self._index.by_name.get(name)

    def capital_of(self, name: str) -> Country | None:
        """The country whose capital is called `name`."""
        return self._index.by_capital.get(name)

    def country_around(self, label: str) -> Country | None:
        """The country a capital, place or body with this label is in or belongs to."""
        named = self.named_called(label)
        return (self.countries.get(named.iso3) if named else None) or self.capital_of(label)

    def weapon(self, label: str) -> Weapon | None:
        return self._index.weapon_by_label.get(label)

    def group_label(self, country: Country, sector: str) -> str:
        """The canonical label of a country's group: demonym and sector noun ('Israeli military')."""
        noun = self.sectors[sector].noun
        return f"{country.demonyms[0]} {noun}" if country.demonyms else f"{country.label}'s {noun}"

    def group_called(self, label: str) -> tuple[Country, Sector] | None:
        """The country and sector of the group with this canonical label."""
        return self._index.groups.get(label)


@dataclass(frozen=True)
class GazetteerIndex:
    """Dictionaries over a gazetteer's lists, so that a lookup does not scan them (first entry wins)."""

    by_name: dict[str, tuple[EntityClass, str]]
    by_capital: dict[str, Country]
    country_by_label: dict[str, Country]
    leaders_by_label: dict[str, list[Leader]]
    leaders_by_iso3: dict[str, list[Leader]]
    named_by_label: dict[str, Named]
    weapon_by_label: dict[str, Weapon]
    groups: dict[str, tuple[Country, Sector]]

    @classmethod
    def of(cls, gaz: Gazetteer) -> GazetteerIndex:
        by_name: dict[str, tuple[EntityClass, str]] = {}
        by_capital: dict[str, Country] = {}
        countries: dict[str, Country] = {}
        for country in gaz.countries.values():
            for name in country.names + country.capitals:
                by_name.setdefault(name, (EntityClass.Country, country.label))
            for capital in country.capitals:
                by_capital.setdefault(capital, country)
            countries.setdefault(country.label, country)
        named_by_label: dict[str, Named] = {}
        for named in gaz.named:
            label = named.label if named.cls != EntityClass.Country else gaz.countries[named.iso3].label
            for name in (named.label,) + named.aliases:
                by_name.setdefault(name, (named.cls, label))
            named_by_label.setdefault(named.label, named)
        leaders_by_label: dict[str, list[Leader]] = {}
        leaders_by_iso3: dict[str, list[Leader]] = {}
        for leader in gaz.leaders:
            leaders_by_label.setdefault(leader.label, []).append(leader)
            leaders_by_iso3.setdefault(leader.iso3, []).append(leader)
        weapons: dict[str, Weapon] = {}
        for weapon in gaz.weapons:
            weapons.setdefault(weapon.label, weapon)
        groups = {gaz.group_label(country, sector.code): (country, sector)
                  for country in gaz.countries.values() for sector in gaz.sectors.values() if sector.group}
        return cls(by_name, by_capital, countries, leaders_by_label, leaders_by_iso3, named_by_label, weapons, groups)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _date(cell: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((cell or "").strip()[:10])
    except ValueError:
        return None


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def dotted(abbreviation: str) -> str | None:
    """'US' -> 'U.S.': the dotted spelling of a short all-caps abbreviation."""
    if re.fullmatch(r"[A-Z]{2,3}", abbreviation):
        return ".".join(abbreviation) + "."
    return None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The bundled gazetteer, once per process (from the user cache while kg's code and data are those it was read
    from)."""
    return cache.cached_records("gazetteer", cache.package_digest(), read)


def read() -> Gazetteer:
    """Read every bundled data file."""
    gaz = Gazetteer()
    for row in _rows("countries.csv"):
        names = (row["label"],) + _split(row.get("aliases"))
        names += tuple(d for d in map(dotted, names) if d)
        gaz.countries[row["iso3"]] = Country(
            row["label"], row["iso3"], row.get("wikidata") or None, tuple(dict.fromkeys(names)),
            _split(row.get("demonyms")), _split(row.get("capitals")))
    for row in _rows("leaders.csv"):
        gaz.leaders.append(Leader(row["label"], _split(row.get("aliases")), row.get("wikidata") or None,
                                  row["iso3"], row.get("office", ""), row.get("title", ""),
                                  _date(row.get("start")), _date(row.get("end"))))
    for row in _rows("organisations.csv") + _rows("companies.csv") + _rows("parties.csv"):
        gaz.named.append(Named(row["label"], EntityClass.Organization, _split(row.get("aliases")),
                               row.get("wikidata") or None, row.get("kind", ""), row.get("iso3") or None))
    load_international(gaz)
    for row in _rows("armed_groups.csv"):
        gaz.named.append(Named(row["label"], EntityClass.Organization, _split(row.get("aliases")), None,
                               "armed_group", row.get("iso3") or None, row.get("sector") or None))
    for row in _rows("places.csv"):
        gaz.named.append(Named(row["label"], EntityClass.Place, _split(row.get("aliases")),
                               row.get("wikidata") or None, "place", row.get("iso3") or None))
    for row in _rows("seats.csv"):
        country = gaz.countries.get(row["iso3"])
        if country:
            gaz.named.append(Named(row["label"], EntityClass.Country, (), None, "seat", row["iso3"]))
    for row in _rows("weapons.csv"):
        gaz.weapons.append(Weapon(row["label"], _split(row.get("aliases")), row.get("category", ""),
                                  _split(row.get("origin")), _split(row.get("manufacturers"))))
    for row in _rows("titles.csv"):
        gaz.titles[row["title"].lower()] = Title(row["title"].lower(), row["role"], row.get("level") == "head")
    for row in _rows("memberships.csv"):
        if not row.get("qualifier"):
            gaz.memberships.setdefault(row["iso3"], set()).add(row["organisation"])
    load_agents(gaz)
    return gaz


def load_international(gaz: Gazetteer) -> None:
    """The intergovernmental bodies and NGOs of international.csv: new bodies, and more names of the bodies
    organisations.csv has (a row with one of its labels)."""
    known = {named.label: i for i, named in enumerate(gaz.named)}
    for row in _rows("international.csv"):
        aliases = _split(row.get("aliases"))
        if row["label"] in known:
            old = gaz.named[known[row["label"]]]
            gaz.named[known[row["label"]]] = replace(old, aliases=tuple(dict.fromkeys(old.aliases + aliases)))
        else:
            gaz.named.append(Named(row["label"], EntityClass.Organization, aliases, None, row["kind"]))


def load_agents(gaz: Gazetteer) -> None:
    """The sectors (sectors.csv) and the agent phrases of the sectors that make groups (agents.csv)."""
    for row in _rows("sectors.csv"):
        gaz.sectors[row["code"]] = Sector(row["code"], row["noun"], row["group"] == "yes", row["local"] == "yes")
    for row in _rows("agents.csv"):
        sector = gaz.sectors.get(row["sector"])
        if sector and sector.group:
            *modifiers, head = row["phrase"].split()
            gaz.agents.setdefault(head, []).append(Agent(tuple(modifiers), head, sector.code))
    for agents in gaz.agents.values():
        agents.sort(key=lambda agent: -len(agent.modifiers))
