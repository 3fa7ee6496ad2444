"""Python's cyclic garbage collector, paused while many objects are made at once (a parsed graph, records read back
from the cache): each allocation would otherwise set it scanning objects that are all still in use."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block, then as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
