"""SHACL validation: a hand-written valid export conforms, and each kind of mistake is reported where it is."""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode, RdfFormat, Store
from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from builds import bbc_build, dev_build  # noqa: F401  (session fixtures)
from kg.cli import cli
from stores import jena
from kg.validate import ONTOLOGY_FILE, SH, SHAPES_FILE, load_graph, validate
from kg.vocab import DEFAULT_BASE, NKG, PREFIXES

RES = DEFAULT_BASE
VALID = f"""
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix plover: <https://w3id.org/newskg/plover/> .
@base <{RES}> .

<article/a1> a nkg:Article ; schema:datePublished "2019-09-14"^^xsd:date ; nkg:source "news/a1.txt" ;
    schema:headline "Turkey buys air defence" .
<entity/turkey> a nkg:Country ; rdfs:label "Turkey" ; skos:altLabel "Ankara" ;
    owl:sameAs <http://www.wikidata.org/entity/Q43> ; nkg:mentionedIn <article/a1> ;
    nkg:memberOf <entity/nato> ; nkg:allyOf <entity/united-states> .
<entity/united-states> a nkg:Country ; rdfs:label "United States" ; nkg:allyOf <entity/turkey> .
<entity/russia> a nkg:Country ; rdfs:label "Russia" .
<entity/nato> a nkg:Organization ; rdfs:label "NATO" .
<entity/erdogan> a nkg:Leader ; rdfs:label "Recep Tayyip Erdogan" ; skos:altLabel "Erdogan" ;
    nkg:leaderOf <entity/turkey> ; nkg:officialOf <entity/turkey> ; nkg:role "President" .
<entity/reporter> a nkg:Person ; rdfs:label "Jane Roe" .
<entity/s-400> a nkg:WeaponSystem ; rdfs:label "S-400" ; nkg:originCountry <entity/russia> ;
    nkg:category "air defense system" .
<entity/ankara-city> a nkg:Place ; rdfs:label "Ankara" ; nkg:locatedIn <entity/turkey> .
<event/e1> a nkg:ArmsTransfer ; nkg:cameoCode "062" ; nkg:status nkg:Happened ; nkg:trigger "bought" ;
    nkg:agent <entity/turkey> ; nkg:target <entity/russia> ; nkg:item <entity/s-400> ;
    nkg:location <entity/ankara-city> ; nkg:date "2019-09-13"^^xsd:date ; nkg:dateText "on Friday" ;
    nkg:quantity 2 ; nkg:amount 2.5 ; nkg:currency "USD" ;
    nkg:evidence "Turkey bought the S-400 on Friday." ; nkg:confidence 0.8 ; prov:wasDerivedFrom <article/a1> .
<event/e2> a nkg:Interview ; nkg:cameoCode "012" ; nkg:status nkg:Planned ; nkg:agent <entity/erdogan> ;
    nkg:target <entity/reporter> ; nkg:date "2019-09"^^xsd:gYearMonth ;
    nkg:evidence "Erdogan will speak to a reporter." ; nkg:confidence 0.5 ; prov:wasDerivedFrom <article/a1> .
<entity/turkey-mil> a nkg:Group ; rdfs:label "Turkish military" ; skos:altLabel "Turkish soldiers" ;
    nkg:country <entity/turkey> ; nkg:sector "MIL" ; nkg:mentionedIn <article/a1> .
<entity/tsk> a nkg:Organization ; rdfs:label "Turkish Armed Forces" ; nkg:country <entity/turkey> ;
    nkg:sector "MIL" .
<event/e3> a nkg:Assault ; nkg:cameoCode "195" ; nkg:ploverType plover:ASSAULT ; nkg:ploverMode "aerial" ;
    nkg:status nkg:Happened ; nkg:trigger "struck" ; nkg:agent <entity/turkey-mil> ;
    nkg:location <entity/ankara-city> ; nkg:evidence "Turkish soldiers struck from the air." ;
    nkg:confidence 0.7 ; prov:wasDerivedFrom <article/a1> .
[] a rdf:Statement ; rdf:subject <entity/turkey> ; rdf:predicate nkg:memberOf ; rdf:object <entity/nato> ;
    nkg:basis nkg:GazetteerKnowledge ; prov:wasDerivedFrom <article/a1> .
"""

