"""Exact-duplicate detection on normalized text.

Two documents are duplicates when their normalized texts are equal. The
normalizer is :func:`analysis.text.normalize.normalize` when that module
exists, followed by whitespace collapsing (that normalizer keeps whitespace so
offsets survive; line breaks and double spaces must not make a re-scraped copy
look new); without it, Unicode NFC plus whitespace collapsing. Only the sha256 of the normalized text is kept, in a
dict, so checking 31,000 documents costs one pass and little memory.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from typing import Callable


def _fallback_normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _collapsed(normalize: Callable[[str], str]) -> Callable[[str], str]:
    def key_form(text: str) -> str:
        return " ".join(normalize(text).split())
    return key_form


@functools.lru_cache(maxsize=1)
def _load_normalizer() -> tuple[Callable[[str], str], str]:
    try:
        from analysis.text.normalize import normalize  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        # Only "not written yet" falls back; a broken normalize module must surface.
        if exc.name not in ("analysis.text", "analysis.text.normalize"):
            raise
        return _fallback_normalize, "NFC + whitespace collapse"
    return _collapsed(normalize), "analysis.text.normalize.normalize + whitespace collapse"


def normalizer() -> tuple[Callable[[str], str], str]:
    """The normalizer in use and a short description of it.

    Example:
        >>> fn, name = normalizer()
        >>> fn("a  b\\n") == fn("a b")
        True
    """
    return _load_normalizer()


def dedup_key(text: str, normalize: Callable[[str], str] | None = None) -> str:
    """sha256 of the normalized text: equal keys mean exact duplicates.

    Example:
        >>> dedup_key("مرحبا  بكم") == dedup_key("مرحبا بكم\\n")  # synthetic
        True
    """
    normalize = normalize or _load_normalizer()[0]
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


__all__ = ["normalizer", "dedup_key"]
