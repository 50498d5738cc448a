"""Tokenization that keeps character offsets into the original text.

The rules are camel-tools' ``simple_word_tokenize``: split on whitespace, and
make every punctuation or symbol character (Unicode P and S categories, and
emoji) a token of its own. camel-tools returns bare strings; this module
returns :class:`Token` records whose ``start``/``end`` index the original, so
``text[t.start:t.end] == t.text`` always holds.

One deliberate difference: a digit run with internal separators (``13.00``,
``1,200``, ``١٬٢٠٠``, ``2.5``) stays one ``number`` token, because splitting it
would turn a time or a decimal into several numbers.

Multi-codepoint emoji that camel-tools lists (flags, skin-tone and ZWJ
sequences, keycaps) are one ``symbol`` token, as in camel-tools. Known
remaining difference: a malformed sequence (a symbol followed by a stray
skin-tone modifier or ZWJ that together form no listed emoji) is split
character by character here, while camel-tools leaves it glued to the word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from camel_tools.utils.charsets import EMOJI_ALL_CHARSET, UNICODE_PUNCT_SYMBOL_CHARSET

from analysis.text.normalize import normalize
from analysis.text.records import mutable_twin
from analysis.text.wordcache import WORD_CACHE_SIZE, WordCache

#: Quotation marks that open or close quoted speech and scare quotes.
QUOTE_CHARS = frozenset('"«»“”„‟‹›')
#: Sentence-final punctuation (Latin and Arabic).
SENTENCE_END_CHARS = frozenset(".!?؟؛")

_SPLIT_CHARS = UNICODE_PUNCT_SYMBOL_CHARSET | EMOJI_ALL_CHARSET


def _char_class(chars: set[str]) -> str:
    """Regex class body as code-point ranges: a class listing thousands of
    astral characters one by one is scanned linearly by ``re`` (25 µs per
    token); as ~300 ranges it is matched in a fraction of that."""
    points = sorted(ord(c) for c in chars)
    ranges: list[list[int]] = []
    for p in points:
        if ranges and p == ranges[-1][1] + 1:
            ranges[-1][1] = p
        else:
            ranges.append([p, p])
    esc = lambda p: re.escape(chr(p))  # noqa: E731
    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)


_SPLIT_CLASS = _char_class({c for c in _SPLIT_CHARS if len(c) == 1})
# Multi-codepoint emoji (flags, skin tones, ZWJ families, keycaps) are one
# token in camel-tools; the lookahead keeps the long alternation off every
# position that cannot start one.
_MULTI_EMOJI = sorted((e for e in EMOJI_ALL_CHARSET if len(e) > 1), key=len, reverse=True)
_EMOJI_FIRST = _char_class({e[0] for e in _MULTI_EMOJI})
_EMOJI_SECOND = _char_class({e[1] for e in _MULTI_EMOJI})
_EMOJI_ALT = "|".join(re.escape(e) for e in _MULTI_EMOJI)
_BASE_PATTERN = (
    # A separated digit run is one token only when it ends the word: in
    # "0.0ء" the digits belong to the word, as camel-tools splits it.
    rf"(?P<number>\d+(?:[.,\u066B\u066C]\d+)+)(?![^\s{_SPLIT_CLASS}])"
    rf"|(?P<sym>[{_SPLIT_CLASS}])"
    rf"|(?P<run>[^\s{_SPLIT_CLASS}]+)"
)
_TOKEN_RE = re.compile(rf"(?P<emoji>(?=[{_EMOJI_FIRST}][{_EMOJI_SECOND}])(?:{_EMOJI_ALT}))|" + _BASE_PATTERN)
# Like camel-tools, tokenize splits on whitespace first (str.split): most
# words contain no punctuation, symbol or emoji character and are one token
# without running the (slow, huge-class) token regex at all.
_SINGLE_SPLIT = frozenset(c for c in _SPLIT_CHARS if len(c) == 1)
_SPECIAL = _SINGLE_SPLIT | frozenset("".join(_MULTI_EMOJI))
# Only a digit (a number token may keep its separators) or a character of a
# multi-codepoint emoji needs the full token regex. The digits are re's \d, the
# Unicode decimal digits, all in planes 0 and 1 (tests/text/test_tokenize.py
# checks it against every code point); a set test costs a fifth of a regex search.
_NEEDS_TOKEN_CHARS = frozenset(re.findall(r"\d", "".join(map(chr, range(0x20000))))) | frozenset("".join(_MULTI_EMOJI))


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
    known, split = _WORD_PIECES.entries.get, _WORD_PIECES.miss
    new, twin, record = object.__new__, _TOKEN_TWIN, Token
    # str.split splits on exactly the characters re's \s matches (str.isspace),
    # and a word's first occurrence after the previous word is the word: only
    # whitespace lies between. A match object per word cost a third more.
    find = text.find
    end = 0
    for surface in text.split():
        start = find(surface, end)
        end = start + len(surface)
        pieces = known(surface) or split(surface)
        for offset, length, surface, norm, kind in pieces:
            token = new(twin)
            token.start = start + offset
            token.end = start + offset + length
            token.text = surface
            token.norm = norm
            token.kind = kind
            token.__class__ = record
            append(token)
    return tokens


# A frozen dataclass's __init__ assigns each field through object.__setattr__,
# four times the cost of a plain slot store; tokenize makes one Token per
# token of the corpus, so it builds each as Token's twin and then makes it a
# Token (analysis.text.records: the record is the same).
_TOKEN_TWIN = mutable_twin(Token)


def _word_pieces(word: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """The tokens of one whitespace-delimited word: (offset in the word, length, surface, norm, kind)."""
    if _SPECIAL.isdisjoint(word):  # most words: one token
        return ((0, len(word), word, *_run(word)),)
    if _NEEDS_TOKEN_CHARS.isdisjoint(word):
        return _split_at_symbols(word)
    return tuple(
        (m.start(), m.end() - m.start(), m.group(), *_classify(m.group(), m.lastgroup))
        for m in _TOKEN_RE.finditer(word)
    )


def _split_at_symbols(word: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """:func:`_word_pieces` of a word with neither a digit nor a character of a multi-codepoint emoji.

    Then the token regex can only make each punctuation or symbol character a
    token and each run of other characters a word; most of the words it sees
    are one word with a comma, a full stop or a quotation mark attached, and
    the regex (a class of thousands of characters) cost 5 µs on each. The
    runs are words of their own, looked up in the same cache.
    """
    pieces = []
    run = 0
    for k, char in enumerate(word):
        if char in _SINGLE_SPLIT:
            if run < k:
                _, length, surface, norm, kind = _WORD_PIECES(word[run:k])[0]
                pieces.append((run, length, surface, norm, kind))
            pieces.append((k, 1, char, *_SYMBOL_PIECES(char)))
            run = k + 1
    if run < len(word):
        _, length, surface, norm, kind = _WORD_PIECES(word[run:])[0]
        pieces.append((run, length, surface, norm, kind))
    return tuple(pieces)


# News text repeats its words: each is split and normalized once, then looked up.
# Every token of the corpus goes through this cache, and a worker meets some
# 80,000 distinct words in its first 500 documents: twice the default size
# (up to 131,072 words) is full within a worker's first few shards, so it
# costs a constant few MB, and it misses a quarter fewer words of a corpus.
_WORD_PIECES = WordCache(_word_pieces, size=2 * WORD_CACHE_SIZE)


def _symbol_piece(char: str) -> tuple[str, str]:
    """(norm, kind) of a punctuation or symbol character that is a token of its own."""
    return _classify(char, "sym")


# A word with a comma or quotation mark attached splits there: each such character's
# (norm, kind) is read once (normalize and its Unicode category cost a microsecond).
_SYMBOL_PIECES = WordCache(_symbol_piece)


def _classify(surface: str, group: str) -> tuple[str, str]:
    norm = normalize(surface)
    if group == "number":
        return norm, "number"
    if group == "emoji":
        return norm, "symbol"
    if group == "sym":
        if surface in QUOTE_CHARS:
            return norm, "quote"
        return norm, "punct" if unicodedata.category(surface).startswith("P") else "symbol"
    return _run(surface, norm)


def _run(surface: str, norm: str | None = None) -> tuple[str, str]:
    """(norm, kind) of a run of characters that are neither space, punctuation nor symbol: a word or a number."""
    if norm is None:
        norm = normalize(surface)
    if norm == surface:  # one string for both: the word cache then holds one copy of most words
        norm = surface
    # str.isdecimal is re's \d (Unicode category Nd)
    return norm, "number" if norm.isdecimal() else "word"


__all__ = ["Token", "tokenize", "QUOTE_CHARS", "SENTENCE_END_CHARS"]
