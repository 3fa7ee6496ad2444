"""Offices: the title a person holds and whose office it is ('Turkish President Erdogan' → leaderOf Turkey,
'NATO Secretary General Jens Stoltenberg' → officialOf NATO), read by the finders of TITLE_FINDERS."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.actors import PUBLIC_BODIES, political
from kg.extract.titles import HONORIFICS, head_word_title, title_before
from kg.gazetteer import Gazetteer, Title
from kg.model import Entity, Fact
from kg.resolve import TokenIndex
from kg.vocab import PEOPLE, EntityClass, Relation

# 'shadow', 'former', 'acting': words before a title that stay in the role; whether its holder holds the office
QUALIFIERS: dict[str, bool] = {row["qualifier"]: row["holds_office"] == "yes" for row in lexicon.rows("title_qualifiers.csv")}
# titles any body gives ('president' of a firm, a public office only of a public body) and legislators' (none)
KINDS: dict[str, str] = {row["title"]: row["kind"] for row in lexicon.rows("title_kinds.csv")}
ANY_BODY, LEGISLATOR = "any body", "legislator"
COMPLEMENT = frozenset({"of", "for", "to"})   # 'Ambassador to the U.N.', 'Chief of the Russian General Staff'
OWNER = frozenset({"of", "for"})              # after a title, the word before whose office it is
BODIES = frozenset({"international_body", "alliance"})   # organisations whose officials are a public office's
PRIVATE = frozenset({"company", "party"})   # bodies of a country whose officials hold no office of it
NON_STATE_HEADS = frozenset({"party", "front", "movement", "brigade", "brigades", "militia", "coalition",
                             "alliance", "union", "league"})
OFFICE_HEADS = frozenset({"service", "services", "command"})   # public bodies' heads beside public_bodies.txt's
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
MAX_COMPLEMENT = 8


@dataclass(frozen=True)
class Held:
    """A title read near a person's name: the title (None for an office known only by what it answers to, 'his
    German counterpart'), its first token and the token after it, and whether it is read only with whose office
    it is (a complement that is no public body is any group's: 'spokesman for St Bernard software')."""

    title: Title | None
    start: int
    end: int
    bound: bool = False


def before_name(doc: Doc, i: int, index: TokenIndex, gaz: Gazetteer) -> Held | None:
    """'Treasury Secretary Steven Mnuchin', "Iran's Chief Nuclear Negotiator, Ali Bagheri Kani", 'National Audit
    Office chief Sir John Bourn'."""
    i -= i > 1 and doc[i - 1].lower_.rstrip(".") in HONORIFICS   # 'the Lord Chancellor, Lord Falconer'
    found = title_before(doc, i, gaz)
    return found and Held(found[0], found[1], i - (doc[i - 1].text == ","))


def with_complement(doc: Doc, i: int, index: TokenIndex, gaz: Gazetteer) -> Held | None:
    """A title whose complement comes between it and the name: 'U.S. Ambassador to the U.N. Linda
    Thomas-Greenfield', 'the Chief of the Russian Armed Forces General Staff, Valery Gerasimov'."""
    end = i - (i > 0 and doc[i - 1].text == ",")
    for p in range(end - 1, max(doc[i].sent.start, end - MAX_COMPLEMENT) - 1, -1):
        if doc[p].pos_ in {"VERB", "AUX", "PRON", "CCONJ"} or doc[p].is_punct and doc[p].text not in {"-", "."}:
            return None   # a clause or a list, not the complement of a title ('prompting the Queen to ask Wilson')
        if p < end - 1 and doc[p].lower_ in COMPLEMENT:
            found = title_before(doc, p, gaz) or head_word_title(doc, p, gaz)
            return found and Held(found[0], found[1], p, bound=True)
    return None


def appositive(doc: Doc, i: int, index: TokenIndex, gaz: Gazetteer) -> Held | None:
    """'Mnuchin, the US Treasury Secretary' / 'X, Germany's defence minister' / 'X, spokesman for the Chinese
    military's Eastern Theater Command'."""
    end = index.end(i)
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    tail = [t for t in doc[end + 1:end + 8] if not t.is_sent_start or t.i == end + 1]
    for stop in range(len(tail), 0, -1):
        last = tail[stop - 1].i + 1
        found = title_before(doc, last, gaz)
        if found and (last == len(doc) or doc[last].is_punct or doc[last].lower_ in {"and", "who"} | COMPLEMENT):
            return Held(found[0], found[1], last, bound=last < len(doc) and doc[last].lower_ in COMPLEMENT)
    return None


def counterpart(doc: Doc, i: int, index: TokenIndex, gaz: Gazetteer) -> Held | None:
    """'his German counterpart Boris Pistorius': the same office, in the country named before 'counterpart'."""
    return Held(None, i - 1, i, bound=True) if i > 0 and doc[i - 1].lower_ in COUNTERPARTS else None


# each finder reads one way a text gives a person's title; the first that finds one gives the role
TITLE_FINDERS = (before_name, with_complement, appositive, counterpart)


def body_before(doc: Doc, at: int, index: TokenIndex, gaz: Gazetteer) -> str | None:
    """The country or public body named right before a title ('US Treasury Secretary', "Germany's", 'New Zealand
    security services minister', 'NATO Secretary General', 'The European Union (EU) Coordinator')."""
    j = owner_before(doc, at)
    return body_at(j, index, gaz) if j >= 0 else None


def private_owner(doc: Doc, held: Held, index: TokenIndex, gaz: Gazetteer) -> bool:
    """Whether the name right before a title is an organisation that is no public body, or a name no mention
    stands for ('SMFG President', "Plaid Cymru's spokesman", 'Factory Workers Union secretary general'), whose
    title is no public office."""
    if (j := owner_before(doc, held.start)) < 0:
        return False
    owner = index.entity(j)
    if owner is None:
        return doc[j].pos_ == "PROPN"
    return owner.cls == EntityClass.Organization and not public_body(owner, gaz)


def owner_before(doc: Doc, at: int) -> int:
    """The token before a title's describing words, possessive and article: where whose title it is is named."""
    j = at - 1
    while j >= 0 and at - j <= 3 and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"}:
        j -= 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
        j -= 3   # an acronym in brackets: 'The European Union (EU) Coordinator'
    while j >= 0 and doc[j].tag_ == "POS" or j >= 0 and doc[j].lower_ in {"the"}:
        j -= 1
    return j


def body_after(doc: Doc, end: int, index: TokenIndex, gaz: Gazetteer) -> str | None:
    """The country or public body a title is 'of' or 'for' ('Foreign Minister of France', 'chief of staff of the
    Nigerien army', 'spokesman for the Chinese military'), after the name it comes before ('President Musharraf of
    Pakistan')."""
    if end < len(doc) and index.cls(end) in PEOPLE:
        end = index.end(end)
    if end >= len(doc) or doc[end].lower_ not in OWNER:
        return None
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    return body_at(k, index, gaz, doc[end].lower_ == "of") if k < len(doc) else None


def body_at(j: int, index: TokenIndex, gaz: Gazetteer, named_of: bool = False) -> str | None:
    """Whose office a mention at token `j` makes a title: the country it names or belongs to (a country, a group of
    it, a public body of it: 'Kremlin', 'Russian Armed Forces'), or the international body it names ('NATO'), or
    the public body a title is `named_of` ('Deputy Secretary-General of the European External Action Service'; a
    'Home Office minister' is a minister of a country the body's name does not give)."""
    entity = index.entity(j)
    if entity is None or entity.cls not in {EntityClass.Country, EntityClass.Group, EntityClass.Organization}:
        return None
    if entity.cls != EntityClass.Organization:
        return entity.label if entity.cls == EntityClass.Country else entity.country
    body = gaz.named_called(entity.label)
    if body is None:
        if not state_body(entity, gaz):
            return None
        return country_in_name(entity.label, gaz) or (entity.label if named_of else None)
    if body.iso3 in gaz.countries and body.kind not in PRIVATE:   # 'US Treasury Secretary': an agency of a country
        return gaz.countries[body.iso3].label
    return entity.label if body.kind in BODIES or body.kind == "agency" and body.iso3 is None else None


def state_body(entity: Entity, gaz: Gazetteer, head: str | None = None) -> bool:
    """A public body the gazetteer does not know, named as one of a state by its head word (the last, or `head`
    as parsed: 'Council' of 'National Council for the Safeguard of the Homeland'), not a party's or a movement's
    ('British National Party')."""
    word = (head or entity.label.split()[-1]).lower()
    return (political(entity, gaz) or word in PUBLIC_BODIES | OFFICE_HEADS) and word not in NON_STATE_HEADS


def public_body(entity: Entity, gaz: Gazetteer, head: str | None = None) -> bool:
    """An organisation whose officials hold a public office: a public or international body the gazetteer knows
    (not a company or a party), or one it does not know named as a state's."""
    named = gaz.named_called(entity.label)
    return political(entity, gaz) and named.kind not in PRIVATE if named else state_body(entity, gaz, head)


def country_in_name(label: str, gaz: Gazetteer) -> str | None:
    """The country whose name or demonym a body's name starts with ('Russian Armed Forces' → Russia)."""
    words = label.split()
    return next((country for n in range(len(words) - 1, 0, -1)
                 if (country := country_names(gaz).get(" ".join(words[:n])))), None)


@lru_cache(maxsize=4)
def country_names(gaz: Gazetteer) -> dict[str, str]:
    """Each country's names and demonyms → its label."""
    return {name: country.label for country in gaz.countries.values() for name in country.names + country.demonyms}


def qualifier_before(doc: Doc, at: int, index: TokenIndex) -> tuple[str, bool, int] | None:
    """'shadow', 'former', 'acting', 'ex-' before a title at `at`, or before the country that precedes it
    ('acting Iraqi president', 'ex-US defence secretary'): (word, holds the office, its position)."""
    i = at - 1
    while i >= 0 and index.cls(i) == EntityClass.Country:
        i -= 1
    i -= i > 0 and doc[i].text == "-"
    word = doc[i].lower_ if i >= 0 else ""
    return (word, QUALIFIERS[word], i) if word in QUALIFIERS else None


def holds_office(role: str) -> bool:
    """False for a role its holder does not hold now ('Shadow Home Secretary', 'Former President')."""
    return QUALIFIERS.get(role.split(" ", 1)[0].lower(), True)


def title_kind(role: str) -> str | None:
    """'any body' for a title any body gives ('Vice President', 'Spokesperson'), 'legislator' for a member of a
    legislature ('Senator'), None for a public office by itself ('Culture Secretary', 'Mayor')."""
    words = role.lower().split()
    if words and words[0] in QUALIFIERS:
        words = words[1:]
    return KINDS.get(" ".join(words)) or KINDS.get(words[-1] if words else "")


def qualified_role(role: str, qualifier: tuple[str, bool, int] | None) -> str:
    """'Home Secretary' after 'shadow' -> 'Shadow Home Secretary'; 'ex' -> 'Former'."""
    if qualifier is None:
        return role
    return f"{'Former' if qualifier[0] == 'ex' else qualifier[0].capitalize()} {role}"


def office_facts(doc: Doc, index: TokenIndex, gaz: Gazetteer, day: dt.date | None) -> list[Fact]:
    """'Turkish President Recep Tayyip Erdogan' → leaderOf Turkey, role President; a known head of
    state or government whose country the text does not name gets it from the gazetteer."""
    facts: list[Fact] = []
    stated: set[str] = set()
    for i, name in sorted(index.label.items()):
        if index.first[i] != i or index.cls(i) not in PEOPLE:
            continue
        held = [found for finder in TITLE_FINDERS if (found := finder(doc, i, index, gaz))]
        offices = mention_offices(doc, index, gaz, name, held, doc[i].sent.text, day)
        facts += offices
        if offices and (offices[-1].predicate != Relation.role or not holds_office(offices[-1].object)):
            stated.add(name)   # whose office the text says; a shadow or former minister's, the gazetteer not
    return facts + known_offices([e for e in index.entities.values() if e.label not in stated], gaz, day)


def mention_offices(doc: Doc, index: TokenIndex, gaz: Gazetteer, name: str, held: list[Held], sentence: str,
                    day: dt.date | None) -> list[Fact]:
    """The role of the first title found near one mention of `name`, and whose office the titles say it is."""
    read = [(h, body) for h in held
            if (body := body_before(doc, h.start, index, gaz) or body_after(doc, h.end, index, gaz)) or not h.bound]
    titled = next((h for h, _ in read if h.title), None)
    if titled and title_kind(titled.title.role) == ANY_BODY and private_owner(doc, titled, index, gaz) \
            and not any(body for _, body in read):
        return []   # 'SMFG President': the firm's
    qualifier = qualifier_before(doc, titled.start, index) if titled else None
    facts = [Fact(name, Relation.role, qualified_role(titled.title.role, qualifier), True, sentence)] if titled else []
    if qualifier and not qualifier[1]:
        return facts
    for found, body in read:
        if body:
            return facts + [Fact(name, office_relation(found, name, body, gaz), body, True, sentence)]
    return facts + head_from_gazetteer(name, titled, gaz, day)


def office_relation(held: Held, name: str, body: str, gaz: Gazetteer) -> Relation:
    """leaderOf for a head of state or government's title over a country (or a counterpart the gazetteer knows
    leads it), officialOf otherwise."""
    country = gaz.country_by_label(body)
    if country is None:
        return Relation.officialOf
    if held.title is not None:
        return Relation.leaderOf if held.title.head else Relation.officialOf
    leads = any(ldr.iso3 == country.iso3 for ldr in gaz.leaders_called(name))
    return Relation.leaderOf if leads else Relation.officialOf


def head_from_gazetteer(name: str, titled: Held | None, gaz: Gazetteer, day: dt.date | None) -> list[Fact]:
    """'President Mohamed Bazoum', whose country the text does not name: the one country the gazetteer has him
    lead by the article's day (a deposed president keeps his title in the news; 'Chancellor Gordon Brown' of
    2005 led no country yet)."""
    if titled is None or not titled.title.head or day is None:
        return []
    countries = {ldr.iso3 for ldr in gaz.leaders_called(name)
                 if ldr.iso3 in gaz.countries and ldr.start is not None and ldr.start <= day}
    if len(countries) != 1:
        return []
    return [Fact(name, Relation.leaderOf, gaz.countries[countries.pop()].label, False)]


def known_offices(entities: list[Entity], gaz: Gazetteer, day: dt.date | None) -> list[Fact]:
    """The country each known head of state or government among `entities` leads on `day`, from the gazetteer."""
    facts = []
    for entity in (e for e in entities if e.cls in PEOPLE):
        leader = next((ldr for ldr in gaz.leaders_called(entity.label)
                       if ldr.in_office(day) and ldr.iso3 in gaz.countries), None)
        if leader:
            facts.append(Fact(entity.label, Relation.leaderOf, gaz.countries[leader.iso3].label, False))
    return facts
