"""Hedges and ranges: how a figure is qualified, and the bounds that follow.

========== ===================================== ============== ==========
hedge      cues (``hedges.yml``)                 low            high
========== ===================================== ============== ==========
exact      (none)                                value          value
at_least   على الأقل، ما لا يقل عن                 value          null
more_than  أكثر من، ما يزيد على/عن، يزيد عن، يفوق    value + 1      null
about      نحو، حوالي، قرابة، زهاء، ما يقارب، ما يناهز null           null
up_to      حتى، ما يصل إلى                        null           value
up_to      أقل من                                null           value - 1
range      بين X و Y، من X إلى Y، X-Y              X              Y
vague      عشرات، مئات، آلاف، بضعة، عدد من …        null           null
========== ===================================== ============== ==========

"about" has no bound on purpose: news approximations have no stated margin,
and an invented ±10% would look like data. For ``more_than`` on a round
figure (أكثر من 200) ``low`` is 201 as the words say, and for ``أقل من 200``
``high`` is 199. A range is one claim whose ``value`` is its low end.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.casualties import lexicon as L
from analysis.text.clitics import DETERMINER
from analysis.casualties.document import FUNCTION_WORDS, Document, Draft
from analysis.casualties.numerals import Numeral
from analysis.casualties.tolls import toll_possessive
from analysis.text.wordcache import word_cached


def hedge_before(doc: Document, i: int) -> tuple[int, str | None]:
    """(first token of the hedge phrase before token i, hedge) or (i, None)."""
    num = doc.numeral_at.get(i)
    if num is not None and num.prefix.startswith(("و", "ف")):
        # "12 شخصا تقريبا و5 جنود": the conjunction stands between, so the
        # word before it closes the previous figure
        return i, None
    if i < 1:
        return i, None
    # قرابة الـ 15 شهيدا: an article written apart before the number stands
    # between the hedge and its number (decision rules K6, Q7); so does the bracket of a
    # number written in brackets (أكثر من (160) جريحا)
    end = i - 1 if i >= 2 and (doc.tokens[i - 1].kind == "word" and doc.w(i - 1) == DETERMINER
                               or doc.tokens[i - 1].text == "(") else i
    last = doc.w(end - 1)
    for words, hedge in _hedges_ending(last):
        n = len(words)
        start = end - n
        if start < 0:
            continue
        ws = [doc.w(k) for k in range(start, end)]
        if ws and ws[0][:1] in ("و", "ب", "ل") and ws[0][1:] == words[0]:
            # وأكثر من؛ the ب of a number put at a value: يقدر عددهم بنحو مليون؛ the ل of
            # the end reached: وصل عددهم لأكثر من 2000
            ws[0] = words[0]
        if tuple(ws) == words:
            if words in _AFTER_PHRASES and doc.drafts and doc.drafts[-1].last >= start - 1 \
                    and doc.sent_of[doc.drafts[-1].first] == doc.sent_of[i]:
                return i, None  # قتل 12 شخصا على الأقل 4 منهم: the hedge closes the figure before
            return start, hedge
    return i, None


#: The hedge phrases that may also follow a figure (على الأقل، تقريبا).
_AFTER_PHRASES = frozenset(words for words, _ in L.HEDGES_AFTER)

#: The first words of the hedges after a figure: no other word starts one.
_FIRST_AFTER = frozenset(words[0] for words, _ in L.HEDGES_AFTER) if all(
    words for words, _ in L.HEDGES_AFTER) else None


def hedge_after_length(doc: Document, k: int) -> int:
    """How many tokens the hedge phrase starting at token k has (``على الأقل``: 2), 0 if none."""
    if _FIRST_AFTER is not None and doc.w(k) not in _FIRST_AFTER:
        return 0
    for words, _ in L.HEDGES_AFTER:
        if tuple(doc.w(x) for x in range(k, k + len(words))) == words:
            return len(words)
    return 0


def is_hedge_after(doc: Document, k: int) -> bool:
    return hedge_after_length(doc, k) > 0


def hedge_of(doc: Document, i: int, last: int, *, trigger: int | None = None) -> str:
    """The hedge of the figure at token i whose phrase ends before ``last``.

    A hedge after the figure may follow its phrase directly, one nisba
    adjective (``18 شرطيا مصريا على الأقل``), a noun joined to the counted
    noun by و (``13 مليون نازح ولاجئ تقريبا``) or the figure's own verb right
    after it (``17 حوثيا قتلوا على الأقل``).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.hedge for c in extract_claims("إن 17 مسلحا قتلوا على الأقل")]  # synthetic
        ['at_least']
    """
    _, before = hedge_before(doc, i)
    if before:
        return before
    before = _hedge_before_toll(doc, i) or _adverb_before_first_conjunct(doc, i)
    if before:
        return before
    spots = [last]
    if last < len(doc.tokens) and doc.tokens[last].text in ("(", "،", ",") and _closed_after(doc, last + 1):
        spots.append(last + 1)  # قتل 20 مسلحا (على الأقل)، مقتل 5 أشخاص، على الأقل، وإصابة
    if hedge_after_length(doc, last + 1):
        w = doc.w(last)
        if w.endswith(("ي", "يا", "يين", "يون", "ين")) or (
                w != (bare := L.without_conjunction(w)) and L.lookup_noun(bare, L.COUNTED_NOUNS)) or (
                w in ("منهم", "منهن") or _plain_adjective(doc, last)) and _closed_after(doc, last + 1):
            spots.append(last + 1)  # 12 منهم على الأقل، أربعة جنود أفغان على الأقل
    if _construct_genitive(doc, i, last) and hedge_after_length(doc, last + 1) and _closed_after(doc, last + 1):
        spots.append(last + 1)  # 28 من مسلحي التنظيم على الأقل: the genitive of the counted noun
    if last + 2 < len(doc.tokens) and doc.tokens[last + 1].text == "(" and doc.tokens[last].kind == "word" and (
            doc.w(last).endswith(("ي", "يا", "يين", "يون", "ين")) or _plain_adjective(doc, last)) \
            and _closed_after(doc, last + 2):
        spots.append(last + 2)  # ستة مواطنين فلسطينيين (على الأقل): an adjective, then the bracket
    if trigger is not None and last <= trigger <= last + 1 and hedge_after_length(doc, trigger + 1) \
            and L.in_set(doc.w(trigger), L.POST_VERBS):
        spots.append(trigger + 1)
    for x in spots:
        if doc.sent_of[min(x, len(doc.tokens) - 1)] != doc.sent_of[i]:
            continue
        for words, hedge in L.HEDGES_AFTER:
            if tuple(doc.w(y) for y in range(x, x + len(words))) == words:
                return hedge
    return "exact"


def _closed_after(doc: Document, k: int) -> bool:
    """The hedge phrase at k is not the preposed hedge of a next figure (``، على
    الأقل 3 منهم``): no number right after it."""
    n = hedge_after_length(doc, k)
    return n > 0 and (k + n >= len(doc.tokens) or not doc.is_number_token(k + n)) and (k + n) not in doc.numeral_at


def _construct_genitive(doc: Document, i: int, last: int) -> bool:
    """Word ``last`` is the definite genitive of a counted noun in the construct state
    right before it, inside a partitive of the figure at i (``28 من مسلحي التنظيم``,
    ``12 من عناصر الشرطة``): the noun phrase goes on through it."""
    if last < 2 or last >= len(doc.tokens) or last - 2 < i or doc.tokens[last].kind != "word":
        return False
    w, head = doc.w(last), doc.w(last - 1)
    return w.startswith("ال") and w not in FUNCTION_WORDS and doc.tokens[last - 1].kind == "word" \
        and not head.startswith(("ال", "و", "ف")) and doc.w(last - 2) == "من" \
        and not L.lookup(w, L.PRE_TRIGGERS) and not L.in_set(w, L.POST_VERBS)


def _plain_adjective(doc: Document, k: int) -> bool:
    """Word k after a counted noun may be its adjective (a broken-plural nisba, أفغان):
    no و or ف, no article, no event word, no function word."""
    w = doc.w(k)
    return doc.tokens[k].kind == "word" and not w.startswith(("و", "ف", "ال")) and w not in FUNCTION_WORDS \
        and not L.lookup(w, L.PRE_TRIGGERS) and not L.in_set(w, L.POST_VERBS)


#: A preposed hedge that is an adverb of the clause, not a quantifier of one
#: number: one that may also follow its figure (على الأقل), in hedges.yml.
_CLAUSE_ADVERBS = tuple(words for words, hedge in L.HEDGES_BEFORE
                        if hedge == "at_least" and (words, hedge) in L.HEDGES_AFTER)


def _adverb_before_first_conjunct(doc: Document, i: int) -> str | None:
    """``خلف على الأقل 40 جريحا و15 شهيدا``: a preposed على الأقل qualifies the
    clause, so every و-joined figure right after the first (rule O2); ``أكثر
    من``, a quantifier of its number, stays with the first (rules L2, N2)."""
    num = doc.numeral_at.get(i)
    if num is None or not num.prefix.startswith("و") or not doc.drafts:
        return None
    prev = doc.drafts[-1]
    if prev.last != i or prev.hedge != "at_least" or doc.sent_of[prev.first] != doc.sent_of[i]:
        return None
    a = prev.first
    return "at_least" if any(tuple(doc.w(x) for x in range(a - len(w), a)) == w for w in _CLAUSE_ADVERBS) \
        else None


def _hedge_before_toll(doc: Document, i: int) -> str | None:
    """``تجاوز عدد القتلى 100``: a hedge before the toll whose value the figure is;
    also before عددهم, its preposition after it (``يتجاوز عددهم 40``، ``يزيد
    عددهم على 40``)."""
    k = i - 1
    own = k - 1 if doc.w(k) in ("علي", "عن") else k
    if own > 0 and toll_possessive(doc.w(own)):
        ws = tuple(doc.w(x) for x in range(max(0, own - 2), own)) + tuple(doc.w(x) for x in range(own + 1, i))
        for n in range(len(ws), 0, -1):
            found = next((h for words, h in L.HEDGES_BEFORE if words == ws[-n:]), None)
            if found:
                return found
        return None
    while k >= 0 and i - k <= 3 and doc.w(k).startswith(("ال", "وال")):
        k -= 1
    if k < 0 or k == i - 1 or not L.in_set(doc.w(k), L.TOLL_WORDS) or doc.sent_of[k] != doc.sent_of[i]:
        return None
    return hedge_before(doc, k)[1]


def below(doc: Document, i: int) -> bool:
    """The up_to hedge before token i is أقل من (strictly below: high = N − 1)."""
    start, hedge = hedge_before(doc, i)
    w = doc.w(start)
    return hedge == "up_to" and (w == "اقل" or w == "واقل")


def count_change(doc: Document, num: Numeral, nxt: Numeral) -> str | None:
    """``من X إلى Y`` after a toll word or a verb of change: ``rise``, ``fall`` or ``None``.

    A change of a count is no report of X victims: on a rise the claim is the
    new count Y (read on its own, "rose to Y"); on a fall there is none.
    """
    opener = doc.prev_word(num.first_token)
    if opener is None or doc.w(opener) != "من":
        return None
    if not (range_gap(doc, num, nxt, "من") or _noun_gap(doc, num, nxt)):
        return None
    x = doc.prev_word(opener)
    while x is not None and opener - x <= 12 and doc.tokens[x].kind != "number":
        w = doc.w(x)
        if L.in_set(w, L.COUNT_CHANGE) or L.in_set(w, L.TOLL_WORDS):
            if nxt.value is None or num.value is None:
                return None
            return "rise" if nxt.value > num.value else "fall"
        x = doc.prev_word(x)
    return None


def _noun_gap(doc: Document, num: Numeral, nxt: Numeral) -> bool:
    """``من 75 قتيلا إلى 126 قتيلا``: the counted noun repeated after each count."""
    gap = range(num.last_token, nxt.first_token)
    return (len(gap) == 2 and doc.w(gap[1]) == "الي"
            and L.lookup_noun(doc.w(gap[0]), L.COUNTED_NOUNS) is not None)


def hyphen_range(doc: Document, num: Numeral, nxt: Numeral) -> bool:
    """``30-40 شخصا``: two digit figures glued by a hyphen, the first smaller.

    Years (``2014-2015``) and dates are not ranges.
    """
    if num.kind != "digits" or nxt.kind not in ("digits", "mixed") or nxt.first_token != num.last_token + 1:
        return False
    sep = doc.tokens[num.last_token]
    if sep.text not in ("-", "–") or nxt.prefix:
        return False
    if num.value is None or nxt.value is None or not num.value < nxt.value:
        return False
    return not (1900 <= num.value <= 2100 and 1900 <= nxt.value <= 2100)


def bare_range(doc: Document, num: Numeral, nxt: Numeral) -> bool:
    """``35 إلى 40 شخصا``: ``X إلى Y`` with no opener, as the hyphen range.

    Both are digit figures, the first smaller, not years; ``من X إلى Y`` (a
    change of a count, or the opener's range) is left to :func:`range_gap`.
    """
    if num.kind != "digits" or nxt.kind != "digits" or nxt.prefix:
        return False  # 3 إلى 4 آلاف: the multiplier would be the high end's only
    k = doc.prev_word(num.first_token)
    if k is not None and doc.w(k) in ("من", "بين", "مابين"):
        return False
    if not range_gap(doc, num, nxt, "من"):
        return False
    if num.value is None or nxt.value is None or not num.value < nxt.value:
        return False
    return not (1900 <= num.value <= 2100 and 1900 <= nxt.value <= 2100)


def range_gap(doc: Document, num: Numeral, nxt: Numeral, opener: str) -> bool:
    """بين X و Y، من X إلى Y: the words between the two numbers fit the opener."""
    if nxt.first_token - num.last_token > 1:
        return False
    gap = [doc.w(x) for x in range(num.last_token, nxt.first_token)]
    if opener in ("بين", "مابين"):
        return (nxt.prefix == "و" and not gap) or gap == ["و"]
    return opener == "من" and gap == ["الي"]


def fold_range(doc: Document, draft: Draft, nxt: Numeral) -> bool:
    """بين X و Y / من X إلى Y: fold Y into the draft."""
    i = draft.numeral.first_token
    k = doc.prev_word(i)
    if not hyphen_range(doc, draft.numeral, nxt) and not bare_range(doc, draft.numeral, nxt):
        if k is None or not range_gap(doc, draft.numeral, nxt, doc.w(k)):
            return False
    if nxt.value is None or draft.value is None or not draft.value < nxt.value:
        return False  # a range runs from low to high: بين 40 و30 is no range
    draft.high = nxt.value
    draft.hedge = "range"
    noun = doc.next_word(nxt.last_token)
    draft.last = nxt.last_token
    if noun is not None and doc.tokens[noun].kind == "word" and doc.w(noun) not in FUNCTION_WORDS:
        if not L.in_set(doc.w(noun), L.NON_PERSON):
            draft.last = noun + 1
            if draft.noun is None:
                draft.noun = noun
    return True


def bounds(hedge: str, value, high, *, strict_below: bool = False):
    """``(low, high)`` of a figure from its hedge (see the module table).

    Args:
        hedge: The hedge label.
        value: The figure (the low end of a range).
        high: The high end of a range, else ignored.
        strict_below: ``أقل من N``: the bound is N − 1.

    Example:
        >>> bounds("more_than", 200, None), bounds("up_to", 50, None, strict_below=True)
        ((201, None), (None, 49))
    """
    if value is None:
        return None, None
    if hedge == "exact":
        return value, value
    if hedge == "at_least":
        return value, None
    if hedge == "more_than":
        return value + 1, None
    if hedge == "up_to":
        return None, (value - 1 if strict_below else value)
    if hedge == "range":
        return value, high
    return None, None


@lru_cache(maxsize=1)
def _hedge_index() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for n, (words, _) in enumerate(L.HEDGES_BEFORE):
        out.setdefault(words[-1], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


@word_cached
def _hedges_ending(last: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The hedges of :data:`~analysis.casualties.lexicon.HEDGES_BEFORE` that can end
    with the word ``last`` (also read without a proclitic و or ب), in list order."""
    index = _hedge_index()
    keys = {last, last[1:]} if last[:1] in ("و", "ب") else {last}
    found = sorted(n for k in keys for n in index.get(k, ()))
    return tuple(L.HEDGES_BEFORE[n] for n in found)
