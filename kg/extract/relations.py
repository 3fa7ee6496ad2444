"""Relations between entities: offices, alliances, weapons' makers and origins, places."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.errors import LexiconError
from kg.extract.deeds import deed_facts
from kg.extract.memberships import listed_members
from kg.extract.offices import office_facts
from kg.extract.places import dateline_only, place_facts
from kg.gazetteer import Gazetteer
from kg.model import Fact
from kg.resolve import TokenIndex
from kg.vocab import EntityClass, Relation

WINDOW = 4   # tokens searched on either side of a relation cue
MAKERS = frozenset({EntityClass.Organization, EntityClass.Country})   # a company, or a country's industry
COURTS = frozenset({"court", "tribunal"})   # head words of a court's name: its parties are no members


def cue_facts(doc: Doc, index: TokenIndex) -> list[Fact]:
    """Relations signalled by a cue word between two entity mentions (made by, ally, member)."""
    facts: list[Fact] = []
    for token in doc:
        relation = CUES.get(token.lower_)
        if relation is None:
            continue
        sent = token.sent
        left = [t for t in doc[max(sent.start, token.i - WINDOW):token.i]]
        right = [t for t in doc[token.i + 1:min(sent.end, token.i + 1 + WINDOW)]]
        facts += CUE_RULES[relation](token, left, right, index)
    return facts


def maker_facts(cue: Token, left: list[Token], right: list[Token], index: TokenIndex) -> list[Fact]:
    """"Russian-made S-400", "S-400 made by Almaz-Antey" → maker (a company) or origin (a country)."""
    hyphenated = cue.i > 0 and cue.nbor(-1).text == "-"
    if hyphenated:   # "Russian-made S-400", "Dassault-built Rafale"
        makers = index.in_span(left[-2:], MAKERS)
        weapons = (index.in_span(right, {EntityClass.WeaponSystem})[:1]
                   or index.in_span(left, {EntityClass.WeaponSystem})[-1:])
    else:            # "S-400 made by Almaz-Antey", "Eurofighter built by Leonardo, BAE Systems and Airbus"
        if not right or right[0].lower_ != "by":
            return []
        weapons = index.in_span(left + [cue.head], {EntityClass.WeaponSystem})[-1:]
        makers = index.in_span(cue.sent[right[0].i - cue.sent.start:], MAKERS)
        makers = [m for m in makers if m in index.in_span(right[0].subtree, MAKERS)]
    facts = []
    for weapon in weapons:
        for maker in makers:
            country = index.entities[maker].cls == EntityClass.Country
            relation = Relation.originCountry if country else Relation.manufacturer
            facts.append(Fact(weapon, relation, maker, True, cue.sent.text))
    return facts


def alliance_facts(cue: Token, left: list[Token], right: list[Token], index: TokenIndex) -> list[Fact]:
    """"Ankara's NATO ally the United States" → allyOf, and memberOf NATO for both."""
    before = index.in_span(left, {EntityClass.Country})
    after = index.in_span(right, {EntityClass.Country})
    orgs = index.in_span(left[-2:], {EntityClass.Organization})
    facts = []
    if before and after and before[-1] != after[0]:
        facts.append(Fact(before[-1], Relation.allyOf, after[0], True, cue.sent.text))
    for org in orgs:
        for country in before[-1:] + after[:1]:
            facts.append(Fact(country, Relation.memberOf, org, True, cue.sent.text))
    return facts


def membership_facts(cue: Token, left: list[Token], right: list[Token], index: TokenIndex) -> list[Fact]:
    """"NATO member Turkey", "Turkey, a member of NATO"."""
    orgs_left = index.in_span(left[-2:], {EntityClass.Organization})
    if orgs_left:
        countries = index.in_span(right[:3], {EntityClass.Country})
        return [Fact(c, Relation.memberOf, o, True, cue.sent.text) for c in countries for o in orgs_left]
    if right and right[0].lower_ == "of":
        orgs = index.in_span(right[1:4], {EntityClass.Organization})
        countries = index.in_span(left, {EntityClass.Country})[-1:]
        return [Fact(c, Relation.memberOf, o, True, cue.sent.text) for c in countries for o in orgs]
    return []


def possessive_maker_facts(doc: Doc, index: TokenIndex) -> list[Fact]:
    """"Lockheed Martin's F-35A", "Boeing's F/A-18 Super Hornet" → manufacturer."""
    facts = []
    for token in doc:
        if token.tag_ != "POS" or token.i == 0:
            continue
        owner = index.entity(token.i - 1)
        if owner is None or owner.cls != EntityClass.Organization:
            continue
        weapons = index.in_span(doc[token.i + 1:min(token.i + 3, token.sent.end)], {EntityClass.WeaponSystem})
        facts += [Fact(w, Relation.manufacturer, owner.label, True, token.sent.text) for w in weapons[:1]]
    return facts


def from_facts(doc: Doc, index: TokenIndex) -> list[Fact]:
    """"the Rafale from France's Dassault", "Rafale jets from France", 'the Patriot surface-to-air missile system
    from U.S. manufacturer Raytheon' → maker or origin."""
    facts = []
    for token in doc:
        if token.lower_ != "from" or (weapon := weapon_before(doc, token, index)) is None:
            continue
        source = doc[token.i + 1:min(token.i + 5, token.sent.end)]
        if index.in_span(source, {EntityClass.WeaponSystem}):
            continue   # 'bids from Boeing's F/A-18': what comes from the maker is another weapon
        after = index.in_span(source, MAKERS)
        companies = [a for a in after if index.entities[a].cls == EntityClass.Organization]
        if companies:
            facts.append(Fact(weapon, Relation.manufacturer, companies[0], True, token.sent.text))
        elif after:
            facts.append(Fact(weapon, Relation.originCountry, after[0], True, token.sent.text))
    return facts


