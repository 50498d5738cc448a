"""A number word's proclitics: what a token is once و ف ب ل are split off.

One reading for :mod:`.numerals`: a proclitic (of the package's clitic grammar,
through :data:`.duals.PROCLITICS`) is split off a word only when what remains
is a number word, a vague quantity (``عدد``، ``كثير``) or digits (``وثلاثة``،
``بعشرات``، ``وعددا``، ``و10``). ل before the article drops its alif (``للعديد``
is ل + ``العديد``): the proclitic is then ``لل`` and the span starts after it.

Example:
    >>> strip_proclitic("وعددا"), strip_proclitic("للعديد"), strip_proclitic("لست")
    (('و', 'عددا'), ('لل', 'العديد'), ('', 'لست'))
"""

from __future__ import annotations

import re
from typing import Sequence

from analysis.casualties.duals import PROCLITICS
from analysis.casualties.number_words import is_number_word
from analysis.casualties.words import default_words
from analysis.text.clitics import enclitic_splits
from analysis.text.tokenize import Token
from analysis.text.wordcache import word_cached

_NUMBERS = default_words()
#: Proclitic + word pairs that are another word: لست = "I am not" (``numbers.yml`` not_numbers).
NOT_NUMBERS = _NUMBERS.forms("numbers", "not_numbers")
DIGIT_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
#: "many" and "a group" before من (كثير من المصابين، مجموعة من الشبان, decision
#: rules 15, N5, O4): vague like عدد من, when a noun of persons follows.
MANY = _NUMBERS.forms("numbers", "many")
#: "Many" as a noun of persons (كثيرون، كثيرين): vague only after an event word or before آخرون.
MANY_PEOPLE = _NUMBERS.forms("numbers", "many_people")
#: عدد من and أعداد من (with an adjective between: عدد كبير من، أعداد كبيرة من),
#: with the accusative alif too (عددا من).
ADDAD_FORMS = _NUMBERS.forms("numbers", "count_nouns")
#: "One of them" (أحدهما، إحداهن): 1, a part of a group counted before (decision rule H2).
ONE_OF_THEM = _NUMBERS.forms("numbers", "one_of_them")


def quantity(w: str) -> bool:
    """A bare word (no proclitic) that starts a number phrase's reading."""
    return w in ADDAD_FORMS or w in MANY or w in MANY_PEOPLE or (is_number_word(w) and len(w) > 1)


@word_cached
def strip_proclitic(norm: str) -> tuple[str, str]:
    """Split a proclitic off a normalized word when what remains is a number word."""
    if is_number_word(norm) or norm in NOT_NUMBERS:
        return "", norm
    for prefix in PROCLITICS:
        if norm.startswith(prefix) and len(norm) > len(prefix):
            rest = norm[len(prefix):]
            if quantity(rest) or DIGIT_RE.match(rest):
                return prefix, rest
            if prefix.endswith("ل") and rest.startswith("ل") and quantity("ا" + rest):
                return prefix + "ل", "ا" + rest  # للعديد = ل + العديد
    return "", norm


def lam_article(prefix: str, word: str) -> str:
    """A proclitic ending in ل before a word with the article: ل + العديد is للعديد."""
    return prefix + word[1:]


def word_at(tokens: Sequence[Token], i: int) -> tuple[str, str]:
    """(prefix, bare normalized word) of token i, or ("", "") for punctuation."""
    tok = tokens[i]
    if tok.kind == "number":
        return "", tok.norm
    if tok.kind != "word":
        return "", ""
    return strip_proclitic(tok.norm)


def persons_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word at j (after كثير من / مجموعة من) may name people: a victim,
    group or person noun of ``victims.yml``, or a sound masculine plural
    (``الحوثيين``، ``المدنيين``); the category grammar tests it again (figures.person).

    A plural demonstrative before the noun is skipped (``الكثير من هؤلاء المدنيين``),
    and a possessive pronoun after it is split off (``الكثير من رفاقه``، ``كثير من
    مواطنينا``، ``أعضائه`` is ``أعضاء`` + ه).

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> [persons_after(tokenize(t), 2) for t in ("مجموعة من الشبان", "مجموعة من الإجراءات",
        ...  "الكثير من رفاقه", "الكثير من هؤلاء المدنيين")]  # synthetic
        [True, False, True, True]
    """
    from analysis.casualties import lexicon as L

    if j < len(tokens) and tokens[j].kind == "word" and tokens[j].norm in L.DEMONSTRATIVES:
        j += 1
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    w = tokens[j].norm
    # a stem restored from a construct (معانيه -> معانين) is no sound plural unless listed
    return _sound_plural(w) or possessed_person(w)


@word_cached
def possessed_person(w: str) -> bool:
    """``w`` is a listed noun of persons (kin too: ``أبناء``، ``أهالي``; a family only with a
    possessive: ``أسرته``), also with a possessive pronoun (``رفاقه``، ``مواطنينا``، ``أقاربه``).

    Example:
        >>> possessed_person("رفاقه"), possessed_person("اعضائه"), possessed_person("امواله")
        (True, True, False)
    """
    stems = _possessed_stems(w)
    # families are people with a possessive (عديد من أسرته: its members), units without (العائلات)
    return _person_noun(stems[0], families=False) or any(_person_noun(stem, families=True) for stem in stems[1:])


def _possessed_stems(w: str) -> tuple[str, ...]:
    """``w`` and its stems without an enclitic pronoun, by the package's clitic grammar
    (:func:`analysis.text.clitics.enclitic_splits`: every person, ``نا`` and ``كم``
    too, a construct's ن restored: ``مواطنينا`` -> ``مواطنين``), with a final hamza
    after alif written ء again as :func:`analysis.casualties.lexicon.without_possessive`
    does (``أعضائه`` -> ``أعضاء``)."""
    stems = [stem for stem, _ in enclitic_splits(w)]
    return (*stems, *(stem[:-1] + "ء" for stem in stems[1:] if stem.endswith(("اؤ", "ائ"))))


def _person_noun(w: str, *, families: bool) -> bool:
    from analysis.casualties import lexicon as L

    return bool(L.lookup_noun(w, L.COUNTED_NOUNS) or L.lookup(w, L.GROUPS)
                or L.in_set(w, L.PERSONS) or L.in_set(w, L.GROUP_HEADS)
                or (L.in_set(w, L.KIN) or L.in_set(w, L.FAMILIES) if families
                    else L.in_set(w, L.KIN) and not L.in_set(w, L.FAMILIES)))


def _sound_plural(w: str) -> bool:
    """``w`` may be a sound masculine plural: it ends in ``-ين/-ون`` and is no listed
    thing (``non_person.yml``: السنين). A broken plural whose ين belongs to the stem
    (القوانين) has the letters of a فعّالين plural of persons (الفلاحين، الصيادين),
    so only the list tells them apart."""
    from analysis.casualties import lexicon as L

    return w.endswith(("ين", "ون")) and not L.in_set(w, L.NON_PERSON)


__all__ = ["persons_after", "possessed_person", "ADDAD_FORMS", "DIGIT_RE", "MANY", "MANY_PEOPLE",
           "NOT_NUMBERS", "ONE_OF_THEM", "lam_article", "quantity",
           "strip_proclitic", "word_at"]
