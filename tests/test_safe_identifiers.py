"""Hostile names and text: valid IRIs, exact literals, Turtle that rdflib, pyoxigraph and Jena riot all parse, a safe view."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.namespace import RDFS, SKOS

from kg.cli import cli
from kg.export.formats import triples, write_formats, write_turtle
from kg.export.html import write_html
from kg.model import Article, ArticleGraph, Entity, Event, Fact, TimeRef
from kg.query import open_store
from kg.rdf import article_graph, article_iri, entity_iri
from kg.read import normalise
from kg.store import add
from kg.vocab import DEFAULT_BASE, NKG

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = [
    'Say "hi"', "O'Brien", '"""triple"""', "'''", "<script>alert(1)</script>", "a{b}|c^d`e\\f", "<>{}|^`\\",
    "line\nbreak", "crlf\r\nend", "tab\there", "\u2028sep\u2029", "🚀 Rocket Force 🇺🇦", "עברית", "العربية",
    "\u202eevil\u202c", "x\u200dy", "nul\x00and\x01bell\x07", "<<>>", "", " ", "a" * 3000, "café", "cafe\u0301",
    "http://evil.example/x?y#z", "_:b0", "ex:prefixed", "@prefix x: <y> .", '"; DROP GRAPH <x> ; "',
    "} ; INSERT DATA { <a> <b> <c> }", "javascript:alert(1)", "<img src=x onerror=alert(1)>", "\\u0022", "%20%3C",
]
SLUG = re.compile(rf"{re.escape(DEFAULT_BASE)}entity/(person/)?[a-z0-9]+(-[a-z0-9]+)*")


def hostile_graph(names: list[str]) -> ArticleGraph:
    """An article whose every string field is one of `names`, as the extraction stages would hand it on."""
    entities = [Entity(name, "Person", aliases={name + "!", f"«{name}»"}, articles={"a1"}) for name in names]
    facts = [Fact(a, "role", b, evidence=a) for a, b in zip(names, reversed(names))]
    facts += [Fact(a, "allyOf", b) for a, b in zip(names, names[1:])]
    events = [Event("Warning", "13", trigger=name, trigger_at=0, sentence=name, article="a1", agent=[name], target=[names[0]],
                    item=[names[-1]], time=TimeRef("2019-07", "month", name), amount=1.5, currency=name,
                    evidence=[name, names[0]]) for name in names]
    article = Article("a1", "text " + "".join(names), source=names[4], published=dt.date(2019, 7, 1),
                      title=names[7], publisher=names[11])
    return ArticleGraph(article, entities, facts, events)


def written_turtle(ag: ArticleGraph, path: Path) -> Path:
    """The article through the store and the Turtle writer `kg build` uses."""
    store = ox.Store()
    add(store, article_iri(ag.article), article_graph(ag))
    write_turtle(store, path)
    return path


def test_every_hostile_name_gets_a_plain_slug_iri() -> None:
    iris = {name: entity_iri(name, "Person") for name in HOSTILE}
    for name, iri in iris.items():
        assert SLUG.fullmatch(str(iri)), (name, iri)
        ox.NamedNode(str(iri))   # raises on an invalid IRI
    distinct = {normalise(name).strip().lower() for name in HOSTILE}
    assert len(set(iris.values())) >= len(distinct) - 3   # only case/space/NFC variants may share a node


def test_hostile_turtle_parses_everywhere_with_exact_literals(tmp_path: Path) -> None:
    turtle = written_turtle(hostile_graph(HOSTILE), tmp_path / "graph.ttl")
    graph = Graph().parse(turtle, format="turtle")
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert set(HOSTILE) <= labels
    assert {f"«{name}»" for name in HOSTILE} <= {str(o) for o in graph.objects(None, SKOS.altLabel)}
    # evidence is kept on one line, its runs of whitespace one space (kg.rdf.evidence_text); a blank one is none
    assert {str(o) for o in graph.objects(None, NKG.evidence)} >= {" ".join(h.split()) for h in HOSTILE} - {""}
    with turtle.open("rb") as stream:
        oxi = list(ox.parse(stream, ox.RdfFormat.TURTLE))
    assert len(oxi) == len(graph)
    assert set(HOSTILE) <= {t.object.value for t in oxi if t.predicate.value == str(RDFS.label)}


@pytest.mark.skipif(shutil.which("java") is None or not Path("/usr/share/java").exists(), reason="Java/Jena not installed")
def test_hostile_turtle_passes_jena_riot(tmp_path: Path) -> None:
    turtle = written_turtle(hostile_graph(HOSTILE), tmp_path / "graph.ttl")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "jena.py"), "riot", "--validate", "--strict", str(turtle)],
                          capture_output=True, text=True, timeout=300)
    if "is not installed" in done.stderr:
        pytest.skip(done.stderr.strip())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARN" not in done.stdout + done.stderr and "ERROR" not in done.stdout + done.stderr


def test_hostile_text_through_every_export_format(tmp_path: Path) -> None:
    """Names as the reader lets them through (control characters removed, never empty) survive every export format."""
    names = [normalise(name) for name in HOSTILE if normalise(name)]
    ag = hostile_graph(names)
    store = ox.Store()
    add(store, article_iri(ag.article), article_graph(ag))
    paths = write_formats(store, tmp_path, ["ttl", "nt", "trig", "nq", "jsonld", "graphml"])
    triples = len(store)
    for path in paths[:4]:
        with path.open("rb") as stream:
            assert len(set(q.triple for q in ox.parse(stream, ox.RdfFormat.from_extension(path.suffix[1:])))) == triples
    as_text = {tuple(map(str, t)) for t in Graph().parse(tmp_path / "graph.nt", format="nt")}
    jsonld = Dataset().parse(tmp_path / "graph.jsonld", format="json-ld")
    assert {tuple(map(str, q[:3])) for q in jsonld.quads()} == as_text and len(as_text) == triples
    labels = {data.get("label") for _, data in nx.read_graphml(tmp_path / "graph.graphml").nodes(data=True)}
    assert set(names) - {""} <= labels | {None}


def test_hostile_view_keeps_its_data_inside_the_data_block(tmp_path: Path) -> None:
    store, _ = open_store(written_turtle(hostile_graph(HOSTILE), tmp_path / "graph.ttl"))
    write_html(triples(store), tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "<img src=x" not in page
    blocks = dict(re.findall(r'<script type="application/json" id="([\w-]+)">(.*?)</script>', page, re.DOTALL))
    assert {"kg-nodes", "kg-edges", "kg-meta"} <= set(blocks)
    assert not any("<" in data for data in blocks.values())   # so no data can close its block or open a tag
    shown = json.dumps([json.loads(data) for data in blocks.values()], ensure_ascii=False)
    assert all(json.dumps(name, ensure_ascii=False)[1:-1] in shown for name in HOSTILE[:8])


# ---------------------------------------------------------------- end to end in a real browser

CHROMIUM = Path("/usr/bin/chromium")
ATTACK = ("Turkey's president said <script>window.__xss=1;alert('script')</script> on Friday in Ankara. "
          'Russia delivered the S-400 <img src=x onerror="window.__xss=2;alert(\'img\')"> system to Turkey. '
          'NATO warned that Turkey faced sanctions <a href="javascript:window.__xss=3;alert(\'link\')">here</a>. '
          "The </textarea></title><svg onload=\"window.__xss=4\"> United States criticised Turkey on Monday.")


def screenshot_script():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed")
def test_built_view_runs_no_script_from_the_article(tmp_path: Path) -> None:
    """An article full of <script>, onerror= and javascript: goes through `kg build`; chromium opens the page."""
    from playwright.sync_api import sync_playwright

    (tmp_path / "attack.txt").write_text(" date 2019-07-12 " + ATTACK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "attack.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    page_source = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "window.__xss" in page_source   # the attack text is in the page, as data
    shot = screenshot_script()
    dialogs, errors, requests = [], [], []
    with sync_playwright() as pw:
        browser = shot.launch(pw)
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto((tmp_path / "out" / "graph.html").as_uri())
        shot.wait_stable(page)
        ids = page.evaluate("kgView.nodes.getIds()")
        assert len(ids) >= 3
        shown = []
        for node in ids:   # every node's evidence panel, the attack sentences included
            page.evaluate("id => kgView.select(id, false)", node)
            shown.append(page.locator("#kg-panel").text_content())
        page.fill("#kg-search", "<script")
        assert any("onerror=" in text for text in shown) and any("javascript:" in text for text in shown)  # as text ...
        xss = page.evaluate("window.__xss")
        links = page.locator("a[href^='javascript']").count()
        injected = page.locator("#kg-panel script, #kg-panel img, #kg-panel svg, #kg-panel iframe").count()
        browser.close()
    assert (xss, dialogs, errors, links, injected) == (None, [], [], 0, 0)   # ... and never run
    assert all(url.startswith(("file://", "data:")) for url in requests), requests
