"""The newskg vocabulary as closed rdflib namespaces, and the prefixes every export binds."""
from __future__ import annotations

from enum import StrEnum
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


class EntityClass(StrEnum):
    """The entity classes: nkg:Entity and its subclasses, each member named and valued as its nkg: local name."""

    Entity = "Entity"
    Country = "Country"
    Person = "Person"
    Leader = "Leader"
    Organization = "Organization"
    WeaponSystem = "WeaponSystem"
    Place = "Place"
    Group = "Group"


class EventClass(StrEnum):
    """The event classes: nkg:Event and its subclasses, each member named and valued as its nkg: local name."""

    Event = "Event"
    Statement = "Statement"
    Interview = "Interview"
    Demand = "Demand"
    Negotiation = "Negotiation"
    Meeting = "Meeting"
    PhoneCall = "PhoneCall"
    Agreement = "Agreement"
    ArmsTransfer = "ArmsTransfer"
    Aid = "Aid"
    Rejection = "Rejection"
    Warning = "Warning"
    Threat = "Threat"
    Sanction = "Sanction"
    Exclusion = "Exclusion"
    MilitaryAction = "MilitaryAction"
    Accusation = "Accusation"
    Support = "Support"
    Pledge = "Pledge"
    Investigation = "Investigation"
    Cooperation = "Cooperation"
    Concession = "Concession"
    Retreat = "Retreat"
    Protest = "Protest"
    Coercion = "Coercion"
    Mobilization = "Mobilization"
    Assault = "Assault"


class Status(StrEnum):
    """Whether an event happened: the individuals of nkg:Status."""

    Happened = "Happened"
    Planned = "Planned"
    Possible = "Possible"
    Negated = "Negated"


class Relation(StrEnum):
    """The predicates of facts: between two entities, or an entity and a literal (role, category)."""

    leaderOf = "leaderOf"
    officialOf = "officialOf"
    role = "role"
    memberOf = "memberOf"
    allyOf = "allyOf"
    originCountry = "originCountry"
    manufacturer = "manufacturer"
    category = "category"
    locatedIn = "locatedIn"


Class = EntityClass | EventClass
PEOPLE = frozenset({EntityClass.Person, EntityClass.Leader})   # a person, in office or not
ENTITY_CLASSES = tuple(cls for cls in EntityClass if cls is not EntityClass.Entity)
EVENT_CLASSES = tuple(cls for cls in EventClass if cls is not EventClass.Event)
# the class hierarchy of ontology/newskg.ttl (rdfs:subClassOf within nkg:, checked by tests/test_ontology.py)
SUPERCLASS: dict[Class, Class] = {
    **{cls: EntityClass.Entity for cls in ENTITY_CLASSES}, EntityClass.Leader: EntityClass.Person,
    **{cls: EventClass.Event for cls in EVENT_CLASSES},
    **{cls: EventClass.Statement for cls in (EventClass.Interview, EventClass.Accusation, EventClass.Support,
                                             EventClass.Pledge)},
    **{cls: EventClass.MilitaryAction for cls in (EventClass.Mobilization, EventClass.Assault)},
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
COOPERATIVE_QUADS = frozenset(PLOVER_QUADS[:2])   # the verbal and material cooperation quads
STATUSES = tuple(Status)

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

