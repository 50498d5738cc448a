"""A second event told of the same people after their figure, by a pronoun.

``خطف المسلحون ثلاثة من البدو وقتلهم``، ``أعدم التنظيم 11 شابا بعد
اختطافهم``، ``أصيب أربعة من الحراس وتم اعتقالهم``: a verbal noun or a verb
of another category whose plural or dual pronoun refers back to the counted
people gives one more claim on the same span (decision rules 5, H5 and L7:
one figure per event). The event word follows the figure phrase within a few
words of its clause, joined by و, or after بعد / قبل / ثم / تم.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> sorted((c.category, c.value) for c in extract_claims("خطف المسلحون ثلاثة من البدو وقتلهم"))  # synthetic
    [('kidnapped', 3), ('killed', 3)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import CLAUSE_CONJ, Document, Draft
from analysis.casualties.figures import person
from analysis.casualties.words import default_words

#: Words after which an event word with a pronoun tells what befell the people next.
_LINKS = default_words().forms("grammar", "resumed_links")
#: The categories of an event done to people (not a status they are in).
_EVENTS = frozenset({"killed", "injured", "detained", "kidnapped"})
#: Pronouns of the counted people (plural or dual) on the event word (grammar.yml group_pronouns).
_PRONOUNS = L.GROUP_PRONOUNS
#: How many tokens after the figure phrase the event word may stand.
REACH = 6


def resumed_events(doc: Document, draft: Draft) -> list[tuple[str, int]]:
    """``(category, index)`` of each later event word of another category whose
    pronoun refers back to the figure of ``draft`` (see the module docstring)."""
    if draft.value is not None and draft.value < 2:
        return []  # a plural or dual pronoun needs two or more people
    out: list[tuple[str, int]] = []
    sent = doc.sent_of[draft.first]
    x = draft.last
    while x < len(doc.tokens) and x - draft.last < REACH and doc.sent_of[x] == sent:
        tok = doc.tokens[x]
        if tok.kind != "word" or x in doc.numeral_at:
            break
        w = doc.w(x)
        if w in CLAUSE_CONJ:
            break
        bare = L.without_conjunction(w) if len(w) > 4 else w
        linked = bare != w or doc.w(x - 1) in _LINKS
        cat = _event_with_pronoun(bare) if linked else None
        if cat is not None and cat != draft.category and cat in _EVENTS and all(c != cat for c, _ in out):
            out.append((cat, x))
        elif cat is None and _another_antecedent(doc, x, draft):
            break  # في هجوم المسلحين قبل اعتقالهم، وطالب الأهالي باعتقالهم: not the figure's people
        x += 1
    return out


def _another_antecedent(doc: Document, x: int, draft: Draft) -> bool:
    """Word x, between the figure phrase and a later event word, gives its pronoun
    other people or another clause: a noun of persons (not the figure's own
    partitive, ``ثلاثة من البدو``، ``أربعة من الحراس والمصلين``), a finite event verb, or a verb of asking
    (``وطالب الأهالي باعتقالهم``: the act is asked for, unreported)."""
    w = doc.w(x)
    if L.in_set(w, L.REQUESTS) or L.in_set(w, L.FINITE_VERBS):
        return True
    return person(doc, x) and not _own_partitive(doc, x, draft)


def _own_partitive(doc: Document, x: int, draft: Draft) -> bool:
    """Word x is a noun of the figure's own partitive right after it, or one joined
    to it by و (``أربعة من الحراس والمصلين``)."""
    k = draft.last + 1 if doc.w(draft.last) == "من" else draft.last
    if k == draft.last and not doc.w(k).startswith("و"):
        return False  # the figure's noun is in its phrase; a later one needs و to join it
    while k < x and person(doc, k) and doc.w(k + 1).startswith("و"):
        k += 1
    return k == x


def _event_with_pronoun(w: str) -> str | None:
    """The category of an event word with a plural or dual pronoun: a verbal noun
    (اختطافهم، إصابتهم) or a verb (قتلهم، اعتقلتهم، قتلوهم)."""
    suffix = next((p for p in _PRONOUNS if w.endswith(p)), None)
    if suffix is None or len(w) - len(suffix) < 3:
        return None
    stem = w[: -len(suffix)]
    forms = [stem, L.without_possessive(w)[-1]]
    if stem.endswith("و"):
        forms.append(stem + "ا")  # قتلوهم: the plural verb drops its alif before the pronoun
    for form in forms:
        cat = L.lookup(form, L.PRE_TRIGGERS)
        if cat:
            return cat
    return None


__all__ = ["resumed_events", "REACH"]
