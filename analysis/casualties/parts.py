"""Parts of a figure: breakdowns and subset lists after a figure just given.

A news sentence often gives a total and then its parts, with no event word of
their own; they take the category of the total and point to it as ``parent``
(decision rule 13). Three forms, all inside one sentence:

* a pronoun of separation right after the figure (``مقتل 13 شخصا، هم أربعة
  جنود و…``: :func:`breakdown_of`);
* an apposition after a comma or a dash, right after the figure phrase (or
  after its verb): ``أصيب ثلاثة، ضابطان وجندي``, ``سقط 28 قتيلا - 17 متمردا
  و11 عنصرا -``, ``17 شخصا قتلوا، 12 جنديا``. A part is smaller than the whole,
  so the apposed figure must be below the total (:func:`apposed_part`). A
  bare number (no counted noun: a preposition follows it) may also stand after
  the adverbials closing the whole's clause and a comma, an elliptical
  breakdown by place or time (``أربعة مدنيين قتلوا بنيران القصف أمس، واحد
  في المدينة وثلاثة قرب الحدود``);
* a later conjunct of a subset list whose first conjuncts are no figures
  (``مقتل 9 أشخاص بينهم رئيس البلدية وخمسة أطفال``, ``القتلى هم سيدة
  وطفلتها وطفلان``: :func:`listed_part`);
* one of the group with an event of its own (``وتوفي أحدهما``: :func:`one_of_them`);
* a figure among the victims named after a bare بين, before it or after it (``أن بين
  القتلى طفلين``، ``وجود طفلين بين الضحايا``: :func:`among_victims`); parts in
  parentheses right after the whole are apposed like parts after a comma (``منهم 1462
  مدنيا (299 امرأة و551 طفلا)``).

Every walk is bounded (a few tokens), so the rules stay linear.
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import CLAUSE_CONJ, COPULA_PRONOUNS, DASHES, FUNCTION_WORDS, Document
from analysis.casualties.figures import is_subset_marker
from analysis.casualties.hedges import hedge_after_length
from analysis.casualties.numerals import Numeral
from analysis.casualties.tolls import opens_nominal_clause

#: Longest run of words of the non-figure conjuncts before a listed part.
LIST_WORDS = 10
#: Most words of adverbials between the whole's phrase and an elliptical part.
ADVERBIAL_WORDS = 6
#: Most words between the whole's figure phrase and the subset marker (في الهجوم).
MARKER_GAP = 4
_SEPARATORS = frozenset({"،", ","}) | DASHES


def breakdown_of(doc: Document, i: int) -> int | None:
    """``13 قتيلا، هم أربعة``: the draft ending right before هم/هن/هما, if any."""
    num = doc.numeral_at.get(i)
    if not doc.drafts or (num is not None and num.prefix):
        return None
    k = doc.prev_word(i)
    if k is None or doc.w(k) not in COPULA_PRONOUNS:
        return None
    k -= 1
    while k >= 0 and doc.tokens[k].text in ("،", ","):
        k -= 1
    prev = doc.drafts[-1]
    if k < 0 or prev.last != k + 1 or doc.sent_of[prev.first] != doc.sent_of[i]:
        return None
    return len(doc.drafts) - 1


def _end_of_whole(doc: Document, prev) -> int:
    """The token after the whole's figure phrase and a hedge after it (على الأقل)."""
    return prev.last + hedge_after_length(doc, prev.last)


def apposed_part(doc: Document, i: int, num: Numeral) -> int | None:
    """``أصيب ثلاثة، ضابطان وجندي``: the draft this figure is apposed to, if any.

    Between the whole's phrase (with its verb after it, if any) and the figure
    stand only a comma or a dash; the figure carries no و and is a number
    below the whole.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.text, c.category, c.parent) for c in extract_claims("أصيب ثلاثة، ضابطان وجندي")]  # synthetic
        [('ثلاثة', 'injured', None), ('ضابطان', 'injured', 0)]
    """
    if not doc.drafts or num.prefix or i != num.first_token or num.value is None:
        return None
    prev = doc.drafts[-1]
    if doc.sent_of[prev.first] != doc.sent_of[i] or prev.value is None or not num.value < prev.value:
        return None
    end = _end_of_whole(doc, prev)
    if prev.trigger is not None and prev.trigger == end:
        end += 1  # 17 شخصا قتلوا، 12 جنديا
    gap = [x for x in range(end, i) if doc.tokens[x].kind != "quote"]
    if gap and all(doc.tokens[x].text in _SEPARATORS for x in gap):
        return len(doc.drafts) - 1
    if len(gap) == 1 and doc.tokens[gap[0]].text == "(":
        return len(doc.drafts) - 1  # منهم 1462 مدنيا (299 امرأة و551 طفلا)
    return len(doc.drafts) - 1 if _elliptical_part(doc, gap, num) else None


