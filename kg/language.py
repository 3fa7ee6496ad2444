"""Tell which language an article is written in (py3langid: a naive Bayes model shipped inside the package)."""
from __future__ import annotations

import lzma
import shutil
import zipfile
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from kg import cache

SAMPLE_CHARS = 1_000     # a paragraph: all 2,225 BBC articles still score >= 0.99 English, at a tenth of the time
MIN_CHARS = 100          # below this a guess is too unreliable to turn an article away
MIN_CONFIDENCE = 0.9     # a normalised probability
PACKED = MODEL_DIR / MODEL_FILE     # the model as shipped: an npz inside LZMA, whose unpacking costs ~0.4 s a load


@dataclass(frozen=True)
class Guess:
    language: str       # ISO 639-1 code, e.g. "en", "de"
    confidence: float   # probability in [0, 1]


def unpack(handle: BinaryIO) -> None:
    """Write the shipped model, unpacked (a plain npz), to `handle`."""
    with lzma.open(PACKED) as packed:
        shutil.copyfileobj(packed, handle, length=1 << 20)


def unpacked_model() -> Path | None:
    """The unpacked model in the user cache (made by the first start, keyed by the shipped file's path, size and
    modification time); None when the cache cannot be written."""
    stamp = PACKED.stat()
    return cache.cached_file("langid-model", cache.digest(str(PACKED), stamp.st_size, stamp.st_mtime_ns), ".npz",
                             unpack)


def as_array(values: np.ndarray) -> array:
    """An unsigned integer numpy array as the stdlib array that py3langid's byte-by-byte walk indexes."""
    out = array(values.dtype.char)
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def from_npz(path: Path) -> LanguageIdentifier:
    """py3langid's identifier made from its unpacked model, as py3langid.modelio.load_model makes it."""
    with np.load(path, allow_pickle=False) as data:
        return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(), as_array(data["nextmove"]),
                                  data["out_feat"].tolist(), norm_probs=True, tk_row=as_array(data["nextmove_row"]))


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """The identifier with normalised probabilities: from the cached unpacked model, else from the shipped file."""
    path = unpacked_model()
    if path is not None:
        try:
            return from_npz(path)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
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
