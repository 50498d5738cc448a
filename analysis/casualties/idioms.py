"""Idioms read around a figure: a surrender, a euphemism of death, a medical evacuation.

* **a surrender**: a verb of handing over with a reflexive object after the
  figure phrase (``سلم 33 مسلحا أنفسهم``، ``12 مسلحا سلموا أنفسهم``: detained,
  decision rule R2), :func:`surrendered`;
* **a euphemism of death**: a verb of passing on with إلى and the mercy of God
  after the figure phrase (``انتقل ثلاثة من المصابين إلى رحمة الله``: killed,
  and only killed, decision rule Q5), :func:`passed_away`;
* **the wounded who die** (``وتوفي أحد المصابين``: killed only, decision rule
  Q5), :func:`wounded_died`;
* **a medical evacuation** (``إخلاء 5 حالات طبيا``) moves the wounded, who are
  injured, not evacuated (decision rule Q3), :func:`medical_evacuation`.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("انتقل ثلاثة من المصابين إلى رحمة الله")]  # synthetic
    [('killed', 3)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import Document
from analysis.casualties.numerals import Numeral
from analysis.casualties.triggers import trigger_before
from analysis.casualties.triggers_after import trigger_after

#: How many tokens after the figure phrase (or its verb) إلى رحمة الله may stand.
REACH = 8


def surrendered(doc: Document, first: int, last: int) -> tuple[str, int] | None:
    """``سلم 33 مسلحا أنفسهم``، ``12 مسلحا سلموا أنفسهم``: a verb of handing over
    right before the figure (its subject) or right after its phrase, with a
    reflexive object after the figure phrase or the verb: they gave themselves
    up (decision rule R2), ``("detained", verb index)``; without the reflexive
    the verb hands over things (``سلم الوفد 3 رسائل``).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("وسلم اثنان أنفسهما للشرطة")]  # synthetic
        [('detained', 2)]
    """
    b = doc.prev_word(first)
    if b is not None and L.in_set(doc.w(b), L.SURRENDER) and _reflexive(doc, first, last):
        return "detained", b
    for k in (last - 1, last):  # a dual numeral may read the verb as its noun (مطلوبين اثنين سلما)
        if k > first and _reflexive(doc, first, k + 1) and L.in_set(doc.w(k), L.SURRENDER):
            return "detained", k
    return None


def _reflexive(doc: Document, first: int, k: int) -> bool:
    """Token k is a reflexive (أنفسهم) in the sentence of the figure at ``first``."""
    return k < len(doc.tokens) and doc.sent_of[k] == doc.sent_of[first] and doc.tokens[k].kind == "word" \
        and L.in_set(doc.w(k), L.REFLEXIVES)



def passed_away(doc: Document, first: int, last: int) -> tuple[str, int] | None:
    """``انتقال اثنين من المصابين … إلى رحمة الله``، ``3 من المصابين انتقلوا إلى
    رحمة الله``: a verb of passing on right before the figure or right after its
    phrase, and إلى with the mercy of God (رحمة، جوار، الرفيق) within a few words
    after: they died (decision rule Q5), ``("killed", verb index)``; passing on
    to a place (``انتقل 300 موظف إلى المقر``) is no death.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("انتقل 300 موظف إلى المقر الجديد")]  # synthetic
        []
    """
    b = doc.prev_word(first)
    if b is not None and L.in_set(doc.w(b), L.PASSED_AWAY):
        verb, x = b, last
    elif last < len(doc.tokens) and doc.sent_of[last] == doc.sent_of[first] and L.in_set(doc.w(last), L.PASSED_AWAY):
        verb, x = last, last + 1
    else:
        return None
    end = min(len(doc.tokens) - 1, x + REACH)
    while x < end and doc.sent_of[x] == doc.sent_of[first] and x not in doc.numeral_at:
        if doc.w(x) == "الي" and L.in_set(doc.w(x + 1), L.PASSED_TO):
            return "killed", verb
        if x > last and doc.opens_clause(x):
            return None
        x += 1
    return None


def medical_evacuation(doc: Document, trigger: int, last: int) -> bool:
    """``تم إخلاؤها طبيا``، ``إخلاء 5 حالات طبيا``: a medical word right after the
    evacuating word or the figure phrase; the wounded moved are injured, not
    evacuated (decision rule Q3)."""
    return any(x < len(doc.tokens) and doc.tokens[x].kind == "word" and L.in_set(doc.w(x), L.MEDICAL)
               for x in (trigger + 1, last))


def wounded_died(doc: Document, num: Numeral, first: int, noun: int) -> tuple[str, int] | None:
    """``وتوفي أحد المصابين``، ``3 من الجرحى توفوا``: a death word governs a
    figure whose counted noun names the injured; they died of their wounds:
    killed only (decision rule Q5), ``("killed", trigger)``. Not a verb of
    falling (``سقوط عدد من الجرحى``: the wounded fell), nor a killing word
    shared over و (``بمقتل شخص والعديد من الجرحى``: the wounded are the
    second conjunct); a death word before the figure governs it only right
    before it."""
    if num.prefix.startswith("و"):
        return None
    found = trigger_before(doc, first) or trigger_after(doc, noun)
    if not found or found[0] != "killed" or L.in_set(doc.w(found[1]), L.FALL):
        return None
    if found[1] < first and found[1] != doc.prev_word(first):
        return None  # حالة وفاة، إصابة حرجة، 8 إصابات: a death word of another item of the list
    return "killed", found[1]
