"""The HTML view: what write_html puts in the page, and what a real chromium shows and does with it."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.export.formats import triples, write_formats
from kg.errors import ViewError
from kg.export.html import ViewStats, write_html
from kg.export.records import RELATIONS, ROLES, date_bounds
from kg.export.style import NO_QUAD_COLOUR, QUAD_COLOUR
from kg.store import add
from kg.vocab import ENTITY_CLASSES, EVENT_CLASSES, NKG
from stores import seed_graphs  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]

PREFIXES = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix art: <https://w3id.org/newskg/resource/article/> .
@prefix ent: <https://w3id.org/newskg/resource/entity/> .
@prefix ev: <https://w3id.org/newskg/resource/event/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix plover: <https://w3id.org/newskg/plover/> .
"""

# A small graph written by hand in the shape the pipeline produces: 9 entities, 4 events, 7 relations, 10 roles.
SAMPLE = PREFIXES + """
art:a1 a nkg:Article ; schema:headline "Turkey takes delivery of Russian missile system" ;
    schema:datePublished "2019-07-12"^^xsd:date ; nkg:source "news/a1.txt" .
art:a2 a nkg:Article ; schema:headline "US drops Turkey from F-35 programme" ;
    schema:datePublished "2019-07-17"^^xsd:date ; nkg:source "news/a2.txt" .

ent:turkey a nkg:Country ; rdfs:label "Turkey" ; skos:altLabel "Ankara", "Turkiye" ;
    owl:sameAs wd:Q43 ; nkg:mentionedIn art:a1, art:a2 ; nkg:memberOf ent:nato ; nkg:allyOf ent:united-states .
ent:united-states a nkg:Country ; rdfs:label "United States" ; skos:altLabel "US", "Washington" ;
    owl:sameAs wd:Q30 ; nkg:mentionedIn art:a2 ; nkg:memberOf ent:nato .
ent:russia a nkg:Country ; rdfs:label "Russia" ; skos:altLabel "Moscow" ; owl:sameAs wd:Q159 ;
    nkg:mentionedIn art:a1 .
ent:nato a nkg:Organization ; rdfs:label "NATO" ; owl:sameAs wd:Q7184 ; nkg:mentionedIn art:a2 .
ent:recep-tayyip-erdogan a nkg:Leader, nkg:Person ; rdfs:label "Recep Tayyip Erdogan" ;
    skos:altLabel "Erdogan" ; owl:sameAs wd:Q39723 ; nkg:role "President" ;
    nkg:leaderOf ent:turkey ; nkg:mentionedIn art:a1 .
ent:s-400 a nkg:WeaponSystem ; rdfs:label "S-400" ; skos:altLabel "S-400 Triumf" ;
    nkg:category "air defense system" ; nkg:originCountry ent:russia ; nkg:mentionedIn art:a1 .
ent:f-35 a nkg:WeaponSystem ; rdfs:label "F-35" ; nkg:category "fighter aircraft" ;
    nkg:manufacturer ent:lockheed-martin ; nkg:mentionedIn art:a2 .
ent:lockheed-martin a nkg:Organization ; rdfs:label "Lockheed Martin" .
ent:murted-air-base a nkg:Place ; rdfs:label "Murted Air Base" ; nkg:locatedIn ent:turkey ;
    nkg:mentionedIn art:a1 .

ev:e1 a nkg:ArmsTransfer ; nkg:cameoCode "062" ; nkg:agent ent:turkey ; nkg:target ent:russia ;
    nkg:item ent:s-400 ; nkg:location ent:murted-air-base ; nkg:status nkg:Happened ;
    nkg:date "2019-07-12"^^xsd:date ; nkg:dateText "on Friday" ;
    nkg:evidence "The first parts of the S-400 system landed at Murted Air Base near Ankara on Friday." ;
    nkg:confidence 0.9 ; prov:wasDerivedFrom art:a1 .
ev:e2 a nkg:Exclusion ; nkg:cameoCode "16" ; nkg:agent ent:united-states ; nkg:target ent:turkey ;
    nkg:item ent:f-35 ; nkg:status nkg:Happened ; nkg:date "2019-07-17"^^xsd:date ; nkg:dateText "on Wednesday" ;
    nkg:evidence "Washington removed Turkey from the F-35 programme on Wednesday." ; prov:wasDerivedFrom art:a2 .
ev:e3 a nkg:Sanction ; nkg:cameoCode "163" ; nkg:agent ent:united-states ; nkg:target ent:turkey ;
    nkg:status nkg:Possible ; nkg:date "2019-08"^^xsd:gYearMonth ; nkg:dateText "next month" ;
    nkg:evidence "US officials said sanctions could follow next month." ; prov:wasDerivedFrom art:a2 .
ev:e4 a nkg:Statement ; nkg:cameoCode "01" ; nkg:agent ent:recep-tayyip-erdogan ; nkg:status nkg:Happened ;
    nkg:evidence "Erdogan said the purchase was a done deal." ; prov:wasDerivedFrom art:a1 .

[] a rdf:Statement ; rdf:subject ent:s-400 ; rdf:predicate nkg:originCountry ; rdf:object ent:russia ;
   nkg:basis nkg:GazetteerKnowledge .
"""

