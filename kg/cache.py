"""A per-user cache of data derived at start-up (the gazetteer and its tokenised names, the CAMEO coder, the
unpacked language model), keyed by a hash of what it derives from.

The cache lives in $NEWSKG_CACHE, else $XDG_CACHE_HOME/newskg, else ~/.cache/newskg. It is only ever a
shortcut: a cache folder that cannot be read or written, or an entry that does not parse, is ignored and
the value computed again. Values are MessagePack (srsly's, which spaCy ships), or kg's own records pickled and
read back by an unpickler that makes nothing but those records (data, never code), or a folder of the files its
maker writes. Entries are written atomically, so builds running at the same time can share the cache.
"""
from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import json
import os
import pickle
import re
import shutil
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import srsly

from kg.collector import collector_paused

CACHE_ENV = "NEWSKG_CACHE"
PACKAGE = Path(__file__).resolve().parent
SOURCE_SUFFIXES = (".py", ".csv", ".txt")    # kg's code and data files: what its derived records can depend on
KEPT = 8    # entries kept per name: the kg versions (checkouts, upgrades) that can share one cache
T = TypeVar("T")


def cache_dir() -> Path:
    """The folder the cache lives in (see the module docstring)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newskg"


def digest(*parts: Any) -> str:
    """A short hex digest of JSON-serialisable parts: the key of what a cached value derives from."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:32]


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of the names and contents of kg's code and data files: records keyed by it are made again after
    any change to kg."""
    sha = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts):
        sha.update(f"{path.relative_to(PACKAGE)}\0{path.stat().st_size}\0".encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:32]


def entry(name: str, key: str, suffix: str = ".msgpack") -> Path:
    return cache_dir() / f"{name}-{key}{suffix}"


def cached(name: str, key: str, compute: Callable[[], Any]) -> Any:
    """The value (lists, dicts, strings, numbers) stored as `name` under `key`, or compute(), then stored."""
    path = entry(name, key)
    try:
        with collector_paused():
            return srsly.msgpack_loads(path.read_bytes())
    except (OSError, ValueError):
        pass
    value = compute()
    store(path, srsly.msgpack_dumps(value))
    prune(name, ".msgpack")
    return value


class Records(pickle.Unpickler):
    """Reads back kg's pickled records: it makes kg's dataclasses and enums, dates and compiled patterns, and no
    other object, so a cache entry cannot run code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in (("datetime", "date"), ("re", "_compile")):
            return super().find_class(module, name)
        found = super().find_class(module, name) if module.split(".")[0] == "kg" else None
        if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
            return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a kg record")


def cached_records(name: str, key: str, compute: Callable[[], T]) -> T:
    """The records (kg dataclasses and enums, in containers) stored as `name` under `key`, or compute(), then stored."""
    path = entry(name, key, ".pickle")
    try:
        with collector_paused():
            return Records(io.BytesIO(path.read_bytes())).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, IndexError,
            KeyError, re.error):
        pass
    value = compute()
    store(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    prune(name, ".pickle")
    return value


def prune(name: str, suffix: str) -> None:
    """Keep the newest KEPT entries stored as `name` (one per kg version that made them), delete the others."""
    try:
        entries = sorted(cache_dir().glob(f"{name}-*{suffix}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEPT:]:
            old.unlink()
    except OSError:
        pass        # gone already (another build pruned it), or the folder cannot be written


def cached_folder(name: str, key: str, make: Callable[[Path], None]) -> Path | None:
    """The folder stored as `name` under `key`, filled by make(folder) when it is not there yet; None when the
    cache folder cannot be written."""
    path = entry(name, key, "")
    if path.is_dir():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=path.name, suffix=".tmp"))
    except OSError:
        return None
    try:
        make(tmp)
        os.rename(tmp, path)
    except OSError:
        pass        # the cache is full, or another build stored the folder first
    finally:
        shutil.rmtree(tmp, ignore_errors=True)     # left only when it was not renamed
    return path if path.is_dir() else None


def store(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically; do nothing if the cache folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass
