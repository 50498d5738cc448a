"""Word shingles of the normalized text, as 64-bit ids.

A document's shingles are the runs of ``k`` consecutive word tokens (words
and numbers; punctuation and quote marks are left out so that an added scare
quote or comma does not break a shingle) in their comparison form: the
package's tokenizer (:func:`analysis.text.tokenize`) and normalization
(:func:`analysis.text.normalize`), so ``أعلن``/``اعلن``, tatweel, diacritics
and Arabic-Indic digits compare equal. Clitics are kept: a reprint keeps
them, and ``والانفصاليين`` vs ``الانفصاليين`` is a real edit.

Each shingle becomes one 64-bit id: every distinct token gets a blake2b
hash once, and the ``k`` token hashes are combined by a polynomial with a
splitmix64 finalizer (vectorized with numpy, wrapping mod 2**64). The ids are
the same on every machine and in every run (no Python ``hash``), and two
different shingles share an id with probability ~2**-64, so exact Jaccard
on id sets is exact Jaccard on shingles for any corpus this package reads.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass

import numpy as np

from analysis.errors import AnalysisError
from analysis.text.tokenize import tokenize

#: Token kinds that make up shingles.
SHINGLE_KINDS = frozenset({"word", "number"})
_MULT = np.uint64(0x9E3779B97F4A7C15)
_TOKEN_HASHES: dict[str, int] = {}


@dataclass(frozen=True, slots=True)
class ReuseParams:
    """The parameters of a reuse search; every result records them.

    Attributes:
        threshold: Jaccard similarity (on shingles) a pair must reach, in (0, 1].
        shingle: Words per shingle.
        num_perm: MinHash permutations (more: better LSH recall, slower).
        seed: Seed of the MinHash permutations.

    Example:
        >>> ReuseParams().as_dict()
        {'threshold': 0.5, 'shingle': 5, 'num_perm': 128, 'seed': 1}
        >>> ReuseParams(threshold=0)
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: --threshold must be above 0 and at most 1 (got 0)
    """

    threshold: float = 0.5
    shingle: int = 5
    num_perm: int = 128
    seed: int = 1

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise AnalysisError(f"--threshold must be above 0 and at most 1 (got {self.threshold})")
        if self.shingle < 1:
            raise AnalysisError(f"--shingle must be 1 or more (got {self.shingle})")
        if self.num_perm < 16:
            raise AnalysisError(f"--num-perm must be 16 or more (got {self.num_perm})")

    def as_dict(self) -> dict:
        """The parameters as a plain dict (for ``versions``)."""
        return asdict(self)


def word_norms(text: str) -> list[str]:
    """The comparison forms of the words and numbers of ``text``, in order.

    Example:
        >>> word_norms('قالت "الوزارة" إنّ ٣ قتلوا.')  # synthetic
        ['قالت', 'الوزاره', 'ان', '3', 'قتلوا']
    """
    return [t.norm for t in tokenize(text) if t.kind in SHINGLE_KINDS]


def shingle_ids(text: str, k: int) -> np.ndarray:
    """The sorted, distinct 64-bit ids of the ``k``-word shingles of ``text``.

    A text shorter than ``k`` words has one shingle, all its words (none if it
    has no words).

    Example:
        >>> a = shingle_ids("وقف إطلاق النار في الإقليم", 3)  # synthetic
        >>> b = shingle_ids("وقف اطلاق النار في الاقليم", 3)
        >>> len(a), bool((a == b).all())
        (3, True)
        >>> len(shingle_ids("", 3)), len(shingle_ids("هدنة", 3))
        (0, 1)
    """
    norms = word_norms(text)
    if not norms:
        return np.empty(0, dtype=np.uint64)
    hashes = np.fromiter((_token_hash(n) for n in norms), dtype=np.uint64, count=len(norms))
    width = min(k, len(hashes))
    n = len(hashes) - width + 1
    combined = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            combined = combined * _MULT + hashes[offset:offset + n]
        combined = _splitmix(combined + np.uint64(width))
    return np.unique(combined)


def jaccard(a: np.ndarray, b: np.ndarray) -> tuple[float, int]:
    """Exact Jaccard of two sorted id arrays, and the size of their intersection.

    Example:
        >>> import numpy as np
        >>> jaccard(np.array([1, 2, 3], dtype=np.uint64), np.array([2, 3, 4], dtype=np.uint64))
        (0.5, 2)
    """
    common = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - common
    return (common / union if union else 0.0), common


def _token_hash(norm: str) -> int:
    found = _TOKEN_HASHES.get(norm)
    if found is None:
        if len(_TOKEN_HASHES) > 2_000_000:
            _TOKEN_HASHES.clear()
        digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=8, person=b"acn-reuse").digest()
        found = _TOKEN_HASHES[norm] = int.from_bytes(digest, "little")
    return found


def _splitmix(x: np.ndarray) -> np.ndarray:
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


__all__ = ["ReuseParams", "SHINGLE_KINDS", "jaccard", "shingle_ids", "word_norms"]
