"""A per-user cache of data derived at start-up (the tokenised gazetteer), keyed by a hash of what it derives from.

The cache lives in $NEWSKG_CACHE, else $XDG_CACHE_HOME/newskg, else ~/.cache/newskg. It is only ever a
shortcut: a cache folder that cannot be read or written, or an entry that does not parse, is ignored and
the value computed again. Entries are MessagePack (data, never code: srsly's, which spaCy ships) and are
written atomically, so builds running at the same time can share the folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def entry(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key}.msgpack"


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
