"""The corpus view on a graph the size and shape of a 2,000-article BBC build, in real Chromium: the actor network
draws in under 5 s, the timeline shows the events, and a click on an actor shows its events and their evidence."""
from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.export.formats import triples
from kg.export.html import write_html
from kg.model import Article, ArticleGraph, Entity, Event, TimeRef
from kg.rdf import article_graph
from kg.store import add
from kg.vocab import EVENT_CLASSES

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 2000
# A 500-article BBC build has about 5,200 entity and event nodes, 1,500 actors (270 linked to another by an event,
# over 325 edges) and 730 dated events; the corpus below has four times as many articles, in about those proportions.
ACTORS, BYSTANDERS, EVENTS_PER_ARTICLE = 6000, 6000, 3
CLASSES = ("Country", "Leader", "Organization", "Group")
DRAW_SECONDS = 5


def made_up_article(i: int, rng: random.Random, actors: list[Entity], others: list[Entity]) -> ArticleGraph:
    """One article of made-up names: a few actors (a few of them often, as news has), bystanders and events."""
    article = Article(f"n{i}", f"Made-up article {i}.", f"corpus.jsonl#{i}", dt.date(2004, 1, 1) + dt.timedelta(i % 700))
    cast = list({a.label: a for a in rng.choices(actors, weights=[1 / (k + 1) for k in range(len(actors))], k=6)}.values())
    entities = [Entity(a.label, a.cls, articles={article.id}, sector=a.sector) for a in cast]
    entities += [Entity(o.label, o.cls, articles={article.id}) for o in rng.sample(others, 4)]   # in no event
    events = []
    for k in range(EVENTS_PER_ARTICLE if len(cast) > 1 else 0):
        agent, target = rng.sample(cast, 2)     # the first event of an article has two sides, the others one
        sentence = f"In made-up article {i}, {agent.label} acted ({k})."
        day = article.published - dt.timedelta(rng.randrange(3))
        events.append(Event(rng.choice(EVENT_CLASSES), "010", "acted", k, sentence, article.id, agent=[agent.label],
                            target=[target.label] if k == 0 else [], evidence=[sentence],
                            plover=rng.choice(["ASSAULT", "CONSULT", "AID", None]),
                            time=TimeRef(day.isoformat(), "day", "on the day") if k == 0 or i % 2 else None))
    return ArticleGraph(article, entities, [], events)


@pytest.fixture(scope="module")
def corpus_view(tmp_path_factory) -> tuple[Path, object]:
    """The view of the made-up 2,000-article corpus, written once."""
    rng = random.Random(7)
    actors = [Entity(f"Actor {n}", CLASSES[n % 4], sector="GOV" if n % 4 == 3 else None) for n in range(ACTORS)]
    others = [Entity(f"Bystander {n}", ("Person", "Organization")[n % 2]) for n in range(BYSTANDERS)]
    store = ox.Store()
    for i in range(ARTICLES):
        add(store, f"https://example.org/graph/{i}", article_graph(made_up_article(i, rng, actors, others)))
    page = tmp_path_factory.mktemp("corpus") / "graph.html"
    stats = write_html(triples(store), page)
    return page, stats


from browser import needs_chromium, shot  # noqa: E402  (the real Chromium both view tests drive)


def test_the_corpus_is_drawn_as_an_actor_network_with_a_timeline(corpus_view) -> None:
    _, stats = corpus_view
    assert stats.truncated                      # the entity graph is cut, and the page opens on the actors
    assert 500 < stats.actors < ACTORS and stats.isolated > stats.actors
    assert stats.actor_edges < ARTICLES     # aggregated: one edge per pair and category, for 2,000 such events
    assert stats.dated > ARTICLES
    said = stats.reduction()     # what `kg build` says of the page it wrote
    assert f"the 1500 most connected of {stats.total_nodes} nodes" in said and f"{stats.actors} actors" in said


@needs_chromium
def test_browser_draws_the_actor_network_fast_and_links_it_to_the_timeline(corpus_view) -> None:
    from playwright.sync_api import sync_playwright

    page_file, stats = corpus_view
    with sync_playwright() as pw:
        browser = shot.launch(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        started = time.monotonic()
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-actors-drawn]", state="attached", timeout=60_000)
        drawn = time.monotonic() - started
        assert drawn < DRAW_SECONDS, f"the actor network took {drawn:.1f} s to draw"
        shown = page.evaluate("[kgActors.nodeView.length, kgActors.edgeView.length, kgActors.itemView.length]")
        assert shown == [stats.actors, stats.actor_edges, stats.dated]
        assert page.locator("#kg-timeline .vis-item").count() > 0

        # a well-connected actor that no other is drawn over: a click shows its events with their evidence, and
        # selects them on the timeline
        actor, point = page.evaluate("""() => {
            const net = kgActors.network;
            const ranked = kgActors.nodeView.get().sort((a, b) => b.kg.events.length - a.kg.events.length);
            for (const n of ranked) {
                net.focus(n.id, {scale: 1.5, animation: false});
                const at = net.canvasToDOM(net.getPositions([n.id])[n.id]);
                if (net.getNodeAt(at) === n.id) return [n.id, at];
            }
        }""")
        box = page.locator("#kg-actors-network").bounding_box()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        panel = page.locator("#kg-actors-panel").text_content()
        label, events = page.evaluate("id => [kgActors.nodes.get(id).label, kgActors.nodes.get(id).kg.events.length]", actor)
        assert label in panel and f"{events} events" in panel and "In made-up article" in panel
        assert page.evaluate("kgActors.timeline.getSelection().length") > 0

        # and the other way: an event selected on the timeline selects its actors in the network
        item = page.evaluate("kgActors.itemView.getIds()[0]")
        page.evaluate("id => kgActors.selectEvent(id)", item)
        assert len(page.evaluate("kgActors.network.getSelectedNodes()")) == 2
        assert errors == []
        browser.close()
