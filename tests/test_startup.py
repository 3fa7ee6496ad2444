"""Start-up: the gazetteer, its tokenised names, the CAMEO coder and the unpacked language model come from a cache
keyed by what they derive from, whose entries make records and never run code; the cached ruler marks the entities spaCy's
own EntityRuler marks and the cached language model guesses what py3langid guesses; forked workers share the
build's pipeline and build what spawned ones build; --workers 0 follows the corpus size and the cores."""
from __future__ import annotations

import dataclasses
import os
import pickle
from pathlib import Path

import pytest
import spacy
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from kg import annotate, atomic, cache, engine, gazetteer, language
from kg.annotate import DEFAULT_MODEL, gazetteer_phrases, ruler_patterns, tokenised
from kg.build import build
from kg.extract import coding
from kg.gazetteer import load
from kg.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXTS = (
    "Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi, Russia, on Tuesday.",
    "The United Nations and NATO said Georgia had bought Javelin missiles and two Patriot systems.",
    "Hamas and the Islamic State were named by officials in Washington, Paris and New Delhi.",
    "The European Union's foreign ministers met in Brussels; the EU said Hezbollah fired rockets.",
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture
def cache_at(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def refuse(*args):
    raise AssertionError("tokenised again although the cache holds the patterns")


@pytest.fixture
def few_names(monkeypatch):
    """Ruler patterns cut to the first 200 names of the gazetteer, so that tokenising them is quick."""
    patterns = ruler_patterns(load())[:200]
    monkeypatch.setattr(annotate, "ruler_patterns", lambda gaz: patterns)
    return patterns


def test_second_start_reads_the_cache_instead_of_tokenising(nlp, cache_at, monkeypatch, few_names):
    first = gazetteer_phrases(nlp, DEFAULT_MODEL, load())
    assert first == tokenised(nlp, few_names)
    assert len(list(cache_at.glob("gazetteer-ruler-*"))) == 1
    monkeypatch.setattr(annotate, "tokenised", refuse)
    monkeypatch.setattr(annotate, "ruler_patterns", refuse)     # nor are the patterns made
    assert gazetteer_phrases(nlp, DEFAULT_MODEL, load()) == first


def test_a_changed_kg_is_tokenised_afresh(nlp, cache_at, monkeypatch, few_names):
    gazetteer_phrases(nlp, DEFAULT_MODEL, load())
    changed = few_names + [{"label": "ORG", "pattern": "Ministry of Silly Walks", "id": "Organization|MSW"}]
    monkeypatch.setattr(annotate, "ruler_patterns", lambda gaz: changed)
    monkeypatch.setattr(cache, "package_digest", lambda: "an edited gazetteer file")
    phrases = gazetteer_phrases(nlp, DEFAULT_MODEL, load())
    assert ["ORG", "Organization|MSW", [[nlp.vocab.strings[w] for w in ("Ministry", "of", "Silly", "Walks")]]] in phrases
    assert len(list(cache_at.glob("gazetteer-ruler-*"))) == 2


def test_an_unwritable_or_corrupt_cache_is_only_ignored(nlp, tmp_path, monkeypatch, few_names):
    expected = tokenised(nlp, few_names)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocked))
    assert gazetteer_phrases(nlp, DEFAULT_MODEL, load()) == expected
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    gazetteer_phrases(nlp, DEFAULT_MODEL, load())
    (entry,) = folder.glob("gazetteer-ruler-*")
    entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    assert gazetteer_phrases(nlp, DEFAULT_MODEL, load()) == expected


LANGUAGES = ("The government said on Tuesday that it would cut taxes for small firms next year.",
             "Die Regierung hat am Dienstag gesagt, dass sie die Steuern im nächsten Jahr senken wird.",
             "Le gouvernement a annoncé mardi une baisse des impôts pour les petites entreprises.",
             "Правительство объявило во вторник о снижении налогов для малого бизнеса.")


@pytest.fixture(scope="module")
def py3langid() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture
def fresh_identifier():
    language.identifier.cache_clear()
    yield
    language.identifier.cache_clear()


def test_the_unpacked_language_model_guesses_what_py3langid_guesses(py3langid, cache_at, fresh_identifier, monkeypatch):
    assert [language.identifier().rank(text) for text in LANGUAGES] == [py3langid.rank(text) for text in LANGUAGES]
    assert len(list(cache_at.glob("langid-model-*/ptc.npy"))) == 1
    monkeypatch.setattr(language, "unpack", refuse)
    language.identifier.cache_clear()
    assert language.identifier().rank(LANGUAGES[1]) == py3langid.rank(LANGUAGES[1])


def test_a_damaged_or_unwritable_cache_leaves_the_shipped_language_model(py3langid, cache_at, fresh_identifier,
                                                                         tmp_path, monkeypatch):
    language.identifier()
    (entry,) = cache_at.glob("langid-model-*/ptc.npy")
    entry.write_bytes(entry.read_bytes()[:100_000])
    language.identifier.cache_clear()
    assert language.identifier().rank(LANGUAGES[2]) == py3langid.rank(LANGUAGES[2])
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocked))
    language.identifier.cache_clear()
    assert language.identifier().rank(LANGUAGES[3]) == py3langid.rank(LANGUAGES[3])