ERDOGAN, NATO, E1 = URIRef(RES + "entity/erdogan"), URIRef(RES + "entity/nato"), URIRef(RES + "event/e1")
GROUP, E3 = URIRef(RES + "entity/turkey-mil"), URIRef(RES + "event/e3")
PLOVER = Namespace(str(PREFIXES["plover"]))


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def second_label(g: Graph) -> None:
    g.add((ERDOGAN, RDFS.label, Literal("Erdogan")))


def leader_of_organization(g: Graph) -> None:
    g.add((ERDOGAN, NKG.leaderOf, NATO))


def untyped_date(g: Graph) -> None:
    g.set((E1, NKG.date, Literal("2019-09-13")))


def bad_status(g: Graph) -> None:
    g.set((E1, NKG.status, URIRef(str(NKG.Happened) + "ish")))


def confidence_above_one(g: Graph) -> None:
    g.set((E1, NKG.confidence, Literal("1.5", datatype=XSD.decimal)))


def confidence_as_double(g: Graph) -> None:
    g.set((E1, NKG.confidence, Literal(0.8)))


def no_evidence(g: Graph) -> None:
    g.remove((E1, NKG.evidence, None))


def no_article(g: Graph) -> None:
    g.remove((E1, PROV.wasDerivedFrom, None))


def two_event_classes(g: Graph) -> None:
    g.add((E1, RDF.type, NKG.Sanction))


def two_entity_classes(g: Graph) -> None:
    g.add((ERDOGAN, RDF.type, NKG.Country))


def member_of_from_organization(g: Graph) -> None:
    g.add((NATO, NKG.memberOf, NATO))


def item_not_weapon(g: Graph) -> None:
    g.add((E1, NKG.item, NATO))


def bad_wikidata_link(g: Graph) -> None:
    g.add((NATO, OWL.sameAs, URIRef("https://en.wikipedia.org/wiki/NATO")))


def bad_basis(g: Graph) -> None:
    statement = BNode()
    g.add((statement, RDF.type, RDF.Statement))
    g.add((statement, RDF.subject, ERDOGAN))
    g.add((statement, RDF.predicate, NKG.role))
    g.add((statement, RDF.object, Literal("President")))
    g.add((statement, NKG.basis, NKG.Happened))


def misspelt_property(g: Graph) -> None:
    g.add((ERDOGAN, URIRef(str(PREFIXES["nkg"]) + "leaderof"), URIRef(RES + "entity/turkey")))


def misspelt_class(g: Graph) -> None:
    g.add((NATO, RDF.type, URIRef(str(PREFIXES["nkg"]) + "Organisation")))


def group_country_not_a_country(g: Graph) -> None:
    g.set((GROUP, NKG.country, NATO))


def group_without_sector(g: Graph) -> None:
    g.remove((GROUP, NKG.sector, None))


def sector_not_an_agent_code(g: Graph) -> None:
    g.set((GROUP, NKG.sector, Literal("military")))


def country_on_a_person(g: Graph) -> None:
    g.add((ERDOGAN, NKG.country, URIRef(RES + "entity/turkey")))


def plover_type_outside_the_scheme(g: Graph) -> None:
    g.set((E3, NKG.ploverType, PLOVER.FIGHT))


def plover_type_is_a_quad_class(g: Graph) -> None:
    g.set((E3, NKG.ploverType, PLOVER.MaterialConflict))


def plover_type_as_a_string(g: Graph) -> None:
    g.set((E3, NKG.ploverType, Literal("ASSAULT")))


def two_plover_types(g: Graph) -> None:
    g.add((E3, NKG.ploverType, PLOVER.COERCE))


def plover_mode_not_a_mode(g: Graph) -> None:
    g.set((E3, NKG.ploverMode, Literal("From the Air")))


def plover_type_on_an_entity(g: Graph) -> None:
    g.add((NATO, NKG.ploverType, PLOVER.AGREE))


def assault_also_a_protest(g: Graph) -> None:
    g.add((E3, RDF.type, NKG.Protest))


