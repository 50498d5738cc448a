"""The record of a number phrase (:class:`Numeral`) and how its span is cut from a text."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.casualties.duals import MARKS as _MARKS
from analysis.text.tokenize import Token


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number phrase found in a text.

    Attributes:
        start: Offset of the first character of the number, after any proclitic.
        end: Offset after its last character; ``text[start:end] == self.text``.
        text: The surface as written.
        value: The number (``int``, or ``float`` for a bare decimal such as
            ``2.5`` or ``13.00``); ``None`` for a vague quantity.
        kind: ``digits``, ``words``, ``mixed`` (``7 آلاف``), ``dual`` (a noun in
            the dual, the noun itself is the span), ``one`` (``سائقا واحدا``),
            ``definite`` (``جميع ركاب الحافلة الـ23``) or ``vague``.
        first_token: Index of the first token of the phrase.
        last_token: Index after the last token of the phrase.
        prefix: The proclitic stripped from the first token (``و``, ``ب``…), or ``""``.
        vague_default: Conservative stand-in for a vague quantity
            (:data:`VAGUE_DEFAULTS`); ``None`` otherwise.
        vague_kind: Key of :data:`VAGUE_DEFAULTS` for a vague quantity, else ``""``.
        decimal: The digits carried a decimal part (``2.5``, ``13.00``).
        dual_noun: For a dual, the singular of the noun (normalized); for
            ``one`` and ``definite``, the counted noun inside the span; else ``""``.
        dual_marked: For a dual, whether diacritics or the nominative ان marked
            it (``True``) or the reading rests on "no number governs it" (``False``).
    """

    start: int
    end: int
    text: str
    value: int | float | None
    kind: str
    first_token: int
    last_token: int
    prefix: str = ""
    vague_default: int | None = None
    vague_kind: str = ""
    decimal: bool = False
    dual_noun: str = ""
    dual_marked: bool | None = None


def surface_offset(token: Token, n_letters: int) -> int:
    """Offset in the original after the first ``n_letters`` letters of a token."""
    if n_letters == 0:
        return token.start
    seen = 0
    for i, c in enumerate(token.text):
        if _MARKS.match(c):
            continue
        seen += 1
        if seen == n_letters:
            j = i + 1
            while j < len(token.text) and _MARKS.match(token.text[j]):
                j += 1
            return token.start + j
    return token.start


def make_numeral(text, tokens, i, j, prefix, value, kind, **extra) -> Numeral:
    """The numeral of tokens ``i..j-1``, its span starting after ``prefix``."""
    start = surface_offset(tokens[i], len(prefix))
    end = tokens[j - 1].end
    return Numeral(start, end, text[start:end], value, kind, i, j, prefix=prefix, **extra)


__all__ = ["Numeral", "surface_offset", "make_numeral"]
