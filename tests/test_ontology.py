"""The OWL ontology declares the whole vocabulary, with the axioms vocabulary.md promises."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kg.validate import ONTOLOGY_FILE
from kg.vocab import ENTITY_CLASSES, EVENT_CLASSES, NKG, PREFIXES, SCHEMA, SEM, STATUSES, WD

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
                                  "currency", "evidence", "confidence", "cameoCode", "trigger", "source"])
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
