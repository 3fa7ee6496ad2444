"""Find mentions of a country's groups: agent noun phrases ('Israeli soldiers', 'riot police in Ankara',
'thousands of demonstrators') whose country the phrase, the article's other groups, the sentence or the
article gives. One Group per country and sector (kg/gazetteer/agents.csv, sectors.csv)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.gazetteer import Agent, Country, Gazetteer
from kg.model import Mention
from kg.names import hyphen_prefix
from kg.vocab import EntityClass

MODIFIERS = {"amod", "poss", "compound", "nmod", "npadvmod"}
PLACE_PREPOSITIONS = {"of", "from"}             # 'the army of Niger', 'troops from Chad'
LOCAL_PREPOSITIONS = PLACE_PREPOSITIONS | {"in", "at"}   # 'police in Ankara' (but troops in Iraq may be foreign)
EDGE_WORDS = {"the", "a", "an", "its", "their", "his", "her", "'s", "’s"}
SUBJECTS = {"nsubj", "nsubjpass"}
BYSTANDER_ROLES = {"poss", "attr"}   # 'taxpayers' money', 'they were victims'
GROUP_NOUNS = frozenset(lexicon.words("group_nouns.txt"))   # 'thousands of demonstrators' do act
COUNTED = {"det", "poss", "nummod", "quantmod"}   # 'the voters', 'our citizens', '300 policemen'
FINITE = {"VBD", "VBZ", "VBP"}
OWNING_PRONOUNS = frozenset({"its", "their"})   # 'France evacuated its citizens': the subject's own people


@dataclass(frozen=True)
class Phrase:
    """An agent noun phrase: its agent words (doc[start:end]) and the whole phrase as written."""

    start: int
    end: int
    agent: Agent
    surface: str


class Countries:
    """Which country each mentioned token stands for, and the article's most mentioned country."""

    def __init__(self, doc: Doc, mentions: list[Mention], gaz: Gazetteer):
        self.gaz, self.by_token, self.classes = gaz, {}, {}
        counts: Counter[str] = Counter()
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            country = self.country_of(m)
            for token in span or ():
                self.classes[token.i] = m.cls
                if country:
                    self.by_token[token.i] = country
            if m.cls == EntityClass.Country and country:
                counts[country.label] += 1
        self.focus = gaz.country_by_label(counts.most_common(1)[0][0]) if counts else None

    def country_of(self, m: Mention) -> Country | None:
        """The country a Country or Place mention stands for or lies in."""
        if m.cls == EntityClass.Country:
            return self.gaz.country_by_label(m.key or m.text)
        if m.cls == EntityClass.Place:
            return self.gaz.country_around(m.key or m.text)
        return None


def agent_at(token: Token, gaz: Gazetteer, taken: set[int]) -> tuple[int, Agent] | None:
    """The longest agent phrase whose head noun is `token`: (its first token, the agent)."""
    if token.i in taken or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
        return None
    for agent in gaz.agents.get(token.lemma_.lower()) or gaz.agents.get(token.lower_, []):
        words = [t for t in token.doc[max(0, token.i - 2 * len(agent.modifiers)):token.i] if t.text != "-"]
        start_words = words[len(words) - len(agent.modifiers):] if agent.modifiers else []
        if [t.lower_ for t in start_words] == list(agent.modifiers) and not taken & {t.i for t in start_words}:
            return (start_words[0].i if start_words else token.i), agent
    return None


def phrase_country(head: Token, start: int, agent: Agent, countries: Countries,
                   gaz: Gazetteer) -> tuple[Country | None, int, int] | None:
    """The country a modifier gives ('Israeli', "China's"), else a place after the head ('police in Ankara',
    'troops from Chad'),
    and the phrase's edges; None for no one country's group: a named organisation's ('Hamas militants'),
    a kind another word names ('labor force', 'Tube workers'), several countries' ('British and US troops')."""
    left, right, named = head.i, head.i, []
    for child in (c for c in head.children if c.dep_ in MODIFIERS and c.i < start):
        if countries.classes.get(child.i) == EntityClass.Organization or other_kind(child, countries, gaz):
            return None
        for part in (t for t in [child, *child.conjuncts] if t.i in countries.by_token and not against(t)):
            named.append(countries.by_token[part.i])
            left = min(left, child.left_edge.i)
    if len({country.iso3 for country in named}) > 1:
        return None
    prepositions = LOCAL_PREPOSITIONS if gaz.sectors[agent.sector].local else PLACE_PREPOSITIONS
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in prepositions):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i in countries.by_token):
            named.append(countries.by_token[pobj.i])
            right = max(right, pobj.right_edge.i)
    return (named[0] if named else None), left, right


def against(modifier: Token) -> bool:
    """'anti-American militants': whom the group is against, not whose it is."""
    return hyphen_prefix(modifier.doc, modifier.i) == "anti"


def other_kind(modifier: Token, countries: Countries, gaz: Gazetteer) -> bool:
    """A noun or name before the agent words that is no mention and no agent noun on its own: 'labor' in
    'labor force', 'Tube' in 'Tube workers' (but not 'army' in 'army reservists', nor the second half of a
    hyphenated adjective, 'anti-government protesters')."""
    doc = modifier.doc
    hyphenated = modifier.i > 0 and doc[modifier.i - 1].text == "-"
    alone = any(not agent.modifiers for agent in gaz.agents.get(modifier.lemma_.lower(), []))
    return (modifier.dep_ == "compound" and (modifier.pos_ in {"NOUN", "PROPN"} or modifier.is_title)
            and modifier.i not in countries.classes and not alone and not hyphenated)


