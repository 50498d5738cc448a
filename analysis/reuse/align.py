"""Token-level alignment of two copies (rapidfuzz Levenshtein opcodes).

Both texts are tokenized by :func:`analysis.text.tokenize` and aligned on the
tokens' comparison forms, punctuation and quote marks included (an added
scare quote is an edit). :class:`Alignment` maps a token range of one copy to
the aligned range of the other: a token in an ``equal`` block maps to its
twin, a token in a ``replace`` block to the whole replacement, a deleted
token to the empty range where it would have been.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from analysis.text.tokenize import Token


@dataclass(frozen=True)
class Alignment:
    """The alignment of copy ``a`` with copy ``b``.

    Attributes:
        tokens_a, tokens_b: Each copy's tokens (offsets into its original).
        opcodes: ``(tag, a_start, a_end, b_start, b_end)`` token ranges, tags
            ``equal``, ``replace``, ``delete``, ``insert`` (rapidfuzz).
    """

    tokens_a: Sequence[Token]
    tokens_b: Sequence[Token]
    opcodes: list[tuple[str, int, int, int, int]]
    _maps: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def n_changed_tokens(self) -> int:
        """Tokens of ``a`` replaced or deleted plus tokens of ``b`` replaced or inserted."""
        return sum((i2 - i1) + (j2 - j1) for tag, i1, i2, j1, j2 in self.opcodes if tag != "equal")

    def map_range(self, side: str, first: int, stop: int) -> tuple[int, int]:
        """The token range of the other copy aligned with tokens ``[first, stop)`` of ``side``.

        Example:
            >>> from analysis.text import tokenize
            >>> al = align(tokenize("قتل 3 مدنيين امس"), tokenize("قتل 5 مدنيين امس"))  # synthetic
            >>> al.map_range("a", 1, 2), al.map_range("b", 2, 3)
            ((1, 2), (2, 3))
        """
        lo, hi = self._map(side)
        if stop <= first:
            other = len(self.tokens_b if side == "a" else self.tokens_a)
            at = int(lo[first]) if first < len(lo) else other
            return at, at
        return int(lo[first]), int(hi[stop - 1])

    def char_span(self, side: str, first: int, stop: int) -> tuple[int, int]:
        """Character offsets in copy ``side``'s original of tokens ``[first, stop)``.

        An empty range is the empty span just after the previous token.
        """
        tokens = self.tokens_a if side == "a" else self.tokens_b
        if stop > first:
            return tokens[first].start, tokens[stop - 1].end
        at = tokens[first - 1].end if 0 < first <= len(tokens) else 0
        return at, at

    def _map(self, side: str) -> tuple[np.ndarray, np.ndarray]:
        if side not in self._maps:
            n = len(self.tokens_a if side == "a" else self.tokens_b)
            lo = np.zeros(n, dtype=np.int64)
            hi = np.zeros(n, dtype=np.int64)
            for tag, i1, i2, j1, j2 in self.opcodes:
                src1, src2, dst1, dst2 = (i1, i2, j1, j2) if side == "a" else (j1, j2, i1, i2)
                if src2 <= src1:
                    continue
                if tag == "equal":
                    lo[src1:src2] = np.arange(dst1, dst2)
                    hi[src1:src2] = np.arange(dst1, dst2) + 1
                else:
                    lo[src1:src2] = dst1
                    hi[src1:src2] = dst2
            self._maps[side] = (lo, hi)
        return self._maps[side]


def align(tokens_a: Sequence[Token], tokens_b: Sequence[Token]) -> Alignment:
    """Align two token sequences on their comparison forms.

    Example:
        >>> from analysis.text import tokenize
        >>> al = align(tokenize('بدأت العملية العسكرية'), tokenize('بدأت "العملية العسكرية"'))  # synthetic
        >>> [op[0] for op in al.opcodes], al.n_changed_tokens
        (['equal', 'insert', 'equal', 'insert'], 2)
    """
    from rapidfuzz.distance import Levenshtein

    ops = Levenshtein.opcodes([t.norm for t in tokens_a], [t.norm for t in tokens_b])
    return Alignment(tokens_a, tokens_b, merge_changes(
        (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in ops))


def merge_changes(opcodes) -> list[tuple[str, int, int, int, int]]:
    """Adjacent non-equal opcodes as one change: ``replace`` (``delete``/``insert`` when one side is empty).

    Levenshtein splits a two-word replacement of one word into a replace and
    an insert; for mapping annotations it is one changed span.

    Example:
        >>> merge_changes([("equal", 0, 3, 0, 3), ("insert", 3, 3, 3, 4), ("replace", 3, 4, 4, 5)])
        [('equal', 0, 3, 0, 3), ('replace', 3, 4, 3, 5)]
    """
    merged: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal" and merged and merged[-1][0] != "equal":
            _, i1, _, j1, _ = merged.pop()
        if tag != "equal":
            tag = "replace" if i2 > i1 and j2 > j1 else "delete" if i2 > i1 else "insert"
        merged.append((tag, i1, i2, j1, j2))
    return merged


def token_range(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Tokens ``[first, stop)`` overlapping characters ``[start, end)`` (by bisection).

    Example:
        >>> token_range([0, 4, 8], [3, 7, 11], 4, 11)
        (1, 3)
    """
    return bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)


__all__ = ["Alignment", "align", "merge_changes", "token_range"]