def _elliptical_part(doc: Document, gap: list[int], num: Numeral) -> bool:
    """A bare number after the whole's adverbials and a comma (``قتلوا أمس، واحد في …``).

    The gap is at most :data:`ADVERBIAL_WORDS` words ending in one separator,
    none of them a number, an event word, a clause conjunction or a relative
    (they would open a clause of their own); a preposition right after the
    number shows it has no counted noun of its own.
    """
    if len(gap) < 2 or len(gap) > ADVERBIAL_WORDS + 1 or doc.tokens[gap[-1]].text not in _SEPARATORS:
        return False
    for x in gap[:-1]:
        w = doc.w(x)
        if (doc.tokens[x].kind != "word" or x in doc.numeral_at or doc.is_number_token(x) or w in CLAUSE_CONJ
                or w in L.RELATIVES or L.lookup(w, L.PRE_TRIGGERS) or L.in_set(w, L.POST_VERBS)):
            return False
    after = doc.next_word(num.last_token)
    if after is None or after != num.last_token or doc.tokens[after].kind != "word":
        return False
    w = doc.w(after)
    return w in FUNCTION_WORDS and w not in CLAUSE_CONJ and w not in L.RELATIVES and w != "و"


def listed_part(doc: Document, i: int, num: Numeral) -> tuple[str, int | None] | None:
    """A و-figure in a list after a subset marker or هم whose first conjuncts are no figures.

    Walks back from the figure over at most :data:`LIST_WORDS` words (no
    number, event word or clause conjunction among them) to بينهم/منهم/هم;
    the whole is the draft ending at most :data:`MARKER_GAP` words before the
    marker, or, for هم, a definite counted noun before it (``القتلى هم …``).

    Returns:
        ``(category, parent draft index or None)``, or ``None``.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> text = "مقتل 9 أشخاص بينهم رئيس البلدية وخمسة أطفال"  # synthetic
        >>> [(c.text, c.category, c.parent) for c in extract_claims(text)]
        [('9 أشخاص', 'killed', None), ('خمسة أطفال', 'killed', 0)]
    """
    lead = doc.w(i)
    if not (num.prefix.startswith("و") or (i != num.first_token and lead.startswith("و"))):
        return None
    sent = doc.sent_of[i]
    k, words = i - 1, 0
    while k >= 0 and doc.sent_of[k] == sent and words <= LIST_WORDS:
        tok = doc.tokens[k]
        w = doc.w(k)
        if tok.kind == "word" and (is_subset_marker(doc, k) or w in COPULA_PRONOUNS):
            break
        if tok.kind in ("quote",) or tok.text in ("،", ","):
            k -= 1
            continue
        if (tok.kind != "word" or k in doc.numeral_at or doc.is_number_token(k) or w in CLAUSE_CONJ
                or L.lookup(w, L.PRE_TRIGGERS) or L.in_set(w, L.POST_VERBS)):
            return None
        words += 1
        k -= 1
    else:
        return None
    if k < 0 or doc.sent_of[k] != sent or k == i - 1:
        return None
    if doc.drafts:
        prev = doc.drafts[-1]
        end = _end_of_whole(doc, prev)
        if doc.sent_of[prev.first] == sent and end <= k:
            between = range(end, k)
            if len(between) <= MARKER_GAP and all(
                    doc.tokens[x].kind == "word" and x not in doc.numeral_at
                    and not L.lookup(doc.w(x), L.PRE_TRIGGERS) for x in between):
                return prev.category, len(doc.drafts) - 1
    if doc.w(k) in COPULA_PRONOUNS:
        before = doc.prev_word(k)
        if before is not None and doc.w(before).startswith(("ال", "وال")):
            category = L.lookup_noun(doc.w(before), L.COUNTED_NOUNS)
            if category:
                return category, None
    return None



