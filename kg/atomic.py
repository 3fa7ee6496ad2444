"""Atomic file writes: temporary files beside the targets, renamed into place only when all are complete.

`publish` is the one output commit: graph.ttl and graph.html are both written (and synced) before either is
renamed, so a full disk, an unwritable folder or a kill while writing leaves the previous pair as it was; the
two renames then follow each other with nothing in between. A target that is a symbolic link is written
through the link (the file it names is replaced, the link stays).
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from kg.errors import OutputError
from kg.sanitise import file_name

Writer = Callable[[str], None]   # writes the whole file at the temporary path it is given


def check_writable(folder: Path) -> None:
    """OutputError at once, before any work is done, unless files can be created in `folder` (made if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".kg-probe.", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise OutputError(f"{file_name(error.filename or folder)}: cannot write there ({error.strerror})",
                          error.strerror) from error


def new_file_mode() -> int:
    """The mode a new file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_temp(target: Path, write: Writer, mode: int) -> str:
    """A complete, synced temporary copy of `target` written beside it by `write`; its path."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, mode)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def publish(files: Mapping[Path, Writer], mode: int | None = None) -> None:
    """Write every file to a temporary copy, then rename all copies into place; OutputError if any cannot be written.

    Until the last copy is complete no target is touched, so a failure leaves every target as it was."""
    targets = {Path(os.path.realpath(path)): write for path, write in files.items()}
    written: dict[Path, str] = {}
    try:
        for target, write in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            written[target] = write_temp(target, write, new_file_mode() if mode is None else mode)
        for target, tmp in written.items():
            os.replace(tmp, target)
    except (OSError, OutputError) as error:
        names = ", ".join(file_name(path) for path in files)
        reason = error.reason if isinstance(error, OutputError) else error.strerror or str(error)
        raise OutputError(f"cannot write {names}: {reason}; "
                          f"{'none of them was' if len(files) > 1 else 'it was not'} changed", reason) from error
    finally:
        for tmp in written.values():
            Path(tmp).unlink(missing_ok=True)


def replace_into(path: Path, write: Writer, mode: int | None = None) -> None:
    """Call `write(tmp)` for a temp file beside `path`, then move it into place atomically.

    A build killed midway leaves the previous `path` as it was (at worst a stray `.name.*.tmp`)."""
    publish({Path(path): write}, mode)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    replace_into(path, lambda tmp: Path(tmp).write_bytes(data))


def write_csv(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> None:
    """Write a CSV table (one header line, `\n` line ends) to `path` atomically, readable by all (a data file)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    replace_into(path, lambda tmp: Path(tmp).write_bytes(data), 0o644)
