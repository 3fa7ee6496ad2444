"""A per-user cache of data derived at start-up (the tokenised gazetteer, the unpacked language model), keyed by a
hash of what it derives from.

The cache lives in $NEWSKG_CACHE, else $XDG_CACHE_HOME/newskg, else ~/.cache/newskg. It is only ever a
shortcut: a cache folder that cannot be read or written, or an entry that does not parse, is ignored and
the value computed again. Values are MessagePack (data, never code: srsly's, which spaCy ships); files are
whatever their maker writes. Entries are written atomically, so builds running at the same time can share the folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import srsly

CACHE_ENV = "NEWSKG_CACHE"


def cache_dir() -> Path:
    """The folder the cache lives in (see the module docstring)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newskg"


def digest(*parts: Any) -> str:
    """A short hex digest of JSON-serialisable parts: the key of what a cached value derives from."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:32]


def entry(name: str, key: str, suffix: str = ".msgpack") -> Path:
    return cache_dir() / f"{name}-{key}{suffix}"


def cached(name: str, key: str, compute: Callable[[], Any]) -> Any:
    """The value (lists, dicts, strings, numbers) stored as `name` under `key`, or compute(), then stored."""
    path = entry(name, key)
    try:
        return srsly.msgpack_loads(path.read_bytes())
    except (OSError, ValueError):
        pass
    value = compute()
    store(path, srsly.msgpack_dumps(value))
    return value


def cached_file(name: str, key: str, suffix: str, make: Callable[[BinaryIO], None]) -> Path | None:
    """The file stored as `name` under `key`, written by make(handle) when it is not there yet; None when the
    cache folder cannot be written."""
    path = entry(name, key, suffix)
    if path.is_file():
        return path
    return path if write(path, make) else None


def store(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically; do nothing if the cache folder cannot be written."""
    write(path, lambda handle: handle.write(data))


def write(path: Path, make: Callable[[BinaryIO], Any]) -> bool:
    """Write `path` atomically with make(handle); False (and nothing written) if the cache folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                make(handle)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True
