"""Tell which language an article is written in (py3langid: a naive Bayes model shipped inside the package)."""
from __future__ import annotations

import io
import lzma
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from kg import cache

SAMPLE_CHARS = 1_000     # a paragraph: all 2,225 BBC articles still score >= 0.99 English, at a tenth of the time
MIN_CHARS = 100          # below this a guess is too unreliable to turn an article away
MIN_CONFIDENCE = 0.9     # a normalised probability
PACKED = MODEL_DIR / MODEL_FILE     # the model as shipped: an npz inside LZMA, whose unpacking costs ~0.4 s a load
HEADERS = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}   # .npy versions


@dataclass(frozen=True)
class Guess:
    language: str       # ISO 639-1 code, e.g. "en", "de"
    confidence: float   # probability in [0, 1]


def unpack(folder: Path) -> None:
    """Write the shipped model's arrays into `folder`, one .npy file each, so that they can be read in part."""
    with lzma.open(PACKED) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as model:
        for name in model.files:
            np.save(folder / f"{name}.npy", model[name], allow_pickle=False)


def unpacked_model() -> Path | None:
    """The folder of the unpacked model in the user cache (made by the first start, keyed by the shipped file's
    path, size and modification time); None when the cache cannot be written."""
    stamp = PACKED.stat()
    return cache.cached_folder("langid-model", cache.digest(str(PACKED), stamp.st_size, stamp.st_mtime_ns), unpack)


class DamagedModel(Exception):
    """A file of the cached model that is not the array it should be (the identifier then ignores the cache)."""


class NpyFile:
    """A C-ordered array in a .npy file, read element by element or row by row with pread: a memory map of the
    model's 37 and 27 MB tables would map them nearly whole at the first guess (the page cache maps large
    folios whole), while the walks of a corpus of English articles take a few MB of them."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            header = HEADERS.get(np.lib.format.read_magic(handle))
            if header is None:
                raise DamagedModel(f"{path}: an unknown .npy format version")
            shape, fortran, dtype = header(handle)
            self.offset = handle.tell()
        self.dtype, self.shape = dtype, shape
        self.row_bytes = dtype.itemsize * int(np.prod(shape[1:], dtype=np.int64))
        if fortran or dtype.hasobject or path.stat().st_size != self.offset + self.row_bytes * shape[0]:
            raise DamagedModel(f"{path} is not a whole C-ordered array")
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))

    def read(self, start: int, size: int) -> bytes:
        """`size` bytes of the data from byte `start` on."""
        data = os.pread(self.fd, size, self.offset + start)
        if len(data) != size:
            raise DamagedModel(f"short read at {start} of a cached language model file")
        return data


class Transitions(dict):
    """The byte automaton's flat transition table (state row × 256 + byte → next state), each entry taken once
    from its row, which is read whole the first time a walk enters it (one read per row, not per entry); a dict,
    so that the walk's lookups of known entries stay in C."""

    def __init__(self, table: NpyFile) -> None:
        super().__init__()
        self.table = table
        self.rows: dict[int, bytes] = {}
        self.width = table.dtype.itemsize
        self.order = {">": "big", "<": "little"}.get(table.dtype.byteorder, sys.byteorder)     # '=', '|': native
        if table.dtype.kind != "u":
            raise DamagedModel("the automaton's transitions are no unsigned integers")

    def __missing__(self, index: int) -> int:
        row, byte = divmod(index, 256)
        data = self.rows.get(row)
        if data is None:
            data = self.rows[row] = self.table.read(row * 256 * self.width, 256 * self.width)
        value = self[index] = int.from_bytes(data[byte * self.width:(byte + 1) * self.width], self.order)
        return value


class FeatureRows:
    """The feature × language probability table, each row read once, when a text first has its feature; indexed
    by an array of features, it gives the same array as the table's own fancy indexing."""

    def __init__(self, table: NpyFile) -> None:
        self.table = table
        self.rows: dict[int, bytes] = {}

    def row(self, feature: int) -> bytes:
        found = self.rows.get(feature)
        if found is None:
            found = self.rows[feature] = self.table.read(feature * self.table.row_bytes, self.table.row_bytes)
        return found

    def __getitem__(self, features: np.ndarray) -> np.ndarray:
        data = b"".join(self.row(f) for f in features.tolist())
        return np.frombuffer(data, self.table.dtype).reshape(len(features), *self.table.shape[1:])


class Elements(dict):
    """An integer array's elements as Python ints (shifted left by `shift` bits), each made the first time it is
    asked for: a walk over English text enters 8.5k of the automaton's 104k states, and lists of all of them
    would hold 104k int objects each. A dict, so that the walk's lookups of known states stay in C."""

    def __init__(self, values: np.ndarray, shift: int = 0) -> None:
        super().__init__()
        self.values, self.shift = values, shift

    def __missing__(self, index: int) -> int:
        value = self[index] = int(self.values[index]) << self.shift
        return value


def read_lazily(folder: Path) -> LanguageIdentifier:
    """py3langid's identifier over its model's arrays in `folder`: the small ones read whole, the automaton's
    transitions and the feature probabilities entry by entry as texts need them (see NpyFile), and the states'
    rows and features as Elements (in place of the lists py3langid makes of them)."""
    small = {name: np.load(folder / f"{name}.npy", allow_pickle=False)
             for name in ("pc", "classes", "nextmove_row", "out_feat")}
    found = LanguageIdentifier(FeatureRows(NpyFile(folder / "ptc.npy")), small["pc"], small["classes"].tolist(),
                               Transitions(NpyFile(folder / "nextmove.npy")), Elements(small["out_feat"]),
                               norm_probs=True, tk_row=())
    found.tk_row, found._rowbase = small["nextmove_row"], Elements(small["nextmove_row"], 8)   # its pre-shifted rows
    return found


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """The identifier with normalised probabilities: from the cached unpacked model, else from the shipped file."""
    folder = unpacked_model()
    if folder is not None:
        try:
            return read_lazily(folder)
        except (OSError, ValueError, KeyError, EOFError, DamagedModel):
            pass        # a damaged cache entry is only ignored
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess(text: str) -> Guess:
    """The most likely language of `text` and how sure the model is."""
    language, confidence = identifier().classify(text[:SAMPLE_CHARS])
    return Guess(language, confidence)


def foreign(text: str, accepted: frozenset[str]) -> Guess | None:
    """The guess, when `text` is confidently in a language outside `accepted`; None when it may be accepted."""
    if len(text) < MIN_CHARS:
        return None
    found = guess(text)
    return found if found.language not in accepted and found.confidence >= MIN_CONFIDENCE else None