MISTAKES: list[tuple[Callable[[Graph], None], str, str]] = [
    (second_label, "res:entity/erdogan", "rdfs:label"),
    (leader_of_organization, "res:entity/erdogan", "nkg:leaderOf"),
    (untyped_date, "res:event/e1", "nkg:date"),
    (bad_status, "res:event/e1", "nkg:status"),
    (confidence_above_one, "res:event/e1", "nkg:confidence"),
    (confidence_as_double, "res:event/e1", "nkg:confidence"),
    (no_evidence, "res:event/e1", "nkg:evidence"),
    (no_article, "res:event/e1", "prov:wasDerivedFrom"),
    (two_event_classes, "res:event/e1", "rdf:type"),
    (two_entity_classes, "res:entity/erdogan", "rdf:type"),
    (member_of_from_organization, "res:entity/nato", ""),
    (item_not_weapon, "res:event/e1", "nkg:item"),
    (bad_wikidata_link, "res:entity/nato", "owl:sameAs"),
    (bad_basis, "", "nkg:basis"),
    (misspelt_property, "res:entity/erdogan", "nkg:leaderof"),
    (misspelt_class, "res:entity/nato", "rdf:type"),
    (group_country_not_a_country, "res:entity/turkey-mil", "nkg:country"),
    (group_without_sector, "res:entity/turkey-mil", "nkg:sector"),
    (sector_not_an_agent_code, "res:entity/turkey-mil", "nkg:sector"),
    (country_on_a_person, "res:entity/erdogan", ""),
    (plover_type_outside_the_scheme, "res:event/e3", "nkg:ploverType"),
    (plover_type_is_a_quad_class, "res:event/e3", "nkg:ploverType"),
    (plover_type_as_a_string, "res:event/e3", "nkg:ploverType"),
    (two_plover_types, "res:event/e3", "nkg:ploverType"),
    (plover_mode_not_a_mode, "res:event/e3", "nkg:ploverMode"),
    (plover_type_on_an_entity, "res:entity/nato", "rdf:type"),
    (assault_also_a_protest, "res:event/e3", "rdf:type"),
]


def test_valid_graph_conforms() -> None:
    assert validate(valid_graph()) == []


@pytest.mark.parametrize(("mistake", "focus", "path"), MISTAKES, ids=[m[0].__name__ for m in MISTAKES])
def test_each_mistake_is_reported_at_its_node_and_property(mistake, focus: str, path: str) -> None:
    graph = valid_graph()
    mistake(graph)
    violations = validate(graph)
    assert violations, f"{mistake.__name__} was not caught"
    places = {(v.focus, v.path) for v in violations}
    if focus:
        assert (focus, path) in places
    else:  # a blank node: its label is not stable, the property is
        assert path in {v.path for v in violations}
    assert all(v.severity == "Violation" and v.message for v in violations)


def test_violation_reads_as_one_line() -> None:
    graph = valid_graph()
    untyped_date(graph)
    [violation] = validate(graph)
    line = str(violation)
    assert line.startswith("res:event/e1 nkg:date: ") and "\n" not in line
    assert '"2019-09-13"' in line


def test_shapes_work_without_the_ontology() -> None:
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, _report, _text = shacl_validate(valid_graph(), shacl_graph=shapes)
    assert conforms
    broken = valid_graph()
    leader_of_organization(broken)
    conforms, _report, _text = shacl_validate(broken, shacl_graph=shapes)
    assert not conforms


def test_jena_shacl_agrees_on_every_mistake(tmp_path: Path) -> None:
    """The shapes are plain SHACL: Apache Jena's engine finds the same nodes and properties."""
    graph = valid_graph()
    for mistake in (second_label, leader_of_organization, untyped_date, bad_status, confidence_above_one,
                    two_entity_classes, item_not_weapon, bad_wikidata_link, group_country_not_a_country,
                    sector_not_an_agent_code, plover_type_outside_the_scheme, plover_mode_not_a_mode,
                    assault_also_a_protest, plover_type_on_an_entity):
        mistake(graph)
    data = tmp_path / "data.ttl"
    (graph + Graph().parse(ONTOLOGY_FILE, format="turtle")).serialize(data, format="turtle")
    done = jena("shacl", "validate", "--shapes", str(SHAPES_FILE), "--data", str(data))
    assert done.returncode == 0, done.stderr[-2000:]
    report = Graph().parse(data=done.stdout, format="turtle")
    jena_places = {(report.value(r, SH.focusNode), report.value(r, SH.resultPath))
                   for r in report.subjects(RDF.type, SH.ValidationResult)}
    ours = {(URIRef(RES + v.focus.removeprefix("res:")), v.path) for v in validate(graph)}
    names = graph.namespace_manager
    assert {(focus, path.n3(names) if path else "") for focus, path in jena_places} == ours


