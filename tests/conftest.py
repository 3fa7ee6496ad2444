"""Shared fixtures: the spaCy pipeline is built once per test session."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Article
from kg.pipeline import analyse
from kg.annotate import pipeline
from kg.extract.coding import load_coder
from kg.gazetteer import load


@pytest.fixture(scope="session")
def read_article():
    """Run the real pipeline (spaCy + gazetteers) over a text and return its ArticleGraph."""
    nlp, gaz, coder = pipeline(), load(), load_coder()

    def run(text: str, published: dt.date | None = dt.date(2019, 9, 14), id: str = "t"):
        article = Article(id=id, text=text, source=f"{id}.txt", published=published)
        return analyse(nlp(text), article, gaz, coder)

    return run
