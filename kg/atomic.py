"""Atomic file writes: a temporary file beside the target, renamed into place only when complete."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def replace_into(path: Path, write: Callable[[str], None], mode: int | None = None) -> None:
    """Call `write(tmp)` for a temp file beside `path`, then move it into place atomically.

    A build killed midway leaves the previous `path` as it was (at worst a stray `.name.*.tmp`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    replace_into(path, lambda tmp: Path(tmp).write_bytes(data))
