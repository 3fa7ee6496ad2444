"""The newskg vocabulary as closed rdflib namespaces, and the prefixes every export binds."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, OWL, PROV, RDF, RDFS, SKOS, XSD

SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
PLOVER = Namespace("https://w3id.org/newskg/plover/")
DEFAULT_BASE = "https://w3id.org/newskg/resource/"


class NKG(DefinedNamespace):
    """Terms of ../shared/design/vocabulary.md; a typo raises AttributeError."""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    # entity classes
    Entity: URIRef
    Country: URIRef
    Person: URIRef
    Leader: URIRef
    Organization: URIRef
    WeaponSystem: URIRef
    Place: URIRef
    Group: URIRef
    # event classes
    Event: URIRef
    Statement: URIRef
    Interview: URIRef
    Demand: URIRef
    Negotiation: URIRef
    Meeting: URIRef
    PhoneCall: URIRef
    Agreement: URIRef
    ArmsTransfer: URIRef
    Aid: URIRef
    Rejection: URIRef
    Warning: URIRef
    Threat: URIRef
    Sanction: URIRef
    Exclusion: URIRef
    MilitaryAction: URIRef
    Accusation: URIRef
    Support: URIRef
    Pledge: URIRef
    Investigation: URIRef
    Cooperation: URIRef
    Concession: URIRef
    Retreat: URIRef
    Protest: URIRef
    Coercion: URIRef
    Mobilization: URIRef
    Assault: URIRef
    # articles, factuality values, fact provenance
    Article: URIRef
    Status: URIRef
    Happened: URIRef
    Planned: URIRef
    Possible: URIRef
    Negated: URIRef
    Basis: URIRef
    StatedInText: URIRef
    GazetteerKnowledge: URIRef
    # entity relations
    leaderOf: URIRef
    officialOf: URIRef
    role: URIRef
    memberOf: URIRef
    allyOf: URIRef
    originCountry: URIRef
    manufacturer: URIRef
    category: URIRef
    locatedIn: URIRef
    mentionedIn: URIRef
    # event properties
    agent: URIRef
    target: URIRef
    item: URIRef
    location: URIRef
    date: URIRef
    dateText: URIRef
    status: URIRef
    quantity: URIRef
    amount: URIRef
    currency: URIRef
    evidence: URIRef
    confidence: URIRef
    cameoCode: URIRef
    trigger: URIRef
    ploverType: URIRef
    ploverMode: URIRef
    # group properties
    country: URIRef
    sector: URIRef
    # article and fact provenance
    source: URIRef
    basis: URIRef


ENTITY_CLASSES = ("Country", "Person", "Leader", "Organization", "WeaponSystem", "Place", "Group")
EVENT_CLASSES = ("Statement", "Interview", "Demand", "Negotiation", "Meeting", "PhoneCall", "Agreement",
                 "ArmsTransfer", "Aid", "Rejection", "Warning", "Threat", "Sanction", "Exclusion",
                 "MilitaryAction", "Accusation", "Support", "Pledge", "Investigation", "Cooperation", "Concession",
                 "Retreat", "Protest", "Coercion", "Mobilization", "Assault")
# the class hierarchy of ontology/newskg.ttl (rdfs:subClassOf within nkg:), one home for Python
SUPERCLASS = {
    **{cls: "Entity" for cls in ENTITY_CLASSES}, "Leader": "Person",
    **{cls: "Event" for cls in EVENT_CLASSES}, "Interview": "Statement",
    "Accusation": "Statement", "Support": "Statement", "Pledge": "Statement",
    "Mobilization": "MilitaryAction", "Assault": "MilitaryAction",
}
# the PLOVER 2021 quad classes, and each category's quad (skos:broader in ontology/newskg.ttl); the manual
# files SANCTION under material conflict in its category chapter and summary, verbal in one table: material here
PLOVER_QUADS = ("VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict")
PLOVER_QUAD = {
    "AGREE": "VerbalCooperation", "CONSULT": "VerbalCooperation", "SUPPORT": "VerbalCooperation",
    "CONCEDE": "VerbalCooperation",
    "COOPERATE": "MaterialCooperation", "AID": "MaterialCooperation", "RETREAT": "MaterialCooperation",
    "REQUEST": "VerbalConflict", "ACCUSE": "VerbalConflict", "REJECT": "VerbalConflict", "THREATEN": "VerbalConflict",
    "PROTEST": "MaterialConflict", "SANCTION": "MaterialConflict", "MOBILIZE": "MaterialConflict",
    "COERCE": "MaterialConflict", "ASSAULT": "MaterialConflict",
}
PLOVER_CATEGORIES = tuple(PLOVER_QUAD)
STATUSES = ("Happened", "Planned", "Possible", "Negated")

PREFIXES = {
    "nkg": URIRef(str(NKG._NS)),
    "schema": URIRef(str(SCHEMA)),
    "sem": URIRef(str(SEM)),
    "wd": URIRef(str(WD)),
    "plover": URIRef(str(PLOVER)),
    "prov": URIRef(str(PROV)),
    "skos": URIRef(str(SKOS)),
    "owl": URIRef(str(OWL)),
    "rdfs": URIRef(str(RDFS)),
    "rdf": URIRef(str(RDF)),
    "xsd": URIRef(str(XSD)),
}