def test_load_graph_merges_named_graphs(tmp_path: Path) -> None:
    dataset = Dataset()
    for index, triple in enumerate(sorted(valid_graph())):
        dataset.graph(URIRef(f"http://example.org/graph/{index % 2}")).add(triple)
    trig = tmp_path / "graph.trig"
    dataset.serialize(trig, format="trig")
    merged = load_graph(trig)
    assert len(merged) == len(valid_graph())
    assert validate(merged) == []


def test_load_graph_reads_a_store_folder(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "store"))
    store.load(VALID.encode(), RdfFormat.TURTLE, to_graph=NamedNode("http://example.org/article"))
    store.flush()
    del store
    merged = load_graph(tmp_path / "store")
    assert len(merged) == len(valid_graph())
    assert merged.namespace_manager.store.namespace("res") == URIRef(RES)


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.ttl"
    good.write_text(VALID, encoding="utf-8")
    broken = valid_graph()
    second_label(broken)
    bad_status(broken)
    bad = tmp_path / "bad.ttl"
    broken.serialize(bad, format="turtle")
    garbled = tmp_path / "garbled.ttl"
    garbled.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    return {"good": good, "bad": bad, "garbled": garbled, "missing": tmp_path / "missing.ttl"}


def test_cli_conforming_graph(files: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, ["validate", str(files["good"])])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_prints_one_line_per_violation_and_exits_1(files: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, ["validate", str(files["bad"])])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert any(line.startswith("res:entity/erdogan rdfs:label: ") for line in lines)
    assert any(line.startswith("res:event/e1 nkg:status: ") for line in lines)
    assert "2 violations" in result.stderr


@pytest.mark.parametrize(("name", "expected"), [("missing", "no such file"), ("garbled", "line 1")])
def test_cli_unreadable_graph_is_one_line_exit_2(files: dict[str, Path], name: str, expected: str) -> None:
    result = CliRunner().invoke(cli, ["validate", str(files[name])])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert expected in result.output


def test_installed_console_script_validates(files: dict[str, Path]) -> None:
    kg = shutil.which("kg")
    assert kg, "the `kg` console script is not installed (pip install -e .)"
    done = subprocess.run([kg, "validate", str(files["bad"])], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "res:event/e1 nkg:status: " in done.stdout
    done = subprocess.run([kg, "validate", str(files["good"])], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "conforms" in done.stdout


# ---------------------------------------------------------------- every build conforms

def test_dev_build_conforms(dev_build: Path) -> None:
    assert [str(v) for v in validate(load_graph(dev_build / "graph.ttl"))] == []


def test_bbc_build_conforms(bbc_build: Path) -> None:
    assert [str(v) for v in validate(load_graph(bbc_build / "graph.ttl"))] == []


def test_spellings_of_one_name_give_one_label_and_alternatives() -> None:
    import datetime as dt

    from kg.model import Article, ArticleGraph, Entity
    from kg.rdf import article_graph, entity_iri
    from kg.store import add, settle

    store = Store()
    for i, name in enumerate(["WorldCom", "Worldcom", "WorldCom"]):
        article = Article(f"a{i}", f"{name} said so ({i}).", f"a{i}.txt", dt.date(2005, 1, i + 1))
        add(store, f"{RES}graph/a{i}", article_graph(ArticleGraph(article, [Entity(name, "Organization")])))
    settle(store)
    node = NamedNode(str(entity_iri("WorldCom", "Organization")))
    terms = {(q.predicate.value, q.object.value) for q in store.quads_for_pattern(node, None, None, None)}
    assert {o for p, o in terms if p == str(RDFS.label)} == {"WorldCom"}
    assert {o for p, o in terms if p == str(SKOS.altLabel)} == {"Worldcom"}


def test_a_title_without_office_is_no_role(read_article) -> None:
    graph = read_article("Shadow Chancellor Oliver Letwin criticised the budget. Chancellor Gordon Brown replied.")
    roles = {fact.subject: fact.object for fact in graph.facts if fact.predicate == "role"}
    classes = {entity.label: entity.cls for entity in graph.entities}
    assert all(classes[subject] == "Leader" for subject in roles)
    assert "Oliver Letwin" in classes and "Oliver Letwin" not in roles
