"""Vague counts: quantities with no number (``عشرات``, ``بضعة``, ``عدد من``, ``كثير من``).

:func:`read_vague` reads the quantity that starts at a token whose bare word
(proclitic split off by :mod:`.number_clitics`) is a vague quantity of
``numbers.yml``. The count noun عدد (``عدد``/``عددا``/``أعداد``/``أعدادا``) is
vague only in the phrases news style builds with it:

* ``عدد من`` / ``عدد منهم`` / ``عدد ممن`` (the partitive, with a noun, a
  pronoun or a relative after it);
* ``عدد`` + an adjective of quantity that agrees with it in case and gender
  (``عدد كبير``, ``عددًا كبيرًا``, ``أعداد كبيرة``, ``عدد مماثل``: ``grammar.yml``
  ``quantity_adjectives``), which may close the count by itself (``أصيب عدد
  كبير``) or take من after it (``عددًا كبيرًا منهم``);
* the same adjective negated by غير or ليس (litotes: ``عدد غير قليل من``,
  ``عدد ليس بالقليل من``), with the same two endings;
* ``عدد غير معروف من`` (the number is unknown: ``unknown_adjectives``) and any
  indefinite adjective before من (``عدد متزايد من``).

``كثير من`` / ``الكثير من`` / ``عديد من`` / ``مجموعة من`` are vague when a noun of
persons follows (:func:`.number_clitics.persons_after`) and before ``منهم``/``منهن``
(pronouns of persons: things take ``منها``); ``العديد`` is a quantity by itself. The
bare plural ``كثيرون``/``كثيرين`` is mostly the "many people" of opinion prose
(``لجأ كثيرون إلى``، ``خسر كثيرون وظائفهم``), where a verb's loose sense would make
it a figure: it is read only right after an event word of killing, injury, detention
or abduction (``أصيب كثيرون``، ``اعتقال كثيرين``; not ``لجوء كثيرين إلى``) or before
``آخرون``/``آخرين`` (``وأصيب كثيرون آخرون``: more victims after a figure); a verb
of losing (``خسر كثيرون``) takes its loss as object (``وظائفهم``، ``حياتهم``): not read. ``عدد مماثل لعدد القتلى`` counts by another count: no figure
(decision rule Q1).

Example:
    >>> from analysis.casualties.numerals import find_numerals
    >>> text = "وأصابت عددًا كبيرًا منهم واعتقلت عددا ليس بالقليل من الشبان"  # synthetic
    >>> [n.text for n in find_numerals(text, dual_nouns={})]
    ['عددًا كبيرًا منهم', 'عددا ليس بالقليل من']
"""

from __future__ import annotations

from typing import Sequence

from analysis.casualties import lexicon as L
from analysis.casualties.number_clitics import ADDAD_FORMS, MANY, MANY_PEOPLE, persons_after, word_at
from analysis.casualties.number_words import VAGUE, VAGUE_DEFAULTS, is_number_word
from analysis.casualties.numeral import Numeral, make_numeral
from analysis.text.tokenize import Token

#: Adjectives of quantity that may follow عدد and close it (عدد كبير، عددا قليلا).
_QUANTITY_ADJECTIVES = L.QUANTITY_ADJECTIVES
#: عدد غير معروف/محدد من: the number is not known.
_UNKNOWN_ADJECTIVES = L.UNKNOWN_ADJECTIVES
#: Particles that negate an adjective of quantity (عدد غير قليل، عدد ليس بالقليل).
_NEGATIONS = ("غير", "ليس")
#: The partitives after a count: من + a noun, منهم/منهن, ممن (من + the relative من).
_PARTITIVE = "من"
_PARTITIVE_CLOSED = ("منهم", "منهن", "ممن")
#: What a count is compared with after ل (عدد مماثل لعدد القتلى، لما سقط، لحصيلة الأمس).
_COMPARED = ("ما", "حصيله")
#: The categories whose event word before a bare كثيرون/كثيرين makes it victims (قتل، أصيب،
#: اعتقال، اختطاف); flight, leaving and loss have loose senses (لجوء كثيرين إلى، خرج كثيرون).
_MANY_PEOPLE_AFTER = ("killed", "injured", "detained", "kidnapped")
#: Verbs of losing take the loss as object (خسر كثيرون وظائفهم): كثيرون after them is no figure.
_LOSING = L.LOSE | L.OWN_LOSSES


def _adjective(tok: Token) -> bool:
    """An indefinite word that can stand as an adjective: no article, no و, no number."""
    w = tok.norm
    return (tok.kind == "word" and len(w) > 2 and not w.startswith(("ال", "و")) and not is_number_word(w)
            and w not in ("من", "غير"))


def _quantity_adjective(norm: str) -> bool:
    """An adjective of quantity, also with ب and the article (ليس بالقليل)."""
    return L.in_set(norm, _QUANTITY_ADJECTIVES)


