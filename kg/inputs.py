"""Find the article files a build reads: the files named on the command line and those under the folders named.

Every path that is not read is reported (a Skip), never passed over in silence: a missing path, a broken link,
a FIFO or device (reading one would hang), an unreadable folder, a folder linked twice (a loop). Inside a
folder, hidden entries and files of other types are not inputs; symbolic links to folders are followed.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.sanitise import file_name

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


@dataclass(frozen=True)
class Skip:
    """An input (a file, or one line of a .jsonl file) that was reported and left out of the build."""

    source: str
    reason: str


@dataclass(frozen=True)
class Unread:
    """The files of a folder that are not of an article type, so not read (said in one line, not a skip)."""

    folder: str
    names: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.names[:5]) + (f" and {len(self.names) - 5} more" if len(self.names) > 5 else "")
        return f"{self.folder}: {len(self.names)} file(s) not read, not {', '.join(SUFFIXES)}: {shown}"


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file (missing, a broken link, a folder, a FIFO or device), or None."""
    if not path.exists():
        return "broken symbolic link" if path.is_symlink() else "no such file or folder"
    if not path.is_file():
        return "not a regular file (a FIFO, socket or device), not read"
    return None


def input_items(paths: Iterable[Path], besides: Path | None = None) -> Iterator[Path | Skip | Unread]:
    """Every article file under the given files and folders, in a stable order; a Skip for each path not read,
    an Unread for each folder's files of other types.

    Files a folder holds under `besides` (the build's output folder) are not inputs."""
    outside = besides.resolve() if besides else None
    for path in paths:
        if path.is_dir():
            yield from folder_items(path, outside)
        elif (reason := not_a_file(path)) is not None:
            yield Skip(file_name(path), reason)
        else:
            yield path


def folder_items(folder: Path, outside: Path | None) -> Iterator[Path | Skip | Unread]:
    """The article files under `folder` in path order, then a Skip for each entry that could not be read and
    the files of other types."""
    files: list[Path] = []
    other: list[str] = []
    skips: list[Skip] = []
    seen: set[Path] = set()
    walk = os.walk(folder, followlinks=True, onerror=lambda e: skips.append(Skip(file_name(e.filename), e.strerror)))
    for root, dirs, names in walk:
        here = Path(root)
        if outside and here.resolve().is_relative_to(outside):
            dirs.clear()
            continue
        if here.resolve() in seen:
            skips.append(Skip(file_name(here), "a link to a folder already read (a loop), not read again"))
            dirs.clear()
            continue
        seen.add(here.resolve())
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = here / name
            if name.startswith("."):
                continue
            if path.suffix.lower() not in SUFFIXES:
                other.append(str(path.relative_to(folder)))
                continue
            reason = not_a_file(path)
            files.append(path) if reason is None else skips.append(Skip(file_name(path), reason))
    none = not files and not skips
    if none:
        skips.append(Skip(file_name(folder), f"no article files ({', '.join(SUFFIXES)}) in this folder"))
    yield from sorted(files)
    yield from skips
    if other and not none:      # a folder without articles is already said
        yield Unread(file_name(folder), tuple(sorted(other)))


def input_files(paths: Iterable[Path], besides: Path | None = None) -> Iterator[Path]:
    """The article files under the given files and folders (paths not read left out)."""
    return (item for item in input_items(paths, besides) if isinstance(item, Path))