# The sample with a group and two PLOVER-typed events: an assault (material conflict), a meeting (verbal cooperation).
PLOVER_SAMPLE = SAMPLE + """
ent:turkish-military a nkg:Group ; rdfs:label "Turkish military" ; skos:altLabel "Turkish soldiers" ;
    nkg:country ent:turkey ; nkg:sector "MIL" ; nkg:mentionedIn art:a1 .
ev:e5 a nkg:Assault ; nkg:cameoCode "190" ; nkg:ploverType plover:ASSAULT ; nkg:ploverMode "aerial" ;
    nkg:agent ent:turkish-military ; nkg:location ent:murted-air-base ; nkg:status nkg:Happened ;
    nkg:evidence "Turkish soldiers fired on the base from the air." ; prov:wasDerivedFrom art:a1 .
ev:e6 a nkg:Meeting ; nkg:cameoCode "043" ; nkg:ploverType plover:CONSULT ; nkg:agent ent:recep-tayyip-erdogan ;
    nkg:target ent:united-states ; nkg:status nkg:Planned ;
    nkg:evidence "Erdogan will meet US officials." ; prov:wasDerivedFrom art:a2 .
"""

# Article text that tries every way into the page: markup in a name, an alias, a headline, an evidence sentence.
XSS_NAME = "<img src=x onerror=\"window.__xss=1;alert(1)\">"
XSS_EVIDENCE = "He said </script><script>window.__xss=1;alert(1)</script> and <a href=\"javascript:alert(1)\">x</a>."
XSS_HEADLINE = "<svg onload=\"window.__xss=1\"> &amp; </title></style>"
XSS = PREFIXES + f"""
art:x a nkg:Article ; schema:headline {ox.Literal(XSS_HEADLINE)} ; nkg:source "javascript:alert(1)" .
ent:evil a nkg:Person ; rdfs:label {ox.Literal(XSS_NAME)} ; skos:altLabel "javascript:alert(1)" ;
    owl:sameAs <javascript:alert(1)> ; nkg:mentionedIn art:x .
ent:turkey a nkg:Country ; rdfs:label "Turkey" .
ev:x a nkg:Warning ; nkg:agent ent:evil ; nkg:target ent:turkey ; nkg:evidence {ox.Literal(XSS_EVIDENCE)} ;
    nkg:dateText {ox.Literal(XSS_NAME)} ; prov:wasDerivedFrom art:x .
"""


def turtle_store(text: str) -> ox.Store:
    """A Turtle document in an in-memory Oxigraph store."""
    store = ox.Store()
    store.load(text, ox.RdfFormat.TURTLE)
    return store