def among_victims(doc: Document, i: int, noun: int | None) -> str | None:
    """The category of the victims' noun after a bare بين (no من) next to the figure.

    Before the figure, ``بين`` + a definite victims' noun is the fronted predicate of a
    nominal clause ("among the dead are …"): بين carries و or stands at the clause's start,
    after إن/أن/لكن or كان (``وأشار إلى أن بين القتلى طفلين``، ``وبين القتلى ثلاثة أطفال``).
    After the figure it stands right after the counted noun (``وجود طفلين بين الضحايا``).
    ``من بين`` is :func:`.figures.partitive_before` / ``partitive_after``.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.text, c.category) for c in extract_claims("وأشار إلى أن بين القتلى طفلين")]  # synthetic
        [('طفلين', 'killed')]
    """
    k = i - 1
    while k >= 0 and doc.tokens[k].kind == "quote":
        k -= 1  # بين القتلى «خمسة من …»
    if k >= 1 and doc.tokens[k].kind == "word" and doc.w(k - 1) in ("بين", "وبين"):
        b = k - 1
        opener = b - 1
        if (doc.w(b) == "وبين" or opener < 0 or doc.sent_of[opener] != doc.sent_of[b]
                or doc.tokens[opener].kind != "word" or opens_nominal_clause(doc, opener)):
            return _victims_noun(doc, k)
    if noun is not None and noun + 2 < len(doc.tokens) and doc.w(noun + 1) == "بين":
        return _victims_noun(doc, noun + 2)
    return None


def _victims_noun(doc: Document, k: int) -> str | None:
    """The category of the definite counted noun at k (القتلى، الضحايا، المعتقلين), else ``None``."""
    w = doc.w(k)
    if doc.tokens[k].kind != "word" or not w.startswith(("ال", "وال")):
        return None
    return L.lookup_noun(w, L.COUNTED_NOUNS)


def object_of_another_verb(doc: Document, i: int) -> bool:
    """The figure at i (``N منهم``) is the object of an imperfect plural verb that is no event word.

    ``قتلوا أربعة من الرهائن ولا يزالون يحتفظون بـ25 منهم``: the part is held, not killed; it
    does not take the category of the figure before it (the hostages' noun names it).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.value, c.category) for c in extract_claims(
        ...     "قتل الخاطفون أربعة من الرهائن ولا يزالون يحتفظون بـ25 منهم")]  # synthetic
        [(4, 'killed'), (25, 'kidnapped')]
    """
    v = i - 1
    while v >= 0 and doc.tokens[v].kind != "word":
        v -= 1
    if v >= 0 and doc.w(v) in ("ب", "بـ"):
        v -= 1
    if v < 0 or doc.tokens[v].kind != "word":
        return False
    w = doc.w(v)
    return (len(w) >= 5 and w.startswith(("ي", "ت")) and w.endswith("ون")
            and not L.lookup(w, L.PRE_TRIGGERS) and not L.in_set(w, L.POST_VERBS))


def one_of_them(doc: Document, num: Numeral) -> tuple[str, int] | None:
    """``أحدهما``/``أحدهم`` with an event word of its own right next to it.

    One of a group counted before that undergoes another event is a figure of
    1 in that event's category (``أخرج المسعفون جريحين وتوفي أحدهما``: killed
    1; decision rule H2). Without such a word it only identifies a counted
    person (``قتل ثلاثة أحدهم طفل``): no figure.

    Returns:
        ``(category, trigger index)``, or ``None``.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.text, c.category) for c in extract_claims("نقل مصابان إلى المستشفى حيث توفي أحدهما")]
        [('مصابان', 'injured'), ('أحدهما', 'killed')]
    """
    i = num.first_token
    before = doc.prev_word(i)
    if before is not None and doc.tokens[before].kind == "word":
        cat = L.lookup(doc.w(before), L.PRE_TRIGGERS)
        if cat:
            return cat, before
    after = doc.next_word(i + 1)
    if after is not None and doc.tokens[after].kind == "word":
        cat = L.lookup(doc.w(after), L.POST_SINGULAR)
        if cat:
            return cat, after
    return None


__all__ = ["breakdown_of", "apposed_part", "listed_part", "among_victims", "object_of_another_verb", "one_of_them",
           "LIST_WORDS", "MARKER_GAP"]
