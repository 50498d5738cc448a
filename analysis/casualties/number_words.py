"""Arabic number words: units, tens, hundreds, multipliers and vague quantities.

The words are data: ``analysis/casualties/data/numbers.yml`` (versioned,
validated and carried in the outputs with its sha256 like the other casualty
word lists, :mod:`analysis.casualties.words`), in the normalized spelling
(:func:`analysis.text.normalize.normalize`), every case and gender. This module
builds the lookup tables from it and holds the grammar that combines the words
(:func:`read_word_number`); read by :mod:`analysis.casualties.numerals`.
"""

from __future__ import annotations

from typing import Sequence

from analysis.casualties.words import default_words
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

_NUMBERS = default_words()


def _values(section: str) -> dict[str, int]:
    """A table of ``numbers.yml``: form -> the number its label names, in file order."""
    return {form[0]: int(label) for label, forms in _NUMBERS.phrases("numbers", section).items()
            for form in forms}


UNITS: dict[str, int] = _values("units")
TEN: dict[str, int] = _values("ten")
# The tens: a stem with the nominative -ون or the oblique -ين (the case is the only difference).
TENS: dict[str, int] = {stem + ending: v for stem, v in _values("tens").items() for ending in ("ون", "ين")}
# The hundreds in one word, and a unit + مئه/مائه (ثلاثمئة: 300).
HUNDREDS: dict[str, int] = {**_values("hundreds"), **{
    stem + hundred: unit * 100 for stem, unit in _values("hundred_units").items() for hundred in ("مئه", "مائه")}}
# Multipliers: (value, how many units the word itself counts when nothing precedes it).
# آلاف/ملايين alone are vague ("thousands"), hence 0.
_COUNTS = _values("multiplier_counts")
MULTIPLIERS: dict[str, tuple[int, int]] = {w: (v, _COUNTS.get(w, 1)) for w, v in _values("multipliers").items()}
# Vague quantity words → key of VAGUE_DEFAULTS. Definite forms are kept
# (قتل المئات) because they are quantities, not anaphora.
VAGUE: dict[str, str] = {form[0]: kind for kind, forms in _NUMBERS.phrases("numbers", "vague").items()
                         for form in forms}
# "عدد" is vague only as "عدد من" / "عدد كبير من"; alone it is "the number of".
ADDAD = _NUMBERS.phrases("numbers", "count_noun")[0][0]
CLASS_UNIT, CLASS_TEN, CLASS_HUNDRED, CLASS_THOUSAND = 0, 1, 2, 3


def is_number_word(w: str) -> bool:
    """Whether ``w`` (normalized, no clitic) is a number word or a vague quantity.

    Example:
        >>> is_number_word("عشرين"), is_number_word("عشرات"), is_number_word("قتلى")
        (True, True, False)
    """
    return (w in UNITS or w in TEN or w in TENS or w in HUNDREDS or w in MULTIPLIERS
            or w in VAGUE or w == ADDAD)


def simple_value(w: str) -> tuple[int | None, int]:
    """``(value, magnitude class)`` of a unit, ten or hundred word, else ``(None, -1)``."""
    if w in UNITS:
        return UNITS[w], CLASS_UNIT
    if w in TEN:
        return 10, CLASS_TEN
    if w in TENS:
        return TENS[w], CLASS_TEN
    if w in HUNDREDS:
        return HUNDREDS[w], CLASS_HUNDRED
    return None, -1



def read_word_number(tokens: Sequence[Token], i: int, first: tuple[str, str]) -> tuple[int, int] | None:
    """Read number words from token ``i``: ``(index after the phrase, value)`` or ``None``.

    Args:
        tokens: The token list.
        i: First token of the phrase.
        first: ``(proclitic, bare word)`` of token i.

    A compound adds only a smaller part after و (``خمسة وعشرون``، ``ألف
    وخمسمئة``; ``خمسة وسبعة`` is two numbers), and digits after و may close a
    thousands group (``أربعة آلاف و312`` is 4312).

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> toks = tokenize("أربعة آلاف و312 مدنيا")  # synthetic
        >>> read_word_number(toks, 0, ("", "اربعه"))
        (3, 4312)
    """
    total = 0          # completed thousands/millions groups
    current = 0        # the group below the next multiplier
    last_class = None  # magnitude class of the last component read
    last_unit = False  # the last component was a bare unit (for teens, ثلاث مئة)
    last_mult = 0      # the last multiplier (ألف، مليون)
    j = i
    n = len(tokens)
    while j < n:
        p, w = first if j == i else _next_word(tokens, j)
        if not w or (j > i and p not in ("", "و")):
            if (p == "x" and w[:1] == "و" and w[1:].isdigit() and total and not current
                    and int(w[1:]) < last_mult):
                current = int(w[1:])  # ثلاثة آلاف و312
                j += 1
            elif p == "x" and w == "ونصف" and total and not current:
                current = last_mult // 2  # مليون ونصف (المليون)
                j += 1
                if j < n and tokens[j].kind == "word" and tokens[j].norm[2:] in MULTIPLIERS:
                    j += 1
            break
        joined = p == "و"
        if j > i and not joined and w in UNITS:
            break
        if w in TEN and last_unit and not joined and 1 <= current % 10 <= 9:
            current += 10  # teen: ثلاثة عشر, اثنا عشر
            last_class, last_unit = CLASS_TEN, False
        elif w in ("مئه", "مائه") and last_unit and not joined and current % 100 in range(3, 10):
            current = current - current % 100 + (current % 100) * 100  # ثلاث مئة
            last_class, last_unit = CLASS_HUNDRED, False
        elif w in MULTIPLIERS:
            mult, alone = MULTIPLIERS[w]
            if last_class is not None and last_class >= CLASS_THOUSAND and mult >= 1000 and current == 0:
                break
            if joined:
                break  # و ألف after a number is a new phrase
            if current == 0 and j > i:
                break
            count = current if current else alone
            if count == 0:
                break  # آلاف alone: vague, read elsewhere
            total += count * mult
            current, last_mult = 0, mult
            last_class, last_unit = CLASS_THOUSAND + (mult > 1000), False
        else:
            v, cls = simple_value(w)
            if v is None:
                break
            if j > i:
                if not joined:
                    break
                # Only a smaller part may be added: خمسة وعشرون (unit + ten),
                # ألف وخمسمئة; "خمسة وسبعة" is two numbers.
                if not (cls < last_class or (last_class == CLASS_UNIT and cls == CLASS_TEN
                                             and current % 100 < 10 and w in TENS)):
                    break
            current += v
            last_class, last_unit = cls, w in UNITS
        j += 1
    if j == i:
        return None
    return j, total + current


def _next_word(tokens, j) -> tuple[str, str]:
    tok = tokens[j]
    if tok.kind != "word":
        return "", ""
    # Inside a phrase, و + number word is a conjunct: "وأحد" after ثمانمئة is
    # و + أحد, not واحد (a bare unit there would start a new number anyway).
    if tok.norm.startswith("و") and is_number_word(tok.norm[1:]) and len(tok.norm) > 2:
        return "و", tok.norm[1:]
    if is_number_word(tok.norm):
        return "", tok.norm
    return "x", tok.norm

__all__ = ["VAGUE_DEFAULTS", "UNITS", "TEN", "TENS", "HUNDREDS", "MULTIPLIERS", "VAGUE", "ADDAD",
           "is_number_word", "simple_value", "read_word_number"]
