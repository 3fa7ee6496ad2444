"""Run extraction over a stream of articles, in this process, a local process pool or a Dask cluster, as N-Quads parts."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.annotate import DEFAULT_MODEL, pipeline
from kg.errors import EngineError
from kg.inputs import Skip
from kg.model import Article
from kg.pipeline import extract
from kg.rdf import article_graph, article_iri
from kg.vocab import DEFAULT_BASE

ENGINES = ("local", "dask")
CHUNK = 16          # articles per task: one nlp.pipe batch
CHUNK_CHARS = 32_000    # text per task (16 news articles of average length): a batch of long articles is cut
                        # short, so a worker's memory does not grow with the longest articles a corpus holds
CONNECT_TIMEOUT = "10s"   # to reach a Dask scheduler
WINDOW = 4          # tasks in flight per worker: keeps workers busy while memory stays bounded
PR_SET_PDEATHSIG = 1    # prctl(2): the signal a process gets when its parent dies (Linux)


@dataclass(frozen=True)
class Part:
    """The RDF of a chunk of articles: N-Quads, one named graph per article, and the articles left out."""

    graphs: tuple[str, ...]     # the article IRIs (graph names), one per article
    nquads: bytes
    skipped: tuple[Skip, ...] = ()  # articles whose analysis ran past the time limit


def ox_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term: {term!r}")


def extract_part(articles: list[Article], model: str = DEFAULT_MODEL, base: str = DEFAULT_BASE) -> Part:
    """Extract a chunk of articles into one N-Quads part (the task every engine runs)."""
    graphs, quads, skipped = [], [], []
    for ag in extract(articles, model=model, batch_size=len(articles) or 1, skipped=skipped):
        name = article_iri(ag.article, base)
        graph = ox.NamedNode(str(name))
        graphs.append(str(name))
        quads.extend(ox.Quad(ox_term(s), ox_term(p), ox_term(o), graph) for s, p, o in article_graph(ag, base))
    return Part(tuple(graphs), ox.serialize(quads, format=ox.RdfFormat.N_QUADS), tuple(skipped))


def die_with_parent(parent: int) -> None:
    """Have Linux kill this worker when the build that started it dies (OOM killer, SIGTERM, kill -9).

    Elsewhere the worker still ends when the build exits normally or is interrupted."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:    # the build died before the request was made
        os._exit(1)


def warm(model: str, parent: int) -> None:
    """When a worker process starts: tie its life to the build's, and build the spaCy pipeline once (a forked
    worker has it already)."""
    die_with_parent(parent)
    pipeline(model)


def start_method() -> str:
    """How worker processes start: by fork on Linux, where they share the pipeline the build loaded (copy on
    write) and so start at once; elsewhere by spawn, each loading its own."""
    return "fork" if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def preload(model: str) -> None:
    """Load, in this process, everything `extract` loads (spaCy pipeline, gazetteer, lexicons), for forked
    workers to inherit."""
    for _ in extract([], model=model):
        pass


def check_model(model: str) -> None:
    """EngineError now, in the build's process, unless `model` is an installed spaCy package or pipeline folder."""
    import spacy

    if not (spacy.util.is_package(model) or os.path.isdir(model)):
        raise EngineError(f"spaCy pipeline {model!r} is not installed (pip install it, or pick another with --model)")


def chunks(articles: Iterable[Article], size: int, chars: int = CHUNK_CHARS) -> Iterator[list[Article]]:
    """Consecutive runs of at most `size` articles, ended early once they hold `chars` characters of text."""
    chunk: list[Article] = []
    held = 0
    for article in articles:
        chunk.append(article)
        held += len(article.text)
        if len(chunk) == size or held >= chars:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


@dataclass(frozen=True)
class Executor:
    """Where tasks run: `submit(fn, *args)` returns a future; `slots` is how many run at once."""

    submit: Callable[..., Future]
    slots: int


def run_now(fn: Callable, *args) -> Future:
    """Run a task at once in this process (one worker, no start-up cost) and return its finished future."""
    future: Future = Future()
    future.set_result(fn(*args))
    return future


@contextmanager
def local_executor(workers: int, model: str) -> Iterator[Executor]:
    """This process for one worker, else a pool of processes started by `start_method`."""
    if workers <= 1:
        yield Executor(run_now, 1)
        return
    method = start_method()
    if method == "fork":
        preload(model)
    # Ctrl-C is the build's to handle: the workers are started at once with SIGINT ignored, which a new
    # process keeps, so that an interruption never hits one half-way through its start-up.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                                   initializer=warm, initargs=(model, os.getpid()))
        for _ in range(workers):
            pool.submit(int)    # each submit before any worker is up starts one more process
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        yield Executor(pool.submit, workers)
    finally:   # on an interruption too: queued chunks are dropped, running ones end, workers exit
        pool.shutdown(cancel_futures=True)


@contextmanager
def dask_executor(scheduler: str | None, workers: int) -> Iterator[Executor]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster of `workers` single-threaded processes.

    Tasks are impure: every chunk runs, even when two chunks are equal.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError("--engine dask needs Dask: pip install 'dask[distributed]'") from exc
    with ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT))
            except (OSError, ValueError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        else:
            # on loopback only, and no dashboard: a local build serves nothing to the network
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       host="127.0.0.1", dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        yield Executor(partial(client.submit, pure=False), sum(client.nthreads().values()) or workers)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_count(workers: int) -> int:
    """`workers`, with 0 meaning one per core."""
    return workers if workers > 0 else cores()


def sized(parts: Iterator[list[Article]], workers: int) -> tuple[int, Iterator[list[Article]]]:
    """The worker count for `workers` (0: auto) and the same chunks: auto is one worker per chunk the corpus
    has, up to one per core, so that a corpus of one chunk is extracted in this process."""
    if workers > 0:
        return workers, parts
    head = list(islice(parts, cores()))
    return max(len(head), 1), chain(head, parts)


def executor(engine: str, workers: int, model: str, scheduler: str | None = None) -> AbstractContextManager:
    if engine == "dask":
        return dask_executor(scheduler, worker_count(workers))
    if engine == "local":
        check_model(model)
        return local_executor(worker_count(workers), model)
    raise EngineError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")


def run(articles: Iterable[Article], *, engine: str = "local", workers: int = 1, scheduler: str | None = None,
        model: str = DEFAULT_MODEL, base: str = DEFAULT_BASE, chunk: int = CHUNK) -> Iterator[Part]:
    """The parts of all articles, `chunk` articles each, as they finish, with a bounded number in flight.

    Parts come in the order they finish, not input order, so one slow chunk does not leave workers idle.
    """
    finished: queue.SimpleQueue = queue.SimpleQueue()
    parts = chunks(articles, chunk)
    if engine == "local":
        workers, parts = sized(parts, workers)
    with executor(engine, workers, model, scheduler) as pool:
        window, in_flight = WINDOW * pool.slots, 0
        for articles_chunk in parts:
            pool.submit(extract_part, articles_chunk, model, base).add_done_callback(finished.put)
            in_flight += 1
            if in_flight >= window:
                yield finished.get().result()
                in_flight -= 1
        for _ in range(in_flight):
            yield finished.get().result()
