"""Tokenization that keeps character offsets into the original text.

The rules are camel-tools' ``simple_word_tokenize``: split on whitespace, and
make every punctuation or symbol character (Unicode P and S categories, and
emoji) a token of its own. camel-tools returns bare strings; this module
returns :class:`Token` records whose ``start``/``end`` index the original, so
``text[t.start:t.end] == t.text`` always holds.

One deliberate difference: a digit run with internal separators (``13.00``,
``1,200``, ``١٬٢٠٠``, ``2.5``) stays one ``number`` token, because splitting it
would turn a time or a decimal into several numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.charsets import EMOJI_ALL_CHARSET, UNICODE_PUNCT_SYMBOL_CHARSET

from analysis.text.normalize import normalize

#: Quotation marks that open or close quoted speech and scare quotes.
QUOTE_CHARS = frozenset('"«»“”„‟‹›')
#: Sentence-final punctuation (Latin and Arabic).
SENTENCE_END_CHARS = frozenset(".!?؟؛")

_SPLIT_CHARS = UNICODE_PUNCT_SYMBOL_CHARSET | EMOJI_ALL_CHARSET
_SPLIT_CLASS = "".join(sorted(re.escape(c) for c in _SPLIT_CHARS if len(c) == 1))
_TOKEN_RE = re.compile(
    rf"(?P<number>\d+(?:[.,\u066B\u066C]\d+)+)"
    rf"|(?P<sym>[{_SPLIT_CLASS}])"
    rf"|(?P<run>[^\s{_SPLIT_CLASS}]+)"
)
_DIGITS_RE = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of an original text.

    Attributes:
        start: Offset of the first character in the original text.
        end: Offset after the last character; ``text[start:end] == self.text``.
        text: The surface exactly as written (diacritics, tatweel and all).
        norm: The comparison form (:func:`analysis.text.normalize.normalize`).
        kind: ``word``, ``number`` (digits only, possibly with separators),
            ``quote`` (one of :data:`QUOTE_CHARS`), ``punct`` (other
            punctuation) or ``symbol`` (other symbols and emoji).
    """

    start: int
    end: int
    text: str
    norm: str
    kind: str

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens that keep their offsets.

    Args:
        text: The original document text.

    Returns:
        Tokens in text order. Whitespace is never part of a token.

    Example:
        >>> [t.text for t in tokenize('وصفتها بـ"الإرهابية" 13.00')]
        ['وصفتها', 'بـ', '"', 'الإرهابية', '"', '13.00']
        >>> t = tokenize("قال: «نعم»")[2]
        >>> (t.kind, t.start, t.end)
        ('quote', 5, 6)
    """
    tokens = []
    append = tokens.append
    for match in _TOKEN_RE.finditer(text):
        surface = match.group()
        append(Token(match.start(), match.end(), surface, *_classify(surface, match.lastgroup)))
    return tokens


@lru_cache(maxsize=200_000)
def _classify(surface: str, group: str) -> tuple[str, str]:
    norm = normalize(surface)
    if group == "number":
        return norm, "number"
    if group == "sym":
        if surface in QUOTE_CHARS:
            return norm, "quote"
        return norm, "punct" if _is_punct(surface) else "symbol"
    return norm, "number" if _DIGITS_RE.fullmatch(norm) else "word"


def _is_punct(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char).startswith("P")


__all__ = ["Token", "tokenize", "QUOTE_CHARS", "SENTENCE_END_CHARS"]