def acts_or_suffers(head: Token) -> bool:
    """Whether an agent noun names people who act or suffer as one, not a figure of a statistic or a generic
    statement: not a possessor or predicate ('taxpayers' money', 'they were victims'), not what a noun's
    preposition takes ('40% of the population', 'the interests of taxpayers', 'the effect on voters'; but
    'thousands of demonstrators'), and not one person ('a sheriff')."""
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ in BYSTANDER_ROLES:
        return False
    holder = head.head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and holder.pos_ in {"NOUN", "PROPN", "NUM"}:
        return holder.lemma_.lower() in GROUP_NOUNS
    return not (head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children))


def surface(doc: Doc, start: int, end: int) -> str:
    """The phrase as written, without a leading determiner or possessive."""
    while start < end and doc[start].lower_ in EDGE_WORDS:
        start += 1
    return doc[start:end].text


def local_country(head: Token, countries: Countries) -> Country | None:
    """Where the sentence says the group is ('in Istanbul'), else the country the article is about."""
    for token in head.sent:
        before = token.doc[token.i - 1] if token.i > 0 else None
        if token.i in countries.by_token and before is not None and before.lower_ in {"in", "at"}:
            return countries.by_token[token.i]
    return countries.focus


def bare_country(head: Token, sector: str, known: dict[str, set[str]], countries: Countries,
                 gaz: Gazetteer) -> Country | None:
    """The country of an agent noun that names none ('the troops', 'demonstrators'): the subject's own for
    'its' or 'their' ('France evacuated its citizens'), the article's one group of that sector when its sentence
    names no other country, else for a local sector where it is; none for a generic statement ('voters face higher
    taxes')."""
    if any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in head.children):
        return owner_country(head, countries)
    if generic(head):
        return None
    named = {countries.by_token[t.i].iso3 for t in head.sent if t.i in countries.by_token}
    if len(known.get(sector, ())) == 1 and named <= known[sector]:
        return gaz.countries[next(iter(known[sector]))]
    return local_country(head, countries) if gaz.sectors[sector].local else None


def generic(head: Token) -> bool:
    """A bare agent noun (no determiner, owner or number: 'voters', not 'the voters', '300 policemen') in a clause
    that reports nothing done: a modal one ('law enforcement would all but disappear', 'would bring in more police
    officers'), or a present simple one it is no subject of ('tell citizens of threats'; a present subject reports
    what is going on: 'police say', 'terrorists do not need to attack'); not past, perfect or progressive ('police
    said', 'protesters have gathered')."""
    counted = head.dep_ == "pobj" and head.head.head.lemma_.lower() in GROUP_NOUNS   # 'thousands of voters'
    if counted or any(c.dep_ in COUNTED for c in head.children) or (verb := clause_verb(head)) is None:
        return False
    tensed = {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE | {"MD"}}
    if "MD" in tensed:
        return True
    past = verb.tag_ == "VBD" or "VBD" in tensed or verb.tag_ in {"VBN", "VBG"} and tensed
    return not past and head.dep_ not in SUBJECTS


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token that carries tense: finite, or with a finite or modal auxiliary."""
    while token.head.i != token.i:
        token = token.head
        auxiliaries = {c.tag_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if token.pos_ in {"VERB", "AUX"} and (token.tag_ in FINITE or auxiliaries & (FINITE | {"MD"})):
            return token
    return None


def owner_country(head: Token, countries: Countries) -> Country | None:
    """The country that is the subject of the clause an owned agent noun is in ('France has suspended visas and
    evacuated its citizens'), or None."""
    verb = head.head
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head
    return next((countries.by_token[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in countries.by_token),
                None)


def group_mentions(doc: Doc, gaz: Gazetteer, found: list[Mention], taken: set[int],
                   starts: list[int]) -> list[Mention]:
    """Mentions of countries' groups among the tokens no other mention has taken."""
    countries = Countries(doc, found, gaz)
    placed: list[tuple[Phrase, Country]] = []
    bare: list[tuple[Phrase, Token]] = []
    for token in doc:
        hit = agent_at(token, gaz, taken) if acts_or_suffers(token) else None
        edges = phrase_country(token, hit[0], hit[1], countries, gaz) if hit else None
        if edges is None:
            continue
        (start, agent), (country, left, right) = hit, edges
        phrase = Phrase(start, token.i + 1, agent, surface(doc, min(left, start), right + 1))
        (placed.append((phrase, country)) if country else bare.append((phrase, token)))
    known: dict[str, set[str]] = {}
    for phrase, country in placed:
        known.setdefault(phrase.agent.sector, set()).add(country.iso3)
    for phrase, head in bare:
        if country := bare_country(head, phrase.agent.sector, known, countries, gaz):
            placed.append((phrase, country))
    return [group_mention(doc, phrase, country, gaz, starts) for phrase, country in placed]


def group_mention(doc: Doc, phrase: Phrase, country: Country, gaz: Gazetteer, starts: list[int]) -> Mention:
    """A Group mention: offsets of the agent words (a country word keeps its own mention), the whole
    phrase as its text, the canonical group label as its key."""
    span = doc[phrase.start:phrase.end]
    sentence = max(i for i, s in enumerate(starts) if s <= span.start)
    label = gaz.group_label(country, phrase.agent.sector)
    return Mention(phrase.surface, span.start_char, span.end_char, sentence, EntityClass.Group, label)
