"""Reading numbers in Arabic news text: digits, number words, duals, vague quantities.

:func:`find_numerals` scans a token list (:func:`analysis.text.tokenize.tokenize`)
and returns one :class:`Numeral` per number phrase, with offsets into the
original text. It reads:

* digits: Western, Arabic-Indic (``٠-٩``) and Persian (``۰-۹``), with
  thousands separators (``1,200``, ``١٬٢٠٠``, ``20.000``, ``20،000``: groups
  of exactly three digits) and decimals (``2.5``; the Arabic decimal comma
  before a multiplier, ``1،8 مليون``); ``13.00`` stays a decimal (a time);
* number words in every case and gender (``ثلاثة/ثلاث``, ``عشرون/عشرين``,
  ``اثنا/اثني عشر``, ``مئة/مائة``, ``مئتان/مئتين/مئتي``, ``ثلاثمئة/ثلاث مئة``,
  ``ألف/ألفان/ألفين/ألفي/آلاف``, ``مليون/ملايين``), compounds joined by و
  (``خمسة وعشرون``, ``ثلاثة آلاف وخمسمئة``, ``أربعة آلاف و312``) and digit +
  word mixes (``7 آلاف``, ``2.5 مليون``);
* "one": ``أحد``/``إحدى`` before a definite noun or a noun in construct
  (``أحد الجنود``, ``أحد جنوده``, ``أحد عناصر الدفاع المدني``), and a noun
  with the adjective ``واحد`` (``سائقا واحدا``: kind ``one``, the noun is in
  the span);
* a definite count after جميع/كل (``جميع ركاب الحافلة الـ23``: kind
  ``definite``, the span runs from جميع) or after a definite noun phrase
  (``المواطنين التشيكيين الستة``، ``الضحايا الـ32``: the span runs from the
  noun), see :mod:`.numeral_phrases`;
* the proclitics و ف ب ل (and وب ول فب فل) on the first word (``وثلاثة``,
  ``بعشرات``, ``وعددا``, ``و10``; ل before the article: ``للعديد``), see
  :mod:`.number_clitics`; the record's span starts after the proclitic;
* duals of a known noun (``طفلان``, ``قتيلين``, ``مدنيَّين``), see
  :mod:`analysis.casualties.duals` for the rule;
* vague quantities (``عشرات``, ``مئات``, ``آلاف`` alone, ``عشرات الآلاف``,
  ``بضعة``, ``عدة``, ``العديد``, ``عدد من``, ``عدد متزايد من``, ``عدد آخر``, ``كثير من``): ``value`` is ``None`` and
  ``vague_default`` holds a conservative number, see :data:`VAGUE_DEFAULTS`.

Ordinals (``الثالث``) are never read. Definite number words are read only
after a definite noun phrase (``القتلى الثلاثة``) and as ``الاثنان``: alone
they are day names (``الاثنين``, ``الأحد``), the percent sign (``بالمئة``) or
ordinal adjectives (``القرن العشرين``); the vague quantities keep their
definite forms (``المئات``, ``العشرات``), which are quantities in news style.

Whether a number is a casualty figure, a year or a time is decided by
:mod:`analysis.casualties.claims`, not here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter
from typing import Mapping, Sequence

from analysis.casualties.duals import (
    DUAL_FORMS, DUAL_NOUNS, MARKS as _MARKS, NISBA_DUAL_ENDINGS, PROCLITICS as _PROCLITICS, DualNoun,
    nisba_dual_at, read_dual,
)
from analysis.casualties.number_words import (
    ADDAD as _ADDAD, HUNDREDS as _HUNDREDS, MULTIPLIERS as _MULTIPLIERS, TEN as _TEN,
    TENS as _TENS, UNITS as _UNITS, VAGUE as _VAGUE, VAGUE_DEFAULTS,
    is_number_word as _is_number_word,
)
from analysis.casualties.number_words import read_word_number
from analysis.casualties.number_clitics import (
    ADDAD_FORMS as _ADDAD_FORMS, DIGIT_RE as _DIGIT_RE, MANY as _MANY, ONE_OF_THEM,
    MANY_PEOPLE as _MANY_PEOPLE,
    lam_article as _lam_article, strip_proclitic as _strip, word_at as _word,
)
from analysis.casualties.numeral import Numeral, make_numeral as _make
from analysis.casualties.vague_counts import read_vague
from analysis.casualties.numeral_phrases import (
    DEFINITE_CARDINALS, DEFINITE_WORDS, ONE, and_one_of, definite_after_noun, definite_before_noun, definite_count,
    dual_at, in_construct, one_after_noun, person_head,
)
from analysis.text.tokenize import Token
from analysis.text.wordcache import word_cached

_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
#: A dot between groups of exactly three digits is a thousands separator
#: (20.000); 13.00 and 2.5 are decimals.
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MULTIPLIER_WORDS = frozenset(("", m) for m in _MULTIPLIERS)
#: The last letter of a normalized dual (-ان، -ين، -ي; read_dual reads the normalized word).
_DUAL_LAST = ("ن", "ي")
#: "The million" as a count (تجاوز المليون نازح، المليون ونصف المليون).
_THE_MILLION = "المليون"
#: Fractions of a multiplier: نصف مليون، ربع مليون.
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}


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
    n, after = len(tokens), 0
    for i in _candidates(tokens, dual_nouns, text):
        if i < after:
            continue  # inside the numeral just read
        tok = tokens[i]
        if tok.kind == "number":
            found = _read_at(text, tokens, i)
        else:
            norm = tok.norm
            # Most words cannot start a number: a set test first, then the (cached) word.
            may = (norm in _STARTERS or not norm[:3].isalpha()) and _may_start(norm)
            found = _read_at(text, tokens, i) if may else None
            if norm in ONE and (found is None or found.kind == "words"):
                if i + 1 < n and tokens[i + 1].norm == "من":
                    found = None  # مرة واحدة من، واحدة من أكثر: "one of", no figure
                else:
                    found = and_one_of(text, tokens, i) or one_after_noun(text, tokens, i, out) or found
            elif found is None:
                if norm[2:3].isdigit() and norm.startswith("ال"):
                    found = definite_count(text, tokens, i, out) or definite_after_noun(text, tokens, i, out)
                elif norm in DEFINITE_WORDS or norm in DEFINITE_CARDINALS:
                    found = definite_after_noun(text, tokens, i, out) or definite_before_noun(text, tokens, i)
                elif dual_nouns and (norm in DUAL_FORMS or nisba_dual_at(tokens, i) if dual_nouns is DUAL_NOUNS
                                     else norm[-1:] in _DUAL_LAST):
                    # a number right before governs the word; a dual right before makes
                    # it an agreeing adjective (مهاجمين آخرين) unless و joins a new conjunct
                    governed = bool(out) and out[-1].last_token == i and not norm.startswith("و")
                    found = dual_at(text, tokens, i, dual_nouns, governed=governed)
        if found is not None:
            out.append(found)
            after = found.last_token
    return out


def _candidates(tokens: Sequence[Token], dual_nouns: Mapping[str, DualNoun], text: str = "") -> list[int]:
    """The tokens :func:`find_numerals` reads: numbers and words, but no word of letters outside the watched words."""
    watched = _WATCHED_DUALS if dual_nouns is DUAL_NOUNS else None if dual_nouns else _WATCHED
    if watched is None:
        return [i for i, t in enumerate(tokens) if t.kind == "number" or t.kind == "word"]
    # this reads every token of a text: each attribute once, and the slice only for a
    # word that is not all letters (not n[:3].isalpha() can hold only then)
    found = [i for i, t in enumerate(tokens) if (kind := t.kind) == "number"
             or (kind == "word" and ((n := t.norm) in watched or not (n.isalpha() or n[:3].isalpha())))]
    if dual_nouns is not DUAL_NOUNS or not text:
        return found
    # the duals of unlisted nisba nouns (قتل حوثيان): found in the text by one regex
    # scan, not by a test on every token
    nisba = {k for m in _NISBA_END_RE.finditer(text)
             if (k := bisect_right(tokens, m.end() - 1, key=_START) - 1) >= 0
             and tokens[k].end == m.end() and tokens[k].norm.endswith(NISBA_DUAL_ENDINGS)}
    return sorted(nisba.union(found)) if nisba else found


#: The end of a word in -يان/-يين as written (diacritics and tatweel between the letters).
_NISBA_END_RE = re.compile("ي[\u064B-\u065F\u0670\u0640]*[اي][\u064B-\u065F\u0670\u0640]*ن"
                           "[\u064B-\u065F\u0670\u0640]*(?![\u0620-\u064A])")
_START = attrgetter("start")


def _starters() -> frozenset[str]:
    """A superset of the words with three letters first that :func:`_may_start` accepts."""
    words = [w for table in (_UNITS, _TEN, _TENS, _HUNDREDS, _MULTIPLIERS, _VAGUE) for w in table] + [_ADDAD]
    base = set(words) | _MANY | _MANY_PEOPLE | _ADDAD_FORMS | set(_FRACTIONS) | {_THE_MILLION} | ONE_OF_THEM
    quantities = [*words, *_ADDAD_FORMS, *_MANY, *_MANY_PEOPLE]
    glued = {p + w for p in _PROCLITICS for w in quantities if len(w) > 1}
    glued |= {_lam_article(p, w) for p in _PROCLITICS if p.endswith("ل") for w in quantities
              if w.startswith("ال")}
    return frozenset(base | glued)


_STARTERS = _starters()
#: The words of letters that find_numerals reads: starters, واحد, definite numbers (and duals).
_WATCHED = _STARTERS | ONE | frozenset(DEFINITE_WORDS) | frozenset(DEFINITE_CARDINALS)
_WATCHED_DUALS = _WATCHED | DUAL_FORMS


@word_cached
def _may_start(norm: str) -> bool:
    """Whether a word token can start a number phrase (:func:`_read_at` may read it)."""
    w = _strip(norm)[1]
    return bool(w) and (_is_number_word(w) or w in _MANY or w in _MANY_PEOPLE or w in _ADDAD_FORMS
                        or w in _FRACTIONS
                        or w == _THE_MILLION or w in ONE_OF_THEM or _digits_value(w) is not None)


@word_cached
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


def _read_at(text: str, tokens: Sequence[Token], i: int) -> Numeral | None:
    prefix, w = _word(tokens, i)
    if not w:
        return None
    digits = _digits_value(w)
    if digits is not None:
        return _read_digits(text, tokens, i, prefix, w)
    if w == _THE_MILLION:
        # "تجاوز المليون (ونصف المليون) نازح": the million as a count
        j = i + 1
        value = 1_000_000
        if j + 1 < len(tokens) and tokens[j].norm == "ونصف" and _word(tokens, j + 1)[1] == _THE_MILLION:
            value, j = 1_500_000, j + 2
        return _make(text, tokens, i, j, prefix, value, "words")
    if w in ONE_OF_THEM:
        return _make(text, tokens, i, i + 1, prefix, 1, "words")
    if w in _FRACTIONS:
        nxt = _word(tokens, i + 1) if i + 1 < len(tokens) else ("", "")
        if nxt[0] or _MULTIPLIERS.get(nxt[1], (0, 0))[1] != 1:
            return None
        value = _MULTIPLIERS[nxt[1]][0] * _FRACTIONS[w]
        return _make(text, tokens, i, i + 2, prefix, int(round(value)), "words")  # نصف مليون
    if w in _VAGUE or w in _ADDAD_FORMS or w in _MANY or w in _MANY_PEOPLE or (
            w in _MULTIPLIERS and _MULTIPLIERS[w][1] == 0):
        if w == "عده" and prefix.endswith("ب") and _MARKS.sub("", tokens[i].text).endswith("ه"):
            return None  # بعده is بعد + ه ("after it"), not ب + عدة (written with ة)
        return read_vague(text, tokens, i, prefix, w)
    if w in ("احد", "احدي"):
        # أحد is "anyone" (لم يصب أحد) unless it is a teen (أحد عشر), a
        # compound (إحدى وعشرون) or "one of" before a definite noun or a noun
        # in construct (أحد الجنود، أحد جنوده، أحد عناصر الدفاع المدني).
        nxt_prefix, nxt = _word(tokens, i + 1) if i + 1 < len(tokens) else ("", "")
        if nxt_prefix == "و" and nxt in _TENS:
            return _words(text, tokens, i, prefix, w)  # إحدى وعشرين
        if nxt in _TEN:
            return _words(text, tokens, i, prefix, w)
        if nxt.startswith("ال") or in_construct(tokens, i + 1) or person_head(nxt):
            # أحد عناصر حماس، أحد قيادات تنظيم …: a person noun after أحد is its genitive
            return _make(text, tokens, i, i + 1, prefix, 1, "words")
        return None
    if w in _UNITS or w in _TEN or w in _TENS or w in _HUNDREDS or w in _MULTIPLIERS:
        return _words(text, tokens, i, prefix, w)
    return None


def _words(text, tokens, i, prefix, w) -> Numeral | None:
    found = read_word_number(tokens, i, (prefix, w))
    if found is None:
        return None
    return _make(text, tokens, i, found[0], prefix, found[1], "words")


def _read_digits(text, tokens, i, prefix, w) -> Numeral:
    k = i
    # "و١٬٢٠٠": with a proclitic the tokenizer splits at the separator, and it
    # always splits at the Arabic comma (20،000): glue the digit groups back.
    while (k + 2 < len(tokens) and tokens[k + 1].start == tokens[k].end
           and tokens[k + 2].kind == "number" and tokens[k + 2].start == tokens[k + 1].end):
        sep, group = tokens[k + 1].norm, tokens[k + 2].norm
        if sep == "،" and len(group) == 3:
            w += "," + group
        elif prefix and sep in (",", "."):
            w += sep + group
        else:
            break
        k += 2
    value, decimal = _digits_value(w) or _digits_value(_word(tokens, i)[1])
    j = k + 1
    if (k == i and j + 2 < len(tokens) and tokens[j].norm == "،" and tokens[j].start == tokens[k].end
            and tokens[j + 1].kind == "number" and tokens[j + 1].start == tokens[j].end
            and len(tokens[j + 1].norm) <= 2 and _word(tokens, j + 2) in _MULTIPLIER_WORDS):
        value, decimal = float(f"{w}.{tokens[j + 1].norm}"), True  # the decimal comma: 1،8 مليون
        j += 2
    kind = "digits"
    if (j + 1 < len(tokens) and tokens[j].kind == "quote" and tokens[j].start == tokens[k].end
            and _word(tokens, j + 1) in _MULTIPLIER_WORDS):
        j += 1  # «23» مليونا: the quoted digits and their multiplier are one number
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
            after = tokens[j].norm if j < len(tokens) and tokens[j].kind == "word" else ""
            if after[:1] == "و" and after[1:].isdigit() and int(after[1:]) < mult:
                value += int(after[1:])  # 4 آلاف و312
                j += 1
            elif after == "ونصف" and isinstance(value, int):
                value += mult // 2  # 2 مليون ونصف (المليون)
                j += 1
                if j < len(tokens) and tokens[j].kind == "word" and tokens[j].norm[2:] in _MULTIPLIERS:
                    j += 1
    if kind == "digits" and decimal and _DOT_THOUSANDS_RE.fullmatch(w):
        value, decimal = int(w.replace(".", "")), False  # 20.000 شخص
    return _make(text, tokens, i, j, prefix, value, kind, decimal=decimal)


__all__ = ["Numeral", "DualNoun", "DUAL_NOUNS", "VAGUE_DEFAULTS", "find_numerals",
           "parse_number", "read_dual"]
