"""Figures in a clause that reports nothing: conditions, purposes and plans.

The protocol's rule: intentions, threats, attempts, purposes and
hypotheticals are not reports (:func:`.triggers.intended` reads intentions,
threats and attempts). This module reads the other three, by grammar:

* **a condition** (``conditions``: إذا، لو، شريطة …) before the figure or its
  event word, in its clause and within six words (``وإذا استطاعوا قتل نفس
  واحدة``، ``لو قتل 5 جنود``); the answer of the condition too (``إذا تأكد
  الخبر فإن 30 قتلوا``);
* **a purpose**: the ل of purpose on a masdar of an act right before the
  figure (``purpose_actions``: ``حملات لاعتقال مئات المشتبه بهم``، ``لاستقبال
  أعداد من الجرحى``), unless a word of result stands before it
  (``results``: ``مما أدى لقتل 5``، ``إضافة لاعتقال 20``) or of a reaction
  to the act (``أبدت استنكارها لاختطاف أربعة``);
* **a request or a decision**: the bare masdar of an act right before the
  figure, after a verb of asking or deciding (``requests``: ``طلبت من الأردن
  استقبال أعداد من الجرحى``، ``طالبوا باعتقال 5``);
* **a sentence**: بإعدام after a verdict or a demand for one (``verdicts``:
  ``صدر حكم بإعدام 4``، ``قضت المحكمة بإعدام 3``، ``طالبت النيابة بإعدام 5``)
  is a death sentence, no death, unless carried out (``تنفيذ الحكم بإعدام``);
* **a plan**: a future auxiliary before the event word (``future_aux``:
  ``سيتم إجلاء 500``), or a future verb right after the figure phrase, س and
  an imperfect in ون/ان (``عدد من الجرحى سيصلون``; decision rule 21).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [c.text for c in extract_claims("لو قتل 5 جنود لتغير الوضع. وقتل 3 جنود.")]  # synthetic
    ['3 جنود']
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import FUNCTION_WORDS, MARK_CONDITION, MARK_MAY, Document

#: How many words before the figure (or its event word) a condition governs.
CONDITION_REACH = 6


def unreported(doc: Document, first: int, last: int, trigger: int | None, *, noun: int | None = None) -> bool:
    """Whether the figure ``first..last`` (hedge included) stands in a condition, a purpose or a plan.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("سيتم إجلاء 500 شخص. وتم إجلاء 200 شخص")]  # synthetic
        [200]
    """
    anchor = trigger if trigger is not None and trigger < first else first
    return (conditional(doc, anchor) or purposed(doc, first, trigger, noun=noun)
            or sentenced(doc, trigger) or planned(doc, first, last, trigger) or may_reach(doc, first))


def may_reach(doc: Document, first: int) -> bool:
    """``قد تتجاوز الحصيلة 20 قتيلا``، ``قد يصل عدد القتلى إلى 100``: قد and the
    imperfect of a verb of reaching (``modal_tolls``) up to five words before the
    figure, in its clause: the toll may be reached, no report (``قد تجاوز``, the
    perfect, reports).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("وقد تتجاوز الحصيلة 20 قتيلا. وقد تجاوز عدد القتلى 30")]  # synthetic
        [30]
    """
    if not doc.marks(doc.sent_of[first]) & MARK_MAY:
        return False  # no قد in the sentence (prev_word never leaves it)
    x, seen = doc.prev_word(first), 0
    while x is not None and seen < 5 and doc.sent_of[x] == doc.sent_of[first] and doc.tokens[x].kind == "word":
        w = L.without_conjunction(doc.w(x))
        if w.startswith("ي") and L.lookup(w, L.PRE_TRIGGERS):
            # قد يستسلم 500 مقاتل، قد يهلك المئات، قد يقتل أو يصاب: قد and an imperfect event
            # verb, or the first of a chain (the perfect, قد قتل / قد توفي, reports)
            x = doc.prev_word(x)
            while x is not None and doc.w(x) in L.DISJUNCTIONS and doc.prev_word(x) is not None:
                x = doc.prev_word(doc.prev_word(x))
            return x is not None and L.without_conjunction(doc.w(x)) == "قد"
        if L.in_set(doc.w(x), L.MODAL_TOLLS):
            q = doc.prev_word(x)
            return q is not None and L.without_conjunction(doc.w(q)) == "قد"
        x, seen = doc.prev_word(x), seen + 1
    return False


def conditional(doc: Document, anchor: int) -> bool:
    """A condition word up to six words before ``anchor`` in its clause.

    The scan stops at a complementizer (``complementizers``: a condition before
    إن/أن governs the saying, not the said: ``قال شريطة عدم ذكر اسمه إن 12
    جنديا قتلوا``), and a condition on a negated masdar (``شريطة عدم``, the
    source's anonymity) is none on the figure.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("قال شريطة عدم ذكر اسمه إن 12 جنديا قتلوا")]  # synthetic
        [12]
    """
    if not doc.marks(doc.sent_of[anchor]) & MARK_CONDITION:
        return False
    x, seen = anchor - 1, 0
    while x >= 0 and seen < CONDITION_REACH and doc.sent_of[x] == doc.sent_of[anchor]:
        tok = doc.tokens[x]
        if tok.kind == "punct" or doc.opens_clause(x):
            return False
        if doc.w(x) in L.COMPLEMENTIZERS:
            cond = doc.prev_word(x)  # شريطة أن تكون …: the condition's own complement
            if cond is None or not L.in_set(doc.w(cond), L.CONDITIONS):
                return False
        if tok.kind == "word" and L.in_set(doc.w(x), L.CONDITIONS):
            after = doc.next_word(x + 1)
            return after is None or not L.in_set(doc.w(after), L.NEGATED_CONDITIONS)
        x, seen = x - 1, seen + 1
    return False


def purposed(doc: Document, first: int, trigger: int | None, *, noun: int | None = None) -> bool:
    """The ل of purpose on a masdar of an act right before the figure, or the
    masdar as the complement of a verb of asking or deciding.

    Moving or receiving people counted by their status (``لنقل 15 جريحا``)
    presupposes the status: that figure stays; a vague number of them
    (``لاستقبال أعداد من الجرحى``) is the capacity of a plan, no report.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("حملات لاعتقال 50 شخصا. هرعت سيارات الإسعاف لنقل 15 جريحا")]  # synthetic
        [15]
    """
    t = doc.prev_word(first)
    if trigger is not None and trigger < first and t != trigger:
        return False
    if t is None:
        return False
    num = doc.numeral_at.get(first)
    if noun is not None and (num is None or num.kind != "vague") \
            and L.lookup_noun(doc.w(noun), L.COUNTED_NOUNS) in ("killed", "injured"):
        return False  # هرعت سيارات الإسعاف لنقل 15 جريحا: these wounded are wounded
    w = doc.w(t)
    if L.has_stem(w, L.PURPOSE_ACTIONS, ("ب",)) or L.has_stem(w, L.PURPOSE_ACTIONS, ()):
        return _requested(doc, t)  # طلبت من الأردن استقبال أعداد، طالبوا باعتقال 5
    if not L.has_stem(w, L.PURPOSE_ACTIONS, ("ل",)):
        return False
    before = doc.prev_word(t)
    return before is None or not any(L.in_set(f, L.RESULTS) for f in L.without_possessive(doc.w(before)))


def _requested(doc: Document, t: int) -> bool:
    """A verb of asking or deciding (``requests``) whose direct complement is the masdar at t.

    Between them may stand the verb's subject (nouns) and من with its noun
    (``طلبت من الأردن استقبال``، ``طالبت السلطات باعتقال``); any other function
    word (``في``، ``بعد``) or a word with a preposition ends the complement.
    """
    x, seen = doc.prev_word(t), 0
    while x is not None and seen < 4 and doc.tokens[x].kind == "word":
        w = doc.w(x)
        if L.in_set(w, L.REQUESTS):
            return True
        if w in FUNCTION_WORDS and not (w == "من" and seen == 1) and w not in L.FROM_PRONOUNS:
            return False  # طالبت بالتحقيق في قتل، دعت إلى التهدئة بعد قتل: another complement
        x, seen = doc.prev_word(x), seen + 1
    return False


def sentenced(doc: Document, trigger: int | None) -> bool:
    """``حكم بإعدام``: بإعدام after a verdict word, not after a form of تنفيذ
    (``executed``; judicial executions are no figure in the protocol either, P8).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("قضت المحكمة بإعدام 3 مدانين")]  # synthetic
        []
    """
    if trigger is not None and judicial_killing(doc, trigger):
        return True
    if trigger is None or not L.has_stem(doc.w(trigger), L.EXECUTION_MASDARS, ("ب",)):
        return False
    verdict, seen = doc.prev_word(trigger), 0
    while verdict is not None and seen < 3 and not L.in_set(doc.w(verdict), L.VERDICTS):
        verdict, seen = doc.prev_word(verdict), seen + 1  # قضت المحكمة بإعدام: its subject between
    if verdict is None or seen == 3 or doc.sent_of[verdict] != doc.sent_of[trigger]:
        return False
    done = doc.prev_word(verdict)
    return done is None or not L.in_set(doc.w(done), L.EXECUTED)


def judicial_killing(doc: Document, trigger: int) -> bool:
    """``حكم القتل``، ``حكمين بالقتل``: the killing masdar with the article right
    after a verdict noun: a judicial execution, carried out or not, is uncoded
    (decision rule P8)."""
    w = doc.w(trigger)
    verdict = doc.prev_word(trigger)
    if verdict is not None and L.definite(w) and L.in_set(w, L.VERDICT_KILLING) \
            and L.in_set(doc.w(verdict), L.VERDICTS):
        return True
    if not (L.in_set(w, L.EXECUTION_MASDARS) or L.in_set(w, L.EXECUTIONS)) or verdict is None \
            or L.has_proclitic(w, "ب"):
        return False  # بإعدام after a verdict is read by sentenced (carried out: a figure, as before)
    # نفذت السلطات حكم الإعدام بحق 3، تنفيذ إعدامات بحق 12، نفذت السلطات إعدامات بحق 20: a
    # verdict, its execution or a state agent before the masdar: judicial (P8); an armed
    # group's executions (نفذ التنظيم حملة إعدامات) stay killed
    before = [x for x in range(max(0, trigger - 3), trigger) if doc.tokens[x].kind == "word"]
    return L.in_set(doc.w(verdict), L.VERDICTS) or L.in_set(doc.w(verdict), L.EXECUTED) or any(
        L.in_set(doc.w(x), L.STATE_CAPTORS) for x in before)


def planned(doc: Document, first: int, last: int, trigger: int | None) -> bool:
    """A future auxiliary before the event word, or a future verb after a
    figure with no event word before it (``عدد من الجرحى سيصلون``; not ``قتل 5
    جنود سيشيعون غدا``, where the future is the next event of the killed).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("قتل 5 جنود سيشيعون غدا. عدد من الجرحى سيصلون")]  # synthetic
        [5]
    """
    if trigger is not None and trigger < last:
        before = doc.prev_word(trigger)
        if before is not None and L.in_set(doc.w(before), L.FUTURE_AUX):
            return True
    if trigger is not None and trigger < first:
        return False
    if last >= len(doc.tokens) or doc.sent_of[last] != doc.sent_of[last - 1]:
        return False
    w = doc.w(last)
    if future_verb(w):
        return True
    # عدد من الجرحى والمصابين سيصلون: a noun joined to the counted noun between
    bare = L.without_conjunction(w)
    return bare != w and future_verb(doc.w(last + 1)) and bool(L.lookup_noun(bare, L.COUNTED_NOUNS))


def future_verb(w: str) -> bool:
    """``سيصلون``، ``ستنقلان``، ``سوف``: the future prefix on a plural or dual imperfect.

    Example:
        >>> future_verb("سيصلون"), future_verb("سياسيون"), future_verb("ستون")
        (True, False, False)
    """
    if w in L.FUTURE_AUX:
        return True  # سوف
    # (a second letter ا is a noun's: سياسيون، سيارتان; ستون is sixty)
    return (len(w) >= 5 and w[:2] in L.FUTURE_PREFIXES and w[2] != "ا"
            and w.endswith(("ون", "ان")) and not L.in_set(w, L.NON_PERSON))


__all__ = ["unreported", "conditional", "purposed", "sentenced", "planned", "future_verb", "may_reach",
           "judicial_killing"]
