"""Tell which language an article is written in (py3langid: a naive Bayes model shipped inside the package)."""
from __future__ import annotations

import io
import lzma
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
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")     # what the npz holds


@dataclass(frozen=True)
class Guess:
    language: str       # ISO 639-1 code, e.g. "en", "de"
    confidence: float   # probability in [0, 1]


def unpack(folder: Path) -> None:
    """Write the shipped model's arrays into `folder`, one .npy file each, so that they can be memory-mapped."""
    with lzma.open(PACKED) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as model:
        for name in model.files:
            np.save(folder / f"{name}.npy", model[name], allow_pickle=False)


def unpacked_model() -> Path | None:
    """The folder of the unpacked model in the user cache (made by the first start, keyed by the shipped file's
    path, size and modification time); None when the cache cannot be written."""
    stamp = PACKED.stat()
    return cache.cached_folder("langid-model", cache.digest(str(PACKED), stamp.st_size, stamp.st_mtime_ns), unpack)


def mapped(folder: Path) -> LanguageIdentifier:
    """py3langid's identifier over its model's arrays memory-mapped from `folder`: a start reads only the pages that
    the texts it classifies touch, not all 68 MB. The byte automaton's rows and outputs become lists of ints, and
    its transitions a plain array view (a memmap's own indexing costs a microsecond a byte)."""
    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS}
    return LanguageIdentifier(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(),
                              arrays["nextmove"].view(np.ndarray), arrays["out_feat"].tolist(), norm_probs=True,
                              tk_row=arrays["nextmove_row"].tolist())


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """The identifier with normalised probabilities: from the cached unpacked model, else from the shipped file."""
    folder = unpacked_model()
    if folder is not None:
        try:
            return mapped(folder)
        except (OSError, ValueError, KeyError, EOFError):
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
