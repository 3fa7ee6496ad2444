"""Run the stages over articles: annotate → extract (entities, relations, events) → resolve."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.annotate import DEFAULT_MODEL, pipeline
from kg.assemble import leaders_roles, promote_leaders
from kg.extract.coding import Coder, load_coder
from kg.extract.entities import find_mentions
from kg.extract.events import find_events
from kg.extract.relations import find_facts, known_offices
from kg.gazetteer import Gazetteer, load
from kg.model import Article, ArticleGraph, Entity
from kg.resolve import TokenIndex, resolve
from kg.vocab import EntityClass


def analyse(doc: Doc, article: Article, gaz: Gazetteer, coder: Coder) -> ArticleGraph:
    """Everything one parsed article says, as entities, facts and events."""
    mentions = find_mentions(doc, gaz)
    if coder.discards.story_discarded(doc):   # sport, entertainment: only the states and people the gazetteer knows
        mentions = [m for m in mentions if m.key is not None]
    resolution = resolve(mentions, article.id, article.published, gaz)
    index = TokenIndex.build(doc, mentions, resolution)
    facts = find_facts(doc, index, gaz, article.published)
    promote_leaders(facts, index.entities)
    facts = leaders_roles(facts, index.entities)
    known = set(index.entities)
    events = find_events(doc, index, facts, gaz, coder, article.id, article.published)
    # leaders that events name by office ('the Indian prime minister') lead their country
    facts += known_offices([e for label, e in index.entities.items() if label not in known], gaz, article.published)
    entities = dict(index.entities)
    for fact in facts:   # objects known only from the gazetteer become background nodes
        if fact.predicate not in {"role", "category"} and fact.object not in entities:
            entities[fact.object] = background_entity(fact.object, fact.predicate, gaz)
    return ArticleGraph(article, list(entities.values()), facts, events)


def background_entity(label: str, predicate: str, gaz: Gazetteer) -> Entity:
    """An entity the article does not mention, known from the gazetteer as a fact's object."""
    country = gaz.country_by_label(label)
    if country:
        return Entity(label, EntityClass.Country, wikidata=country.wikidata)
    named = gaz.named_called(label)
    return Entity(label, EntityClass.Organization, wikidata=named.wikidata if named else None)


def extract(articles: Iterable[Article], model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[ArticleGraph]:
    """Parse articles in batches with spaCy and analyse each one."""
    nlp, gaz, coder = pipeline(model), load(), load_coder()
    stream = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield analyse(doc, article, gaz, coder)
