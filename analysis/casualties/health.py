"""Figures of health, not of violence (decision rules 7 and N6), beyond :func:`.figures.disease`.

:func:`.figures.disease` reads a disease at the figure or named as a cause
near it, up to the next number. Three more readings of the same rule:

* **a disease cause closing coordinated figures**: the cause after the second
  of two coordinated counts covers the first too (``لقي 100 شخص حتفهم وأصيب
  200 آخرون منذ تفشي الوباء``، ``دم ملوث يقتل العشرات ويصيب المئات
  بالعدوى``); the scan crosses one figure of people and any count of things
  (``في ثلاث دول``), and stops at a clause break, a comma, ``في حين`` or a
  cause of violence (``قتل 5 بالرصاص وتوفي 3 بالكوليرا``: the 5 stay); heat
  stress crosses nothing (``وفاة 21 وإصابة 66 بالإجهاد``: the deaths stay);
* **injuries by heat** are heat stress (``إصابة 66 شخصا بسبب ارتفاع درجات
  الحرارة``، ``في موجة الحر``); deaths in a heat wave stay figures;
* **cases of a disease**: a حالة figure in a sentence that names a disease
  (``تأكدت إصابتهم بالمرض … ويشتبه بإصابة ست حالات أخرى``);
* **sports injuries** (:func:`sports_injury`): an injury counted as a case in
  a sentence of sport (``ثلاث إصابات في الرباط الصليبي``).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.text, c.value) for c in extract_claims(
    ...     "توفي 21 شخصا وأصيب 66 آخرون بسبب ارتفاع درجات الحرارة")]  # synthetic
    [('21 شخصا', 21)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.agency import joined_figure
from analysis.casualties.document import MARK_DISEASE, MARK_HEALTH, Document
from analysis.casualties.figures import _disease_as_cause, counted_noun, is_case_figure
from analysis.casualties.numerals import Numeral
from analysis.text.clitics import proclitic_splits

#: How many tokens after a figure a disease cause (or heat) may stand, as in .figures.
REACH = 20


def health_figure(doc: Document, num: Numeral, noun: int | None, last: int, category: str) -> bool:
    """Whether the figure counts cases of disease or heat stress (see the module docstring).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("قتل 12 شخصا في مخيم يضم 40 مريضا بالكوليرا")]  # synthetic
        [12]
    """
    s = doc.sent(last - 1)
    if not doc.marks(s.index) & MARK_HEALTH:
        return False  # most sentences name no disease and no heat: one look per sentence
    crossed, wounds = 0, False
    for x in range(last, min(s.last_token, last + REACH)):
        if doc.opens_clause(x) or L.lookup(doc.w(x), L.CAUSES):
            break
        if x in doc.numeral_at:
            other = doc.numeral_at[x]
            crossed_noun = counted_noun(doc, other)[0]
            if crossed_noun is not None and L.in_set(doc.w(crossed_noun), L.NON_PERSON):
                continue  # في ثلاث دول: a count of things
            if not _coordinated(doc, other):
                break  # يضم 40 مريضا بالكوليرا: the cause is that figure's own
            crossed += 1
            if crossed > 1:
                break
            continue
        if doc.tokens[x].kind == "punct" or L.in_set(doc.w(x), L.TIME_NOUNS):
            crossed = 2  # a comma or في حين closes the coordination: no crossing past it
        if L.in_set(doc.w(x), L.WOUNDS):
            wounds = True  # أصيب 4 أشخاص بجروح: wounds, whatever caused them
        if crossed <= 1 and _disease_as_cause(doc, x) and not L.in_set(doc.w(x), L.HEAT):
            return True
        if category == "injured" and not wounds and _heat(doc, x):
            return True
    if is_case_figure(doc, num, noun):
        return bool(doc.marks(s.index) & MARK_DISEASE)
    return False


def _coordinated(doc: Document, num: Numeral) -> bool:
    """A figure joined to the one before: by و/ف on its number or on the event
    word right before it (``و200``، ``وأصيب 200``، ``ويصيب المئات``)."""
    if joined_figure(doc, num):
        return True
    before = doc.prev_word(num.first_token)
    if before is None:
        return False
    w = doc.w(before)
    return any(morphs[:1] in (("و",), ("ف",)) and L.lookup(rest, L.PRE_TRIGGERS) is not None
               for morphs, rest in proclitic_splits(w)[1:])


def _heat(doc: Document, x: int) -> bool:
    """``الحرارة``، ``موجة الحر``، ``ضربة شمس``: heat named as a cause (شمس
    alone is also a place name: عين شمس)."""
    w = doc.w(x)
    if L.in_set(w, L.HEAT):
        return True
    if x == 0 or doc.tokens[x].kind != "word":
        return False
    before = doc.w(x - 1)
    return (L.in_set(w, L.HEAT_NOUNS) and L.in_set(before, L.HEAT_WAVES)) or (
        L.in_set(w, L.SUN) and L.in_set(before, L.STROKES))


def sports_injury(doc: Document, noun: int | None, trigger: int | None) -> bool:
    """The figure counts injuries as cases (``ثلاث إصابات``، ``عدد من الإصابات``,
    ``إصابات عدة``) in a sentence of sport with no cause of violence: sports
    injuries, or goals (``بإصابة واحدة``), no casualty (rule 7's kin; S).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("غاب اللاعب بسبب ثلاث إصابات في الرباط الصليبي")]  # synthetic
        []
    """
    head = noun if noun is not None else (trigger if trigger is not None and doc.next_word(trigger) is not None
                                          and doc.next_word(trigger) not in doc.numeral_at else None)
    if head is None or not L.in_set(doc.w(head), L.SPORT_INJURIES):
        return False  # rare: the sentence is read only for an injury noun counted as a case (not إصابة 30)
    s = doc.sent(head)
    if any(doc.sent_of[d.first] == s.index for d in doc.drafts[-3:]):
        return False  # another casualty figure in the sentence (مقتل 17 شخصا و40 إصابة): no sports sentence
    words = [doc.w(x) for x in range(s.first_token, s.last_token) if doc.tokens[x].kind == "word"]
    return any(L.in_set(w, L.SPORTS) for w in words) and not any(
        L.lookup(w, L.CAUSES) or L.in_set(w, L.SPORT_CROWDS) for w in words)


__all__ = ["health_figure", "sports_injury"]
