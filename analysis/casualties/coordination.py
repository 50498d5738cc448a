"""Coordination: a figure joined by و (or إضافة إلى) to the figure accepted just before it.

A coordinated figure takes the category, the martyr flag and the parent of
the figure it is joined to (``لقي 22 …، و6 مواطنين مصرعهم``، ``إضافة إلى
ثلاثة``), read by :func:`.categories.draft_figure` (step 5). The rest of the
previous figure's noun phrase may stand between (``9 من مسلحي الحوثيين و6``),
and so may the hedge closing it (``قتل 39 متمردا على الأقل و17``).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.text, c.category) for c in extract_claims("قتل 5 جنود و3 مدنيين")]  # synthetic
    [('5 جنود', 'killed'), ('3 مدنيين', 'killed')]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import FUNCTION_WORDS, Document
from analysis.casualties.numerals import Numeral


def coordinated_with(doc: Document, i: int, num: Numeral) -> int | None:
    """Index of the draft this figure is coordinated with (و…، إضافة إلى …)."""
    if not doc.drafts or num.dual_marked is False:
        # an unmarked -ين read as a dual is a weak reading: it needs a
        # trigger of its own, not one inherited by coordination
        return None
    prev = doc.drafts[-1]
    if doc.sent_of[prev.first] != doc.sent_of[i]:
        return None
    # و on the figure, or on the hedge before it (170 شخصا وأكثر من 60 امرأة)
    joined = num.prefix.startswith("و") or (i != num.first_token and doc.w(i).startswith("و"))
    prev_end = prev.last
    for words, _ in L.HEDGES_AFTER:
        # "قتل 39 متمردا على الأقل و17 مقاتلا": the hedge closes the first figure
        if tuple(doc.w(x) for x in range(prev_end, prev_end + len(words))) == words:
            prev_end += len(words)
            break
    k = i - 1
    gap = 0
    np_words = 0
    while k >= prev_end and gap < 10:
        w = doc.w(k)
        tok = doc.tokens[k]
        if tok.kind in ("punct", "quote") and tok.text in ("،", ",", "«", "»", '"'):
            pass
        elif w in ("و", "اضافه", "بالاضافه", "الي", "علاوه", "عن") or w == "واضافه":
            joined = True
        elif (joined and tok.kind == "word" and np_words < 8
              and (w not in FUNCTION_WORDS or w in ("من", "في", "منهم", "مع"))
              and not L.lookup(w, L.PRE_TRIGGERS) and not L.in_set(w, L.POST_VERBS)
              and not L.lookup(w, L.CAUSES)):
            # the rest of the previous figure's noun phrase
            # (9 من مسلحي الحوثيين و6 …)
            np_words += 1
        else:
            return None
        k -= 1
        gap += 1
    if k >= prev_end:
        return None
    return len(doc.drafts) - 1 if joined else None


__all__ = ["coordinated_with"]
