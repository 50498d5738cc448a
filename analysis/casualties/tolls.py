"""Tolls: a figure that is the value of a count of victims.

* a toll that "rose to" or "reached" the figure (``ارتفع عدد القتلى إلى 40``،
  ``بلغ عدد النازحين 300 ألف``), or was put at it (``قدرت عدد القتلى بثلاثة
  آلاف``), the toll's counted noun naming the category;
* a toll as the predicate (``عدد المسعفين القتلى 4``), a definite victims'
  noun as the subject of a nominal clause after إن/أن/لكن or كان (``إن القتلى
  أربعة مدنيين``), or "numbering" after the victims of an event word (``مقتل
  طاقمها البالغ عددهم 3 أفراد``);
* a toll whose noun names no category, with a relative clause that names the
  event (``بلغ عدد الأشخاص الذين ألقي القبض عليهم 371 شخصا``، ``ليرتفع عدد
  اليمنيين الذين تم إجلاؤهم إلى 6124``، ``العدد الذي ألقي القبض عليه والذي
  بلغ 431``).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims(
    ...     "وبلغ عدد الأشخاص الذين ألقي القبض عليهم أمس 371 شخصا")]  # synthetic
    [('detained', 371)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import FUNCTION_WORDS, Document
from analysis.casualties.words import default_words
from analysis.text.wordcache import word_cached

#: إن/أن/لكن: a definite noun right after one opens a nominal clause (grammar.yml).
SUBJECT_PARTICLES = default_words().forms("grammar", "subject_particles")
#: يوميا، أضعاف …: after a toll's value they make it a rate or a multiple (grammar.yml).
RATES_AND_MULTIPLES = default_words().forms("grammar", "rates_and_multiples")
#: في/لدى/على … with a pronoun (فيها، لديهم): a phrase after a toll's noun (grammar.yml).
PRONOUN_PREPOSITIONS = default_words().forms("grammar", "pronoun_prepositions")


@word_cached
def toll_possessive(norm: str) -> str:
    """The possessive pronoun of a toll word (``عددهم`` -> ``هم``), ``""`` for any other word.

    Example:
        >>> toll_possessive("عددهم"), toll_possessive("حصيلتها"), toll_possessive("عدد")
        ('هم', 'ها', '')
    """
    forms = L.without_possessive(norm)
    if len(forms) > 1 and L.in_set(forms[1], L.TOLL_WORDS):
        return norm[len(forms[1]):]
    return ""


def household_status(doc: Document, noun: int | None) -> str | None:
    """The category of a status adjective right after a household noun.

    ``3 آلاف أسرة نازحة``، ``عدد الأسر النازحة``: households counted with the
    adjective of their status are counted in that category (decision rule 11);
    ``victims.yml`` ``family_statuses``.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("تضم المدينة 3 آلاف أسرة نازحة")]  # synthetic
        [('displaced', 3000)]
    """
    if noun is None or noun + 1 >= len(doc.tokens) or doc.tokens[noun + 1].kind != "word":
        return None
    if not L.in_set(doc.w(noun), L.FAMILIES):
        return None
    return L.lookup(doc.w(noun + 1), L.FAMILY_STATUSES)


def toll(doc: Document, i: int):
    """(category, token naming it) when the figure at i is the value of a toll, else ``None``."""
    k = doc.prev_word(i)
    if k is None or rate_or_multiple(doc, i):
        return None
    found = numbering(doc, i)
    if found:
        return found
    # "بلغ عدد النازحين 300 ألف", "عدد المسعفين القتلى 4": the figure right
    # after عدد + definite nouns, the nearest counted noun naming the category
    if doc.w(k).startswith(("ال", "وال")):
        cat = L.lookup(doc.w(k), L.COUNTED_NOUNS)
        x = doc.prev_word(k)
        if not cat and x is not None and (cat := household_status(doc, x)):
            k, x = x, doc.prev_word(x)  # بلغ عدد الأسر النازحة 500 أسرة
        if cat and x is not None and opens_nominal_clause(doc, x):
            return cat, k  # إن القتلى أربعة مدنيين، وكان الجرحى 12 شخصا
        while cat and x is not None and k - x <= 3:
            if L.in_set(doc.w(x), L.TOLL_WORDS):
                return cat, k
            if not doc.w(x).startswith(("ال", "وال")):
                break
            x = doc.prev_word(x)
    num = doc.numeral_at.get(i)
    # a value put at بـN: the ب on the figure (بثلاثة آلاف) or on its hedge (بنحو، بأكثر من)
    put_at = num.prefix == "ب" if num is not None else doc.w(i).startswith("ب")
    if not L.in_set(doc.w(k), L.RISE_WORDS) and not put_at and doc.w(k) not in TOLL_COPULAS:
        # "عدد القتلى هو 12": a copula pronoun links the toll to its value like a verb of reaching
        return toll_before_relative(doc, i) or toll_past_phrase(doc, i)  # a toll "rose to" N, or was put at بـN (قدرت عدد القتلى بثلاثة آلاف)
    s = doc.sent(i)
    for x in range(k - 1, max(s.first_token, k - TOLL_REACH) - 1, -1):
        if L.in_set(doc.w(x), L.TOLL_WORDS):
            nxt = doc.next_word(x + 1)
            if nxt is not None:
                cat = L.lookup_noun(doc.w(nxt), L.COUNTED_NOUNS) or household_status(doc, nxt)
                if cat:
                    return cat, nxt
            if L.in_set(doc.w(x), frozenset({"حصيله"})):
                return "killed", x
            return relative_event(doc, x, i)
    return toll_before_relative(doc, i)


def rate_or_multiple(doc: Document, i: int) -> bool:
    """A rate or a multiple follows the figure starting at or just after i (its hedge): ``10
    يوميا``، ``10 أشخاص يوميا``، ``3 أضعاف`` (review F3/F8)."""
    at = doc.numeral_at
    for x in range(i, min(i + 5, len(doc.tokens))):  # a plain loop: this runs for every toll tested
        num = at.get(x)
        if num is not None:
            break
    else:
        return False
    x = num.last_token
    for _ in range(2):  # the figure's counted noun may stand between (10 أشخاص يوميا)
        if x >= len(doc.tokens) or doc.tokens[x].kind != "word":
            return False
        if doc.w(x) in RATES_AND_MULTIPLES:
            return True
        x += 1
    return False


def opens_nominal_clause(doc: Document, x: int) -> bool:
    """Word x is إن/أن/لكن (any clitic form) or كان: the definite noun after it is a subject.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("وقال إن القتلى أربعة مدنيين")]  # synthetic
        [('killed', 4)]
    """
    if doc.tokens[x].kind != "word":
        return False
    w = doc.w(x)
    return L.in_set(w, SUBJECT_PARTICLES) or L.in_set(w, L.COPULA_VERBS)


def toll_past_phrase(doc: Document, i: int):
    """``بلغ عدد القتلى في المدينة 30``: a place, cause or holder phrase between the toll's
    victims' noun and its value.

    The phrase opens with a preposition (في، فيها، لدى، جراء، خلال، بالمدينة …) right after the
    definite victims' noun and holds at most :data:`PHRASE_WORDS` words, none a number, an event
    word or a clause conjunction; before the toll word stands a verb of reaching, كان or
    إن/أن (:func:`opens_nominal_clause`).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("وبلغ عدد المخطوفين لدى الجماعة 75")]  # synthetic
        [('kidnapped', 75)]
    """
    toks, first = doc.tokens, doc.sent(i).first_token
    x = i - 1
    while x >= first and i - x <= PHRASE_WORDS + 1:
        tok = toks[x]
        if tok.kind != "word" or x in doc.numeral_at or doc.is_number_token(x):
            return None
        w = tok.norm
        if w in L.CLAUSE_CONJ or L.lookup(w, L.PRE_TRIGGERS) and not w.startswith(("ال", "وال")):
            return None
        if w.startswith(("ال", "وال")) and x + 1 < i and _opens_phrase(doc, x + 1):
            cat = L.lookup_noun(w, L.COUNTED_NOUNS)
            t = doc.prev_word(x)
            if cat and t is not None and L.in_set(doc.w(t), L.TOLL_WORDS):
                r = doc.prev_word(t)
                if r is not None and (L.in_set(doc.w(r), L.RISE_WORDS) or opens_nominal_clause(doc, r)):
                    return cat, x
        x -= 1
    return None


def _opens_phrase(doc: Document, x: int) -> bool:
    """Word x is a preposition (with its pronoun: فيها) or a word with the preposition ب/ل on it."""
    w = doc.w(x)
    if doc.tokens[x].kind != "word" or w in L.CLAUSE_CONJ or w in L.RELATIVES:
        return False
    if w in FUNCTION_WORDS or L.in_set(w, PRONOUN_PREPOSITIONS):
        return True
    return w.startswith(("بال", "لل")) and len(w) > 4


#: Most words of the phrase between a toll's victims' noun and its value (في المحافظة الأولى).
PHRASE_WORDS = 5
#: Copula pronouns between a toll and its value (عدد القتلى هو 12، الحصيلة هي 20).
TOLL_COPULAS = frozenset({"هو", "هي"})


def numbering(doc: Document, i: int):
    """``مقتل طاقمها البالغ عددهم 3 أفراد``: the figure after "numbering"
    (البالغ عددهم، الذين بلغ عددهم، يزيد عددهم على، الذين يقدر عددهم بـ، a
    circumstantial وعددهم) takes the event word before the noun it describes,
    or that noun's own category (``اللاجئين الذين بلغ عددهم اليوم 5 ملايين``،
    ``ضحاياه يزيد عددهم على 40 ألفا``، ``الصحفيين المختطفين وعددهم 13``)."""
    k = doc.prev_word(i)
    while k is not None and i - k <= 4 and (doc.tokens[k].text in ("،", ",")
                                            or doc.w(k) in NUMBERING_GAP):
        k = doc.prev_word(k)  # يزيد عددهم على 40، بلغ عددهم اليوم، 5 ملايين
    if k is None or toll_possessive(doc.w(k)) not in ("هم", "ها", "هن"):
        return None
    b = doc.prev_word(k)
    if b is None:
        return None
    if doc.w(k).startswith("و"):
        # الصحفيين الذين اختطفتهم (خلال الفترة الماضية) وعددهم 13: a circumstantial
        # clause; the event word with its pronoun, past a time phrase, or the noun
        return _circumstantial(doc, b)
    else:
        # a verb of reaching, or one that puts the number at بـN (الذين يقدر عددهم بمليون، بنحو مليون)
        by_verb = L.in_set(doc.w(b), L.EXCEED) or L.in_set(doc.w(b), L.RISE_WORDS) or (
            doc.w(i).startswith("ب") and doc.tokens[b].kind == "word" and doc.w(b) not in RELATIVES)
        if not by_verb and not doc.w(b).startswith(NUMBERING):
            return None
        x = doc.prev_word(b)
    if by_verb and x is not None and doc.w(x) in RELATIVES:
        x = doc.prev_word(x)
    while x is not None and b - x <= 4 and doc.tokens[x].kind == "word":
        for form in L.without_possessive(doc.w(x)):
            cat = L.lookup(form, L.PRE_TRIGGERS)
            if cat:
                return cat, x
        if by_verb:
            cat = next((c for form in L.without_possessive(doc.w(x))
                        if (c := L.lookup_noun(form, L.COUNTED_NOUNS))), None)
            if cat:
                return cat, x
            if b - x > 2 or not doc.w(x).startswith(("ال", "وال")):
                return None  # the noun right before, or before one adjective: ضحاياه يزيد عددهم
        x = doc.prev_word(x)
    return None


def _circumstantial(doc: Document, b: int):
    """The event word (with the people's pronoun: اختطافهم, or governing the
    noun: مقتل ركابها) or the counted noun ending at b, within a few words
    before a circumstantial وعددهم."""
    x = b
    while x is not None and b - x <= 4 and doc.tokens[x].kind == "word":
        w = doc.w(x)
        cat = None
        if w.endswith(("هم", "هن")) and len(w) > 4:
            # a masdar (باختطافهم) or a verb (اختطفتهم: its ت is no feminine ة) with their pronoun
            cat = L.lookup(L.without_possessive(w)[-1], L.PRE_TRIGGERS) or L.lookup(w[:-2], L.PRE_TRIGGERS)
        cat = cat or (L.lookup_noun(w, L.COUNTED_NOUNS) if x == b else None)
        if not cat and x < b and _governs_the_noun(doc, x, b):
            # the event word governing the noun, as before البالغ عددهم (مقتل جميع ركابها وعددهم 298)
            cat = L.lookup(w, L.PRE_TRIGGERS)
        if cat:
            return cat, x
        x = doc.prev_word(x)
    return None


def _governs_the_noun(doc: Document, x: int, b: int) -> bool:
    """Word x stands right before the people's noun ending at b, which it governs:
    the noun alone (``مقتل الركاب``), after جميع/كل (``مقتل جميع ركابها``) or as the
    head of a possessive construct (``إصابة عمال المصنع``); a و-word between joins
    another noun (``مقتل الجنود واستقبال الطلاب``: not the killed)."""
    gap = [doc.w(y) for y in range(x + 1, b + 1)]
    if any(w.startswith("و") for w in gap):
        return False
    if gap and L.in_set(gap[0], L.ALL_QUANTIFIERS):
        gap = gap[1:]
    return len(gap) == 1 or (len(gap) == 2 and not gap[0].startswith("ال"))


#: Words between عددهم and its figure (يزيد عددهم على 40، بلغ عددهم اليوم 5).
NUMBERING_GAP = L.NUMBERING_GAP


#: "numbering": the participle before عددهم (البالغ عددهم، البالغين عددهم).
NUMBERING = L.NUMBERING


def relative_event(doc: Document, x: int, i: int):
    """``عدد الأشخاص الذين ألقي القبض عليهم … 371``: the event word of the
    relative clause between the toll word at x and the figure at i."""
    rel = next((y for y in range(x + 1, min(i, x + 4)) if doc.w(y) in RELATIVES), None)
    if rel is None:
        return None
    for y in range(rel + 1, min(i, rel + 9)):
        if doc.tokens[y].kind != "word":
            return None
        for form in L.without_possessive(doc.w(y)):
            cat = L.lookup(form, L.PRE_TRIGGERS)
            if cat:
                return cat, y
    return None


def toll_before_relative(doc: Document, i: int):
    """``بلغ عدد الأشخاص الذين … يوم السبت 371 شخصا``: a verb of reaching before
    the toll word, a relative clause naming the event, then the figure."""
    toks, first = doc.tokens, doc.sent(i).first_token
    # a tight scan of the norms first: most figures have no relative pronoun before them
    for x in range(i - 1, max(first, i - TOLL_REACH) - 1, -1):
        tok = toks[x]
        if tok.kind != "word" and tok.kind != "quote":
            return None
        if tok.norm in RELATIVES or tok.norm[1:] in RELATIVES:
            break
    else:
        return None
    x = doc.prev_word(i)
    while x is not None and i - x <= TOLL_REACH and doc.tokens[x].kind == "word":
        if doc.w(x) in RELATIVES or doc.w(x).startswith("و") and doc.w(x)[1:] in RELATIVES:
            t = doc.prev_word(x)
            while t is not None and x - t <= 3 and not L.in_set(doc.w(t), L.TOLL_WORDS):
                t = doc.prev_word(t)
            if t is None or not L.in_set(doc.w(t), L.TOLL_WORDS):
                return None
            r = doc.prev_word(t)
            if (r is None or not L.in_set(doc.w(r), L.RISE_WORDS)) and not any(
                    L.in_set(doc.w(y), L.RISE_WORDS) for y in range(x + 1, i)):
                return None
            return relative_event(doc, t, i)
        x = doc.prev_word(x)
    return None


#: Relative pronouns opening the clause that says what the counted people underwent.
RELATIVES = L.RELATIVES
#: How far before a figure the relative clause of its toll may start, and how far
#: before a verb of reaching its toll word (عدد المصابين الذين … بلغ 19 حالة).
TOLL_REACH = 14


__all__ = ["household_status", "toll", "toll_past_phrase", "opens_nominal_clause", "numbering", "relative_event", "toll_before_relative", "RELATIVES"]