def weapon_before(doc: Doc, token: Token, index: TokenIndex) -> str | None:
    """The weapon of the noun phrase that `token` ('from') follows: 'Rafale from', 'Rafale jets from', 'the
    Patriot surface-to-air missile system from'."""
    if index.cls(token.i - 1) == EntityClass.WeaponSystem:
        return index.label[token.i - 1]
    head = token.head
    if head.i != token.i - 1 or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    phrase = doc[max(head.left_edge.i, head.i - 8):head.i]
    weapons = [i for i in range(phrase.start, phrase.end) if index.cls(i) == EntityClass.WeaponSystem]
    if not weapons or any(t.pos_ in {"VERB", "AUX"} for t in doc[weapons[-1]:head.i]):
        return None
    return index.label[weapons[-1]]


def background_facts(doc: Doc, index: TokenIndex, gaz: Gazetteer) -> list[Fact]:
    """What the gazetteers know of the article's entities: weapons' origins and makers, places' countries (not of a
    place only the dateline names: where the story was filed is not what it tells)."""
    facts = []
    filed_at = dateline_only(doc, index)
    for entity in (e for e in index.entities.values() if e.label not in filed_at):
        if entity.cls == EntityClass.WeaponSystem and (weapon := gaz.weapon(entity.label)):
            facts += [Fact(entity.label, Relation.originCountry, gaz.countries[c].label, False)
                      for c in weapon.origins if c in gaz.countries]
            facts += [Fact(entity.label, Relation.manufacturer, m, False) for m in weapon.manufacturers]
            if weapon.category:
                facts.append(Fact(entity.label, Relation.category, weapon.category, False))
        elif entity.cls == EntityClass.Place:
            place = gaz.named_called(entity.label)
            country = (gaz.countries.get(place.iso3 or "") if place and place.cls == EntityClass.Place
                       else gaz.capital_of(entity.label))
            if country:
                facts.append(Fact(entity.label, Relation.locatedIn, country.label, False))
    return facts


def sentence_memberships(doc: Doc, index: TokenIndex, gaz: Gazetteer) -> list[Fact]:
    """A country and an organisation named in one sentence, when the gazetteer lists the membership; not a court,
    which a country is a party to and is judged by ('the Permanent Court of Arbitration ruled for the
    Philippines')."""
    facts = []
    iso = {c.label: c.iso3 for c in gaz.countries.values()}
    for sent in doc.sents:
        countries = index.in_span(sent, {EntityClass.Country})
        orgs = [org for org in index.in_span(sent, {EntityClass.Organization}) if not COURTS & set(org.lower().split())]
        for country in countries:
            members_of = gaz.memberships.get(iso.get(country, ""), set())
            facts += [Fact(country, Relation.memberOf, org, False) for org in orgs if org in members_of]
    return facts


def confirmed_makers(known: list[Fact], stated: list[Fact], doc: Doc, index: TokenIndex) -> list[Fact]:
    """The gazetteer's facts less the makers of a weapon whose maker the text states, unless the sentence that
    states it names them too ('the Patriot ... from U.S. manufacturer Raytheon' drops the gazetteer's Lockheed
    Martin; 'the Eurofighter built by Italy's Leonardo, Britain's BAE Systems and Airbus' keeps all three)."""
    named = {sent.text: set(index.in_span(sent)) for sent in doc.sents}
    confirmed: dict[str, set[str]] = {}
    for fact in (f for f in stated if f.predicate == Relation.manufacturer):
        confirmed.setdefault(fact.subject, set()).update(named.get(fact.evidence or "", {fact.object}))
    return [f for f in known if f.predicate != Relation.manufacturer or f.subject not in confirmed
            or f.object in confirmed[f.subject]]


# what each relation cue of kg/lexicon/relation_cues.csv signals, read by its rule
CUE_RULES = {Relation.manufacturer: maker_facts, Relation.allyOf: alliance_facts, Relation.memberOf: membership_facts}


def load_cues(path: Path = lexicon.HERE / "relation_cues.csv") -> dict[str, Relation]:
    """Cue word → the relation it signals; a LexiconError naming file and line for a relation no rule reads."""
    cues = {}
    for line, row in lexicon.numbered(path):
        if row["relation"] not in CUE_RULES:
            raise LexiconError(f"{path}:{line}: no rule reads relation {row['relation'].value!r}")
        cues[row["cue"]] = row["relation"]
    return cues


CUES = load_cues()


def find_facts(doc: Doc, index: TokenIndex, gaz: Gazetteer, day: dt.date | None) -> list[Fact]:
    """Every relation the article states or the gazetteers add, each once (text wins over gazetteer)."""
    stated = (office_facts(doc, index, gaz, day) + cue_facts(doc, index) + possessive_maker_facts(doc, index)
              + from_facts(doc, index) + place_facts(doc, index, gaz) + deed_facts(doc, index, gaz)
              + listed_members(doc, index))
    known = background_facts(doc, index, gaz) + sentence_memberships(doc, index, gaz)
    out: dict[tuple[str, str, str], Fact] = {}
    for fact in stated + confirmed_makers(known, stated, doc, index):
        if fact.subject == fact.object:
            continue
        out.setdefault((fact.subject, fact.predicate, fact.object), fact)
    return list(out.values())
