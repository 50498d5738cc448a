"""Trigger grammar after the figure: the event word that follows the counted noun.

* a verb after the counted noun (``173 مدنيا قتلوا``، ``لقي 20 متمردا
  مصرعهم``), unless a figure follows it as its object (``مسلحين قتلوا
  اثنين``: the noun before is the agent); a subset aside between them is
  transparent (``9 أشخاص بينهم 5 مدنيين لقوا حتفهم``);
* a singular verb or a participle right after the noun (``1280 شخصا قتل``،
  ``أشخاص مصابين``), or a prison (``خمس نساء في السجون``): :mod:`.predicates`;
* an event word with a pronoun in a relative clause after it (``عدد من
  الشباب الذين تم اختطافهم``), or in a periphrastic passive right after it
  (``أربعة أشخاص تم القبض عليهم``، ``أطفال يتم اعتقالهم``);
* a dual verb further on, agreeing with a figure of two (``اثنين من
  المسلحين الذين شاركوا في الهجوم لقيا حتفهما``);
* a verb of losing with an object says what was lost (``فقدوا وظائفهم``);
* a purpose masdar after the figure (``اضطر 1.3 مليون للنزوح``).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("إن 1280 شخصا قتل في الهجوم")]  # synthetic
    [('killed', 1280)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import CLAUSE_CONJ, COPULA_PRONOUNS, FUNCTION_WORDS, Document
from analysis.casualties.hedges import hedge_before
from analysis.casualties.predicates import joined_injured, nisba_plural, right_after
from analysis.casualties.tolls import RELATIVES


def trigger_after(doc: Document, k: int):
    """A verb after the counted noun (``173 مدنيا قتلوا``, ``… مصرعهم``)."""
    verbs = L.POST_VERBS
    found = purpose(doc, k + 1) or _purpose_after_genitive(doc, k) or right_after(doc, k)
    if found:
        return found
    steps = 0
    x = k + 1
    in_aside = False
    subject = _subject_of_anna(doc, k)
    reach = _SUBJECT_REACH if subject else 8
    while x < len(doc.tokens) and steps < reach and doc.sent_of[x] == doc.sent_of[k]:
        tok = doc.tokens[x]
        if tok.text == "/":
            x += 1  # the agency style of quote marks: تنظيم / داعش /
            continue
        if tok.text in ("،", ",") and (in_aside or _subset_aside(doc, x + 1) is not None):
            # "سبعة أشخاص، بينهم شرطيان، أصيبوا": the comma opens an aside;
            # "ثلاثة جنود بينهما اثنان من الشرطة، قتلوا": it closes one
            x, in_aside = x + 1, False
            continue
        if tok.kind == "punct" and tok.text not in ("(", ")"):
            if not (subject and tok.text in ("،", ",") and x + 1 < len(doc.tokens)
                    and L.in_set(doc.w(x + 1), verbs)):
                return None
            x += 1  # أن 3 عناصر من الفرقة، قتلوا: the comma closes the subject of أن
            continue
        w = doc.w(x)
        found = relative_object(doc, x) if w in RELATIVES and x - k <= 3 else None
        if found is None and w in _PASSIVE_AUX and x - k <= 2:
            # "أربعة أشخاص تم القبض عليهم": the periphrastic passive of the event
            found = _event_noun(doc, x + 1)
        if found:
            # "عدد من الشباب الذين تم اختطافهم": the pronoun in the relative
            # clause refers back to the counted people, the object of its event
            return found
        aside = _subset_aside(doc, x)
        if aside is not None:
            # "9 أشخاص بينهم 5 مدنيين لقوا حتفهم": the subset between the figure
            # and its verb is transparent
            x, in_aside = aside, True
            if x < len(doc.tokens) and doc.tokens[x].text in ("،", ","):
                x, in_aside = x + 1, False
            continue
        if w and L.in_set(w, verbs):
            lost = _lost(doc, x) if L.in_set(w, L.LOSE) else None
            if lost:
                # "فقدوا وظائفهم" says what they lost; "فقدوا حياتهم" that they died
                return ("killed", x) if lost == "life" else None
            if doc.object_follows(x):
                # "مسلحين قتلوا اثنين": the verb is active, its victims are
                # the figure after it; the noun before is its subject
                return None
            for cat, forms in L.POST_TRIGGERS.items():
                if L.in_set(w, forms):
                    if cat in _JOINED and joined_injured(doc, x, other=_JOINED[cat]):
                        return "killed_or_injured", x  # عشرات المدنيين قتلوا وجرحوا، أصيبوا أو قتلوا
                    return cat, x
        if w == "عداد" or w == "بعداد":
            nxt = doc.next_word(x + 1)
            if nxt is not None:
                cat = L.lookup_noun(doc.w(nxt), L.COUNTED_NOUNS)
                if cat:
                    return cat, nxt
        if doc.is_number_token(x):
            return None
        if subject and w.endswith("وا") and len(w) > 3 and not L.in_set(w, verbs) and w not in L.COPULA_VERBS:
            # أن 3 عناصر وصلوا …: the subject's predicate is another verb; كانوا + a phrase
            # describes the subject (أن 18 جنديا كانوا في الدورية قتلوا)
            return None
        x += 1
        steps += 1
    return dual_verb_after(doc, k, x)


#: How far the predicate of a figure that is the subject of أن / إن may stand.
_SUBJECT_REACH = 20


def _subject_of_anna(doc: Document, k: int) -> bool:
    """The figure whose counted noun is at k stands right after أن / إن: it is
    their subject, and its predicate verb may follow a long noun phrase
    (``أن 488 عنصرا من منتسبي قوات الأمن وقوات البيشمركة والحشد قتلوا``), a hedge
    before the figure or not (``بأن نحو 12 عنصرا من قوات النظام … قتلوا``)."""
    p = doc.prev_word(k)
    if p is None or not (doc.tokens[p].kind == "number" or p in doc.numeral_at):
        return False
    a = doc.prev_word(hedge_before(doc, p)[0])  # past a hedge: أن نحو 12 عنصرا من …
    return a is not None and doc.w(a) in ("ان", "وان", "بان")


#: Auxiliaries of the periphrastic passive: تم/يتم/جرى + the verbal noun of the event.
_PASSIVE_AUX = L.PASSIVE_AUX


#: Pronouns that agree with a counted figure (plural or dual): اعتقالهم، عليهم.
_GROUP_PRONOUNS = L.GROUP_PRONOUNS


def _event_noun(doc: Document, y: int):
    """The event word at y with a plural or dual pronoun on it or on the
    preposition after it (اعتقالهم، القبض عليهم); a singular pronoun refers
    to someone else (أم لخمسة أبناء تم اعتقالها)."""
    if y >= len(doc.tokens) or doc.tokens[y].kind != "word":
        return None
    w, nxt = doc.w(y), doc.w(y + 1)
    if not (w.endswith(_GROUP_PRONOUNS) or nxt in ("عليهم", "عليهن", "عليهما", "عنهم", "عنهن")):
        return None
    for form in L.without_possessive(w):
        cat = L.lookup(form, L.PRE_TRIGGERS)
        if cat:
            return cat, y
    return None


def relative_object(doc: Document, x: int):
    """After the relative pronoun at x: (تم/جرى) + an event word with a pronoun
    suffix (اختطافهم، قتلهم، اعتقلتهم): (category, index), else ``None``."""
    y = x + 1
    if doc.w(y) in ("تم", "جري"):
        y += 1
    forms = L.without_possessive(doc.w(y))
    if len(forms) < 2 or doc.tokens[y].kind != "word":
        return None  # no pronoun: the people are the subject (الذين قتلوا جنودا)
    cat = L.lookup(forms[1], L.PRE_TRIGGERS)
    return (cat, y) if cat else None


def dual_verb_after(doc: Document, k: int, x: int):
    """A dual verb further on in the sentence agrees with a figure of two only:
    ``اثنين من المسلحين الذين شاركوا في الهجوم … لقيا حتفهما``."""
    start = k
    while start > 0 and start not in doc.numeral_at and k - start < 4:
        start -= 1
    figure = doc.numeral_at.get(start)
    if figure is None or figure.value != 2:
        return None
    while x < len(doc.tokens) and x - k <= DUAL_REACH and doc.sent_of[x] == doc.sent_of[k]:
        tok = doc.tokens[x]
        if tok.kind == "number" or (tok.kind == "punct" and tok.text not in ("«", "»")) \
                or doc.numeral_at.get(x) is not None:
            return None
        w = doc.w(x)
        if L.in_set(w, L.DUAL_VERBS):
            for cat, forms in L.POST_TRIGGERS.items():
                if L.in_set(w, forms):
                    return cat, x
        x += 1
    return None


#: How far after a figure of two a dual verb still agrees with it.
DUAL_REACH = 24


def _subset_aside(doc: Document, x: int) -> int | None:
    """Token after ``بينهم`` + a figure (and its counted noun) at x, or ``None``.

    A breakdown after هم is an aside too, with its و-conjuncts (``17 شخصا هم
    12 جنديا وطاقم من خمسة أفراد قتلوا``: the verb is the total's)."""
    w = doc.w(x)
    if w not in L.SUBSET_MARKERS and w not in COPULA_PRONOUNS:
        return None
    num = doc.numeral_at.get(x + 1)
    if num is None:
        return None
    end = _figure_end(doc, num)
    if w in COPULA_PRONOUNS:
        for _ in range(3):
            after = _conjunct_end(doc, end)
            if after is None:
                break
            end = after
    return end


def _figure_end(doc: Document, num) -> int:
    """The token after a figure and the counted noun right after it."""
    end = num.last_token
    nxt = doc.next_word(end)
    if num.kind not in ("dual", "one", "definite") and nxt == end and doc.tokens[end].kind == "word" \
            and not L.in_set(doc.w(end), L.POST_VERBS):
        end += 1
    return end


def _conjunct_end(doc: Document, e: int) -> int | None:
    """After a و-conjunct holding a figure within its first three words (و5
    مدنيين، وطاقم من خمسة أفراد), the token after it; else ``None``."""
    if e >= len(doc.tokens) or not doc.w(e).startswith("و"):
        return None
    for y in range(e, min(e + 3, len(doc.tokens))):
        if doc.tokens[y].kind not in ("word", "number") or L.in_set(doc.w(y), L.POST_VERBS):
            return None
        num = doc.numeral_at.get(y)
        if num is not None:
            return _figure_end(doc, num)
    return None


def purpose(doc: Document, x: int):
    """``ل/إلى/على`` + a verbal noun right after the figure: اضطر 1.3 مليون للنزوح."""
    if x >= len(doc.tokens) or doc.tokens[x].kind != "word" or doc.sent_of[x] != doc.sent_of[x - 1]:
        return None
    w = doc.w(x)
    if w in ("الي", "علي") and x + 1 < len(doc.tokens) and doc.tokens[x + 1].kind == "word":
        x, w = x + 1, doc.w(x + 1)
        if not w.startswith("ال"):
            return None
    elif not w.startswith("ل"):
        return None
    cat = L.lookup(w, L.PURPOSE_MASDARS)
    return (cat, x) if cat else None


def _purpose_after_genitive(doc: Document, k: int):
    """The purpose masdar after a genitive of the counted noun at k, one or two
    words ending in a definite one (``تعرض 7 من رجال حرس الحدود للإصابة``،
    ``تعرض عدد من أفراد المقاومة للإصابات``)."""
    for y in (k + 2, k + 3):
        if y >= len(doc.tokens) or doc.sent_of[y] != doc.sent_of[k]:
            return None
        words = range(k + 1, y)
        if any(doc.tokens[g].kind != "word" or doc.is_number_token(g) or doc.w(g) in FUNCTION_WORDS
               or doc.w(g).startswith("و") or L.lookup(doc.w(g), L.PRE_TRIGGERS) for g in words):
            return None
        if doc.w(y - 1).startswith("ال"):
            found = purpose(doc, y)
            if found:
                return found
    return None


def _lost(doc: Document, x: int) -> str | None:
    """After a verb of losing at x: ``"object"`` when a noun object follows
    (فقدوا وظائفهم), ``"life"`` when the object is their life (فقدوا حياتهم)."""
    nxt = doc.next_word(x + 1)
    if nxt is None or nxt != x + 1 or doc.tokens[nxt].kind != "word":
        return None
    w = doc.w(nxt)
    if w in FUNCTION_WORDS or w in CLAUSE_CONJ or (
            w.startswith("و") and (w[1:] in FUNCTION_WORDS or L.lookup(w[1:], L.PRE_TRIGGERS))):
        return None  # a preposition, or و opening the next clause (فقدوا وأصيب آخرون)
    if any(L.in_set(form, L.LIFE_NOUNS) for form in L.without_possessive(w)):
        return "life"
    return "object"


#: A killing verb joined to an injuring one, or the other way round (و or أو): one joint figure.
_JOINED = {"killed": "injured", "injured": "killed"}


__all__ = ["trigger_after", "right_after", "nisba_plural", "relative_object", "dual_verb_after", "purpose"]