def field_values(records) -> dict:
    return {f.name: getattr(records, f.name) for f in dataclasses.fields(records)}


@pytest.mark.parametrize("module, load, make", [(coding, "load_coder", "make_coder"), (gazetteer, "load", "read")],
                         ids=["coder", "gazetteer"])
def test_a_second_start_reads_the_records_from_the_cache(cache_at, monkeypatch, module, load, make):
    made = field_values(getattr(module, make)())
    getattr(module, load).cache_clear()
    assert field_values(getattr(module, load)()) == made
    monkeypatch.setattr(module, make, refuse)
    getattr(module, load).cache_clear()
    assert field_values(getattr(module, load)()) == made
    getattr(module, load).cache_clear()


@pytest.mark.parametrize("store, suffix", [(cache.cached_records, ".pickle"), (cache.cached, ".msgpack")],
                         ids=["records", "values"])
def test_entries_of_old_versions_are_pruned(cache_at, store, suffix):
    for version in range(cache.KEPT + 3):
        store("coder", f"version-{version}", lambda: version)
        made = 1_000_000_000 * (1_700_000_000 + version)    # stored a second after the version before
        os.utime(cache.entry("coder", f"version-{version}", suffix), ns=(made, made))
    kept = sorted(p.name for p in cache_at.glob(f"coder-*{suffix}"))
    assert kept == sorted(f"coder-version-{v}{suffix}" for v in range(3, cache.KEPT + 3))


class Planted:
    """What a hostile cache entry could hold: when unpickled, it would call a function of its choosing."""

    def __init__(self, call, *args):
        self.call, self.args = call, args

    def __reduce__(self):
        return self.call, self.args


@pytest.mark.parametrize("call", [os.mkdir, atomic.write_bytes], ids=["os.mkdir", "kg.atomic.write_bytes"])
def test_a_cache_entry_makes_only_records_and_runs_nothing(cache_at, tmp_path, call):
    planted = tmp_path / "planted"
    cache_at.mkdir()
    args = (str(planted),) if call is os.mkdir else (planted, b"code ran")
    cache.entry("coder", "k2", ".pickle").write_bytes(pickle.dumps(Planted(call, *args)))
    assert cache.cached_records("coder", "k2", lambda: "made afresh") == "made afresh"
    assert not planted.exists()
    assert cache.cached_records("coder", "k2", lambda: "not needed") == "made afresh"


def ents(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_the_cached_ruler_marks_what_spacys_entity_ruler_marks(cache_at):
    patterns = ruler_patterns(load())
    ours = spacy.load(DEFAULT_MODEL)
    ours.add_pipe("gazetteer_ruler", before="ner").add(gazetteer_phrases(ours, DEFAULT_MODEL, load()))
    theirs = spacy.load(DEFAULT_MODEL)
    with theirs.select_pipes(enable=[]):
        theirs.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True}).add_patterns(patterns)
    for text in TEXTS:
        assert ents(ours(text)) == ents(theirs(text))
    assert any(e.ent_id_ == "Country|Russia" for e in ours(TEXTS[0]).ents)


def pipeline_in_use() -> tuple[int, int]:
    """In a worker: the address of the pipeline it extracts with, and how often its process built one."""
    return id(annotate.pipeline(DEFAULT_MODEL)), annotate.pipeline.cache_info().misses


@pytest.mark.skipif(engine.start_method() != "fork", reason="workers fork only where the platform allows it")
def test_forked_workers_use_the_pipeline_the_build_loaded():
    with engine.local_executor(2, DEFAULT_MODEL) as pool:
        loaded = pipeline_in_use()   # loaded here, before the workers forked: the same object in every worker
        assert [pool.submit(pipeline_in_use).result() for _ in range(4)] == [loaded] * 4


def test_spawned_and_forked_workers_build_the_same_bytes(tmp_path, monkeypatch):
    forked = build([SEEDS], tmp_path / "forked", workers=2)
    monkeypatch.setattr(engine, "start_method", lambda: "spawn")
    spawned = build([SEEDS], tmp_path / "spawned", workers=2)
    assert forked.turtle.read_bytes() == spawned.turtle.read_bytes()
    assert forked.html.read_bytes() == spawned.html.read_bytes()


def chunk_of(count: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Text {i}.", source=f"a{i}.txt", published=None) for i in range(count)]


def test_auto_workers_follow_the_corpus_up_to_the_cores():
    one, many = [chunk_of(3)], [chunk_of(16) for _ in range(engine.cores() + 3)]
    workers, parts = engine.sized(iter(one), 0)
    assert workers == 1 and list(parts) == one
    workers, parts = engine.sized(iter(many), 0)
    assert workers == engine.cores() and list(parts) == many
    assert engine.sized(iter(many), 3)[0] == 3
    assert engine.sized(iter([]), 0)[0] == 1
