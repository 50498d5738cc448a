"""Analysis-time normalization of Arabic text.

Stored originals are never changed: normalization produces a *comparison
form* used for matching, computed token by token so that offsets always point
into the original. The steps come from camel-tools' ``utils.normalize`` and
``utils.dediac`` plus three that camel-tools leaves to the caller: tatweel
removal, digit folding, and removal of invisible format characters.
"""

from __future__ import annotations

import re

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from analysis.text.wordcache import WordCache

TATWEEL = "\u0640"
# Arabic-Indic (U+0660-0669) and Extended/Persian (U+06F0-06F9) digits, plus
# the Arabic decimal and thousands separators, folded to their ASCII forms.
_DIGIT_TABLE = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)},
     **{chr(0x06F0 + i): str(i) for i in range(10)},
     "\u066B": ".", "\u066C": ","}
)
# Zero-width joiners, direction marks and embeddings: invisible in the page,
# common in scraped news text, and they break exact matching.
_FORMAT_RE = re.compile("[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]")

# Most words are written only in characters that NFKC leaves alone and that
# every other step maps one to one: the Arabic letters, harakat, tatweel,
# digits, ASCII letters and the invisible format characters. Only the marks
# U+0653-0655 compose with a letter (ا + ٔ = أ), and none of those is here, so
# for such a word the whole of normalize() is one str.translate (equal to
# the step-by-step result; tests/text/test_normalize.py checks it).
_FORMAT_CHARS = [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x206A), 0xFEFF]
_PLAIN_CHARS = frozenset(
    [chr(c) for c in (*range(0x0621, 0x063B), *range(0x0640, 0x0653), 0x0670, 0x0671, *range(0x0660, 0x066D),
                      *range(0x06F0, 0x06FA), *_FORMAT_CHARS)]
    + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
)
_PLAIN_TABLE = str.maketrans({
    **{chr(c): None for c in (*range(0x064B, 0x0653), 0x0670, 0x0640, *_FORMAT_CHARS)},
    **{c: "\u0627" for c in "\u0622\u0623\u0625\u0671"}, "\u0649": "\u064A", "\u0629": "\u0647",
    **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u066B": ".", "\u066C": ",",
})
_ALL_STEPS = (True,) * 8


def normalize(
    text: str,
    *,
    unicode: bool = True,
    dediac: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    alef_maksura: bool = True,
    teh_marbuta: bool = True,
    digits: bool = True,
    format_chars: bool = True,
) -> str:
    """Return the comparison form of ``text``; the input is not modified.

    Args:
        text: Any string (a token, a lexicon form, a whole document).
        unicode: camel-tools ``normalize_unicode`` (NFKC plus Arabic fixes,
            e.g. presentation-form ligatures to letters).
        dediac: Remove diacritics (``dediac_ar``): harakat, tanwin, shadda, sukun.
        tatweel: Remove tatweel (kashida, U+0640), as in ``بـ``.
        alef: Map أ إ آ ٱ to bare alef (``normalize_alef_ar``).
        alef_maksura: Map ى to ي (``normalize_alef_maksura_ar``).
        teh_marbuta: Map ة to ه (``normalize_teh_marbuta_ar``).
        digits: Fold Arabic-Indic and Persian digits, and the Arabic decimal
            and thousands separators, to ASCII.
        format_chars: Remove zero-width and bidi control characters.

    Returns:
        The normalized string. The function is idempotent:
        ``normalize(normalize(s)) == normalize(s)`` for the same options.

    Example:
        >>> normalize("الإرهابيّة")
        'الارهابيه'
        >>> normalize("بـ١٢٠٠")
        'ب1200'
        >>> normalize("إلى", alef_maksura=False)
        'الى'
    """
    if _PLAIN_CHARS.issuperset(text) and (
            unicode and dediac and tatweel and alef and alef_maksura and teh_marbuta and digits and format_chars):
        return text.translate(_PLAIN_TABLE)
    options = (unicode, dediac, tatweel, alef, alef_maksura, teh_marbuta, digits, format_chars)
    return _NORMALIZED((text, options)) if len(text) < 64 else _normalize(text, options)


def _normalize(text: str, options: tuple[bool, ...]) -> str:
    # Unicode composition and mark removal interact (removing an Arabic mark
    # can let NFKC compose a Latin letter with a following accent), so the
    # steps are repeated to a fixed point; real text settles in one pass.
    for _ in range(4):
        result = _one_pass(text, options)
        if result == text:
            break
        text = result
    return text


# Tokens repeat heavily in news text; caching them makes normalization
# nearly free in corpus-wide runs.
_NORMALIZED = WordCache(lambda key: _normalize(*key))


def _one_pass(text: str, options: tuple[bool, ...]) -> str:
    unicode, dediac, tatweel, alef, alef_maksura, teh_marbuta, digits, format_chars = options
    if format_chars:
        text = _FORMAT_RE.sub("", text)
    if unicode:
        text = normalize_unicode(text)
    if dediac:
        text = dediac_ar(text)
    if tatweel:
        text = text.replace(TATWEEL, "")
    if alef:
        text = normalize_alef_ar(text)
    if alef_maksura:
        text = normalize_alef_maksura_ar(text)
    if teh_marbuta:
        text = normalize_teh_marbuta_ar(text)
    if digits:
        text = text.translate(_DIGIT_TABLE)
    return text


__all__ = ["normalize", "TATWEEL"]
