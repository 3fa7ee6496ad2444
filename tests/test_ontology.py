"""The OWL ontology declares the whole vocabulary, with the axioms vocabulary.md promises."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.validate import ONTOLOGY_FILE, SHAPES_FILE
from kg.vocab import (ENTITY_CLASSES, EVENT_CLASSES, NKG, PLOVER, PLOVER_CATEGORIES, PLOVER_QUAD, PLOVER_QUADS,
                      PREFIXES, SCHEMA, SEM, STATUSES, SUPERCLASS, WD, EntityClass, EventClass, Relation, Status)
from stores import jena

VOCABULARY_MD = Path(__file__).resolve().parents[2] / "shared" / "design" / "vocabulary.md"
DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def nkg_terms() -> list[str]:
    return [name for name in NKG.__annotations__ if not name.startswith("_")]


def vocabulary_md() -> str:
    if not VOCABULARY_MD.exists():
        pytest.skip(f"{VOCABULARY_MD} is not beside the repository")
    return VOCABULARY_MD.read_text(encoding="utf-8")


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    assert (ONTOLOGY_IRI, DCTERMS.creator, Literal("newskg authors")) in ontology


@pytest.mark.parametrize("name", nkg_terms())
def test_every_vocab_term_is_declared_labelled_and_commented(ontology: Graph, name: str) -> None:
    term = NKG[name]
    assert set(ontology.objects(term, RDF.type)) & DECLARATIONS, f"nkg:{name} is not declared"
    assert ontology.value(term, RDFS.label) is not None, f"nkg:{name} has no rdfs:label"
    assert ontology.value(term, RDFS.comment) is not None, f"nkg:{name} has no rdfs:comment"


def test_ontology_declares_no_nkg_term_missing_from_vocab_py(ontology: Graph) -> None:
    namespace = str(PREFIXES["nkg"])
    declared = {str(s)[len(namespace):] for s in ontology.subjects() if str(s).startswith(namespace)}
    assert declared == set(nkg_terms())


@pytest.mark.parametrize("name", ["leaderOf", "officialOf", "memberOf", "allyOf", "originCountry", "manufacturer",
                                  "locatedIn", "mentionedIn", "agent", "target", "item", "location", "status",
                                  "basis", "role", "category", "date", "dateText", "quantity", "amount",
                                  "currency", "evidence", "confidence", "cameoCode", "trigger", "source",
                                  "ploverType", "ploverMode", "country", "sector"])
def test_properties_have_domain_and_range(ontology: Graph, name: str) -> None:
    assert ontology.value(NKG[name], RDFS.domain) is not None
    assert ontology.value(NKG[name], RDFS.range) is not None


def test_every_nkg_term_of_vocabulary_md_is_declared(ontology: Graph) -> None:
    named = set(re.findall(r"\bnkg:([A-Za-z][A-Za-z0-9_]*)", vocabulary_md()))
    assert len(named) > 40
    missing = [name for name in sorted(named) if not set(ontology.objects(NKG[name], RDF.type)) & DECLARATIONS]
    assert missing == []


def test_every_alignment_target_of_vocabulary_md_appears(ontology: Graph) -> None:
    text = vocabulary_md()
    namespaces = {name: str(PREFIXES[name]) for name in ("schema", "sem", "prov", "skos")} | {"wd": str(WD)}
    named = {(prefix, local) for prefix, local in re.findall(r"\b(schema|sem|prov|skos|wd):([A-Za-z][A-Za-z0-9_]*)",
                                                             text)
             if prefix != "wd" or re.fullmatch(r"Q[0-9]+", local)}
    assert ("wd", "Q6256") in named and ("sem", "Event") in named
    mentioned = set(ontology.subjects()) | set(ontology.objects())
    missing = [f"{prefix}:{local}" for prefix, local in sorted(named)
               if URIRef(namespaces[prefix] + local) not in mentioned]
    assert missing == []


def test_class_hierarchy(ontology: Graph) -> None:
    def ancestors(cls: URIRef) -> set[URIRef]:
        return set(ontology.transitive_objects(cls, RDFS.subClassOf))

    assert (NKG.Leader, RDFS.subClassOf, NKG.Person) in ontology
    assert (NKG.Person, RDFS.subClassOf, NKG.Entity) in ontology
    assert (NKG.Interview, RDFS.subClassOf, NKG.Statement) in ontology
    for name in ENTITY_CLASSES:
        assert NKG.Entity in ancestors(NKG[name]), name
    for name in EVENT_CLASSES:
        assert {NKG.Event, SEM.Event} <= ancestors(NKG[name]), name
    assert {SCHEMA.NewsArticle, URIRef("http://www.w3.org/ns/prov#Entity")} <= ancestors(NKG.Article)


def test_property_axioms(ontology: Graph) -> None:
    assert (NKG.leaderOf, RDFS.subPropertyOf, NKG.officialOf) in ontology
    assert (NKG.allyOf, RDF.type, OWL.SymmetricProperty) in ontology
    assert (NKG.agent, RDFS.subPropertyOf, SEM.hasActor) in ontology
    assert (NKG.location, RDFS.subPropertyOf, SEM.hasPlace) in ontology
    date_range = ontology.value(NKG.date, RDFS.range)
    members = set(Collection(ontology, ontology.value(date_range, OWL.unionOf)))
    assert {str(m).rsplit("#", 1)[-1] for m in members} == {"date", "gYearMonth", "gYear"}


@pytest.mark.parametrize(("cls", "values"), [("Status", STATUSES), ("Basis", ("StatedInText", "GazetteerKnowledge"))])
def test_enumerations(ontology: Graph, cls: str, values: tuple[str, ...]) -> None:
    enumeration = ontology.value(NKG[cls], OWL.equivalentClass)
    assert set(Collection(ontology, ontology.value(enumeration, OWL.oneOf))) == {NKG[v] for v in values}
    for value in values:
        assert (NKG[value], RDF.type, NKG[cls]) in ontology


def local(term: URIRef, namespace: Namespace | str) -> str:
    return str(term).removeprefix(str(namespace))


def test_vocab_py_hierarchy_is_the_ontology_s(ontology: Graph) -> None:
    namespace = str(NKG._NS)
    declared = {(local(sub, namespace), local(sup, namespace)) for sub, sup in ontology.subject_objects(RDFS.subClassOf)
                if str(sub).startswith(namespace) and str(sup).startswith(namespace)}
    assert declared == set(SUPERCLASS.items())
    assert set(SUPERCLASS) == set(ENTITY_CLASSES) | set(EVENT_CLASSES)


@pytest.mark.parametrize("enum", [EntityClass, EventClass], ids=lambda e: e.__name__)
def test_class_enums_are_the_ontology_s_classes(ontology: Graph, enum) -> None:
    root = NKG[next(iter(enum))]
    subclasses = {local(c, NKG._NS) for c in ontology.transitive_subjects(RDFS.subClassOf, root)}
    assert {member.name for member in enum} == {member.value for member in enum} == subclasses


def test_status_and_relation_enums_are_ontology_terms(ontology: Graph) -> None:
    assert {NKG[s] for s in Status} == set(ontology.subjects(RDF.type, NKG.Status))
    for relation in Relation:
        assert relation.name == relation.value
        assert set(ontology.objects(NKG[relation], RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}
        domain = ontology.value(NKG[relation], RDFS.domain)
        assert NKG.Entity in set(ontology.transitive_objects(domain, RDFS.subClassOf)), relation


def test_vocabulary_md_plover_class_table_agrees_with_vocab_py() -> None:
    rows = re.findall(r"^\| `nkg:(\w+)` \| `nkg:(\w+)` \| [^|]* \| ([A-Z]+) \|$", vocabulary_md(), re.M)
    assert len(rows) == 11
    assert [(sub, SUPERCLASS[sub]) for sub, _, _ in rows] == [(sub, sup) for sub, sup, _ in rows]
    assert {category for _, _, category in rows} <= set(PLOVER_CATEGORIES)


def test_plover_categories_are_a_skos_scheme_under_four_quads(ontology: Graph) -> None:
    scheme = PLOVER.scheme
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    assert set(ontology.objects(scheme, SKOS.hasTopConcept)) == {PLOVER[q] for q in PLOVER_QUADS}
    concepts = set(ontology.subjects(SKOS.inScheme, scheme))
    assert concepts == {PLOVER[name] for name in (*PLOVER_CATEGORIES, *PLOVER_QUADS)}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert ontology.value(concept, SKOS.prefLabel) is not None and ontology.value(concept, SKOS.definition)
    for name in PLOVER_CATEGORIES:
        assert ontology.value(PLOVER[name], SKOS.notation) == Literal(name)


def test_vocab_py_quads_are_the_ontology_s(ontology: Graph) -> None:
    broader = {local(c, PLOVER): local(q, PLOVER) for c, q in ontology.subject_objects(SKOS.broader)}
    assert broader == PLOVER_QUAD
    assert set(PLOVER_QUAD.values()) == set(PLOVER_QUADS) and len(PLOVER_QUAD) == 16


SH = Namespace("http://www.w3.org/ns/shacl#")


def allowed_values(shapes: Graph, path: URIRef) -> set[URIRef]:
    """The members of every sh:in list of a property shape on `path`, given directly or in its qualified value shape."""
    found = set()
    for prop in shapes.subjects(SH.path, path):
        for holder in (prop, shapes.value(prop, SH.qualifiedValueShape)):
            listed = shapes.value(holder, SH["in"]) if holder is not None else None
            found |= set(Collection(shapes, listed)) if listed is not None else set()
    return found


def test_shapes_name_every_class_and_category_of_vocab_py() -> None:
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    classes = {NKG[c] for c in (*ENTITY_CLASSES, *EVENT_CLASSES)}
    assert allowed_values(shapes, RDF.type) == classes
    assert allowed_values(shapes, NKG.ploverType) == {PLOVER[c] for c in PLOVER_CATEGORIES}
    assert classes <= set(shapes.objects(None, SH.targetClass))


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE], ids=lambda p: p.name)
def test_loads_in_pyoxigraph_and_jena_riot_strict(path: Path) -> None:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(path, format="turtle"))
    done = jena("riot", "--validate", "--strict", str(path))
    assert done.returncode == 0 and "WARN" not in done.stderr and "ERROR" not in done.stderr, done.stderr