def turtle_triples(text: str) -> list[ox.Triple]:
    """The distinct triples of a Turtle document, as `kg build` gives the view a store's triples."""
    return triples(turtle_store(text))


def sample() -> list[ox.Triple]:
    return turtle_triples(SAMPLE)


def rdf_counts(store: ox.Store) -> tuple[int, int]:
    """Nodes (typed entities and events, and anything a relation or role points to) and edges, by SPARQL."""
    classes = " ".join(f"nkg:{c}" for c in ENTITY_CLASSES + EVENT_CLASSES)
    preds = " ".join(f"nkg:{p}" for p in RELATIONS + ROLES)
    prefix = f"PREFIX nkg: <{NKG._NS}>"
    nodes = store.query(f"""{prefix} SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{
        {{ ?x a ?c VALUES ?c {{ {classes} }} }} UNION {{ ?x ?p ?y VALUES ?p {{ {preds} }} }}
        UNION {{ ?y ?p ?x VALUES ?p {{ {preds} }} FILTER isIRI(?x) }} }}""")
    edges = store.query(f"{prefix} SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o VALUES ?p {{ {preds} }} "
                        "FILTER isIRI(?o) }")
    return int(next(iter(nodes))[0].value), int(next(iter(edges))[0].value)


def big_graph(n_countries: int = 1000, n_events: int = 4000) -> list[ox.Triple]:
    """A generated graph of n_countries + n_events nodes; events link pseudo-random pairs of countries."""
    countries = [f'ent:c{i} a nkg:Country ; rdfs:label "Country {i}" .' for i in range(n_countries)]
    events = [f"ev:e{j} a nkg:{'Meeting' if j % 2 else 'ArmsTransfer'} ; nkg:agent ent:c{(j * 7) % n_countries} ; "
              f"nkg:target ent:c{(j * 13 + 1) % n_countries} ." for j in range(n_events)]
    return turtle_triples("\n".join([PREFIXES, *countries, *events]))


# ---------------------------------------------------------------- the file itself

def test_counts_match_the_rdf(tmp_path):
    store = turtle_store(SAMPLE)
    stats = write_html(triples(store), tmp_path / "graph.html")
    assert (stats.nodes, stats.edges, stats.truncated, stats.total_nodes) == (13, 17, False, 13)
    assert (stats.nodes, stats.edges) == rdf_counts(store)


@pytest.mark.parametrize("text", [SAMPLE, PLOVER_SAMPLE], ids=["sample", "plover"])
def test_same_graph_gives_the_same_page(tmp_path, text):
    write_html(turtle_triples(text), tmp_path / "a.html")
    ntriples = ox.serialize(reversed(turtle_triples(text)), format=ox.RdfFormat.N_TRIPLES)
    write_html([q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)], tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "nq", "jsonld"])