def _after_count(tokens: Sequence[Token], k: int) -> tuple[int, bool]:
    """Where the words qualifying عدد at ``k`` end, and whether they may close the count.

    Returns ``(k, False)`` when nothing qualifies it (only من may follow).
    """
    n = len(tokens)
    if k >= n or tokens[k].kind != "word":
        return k, False
    w = word_at(tokens, k)[1]
    if w in _QUANTITY_ADJECTIVES:
        return k + 1, True  # عدد كبير، عددا قليلا
    if k + 1 < n and tokens[k + 1].kind == "word":
        nxt = tokens[k + 1].norm
        if w in _NEGATIONS and _quantity_adjective(nxt):
            return k + 2, True  # عدد غير قليل، عدد ليس بالقليل
        if w == "غير" and word_at(tokens, k + 1)[1] in _UNKNOWN_ADJECTIVES:
            return k + 2, False  # عدد غير معروف من الجرحى
        if _adjective(tokens[k]) and nxt == _PARTITIVE:
            return k + 1, False  # عدد متزايد من الضحايا: any indefinite adjective before من
    return k, False


def _many_people(text: str, tokens: Sequence[Token], i: int, prefix: str) -> Numeral | None:
    """كثيرون/كثيرين at ``i``: vague before آخرون or right after an event word of harm or capture."""
    end = i + 1
    if end < len(tokens) and tokens[end].kind == "word" and L.in_set(tokens[end].norm, L.OTHERS):
        end += 1  # أصيب كثيرون آخرون
    elif not (i > 0 and tokens[i - 1].kind == "word" and _harm_or_capture(tokens[i - 1].norm)):
        return None  # لجأ كثيرون إلى، خسر كثيرون وظائفهم، لجوء كثيرين إلى: opinion prose
    return make_numeral(text, tokens, i, end, prefix, None, "vague", vague_kind="several",
                        vague_default=VAGUE_DEFAULTS["several"])


def _harm_or_capture(norm: str) -> bool:
    """A word before the figure (``triggers.yml`` before) of a category in :data:`_MANY_PEOPLE_AFTER`."""
    return L.lookup(norm, L.PRE_TRIGGERS) in _MANY_PEOPLE_AFTER and not L.in_set(norm, _LOSING)


def read_vague(text: str, tokens: Sequence[Token], i: int, prefix: str, w: str) -> Numeral | None:
    """Read the vague quantity whose bare first word ``w`` is token ``i`` (after ``prefix``).

    Args:
        text: The original text.
        tokens: Its tokens.
        i: The token of the quantity's first word.
        prefix: The proclitic split off that word (``و``, ``ب``…), or ``""``.
        w: The bare normalized word.

    Returns:
        A ``vague`` :class:`Numeral` (value ``None``), or ``None`` when the word
        is no quantity here (``عدد`` with nothing after it, ``كثير من`` before
        a noun of things).

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> text = "قتل عدد غير قليل من السكان"  # synthetic
        >>> read_vague(text, tokenize(text), 1, "", "عدد").text
        'عدد غير قليل من'
    """
    j = i + 1
    if w in MANY_PEOPLE:
        return _many_people(text, tokens, i, prefix)
    if w in ADDAD_FORMS or w in MANY:
        k, closes = _after_count(tokens, j) if w in ADDAD_FORMS else (j, False)
        nxt = tokens[k].norm if k < len(tokens) else ""
        if nxt in _PARTITIVE_CLOSED:
            # القبض على عدد منهم، اعتقال الكثير منهم: منهم/منهن stand for people (things take منها)
            return make_numeral(text, tokens, i, k + 1, prefix, None, "vague", vague_kind="several",
                                vague_default=VAGUE_DEFAULTS["several"])
        if nxt != _PARTITIVE:
            if closes and nxt.startswith("ل") and (nxt[1:] in ADDAD_FORMS or nxt[1:] in _COMPARED):
                return None  # أصيب عدد مماثل لعدد القتلى: a count given by another (rule Q1)
            if closes:  # جرح عدد آخر، أصيب عدد كبير: the adjective closes the quantity
                return make_numeral(text, tokens, i, k, prefix, None, "vague", vague_kind="several",
                                    vague_default=VAGUE_DEFAULTS["several"])
            return None
        kind = "several"
        j = k + 1
        if w in MANY:  # كثير من / مجموعة من + a noun of persons (كثير من حالات العنف is none)
            return make_numeral(text, tokens, i, j, prefix, None, "vague", vague_kind="many",
                                vague_default=VAGUE_DEFAULTS["several"]) if persons_after(tokens, j) else None
    elif w in VAGUE:
        kind = VAGUE[w]
    else:  # a plural multiplier alone: آلاف، ملايين
        kind = "thousands" if w in ("الاف", "الوف") else "millions"
    if kind == "several" and j < len(tokens) and VAGUE.get(word_at(tokens, j)[1], "several") != "several":
        kind = VAGUE[word_at(tokens, j)[1]]  # عدة عشرات، بضع مئات: the larger quantity
        j += 1
    if kind in ("tens", "hundreds") and j < len(tokens):
        if word_at(tokens, j)[1] in ("الالاف", "الاف", "الوف"):
            kind = "tens_of_thousands" if kind == "tens" else "hundreds_of_thousands"
            j += 1
    return make_numeral(text, tokens, i, j, prefix, None, "vague", vague_kind=kind,
                        vague_default=VAGUE_DEFAULTS[kind])


__all__ = ["read_vague"]
