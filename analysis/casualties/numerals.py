"""Reading numbers in Arabic news text: digits, number words, duals, vague quantities.

:func:`find_numerals` scans a token list (:func:`analysis.text.tokenize.tokenize`)
and returns one :class:`Numeral` per number phrase, with offsets into the
original text. It reads:

* digits: Western, Arabic-Indic (``٠-٩``) and Persian (``۰-۹``), with
  thousands separators (``1,200``, ``١٬٢٠٠``) and decimals (``2.5``);
* number words in every case and gender (``ثلاثة/ثلاث``, ``عشرون/عشرين``,
  ``اثنا/اثني عشر``, ``مئة/مائة``, ``مئتان/مئتين/مئتي``, ``ثلاثمئة/ثلاث مئة``,
  ``ألف/ألفان/ألفين/ألفي/آلاف``, ``مليون/ملايين``), compounds joined by و
  (``خمسة وعشرون``, ``ثلاثة آلاف وخمسمئة``) and digit + word mixes
  (``7 آلاف``, ``2.5 مليون``);
* the proclitics و ف ب ل (and وب ول فب فل) on the first word (``وثلاثة``,
  ``بعشرات``, ``و10``); the record's span starts after the proclitic;
* duals of a known noun (``طفلان``, ``قتيلين``, ``مدنيَّين``), see
  :func:`read_dual` for the rule;
* vague quantities (``عشرات``, ``مئات``, ``آلاف`` alone, ``عشرات الآلاف``,
  ``بضعة``, ``عدة``, ``العديد``, ``عدد من``): ``value`` is ``None`` and
  ``vague_default`` holds a conservative number, see :data:`VAGUE_DEFAULTS`.

Ordinals (``الثالث``) are never read. Definite number words (``الثلاثة``,
``الاثنين``, ``الأحد``, ``بالمئة``) are not read either, on purpose: with the
article they are day names (Monday, Sunday), the percent sign, ordinal
adjectives (``القرن العشرين``) or anaphora to a figure already given
(``القتلى الثلاثة``); only the vague quantities keep their definite forms
(``المئات``, ``العشرات``), which are quantities in news style.

Whether a number is a casualty figure, a year or a time is decided by
:mod:`analysis.casualties.claims`, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from analysis.casualties.words import default_words
from analysis.text.clitics import DETERMINER, PROCLITIC_SEQUENCES
from analysis.text.tokenize import Token

#: Conservative numeric stand-ins for vague quantities (column ``vague_default``).
#:
#: ACLED's rule (fatalities FAQ, "Uses and limitations of ACLED data", 2023):
#: when sources give estimates such as "tens", "dozens" or "hundreds", ACLED codes
#: 10 for "tens", 12 for "dozens", 100 for "hundreds", "and so on", and always
#: takes the most conservative estimate. Arabic عشرات is literally "tens"
#: (English news translates it "dozens"), so it gets 10, not 12; آلاف gets 1000,
#: عشرات الآلاف 10 000, مئات الآلاف 100 000, ملايين 1 000 000. For the unquantified
#: few/several words (بضعة/بضع, عدة, عدد من, العديد من) we take 3: the lexical
#: minimum of بضع (3 to 9 in the grammars) and the most conservative reading.
#: Older ACLED codebooks (2017-2019) coded "several"/"many" as 10; we do not,
#: because it would put "a few" above the word's own lower bound.
VAGUE_DEFAULTS: dict[str, int] = {
    "tens": 10,
    "hundreds": 100,
    "thousands": 1_000,
    "tens_of_thousands": 10_000,
    "hundreds_of_thousands": 100_000,
    "millions": 1_000_000,
    "several": 3,
}

_UNITS: dict[str, int] = {
    "صفر": 0,
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "اثنتا": 2, "اثنتي": 2, "ثنتان": 2, "ثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9,
}
_TEN = {"عشر": 10, "عشره": 10}
_TENS: dict[str, int] = {}
for _stem, _v in [("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50),
                  ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90)]:
    # Nominative -ون and oblique -ين: the case is the only difference.
    _TENS[_stem + "ون"] = _v
    _TENS[_stem + "ين"] = _v
_HUNDREDS: dict[str, int] = {
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مئتي": 200, "مئتا": 200,
    "مائتان": 200, "مائتين": 200, "مائتي": 200, "مائتا": 200,
}
for _stem, _v in [("ثلاث", 3), ("ثلث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6),
                  ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)]:
    _HUNDREDS[_stem + "مئه"] = _v * 100
    _HUNDREDS[_stem + "مائه"] = _v * 100
# Multipliers: (value, how many units the word itself counts when nothing precedes it).
# آلاف/ملايين alone are vague ("thousands"), hence 0.
_MULTIPLIERS: dict[str, tuple[int, int]] = {
    "الف": (1_000, 1), "الفا": (1_000, 1), "الفان": (1_000, 2), "الفين": (1_000, 2),
    "الفي": (1_000, 2), "الاف": (1_000, 0), "الوف": (1_000, 0),
    "مليون": (1_000_000, 1), "مليونا": (1_000_000, 1), "مليونان": (1_000_000, 2),
    "مليونين": (1_000_000, 2), "مليوني": (1_000_000, 2), "ملايين": (1_000_000, 0),
    "مليار": (1_000_000_000, 1), "مليارا": (1_000_000_000, 1),
    "مليارين": (1_000_000_000, 2), "مليارات": (1_000_000_000, 0),
}
# Vague quantity words → key of VAGUE_DEFAULTS. Definite forms are kept here
# (قتل المئات) because they are quantities, not anaphora.
_VAGUE: dict[str, str] = {
    "عشرات": "tens", "العشرات": "tens",
    "مئات": "hundreds", "المئات": "hundreds",
    "الاف": "thousands", "الالاف": "thousands", "الوف": "thousands",
    "ملايين": "millions", "الملايين": "millions",
    "بضعه": "several", "بضع": "several", "عده": "several", "العديد": "several",
}
# "عدد" is vague only as "عدد من" / "عدد كبير من"; alone it is "the number of".
_ADDAD = "عدد"
#: Proclitics a number word may carry: a conjunction and/or ب ل (from the package's
#: one clitic grammar, :mod:`analysis.text.clitics`), longest first. كـ and the
#: article are left out: ``كخمسة`` is "as five", and definite number words are
#: never read (see the module docstring).
_PROCLITICS = tuple(written for written, morphs in PROCLITIC_SEQUENCES
                    if DETERMINER not in morphs and "ك" not in morphs)
# Proclitic + word pairs that are another word: لست = "I am not".
_NOT_NUMBERS = frozenset({"لست", "لستة"})
_DIGIT_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
# Last letters a dual can end in (ان، ين، ي before normalization: ى is ي).
_DUAL_LAST = frozenset("نيى")
_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")
_FATHA, _KASRA = "\u064E", "\u0650"
_CLASS_UNIT, _CLASS_TEN, _CLASS_HUNDRED, _CLASS_THOUSAND = 0, 1, 2, 3


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
            the dual, the noun itself is the span) or ``vague``.
        first_token: Index of the first token of the phrase.
        last_token: Index after the last token of the phrase.
        prefix: The proclitic stripped from the first token (``و``, ``ب``…), or ``""``.
        vague_default: Conservative stand-in for a vague quantity
            (:data:`VAGUE_DEFAULTS`); ``None`` otherwise.
        vague_kind: Key of :data:`VAGUE_DEFAULTS` for a vague quantity, else ``""``.
        decimal: The digits carried a decimal part (``2.5``, ``13.00``).
        dual_noun: For a dual, the singular of the noun (normalized), else ``""``.
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


@dataclass(frozen=True, slots=True)
class DualNoun:
    """A noun whose dual is read as the number 2.

    Attributes:
        singular: Normalized singular (``مدني``, ``طفل``, ``امراه``).
        sound_plural: Whether its plural is also written ``-ين`` (``مدنيين``,
            ``مسلحين``); then an undiacritized ``-ين`` form is ambiguous.
    """

    singular: str
    sound_plural: bool


def _dual_nouns() -> dict[str, DualNoun]:
    words = default_words()
    sound = words.forms("victims", "sound_plural")
    return {f[0]: DualNoun(f[0], f[0] in sound) for f in words.phrases("victims", "dual_nouns")}


#: Nouns read as 2 in the dual (``victims.yml``: ``dual_nouns``, ``sound_plural``).
DUAL_NOUNS: dict[str, DualNoun] = _dual_nouns()


def parse_number(phrase: str) -> int | float | None:
    """Read a whole string as one number (digits, words or both).

    Args:
        phrase: E.g. ``"ثلاثة آلاف وخمسمئة"`` or ``"١٬٢٠٠"``.

    Returns:
        The value, or ``None`` when the string is not exactly one number
        (vague quantities included: they have no value).

    Example:
        >>> parse_number("ثلاثة آلاف وخمسمئة")
        3500
        >>> parse_number("٢٫٥ مليون")
        2500000
        >>> parse_number("عشرات") is None
        True
    """
    from analysis.text.tokenize import tokenize

    tokens = tokenize(phrase)
    found = find_numerals(phrase, tokens, dual_nouns={})
    if len(found) != 1 or found[0].first_token != 0 or found[0].last_token != len(tokens):
        return None
    return found[0].value


def find_numerals(
    text: str,
    tokens: Sequence[Token] | None = None,
    *,
    dual_nouns: Mapping[str, DualNoun] | None = None,
) -> list[Numeral]:
    """Find every number phrase in a token list.

    Args:
        text: The original text.
        tokens: Its tokens (:func:`analysis.text.tokenize.tokenize`), if
            already computed.
        dual_nouns: Nouns whose dual reads as 2 (default :data:`DUAL_NOUNS`;
            ``{}`` turns dual reading off).

    Returns:
        Non-overlapping numerals in text order.

    Example:
        >>> text = "قتل خمسة وعشرون وأصيب ١٬٢٠٠ و7 آلاف وعشرات وطفلان"
        >>> [(n.text, n.value, n.kind) for n in find_numerals(text)]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('خمسة وعشرون', 25, 'words'), ('١٬٢٠٠', 1200, 'digits'),
         ('7 آلاف', 7000, 'mixed'), ('عشرات', None, 'vague'), ('طفلان', 2, 'dual')]
    """
    if tokens is None:
        from analysis.text.tokenize import tokenize

        tokens = tokenize(text)
    if dual_nouns is None:
        dual_nouns = DUAL_NOUNS
    out: list[Numeral] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        # Most tokens cannot start a number: test the (cached) word first.
        if tok.kind == "number" or (tok.kind == "word" and _may_start(tok.norm)):
            found = _read_at(text, tokens, i)
        else:
            found = None
        if found is None and dual_nouns and tok.kind == "word" and _may_be_dual(tok.text):
            governed = bool(out) and out[-1].last_token == i and out[-1].kind != "dual"
            found = _dual_at(text, tokens, i, dual_nouns, governed=governed)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.last_token
    return out


def read_dual(
    surface: str,
    *,
    dual_nouns: Mapping[str, DualNoun] | None = None,
    governed: bool = False,
) -> tuple[str, str, bool] | None:
    """Read one word as the dual of a known noun.

    The rule, for a word (after any proclitic) ``stem + ending`` where ``stem``
    is a known singular (feminine ``-ة`` nouns take ``-تان/-تين``):

    1. ``-ان`` (nominative dual): always the dual (the sound plural is ``-ون``).
    2. ``-ين`` / construct ``-ي``, with a diacritic on the letter before the
       ending: fatha (``مدنيَّين``, ``لغمَين``) means dual, kasra
       (``مدنيِّين``) means plural.
    3. ``-ين`` undiacritized: dual when the noun has no sound plural in
       ``-ين`` (``طفلين``, ``جنديين``: plurals أطفال, جنود); for a noun that has
       one (``مدنيين``, ``مسلحين``), dual only when no number governs it
       (``governed=False``): ``5 مدنيين`` is plural, bare ``مدنيين`` reads 2.
    4. Definite forms (``الطفلين``) are not read: they point back to a
       figure already given.

    Args:
        surface: The word as written, diacritics included.
        dual_nouns: Known nouns (default :data:`DUAL_NOUNS`).
        governed: A number stands right before the word.

    Returns:
        ``(prefix, singular, marked)`` or ``None`` when the word is not such a dual.
        ``marked`` is False only for a reading that rests on rule 3's last case.

    Example:
        >>> read_dual("ومدنيَّين")
        ('و', 'مدني', True)
        >>> read_dual("مدنيين"), read_dual("مدنيين", governed=True)
        (('', 'مدني', False), None)
        >>> read_dual("مدنيِّين") is None
        True
        >>> read_dual("طفلان")
        ('', 'طفل', True)
    """
    from analysis.text.normalize import normalize

    if dual_nouns is None:
        dual_nouns = DUAL_NOUNS
    norm = normalize(surface)
    for prefix in (*_PROCLITICS, ""):
        if not norm.startswith(prefix):
            continue
        word = norm[len(prefix):]
        if word.startswith("ال"):
            continue
        for ending in ("ان", "ين", "ي"):
            if not word.endswith(ending) or len(word) <= len(ending) + 1:
                continue
            stem = word[: -len(ending)]
            noun = dual_nouns.get(stem)
            if noun is None and stem.endswith("ت"):
                noun = dual_nouns.get(stem[:-1] + "ه")
            if noun is None:
                continue
            if ending == "ان":
                return prefix, noun.singular, True
            mark = _mark_before_ending(surface, len(ending))
            if mark == _FATHA:
                return prefix, noun.singular, True
            if mark == _KASRA:
                return None
            if ending == "ي":
                # An undiacritized -ي is far more often the nisba adjective
                # (مدني) than a construct dual.
                return None
            if not noun.sound_plural:
                return prefix, noun.singular, True
            if governed:
                return None
            return prefix, noun.singular, False
    return None


@lru_cache(maxsize=65_536)
def _may_be_dual(surface: str) -> bool:
    """Cheap test before :func:`read_dual` (which normalizes): a dual ends in ن or ي.

    Only a plain Arabic last letter is trusted; anything else (presentation
    forms, format characters) goes on to the full reading.
    """
    last = surface.rstrip("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")[-1:]
    return not ("\u0621" <= last <= "\u064A") or last in _DUAL_LAST


@lru_cache(maxsize=65_536)
def _read_default_dual(surface: str, governed: bool) -> tuple[str, str, bool] | None:
    return read_dual(surface, dual_nouns=DUAL_NOUNS, governed=governed)


def _mark_before_ending(surface: str, ending_len: int) -> str:
    """The vowel (fatha or kasra) written on the letter before the dual ending."""
    letters = [(i, c) for i, c in enumerate(surface) if not _MARKS.match(c)]
    if len(letters) <= ending_len:
        return ""
    first_ending = letters[-ending_len][0]
    marks = surface[letters[-ending_len - 1][0] + 1:first_ending]
    for mark in (_FATHA, _KASRA):
        if mark in marks:
            return mark
    return ""


@lru_cache(maxsize=65_536)
def _strip(norm: str) -> tuple[str, str]:
    """Split a proclitic off a normalized word when what remains is a number word."""
    if _is_number_word(norm):
        return "", norm
    if norm in _NOT_NUMBERS:
        return "", norm
    for prefix in _PROCLITICS:
        if norm.startswith(prefix) and len(norm) > len(prefix):
            rest = norm[len(prefix):]
            if (_is_number_word(rest) and len(rest) > 1) or _DIGIT_RE.match(rest):
                return prefix, rest
    return "", norm


@lru_cache(maxsize=65_536)
def _may_start(norm: str) -> bool:
    """Whether a word token can start a number phrase (:func:`_read_at` may read it)."""
    w = _strip(norm)[1]
    return bool(w) and (_is_number_word(w) or _digits_value(w) is not None)


def _is_number_word(w: str) -> bool:
    return (w in _UNITS or w in _TEN or w in _TENS or w in _HUNDREDS or w in _MULTIPLIERS
            or w in _VAGUE or w == _ADDAD)


@lru_cache(maxsize=65_536)
def _digits_value(s: str) -> tuple[int | float, bool] | None:
    m = _DIGIT_RE.match(s)
    if not m:
        if _DECIMAL_COMMA_RE.fullmatch(s):  # a decimal comma (2,5)
            return float(s.replace(",", ".")), True
        return None
    whole = int(m.group(1).replace(",", ""))
    if m.group(2) is None:
        return whole, False
    return float(f"{whole}.{m.group(2)}"), True


def _surface_offset(token: Token, n_letters: int) -> int:
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


def _word(tokens: Sequence[Token], i: int) -> tuple[str, str]:
    """(prefix, bare normalized word) of token i, or ("", "") for punctuation."""
    tok = tokens[i]
    if tok.kind == "number":
        return "", tok.norm
    if tok.kind != "word":
        return "", ""
    return _strip(tok.norm)


def _read_at(text: str, tokens: Sequence[Token], i: int) -> Numeral | None:
    prefix, w = _word(tokens, i)
    if not w:
        return None
    digits = _digits_value(w)
    if digits is not None:
        # "و١٬٢٠٠": with a proclitic the tokenizer splits at the separator;
        # glue the adjacent digit groups back together.
        k = i
        while (prefix and k + 2 < len(tokens) and tokens[k + 1].norm in (",", ".")
               and tokens[k + 1].start == tokens[k].end and tokens[k + 2].kind == "number"
               and tokens[k + 2].start == tokens[k + 1].end):
            w += tokens[k + 1].norm + tokens[k + 2].norm
            k += 2
        if k > i:
            digits = _digits_value(w) or digits
            return _read_digits(text, tokens, i, prefix, *digits, last=k)
        return _read_digits(text, tokens, i, prefix, *digits)
    if w in _VAGUE or w == _ADDAD or (w in _MULTIPLIERS and _MULTIPLIERS[w][1] == 0):
        return _read_vague(text, tokens, i, prefix, w)
    if w in ("احد", "احدي"):
        # أحد is "anyone" (لم يصب أحد) unless it is a teen (أحد عشر), a
        # compound (إحدى وعشرون) or "one of" before a definite noun (أحد الجنود).
        nxt_prefix, nxt = _word(tokens, i + 1) if i + 1 < len(tokens) else ("", "")
        if nxt_prefix == "و" and nxt in _TENS:
            return _read_words(text, tokens, i, prefix)  # إحدى وعشرين
        if nxt not in _TEN and not nxt.startswith("ال"):
            return None
        if nxt.startswith("ال"):
            return _make(text, tokens, i, i + 1, prefix, 1, "words")
    if w in _UNITS or w in _TEN or w in _TENS or w in _HUNDREDS or w in _MULTIPLIERS:
        return _read_words(text, tokens, i, prefix)
    return None


def _read_digits(text, tokens, i, prefix, value, decimal, *, last=None) -> Numeral:
    j = (last if last is not None else i) + 1
    kind = "digits"
    if j < len(tokens):
        p2, w2 = _word(tokens, j)
        if not p2 and w2 in _MULTIPLIERS:
            mult = _MULTIPLIERS[w2][0]
            value = value * mult
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            decimal = isinstance(value, float)
            j += 1
            kind = "mixed"
    return _make(text, tokens, i, j, prefix, value, kind, decimal=decimal)


def _read_vague(text, tokens, i, prefix, w) -> Numeral | None:
    j = i + 1
    if w == _ADDAD:
        # عدد من / عدد كبير من / عدد آخر من
        k = j
        if k < len(tokens) and _word(tokens, k)[1] in ("كبير", "اخر", "قليل"):
            k += 1
        if k >= len(tokens) or tokens[k].norm != "من":
            return None
        kind = "several"
        j = k + 1
    elif w in _MULTIPLIERS:
        kind = "thousands" if _MULTIPLIERS[w][0] == 1_000 else "millions"
    else:
        kind = _VAGUE[w]
    if kind in ("tens", "hundreds") and j < len(tokens):
        nxt = _word(tokens, j)[1]
        if nxt in ("الالاف", "الاف", "الوف"):
            kind = "tens_of_thousands" if kind == "tens" else "hundreds_of_thousands"
            j += 1
    return _make(text, tokens, i, j, prefix, None, "vague", vague_kind=kind,
                 vague_default=VAGUE_DEFAULTS[kind])


def _read_words(text, tokens, i, prefix) -> Numeral | None:
    total = 0          # completed thousands/millions groups
    current = 0        # the group below the next multiplier
    last_class = None  # magnitude class of the last component read
    last_unit = False  # the last component was a bare unit (for teens, ثلاث مئة)
    j = i
    n = len(tokens)
    while j < n:
        p, w = _word(tokens, j) if j == i else _next_word(tokens, j)
        if not w or (j > i and p not in ("", "و")):
            break
        joined = p == "و"
        if j > i and not joined and w in _UNITS:
            break
        if w in _TEN and last_unit and not joined and 1 <= current % 10 <= 9:
            current += 10  # teen: ثلاثة عشر, اثنا عشر
            last_class, last_unit = _CLASS_TEN, False
        elif w in ("مئه", "مائه") and last_unit and not joined and current % 100 in range(3, 10):
            current = current - current % 100 + (current % 100) * 100  # ثلاث مئة
            last_class, last_unit = _CLASS_HUNDRED, False
        elif w in _MULTIPLIERS:
            mult, alone = _MULTIPLIERS[w]
            if last_class is not None and last_class >= _CLASS_THOUSAND and mult >= 1000 and current == 0:
                break
            if joined:
                break  # و ألف after a number is a new phrase
            if current == 0 and j > i:
                break
            count = current if current else alone
            if count == 0:
                break  # آلاف alone: vague, read elsewhere
            total += count * mult
            current = 0
            last_class, last_unit = _CLASS_THOUSAND + (mult > 1000), False
        else:
            v, cls = _simple(w)
            if v is None:
                break
            if j > i:
                if not joined:
                    break
                # Only a smaller part may be added: خمسة وعشرون (unit + ten),
                # ألف وخمسمئة; "خمسة وسبعة" is two numbers.
                if not (cls < last_class or (last_class == _CLASS_UNIT and cls == _CLASS_TEN
                                             and current % 100 < 10 and w in _TENS)):
                    break
            current += v
            last_class, last_unit = cls, w in _UNITS
        j += 1
    if j == i:
        return None
    value = total + current
    return _make(text, tokens, i, j, prefix, value, "words")


def _next_word(tokens, j) -> tuple[str, str]:
    tok = tokens[j]
    if tok.kind != "word":
        return "", ""
    # Inside a phrase, و + number word is a conjunct: "وأحد" after ثمانمئة is
    # و + أحد, not واحد (a bare unit there would start a new number anyway).
    if tok.norm.startswith("و") and _is_number_word(tok.norm[1:]) and len(tok.norm) > 2:
        return "و", tok.norm[1:]
    if _is_number_word(tok.norm):
        return "", tok.norm
    return "x", tok.norm


def _simple(w: str) -> tuple[int | None, int]:
    if w in _UNITS:
        return _UNITS[w], _CLASS_UNIT
    if w in _TEN:
        return 10, _CLASS_TEN
    if w in _TENS:
        return _TENS[w], _CLASS_TEN
    if w in _HUNDREDS:
        return _HUNDREDS[w], _CLASS_HUNDRED
    return None, -1


def _dual_at(text, tokens, i, dual_nouns, *, governed) -> Numeral | None:
    tok = tokens[i]
    if tok.kind != "word":
        return None
    if dual_nouns is DUAL_NOUNS:
        found = _read_default_dual(tok.text, governed)
    else:
        found = read_dual(tok.text, dual_nouns=dual_nouns, governed=governed)
    if found is None:
        return None
    prefix, singular, marked = found
    start = _surface_offset(tok, len(prefix))
    return Numeral(start, tok.end, text[start:tok.end], 2, "dual", i, i + 1,
                   prefix=prefix, dual_noun=singular, dual_marked=marked)


def _make(text, tokens, i, j, prefix, value, kind, **extra) -> Numeral:
    start = _surface_offset(tokens[i], len(prefix))
    end = tokens[j - 1].end
    return Numeral(start, end, text[start:end], value, kind, i, j, prefix=prefix, **extra)


__all__ = ["Numeral", "DualNoun", "DUAL_NOUNS", "VAGUE_DEFAULTS", "find_numerals",
           "parse_number", "read_dual"]