def test_view_of_a_store_equals_kg_view_of_its_export(seed_graphs, tmp_path, fmt):
    """The page `kg build` writes from a store's triples is the page `kg view` writes from any export of that store."""
    store = ox.Store()
    for iri, graph in seed_graphs:
        add(store, iri, graph)
    store.load(SAMPLE, ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/newskg/resource/article/a1"))
    assert len(store) > len(triples(store))  # some triples are in more than one article's graph
    stats = write_html(triples(store), tmp_path / "built.html")
    (written,) = write_formats(store, tmp_path, [fmt])
    viewed = CliRunner().invoke(cli, ["view", str(written), "--out", str(tmp_path / "viewed.html")])
    assert viewed.exit_code == 0, viewed.output
    assert f"{stats.nodes} nodes, {stats.edges} edges" in viewed.output
    assert (tmp_path / "viewed.html").read_bytes() == (tmp_path / "built.html").read_bytes()


def test_page_is_self_contained(tmp_path):
    write_html(sample(), tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "vis.Network" in page and "kgView" in page


class Scripts(HTMLParser):
    """Collects (type, text) of every script element as a browser's HTML parser delimits them."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str | None, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.found.append((dict(attrs).get("type"), ""))

    def handle_data(self, data):
        if self.lasttag == "script" and self.found:
            self.found[-1] = (self.found[-1][0], self.found[-1][1] + data)


def test_data_cannot_break_out_of_its_script_block(tmp_path):
    write_html(turtle_triples(XSS), tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    scripts = Scripts()
    scripts.feed(page)
    assert [t for t, _ in scripts.found] == ["application/json"] * 5 + [None] * 4   # data, then the libraries and the view
    nodes = json.loads(scripts.found[0][1])
    assert {n["label"] for n in nodes} == {XSS_NAME, "Turkey", "Warning"}
    assert XSS_EVIDENCE in json.loads(scripts.found[0][1])[-1]["kg"]["evidence"]
    assert XSS_NAME not in page and "\\u003cimg src=x onerror" in page


def test_focus_keeps_the_neighbourhood_of_an_alias(tmp_path):
    one = write_html(sample(), tmp_path / "g.html", focus="ankara", hops=1)
    # Turkey, its 3 relation neighbours (NATO, United States, Murted Air Base), Erdogan, and 3 events naming it
    assert (one.nodes, one.truncated) == (8, False)
    two = write_html(sample(), tmp_path / "g.html", focus="Turkey", hops=2)
    assert one.nodes < two.nodes <= 13
    with pytest.raises(ViewError, match="no entity labelled 'Atlantis'"):
        write_html(sample(), tmp_path / "g.html", focus="Atlantis")


def test_types_keep_events_and_the_entities_they_touch(tmp_path):
    stats = write_html(sample(), tmp_path / "g.html", types={"ArmsTransfer"})
    # the event, its 4 participants; edges: 4 roles + S-400 originCountry Russia + Murted locatedIn Turkey
    assert (stats.nodes, stats.edges) == (5, 6)
    persons = write_html(sample(), tmp_path / "g.html", types={"Person"})
    assert persons.nodes == 1  # a Leader is a Person
    with pytest.raises(ViewError, match="unknown class Spaceship"):
        write_html(sample(), tmp_path / "g.html", types={"Spaceship"})


def test_large_graph_is_truncated_to_its_most_connected_part(tmp_path):
    graph = big_graph()
    stats = write_html(graph, tmp_path / "big.html", max_nodes=1500)
    assert (stats.nodes, stats.truncated, stats.total_nodes) == (1500, True, 5000)
    page = (tmp_path / "big.html").read_text(encoding="utf-8")
    assert 'id="kg-banner"' in page and "kg view GRAPH --focus" in page and "--type ArmsTransfer" in page
    assert 'id="kg-banner"' not in (write_html(sample(), tmp_path / "s.html") and
                                    (tmp_path / "s.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("value, bounds", [
    ("2019-07-12", ("2019-07-12", "2019-07-12")),
    ("2020-02", ("2020-02-01", "2020-02-29")),
    ("1900-02", ("1900-02-01", "1900-02-28")),
    ("2019", ("2019-01-01", "2019-12-31")),
    ("later", None),
])
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


def page_data(path: Path, block: str) -> object:
    """The JSON of one data block (kg-nodes, kg-edges, kg-meta) of a written page."""
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', page, re.S)[1])


def test_events_are_coloured_by_plover_quad_class_and_groups_get_a_legend_row(tmp_path):
    write_html(turtle_triples(PLOVER_SAMPLE), tmp_path / "g.html")
    colours = {n["kg"]["cls"]: n["color"] for n in page_data(tmp_path / "g.html", "kg-nodes")}
    assert colours["Assault"] == QUAD_COLOUR["MaterialConflict"]
    assert colours["Meeting"] == QUAD_COLOUR["VerbalCooperation"]
    assert colours["Sanction"] == colours["ArmsTransfer"] == NO_QUAD_COLOUR
    legend = page_data(tmp_path / "g.html", "kg-meta")["legend"]
    rows = [(r["kind"], r["label"], r.get("value"), r["count"]) for r in legend if r["kind"] != "event"]
    assert ("entity", "Group", "Group", 1) in rows
    assert rows[-5:] == [("plover", "Verbal cooperation", None, 1), ("plover", "CONSULT", "CONSULT", 1),
                         ("plover", "Material conflict", None, 1), ("plover", "ASSAULT", "ASSAULT", 1),
                         ("plover", "no PLOVER category", "", 4)]
    edges = {(e["kg"]["predicate"], e["from"].rsplit("/", 1)[-1]) for e in page_data(tmp_path / "g.html", "kg-edges")}
    assert ("country", "turkish-military") in edges


def test_cli_view(tmp_path):
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(SAMPLE, encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(cli, ["view", str(ttl), "--focus", "Turkey", "--hops", "1", "--type", "Country",
                             "--type", "ArmsTransfer"])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "graph-view.html").is_file() and "graph-view.html" in ok.output and "actor network" in ok.output
    build_view = tmp_path / "graph.html"
    build_view.write_text("the view kg build wrote", encoding="utf-8")
    refused = runner.invoke(cli, ["view", str(ttl), "--out", str(build_view)])
    assert refused.exit_code != 0 and "another --out" in refused.output
    assert build_view.read_text(encoding="utf-8") == "the view kg build wrote"
    missing = runner.invoke(cli, ["view", str(ttl), "--focus", "Atlantis", "--out", str(tmp_path / "x.html")])
    assert missing.exit_code == 1 and "no entity labelled 'Atlantis'" in missing.output
    assert not (tmp_path / "x.html").exists()
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    for unreadable in (bad, tmp_path / "missing.ttl"):
        broken = runner.invoke(cli, ["view", str(unreadable)])
        assert broken.exit_code == 2 and len(broken.output.strip().splitlines()) == 1, broken.output
        assert unreadable.name in broken.output


# ---------------------------------------------------------------- in a real browser

from browser import needs_chromium, shot  # noqa: E402  (the real Chromium both view tests drive)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = shot.launch(pw)
        yield b
        b.close()


class View:
    """A page showing one graph.html, recording console errors, dialogs and every request it makes."""

    def __init__(self, browser, html: Path):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(html.as_uri())
        shot.wait_stable(self.page)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def shown(self) -> tuple[int, int]:
        """Nodes and edges the network is drawing."""
        return tuple(self.js("[kgView.network.body.nodeIndices.length, kgView.network.body.edgeIndices.length]"))

    def shown_labels(self) -> set[str]:
        return set(self.js("kgView.network.body.nodeIndices.map(id => kgView.nodes.get(id).kg.label)"))

    def node_id(self, label: str) -> str:
        return self.js("l => kgView.nodes.get({filter: n => n.kg.label === l})[0].id", label)

    def click_canvas(self, point: dict) -> None:
        box = self.page.locator("#kg-network").bounding_box()
        dom = self.js("p => kgView.network.canvasToDOM(p)", point)
        self.page.mouse.click(box["x"] + dom["x"], box["y"] + dom["y"])

    def click_node(self, label: str) -> None:
        self.click_id(self.node_id(label))

    def click_id(self, node: str) -> None:
        self.js("id => kgView.network.focus(id, {scale: 1.2, animation: false})", node)
        self.click_canvas(self.js("id => kgView.network.getPositions([id])[id]", node))

    def panel(self) -> str:
        return self.page.locator("#kg-panel").text_content()

    def assert_clean(self) -> None:
        assert self.errors == [] and self.dialogs == []
        assert all(u.startswith(("file://", "data:")) for u in self.requests), self.requests


@pytest.fixture
def sample_view(browser, tmp_path):
    store = turtle_store(SAMPLE)
    stats = write_html(triples(store), tmp_path / "graph.html")
    view = View(browser, tmp_path / "graph.html")
    yield store, stats, view
    view.page.close()


@needs_chromium
def test_browser_draws_every_node_and_edge_offline(sample_view):
    store, stats, view = sample_view
    assert view.shown() == (stats.nodes, stats.edges) == rdf_counts(store)
    assert view.js("kgView.network.physics.physicsEnabled") is False  # stopped after stabilisation
    view.assert_clean()


@needs_chromium
def test_browser_search_narrows_to_matches_and_neighbours(sample_view):
    _, _, view = sample_view
    view.page.fill("#kg-search", "moscow")  # an alias of Russia
    assert view.shown_labels() == {"Russia", "S-400", "ArmsTransfer 2019-07-12"}
    assert view.shown() == (3, 3)
    view.page.fill("#kg-search", "")
    assert view.shown() == (13, 17)
    view.assert_clean()


@needs_chromium
def test_browser_class_and_event_type_filters(sample_view):
    _, _, view = sample_view
    view.page.locator('#kg-legend input[data-cls="Country"]').uncheck()
    labels = view.shown_labels()
    assert len(labels) == 10 and not labels & {"Turkey", "United States", "Russia"}
    view.page.locator('#kg-legend input[data-cls="ArmsTransfer"]').uncheck()
    assert view.shown()[0] == 9
    view.page.click("#kg-reset")
    assert view.shown() == (13, 17)
    view.assert_clean()


@needs_chromium
def test_browser_colours_events_by_quad_class_and_filters_by_plover_category(browser, tmp_path):
    write_html(turtle_triples(PLOVER_SAMPLE), tmp_path / "p.html")
    view = View(browser, tmp_path / "p.html")
    drawn = view.js("""Object.fromEntries(kgView.network.body.nodeIndices.map(id =>
        [kgView.nodes.get(id).kg.label, kgView.network.body.nodes[id].options.color.background]))""")
    assert drawn["Assault"] == QUAD_COLOUR["MaterialConflict"] and drawn["Meeting"] == QUAD_COLOUR["VerbalCooperation"]
    assert drawn["ArmsTransfer 2019-07-12"] == NO_QUAD_COLOUR
    legend = view.page.locator("#kg-legend-plover").inner_text()
    assert "Material conflict" in legend and "Verbal cooperation" in legend and "ASSAULT" in legend
    assert "Group" in view.page.locator("#kg-legend-entity").inner_text()
    total = view.shown()[0]
    view.page.locator('#kg-legend input[data-plover="ASSAULT"]').uncheck()
    assert "Assault" not in view.shown_labels() and view.shown()[0] == total - 1
    view.page.locator('#kg-legend input[data-plover=""]').uncheck()
    events = {label for label in view.shown_labels() if label.split()[0] in {"ArmsTransfer", "Exclusion", "Sanction",
                                                                               "Statement", "Meeting", "Assault"}}
    assert events == {"Meeting"}
    view.page.click("#kg-reset")
    assert view.shown()[0] == total
    view.click_node("Assault")
    assert "Material conflict" in view.panel() and "ASSAULT" in view.panel() and "aerial" in view.panel()
    view.assert_clean()
    view.page.close()


@needs_chromium
def test_browser_date_range_filters_events_only(sample_view):
    _, _, view = sample_view
    view.page.fill("#kg-from", "2019-07-15")
    view.page.fill("#kg-to", "2019-08-10")
    kinds = view.js("kgView.network.body.nodeIndices.map(id => kgView.nodes.get(id).kg)")
    events = {k["cls"] for k in kinds if k["kind"] == "event"}
    assert events == {"Exclusion", "Sanction"}  # 2019-07-17 and 2019-08 overlap; 07-12 and undated do not
    assert sum(k["kind"] == "entity" for k in kinds) == 9
    view.assert_clean()


@needs_chromium
def test_browser_click_node_shows_its_evidence(sample_view):
    _, _, view = sample_view
    view.click_node("Turkey")
    text = view.panel()
    assert "Turkey" in text and "Country" in text and "Ankara" in text
    assert "http://www.wikidata.org/entity/Q43" in text
    assert "The first parts of the S-400 system landed at Murted Air Base near Ankara on Friday." in text
    assert "Turkey takes delivery of Russian missile system" in text
    view.click_node("Sanction 2019-08")
    text = view.panel()
    assert "Possible" in text and "next month" in text and "US officials said sanctions could follow" in text
    assert "US drops Turkey from F-35 programme" in text and "news/a2.txt" in text
    view.assert_clean()


@needs_chromium
def test_browser_click_edge_shows_relation_and_basis(sample_view):
    _, _, view = sample_view
    edge = view.js("""kgView.edges.get({filter: e => e.kg.predicate === 'originCountry'})[0].id""")
    view.js("id => kgView.network.fit({nodes: [kgView.edges.get(id).from, kgView.edges.get(id).to]})", edge)
    view.click_canvas(view.js("id => kgView.network.body.edges[id].edgeType.getPoint(0.5)", edge))
    text = view.panel()
    assert "originCountry" in text and "S-400" in text and "Russia" in text and "from gazetteer" in text
    view.assert_clean()


@needs_chromium
def test_browser_runs_no_script_from_article_text(browser, tmp_path):
    write_html(turtle_triples(XSS), tmp_path / "x.html")
    view = View(browser, tmp_path / "x.html")
    view.page.fill("#kg-search", "<img")
    assert view.shown_labels() == {XSS_NAME, "Warning"}  # the match and its neighbour
    view.click_node(XSS_NAME)
    text = view.panel()
    assert XSS_NAME in text and XSS_EVIDENCE in text and XSS_HEADLINE in text
    assert view.page.locator("#kg-panel a[href^='javascript']").count() == 0
    assert view.page.locator("#kg-panel img, #kg-panel svg, #kg-panel script").count() == 0
    view.click_node("Warning")
    assert XSS_EVIDENCE in view.panel()
    assert view.js("window.__xss") is None
    view.assert_clean()
    view.page.close()


@needs_chromium
def test_browser_large_graph_shows_truncation_banner(browser, tmp_path):
    stats = write_html(big_graph(), tmp_path / "big.html")
    view = View(browser, tmp_path / "big.html")
    banner = view.page.locator("#kg-banner")
    assert banner.is_visible() and "1500 most connected of 5000" in banner.inner_text()
    assert view.js("document.body.dataset.pane") == "actors"    # a large graph opens on the actor network
    view.page.click("#kg-tab-entities")                         # the entity graph is drawn when asked for
    view.page.wait_for_selector("body[data-entities=stable]", state="attached")
    assert view.shown() == (stats.nodes, stats.edges)
    view.assert_clean()
    view.page.close()


@needs_chromium
def test_screenshot_script_writes_a_png(tmp_path):
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "shot.png"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot.py"), str(ttl), str(out),
                    "--width", "800", "--height", "600"], check=True)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (800, 600)


@needs_chromium
def test_browser_view_of_the_built_seeds(browser, tmp_path):
    """End to end: `kg build seeds/` writes graph.html; it draws exactly the graph.ttl beside it, with evidence."""
    built = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    assert built.exit_code == 0, built.output
    store = turtle_store((tmp_path / "graph.ttl").read_text(encoding="utf-8"))
    view = View(browser, tmp_path / "graph.html")
    assert view.shown() == rdf_counts(store)
    event, sentence = next(iter(store.query(f"SELECT ?e ?s WHERE {{ ?e <{NKG.evidence}> ?s }} ORDER BY ?e ?s LIMIT 1")))
    view.click_id(event.value)
    assert " ".join(sentence.value.split()) in " ".join(view.panel().split())
    view.assert_clean()
    view.page.close()
