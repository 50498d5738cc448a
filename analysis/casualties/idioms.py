"""Idioms read around a figure: a surrender, a euphemism of death, a medical evacuation.

* **a surrender**: a verb of handing over with a reflexive object after the
  figure phrase (``سلم 33 مسلحا أنفسهم``، ``12 مسلحا سلموا أنفسهم``: detained,
  decision rule R2), :func:`surrendered`;
* **a euphemism of death**: a verb of passing on with إلى and the mercy of God
  after the figure phrase (``انتقل ثلاثة من المصابين إلى رحمة الله``: killed,
  and only killed, decision rule Q5), :func:`passed_away`;
* **parting from life** (``فارق 3 أشخاص الحياة``، ``ثلاثة من الجرحى فارقوا
  الحياة``: killed), :func:`parted_from_life`;
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
from analysis.casualties.document import FUNCTION_WORDS, Document
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
    if b is not None and L.in_set(doc.w(b), L.SURRENDER) and any(
            _reflexive(doc, first, k) for k in _after_genitive(doc, last)):
        return "detained", b  # سلم 40 من عناصر الحوثي أنفسهم: past the genitive or من-phrase
    for k in (last - 1, last):  # a dual numeral may read the verb as its noun (مطلوبين اثنين سلما)
        if k > first and _reflexive(doc, first, k + 1) and L.in_set(doc.w(k), L.SURRENDER):
            return "detained", k
    return None


def _after_genitive(doc: Document, last: int) -> range:
    """The tokens after the figure phrase ending at ``last``, past up to three words of a
    genitive or a من-phrase (no number, verb of the list, or punctuation among them)."""
    k = last
    while k < min(len(doc.tokens), last + 3) and doc.tokens[k].kind == "word" and k not in doc.numeral_at \
            and not L.in_set(doc.w(k), L.REFLEXIVES):
        k += 1
    return range(last, k + 1)


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
        if doc.w(x) == "الي" and L.in_set(doc.w(x + 1), L.PASSED_TO) and doc.w(x + 2) in L.PASSED_TO_GOD:
            return "killed", verb  # إلى رحمة الله، إلى جوار ربه (إلى جوار المطار is "next to")
        if x > last and doc.opens_clause(x):
            return None
        x += 1
    return None


def parted_from_life(doc: Document, first: int, last: int) -> tuple[str, int] | None:
    """``فارق 3 أشخاص الحياة``، ``ثلاثة أشخاص فارقوا الحياة``: a verb of parting
    right before the figure with a life noun ending its phrase or right after
    it, or right after the phrase with the life noun after the verb: a death,
    ``("killed", verb index)``; parting from anything else is no death.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("وقال إن طفلين فارقا الحياة")]  # synthetic
        [('killed', 2)]
    """
    def life(k: int) -> bool:
        return k < len(doc.tokens) and doc.sent_of[k] == doc.sent_of[first] and doc.tokens[k].kind == "word" \
            and L.in_set(doc.w(k), L.LIFE_NOUNS)
    b = doc.prev_word(first)
    if b is not None and L.in_set(doc.w(b), L.PARTED) and (life(last) or life(last - 1)):
        return "killed", b
    for k in (last - 1, last):  # a dual numeral may read the verb as its noun (طفلين فارقا)
        if k > first and life(k + 1) and L.in_set(doc.w(k), L.PARTED):
            return "killed", k
    return None


def medical_evacuation(doc: Document, trigger: int, last: int, noun: int | None = None) -> bool:
    """``تم إخلاؤها طبيا``، ``إخلاء 5 حالات طبيا``: a medical word right after the
    evacuating word or the figure phrase, the wounded moved (decision rule Q3);
    or a verb of leaving with a hospital as the place left (``خرجت 11 حالة من
    المستشفى``، ``غادرت 5 حالات المستشفى``), patients discharged (rule 10): injured,
    not evacuated."""
    ends = [trigger + 1]
    if noun is not None and L.in_set(doc.w(noun), L.CASE_NOUNS):
        ends.append(last)  # at the phrase end only after a case noun: الكوادر الطبية are staff
    if any(x < len(doc.tokens) and doc.tokens[x].kind == "word" and L.in_set(doc.w(x), L.MEDICAL) for x in ends):
        return True
    if not L.in_set(doc.w(trigger), L.LEAVE) or noun is None or not (
            L.in_set(doc.w(noun), L.CASE_NOUNS) or L.lookup_noun(doc.w(noun), L.COUNTED_NOUNS) == "injured"):
        return False  # only patients (cases, the wounded): residents or staff leaving a hospital are evacuated
    for x in range(last, min(len(doc.tokens), last + 6)):  # خرجت 11 حالة من جرحى القصف من المستشفى
        if doc.sent_of[x] != doc.sent_of[trigger] or doc.tokens[x].kind != "word":
            return False
        if L.in_set(doc.w(x), L.HOSPITALS):
            return x == last or doc.w(x - 1) == "من"  # the place left: من المستشفى, or غادر's object
    return False


def lost_own_men(doc: Document, trigger: int | None, first: int, last: int) -> bool:
    """``فقدت القوات 4 من عناصرها``، ``خسرنا ثلاثة من رجالنا``، ``فقدت أستراليا 900
    جندي``: a verb of losing right before the figure whose partitive noun carries
    a possessive pronoun, or with its subject (up to four words, no function
    word: not ``فقد الاتصال مع 6``) between it and the figure: someone lost their
    own people, killed (not missing: ``فقد 6 صيادين في البحر``)."""
    if trigger is None or trigger >= first or not L.in_set(doc.w(trigger), L.OWN_LOSSES) or first - trigger > 5:
        return False
    between = [x for x in range(trigger + 1, first) if doc.tokens[x].kind == "word"]
    if between:  # its subject: only after a finite form (فَقَد is also ف + قد), no function word
        return L.in_set(doc.w(trigger), L.FINITE_VERBS) and len(between) == first - trigger - 1 and not any(
            doc.w(x) in FUNCTION_WORDS or L.has_proclitic(doc.w(x), "ب") for x in between)
    head = last - 1
    if head <= first or doc.w(head - 1) != "من":
        return False
    nxt = doc.next_word(last)
    if nxt is not None and doc.tokens[nxt].kind == "word" and L.definite(doc.w(nxt)) \
            and doc.w(nxt) not in FUNCTION_WORDS:
        return False  # فقدت 3 من عناصرها الاتصال: the partitive is the subject, with its own object
    w = doc.w(head)  # a noun with a possessive has no article (الشرطة ends in ه too)
    return not L.definite(w) and any(w.endswith(p) and len(w) - len(p) >= 3 for p in L.OWN_PRONOUNS)


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
    end = noun + 1
    found = trigger_before(doc, first) or trigger_after(doc, noun) or parted_from_life(doc, first, end) \
        or passed_away(doc, first, end)
    if not found or found[0] != "killed" or L.in_set(doc.w(found[1]), L.FALL):
        return None
    if found[1] < first and found[1] != doc.prev_word(first):
        return None  # حالة وفاة، إصابة حرجة، 8 إصابات: a death word of another item of the list
    return "killed", found[1]


def kept_part(doc: Document, num: Numeral) -> tuple[str, int, None] | None:
    """``وما زالوا يحتفظون بـ15 منهم``: a verb of keeping right before a part
    (``N منهم``) that carries ب: the captors still hold them, ``("detained",
    verb, None)`` (kidnapped when the figure before counts hostages; the caller
    reads that); keeping things (``يحتفظ ببيانات``) is no trigger."""
    b = doc.prev_word(num.first_token)
    if b is None or not (num.prefix.endswith("ب") or doc.w(num.first_token - 1) == "ب"):
        return None
    if doc.w(b) == "ب":
        b = doc.prev_word(b)
    return ("detained", b, None) if b is not None and L.in_set(doc.w(b), L.KEEP_PARTS) else None


def held_by_kidnappers(doc: Document, trigger: int | None) -> bool:
    """A verb of holding (``holding``: احتجز، تحتجز، احتجاز) in a sentence that
    names captives as kidnapped (``مخطوفين``، ``رهائن``): the held take that
    category (rule 9: ``جبهة النصرة التي تحتجز عددا من الجنود … مقابل إطلاق
    ثلاثة عسكريين مخطوفين``). Read only for a detained figure of such a verb."""
    if trigger is None or not L.in_set(doc.w(trigger), L.HOLDING):
        return False
    near = range(max(0, trigger - 3), min(len(doc.tokens), trigger + 4))
    if any(doc.tokens[x].kind == "word" and L.in_set(doc.w(x), L.STATE_CAPTORS) for x in near):
        return False  # احتجزت الشرطة 5 من الخاطفين: a state force holds suspects (detained, K5)
    s = doc.sentences[doc.sent_of[trigger]]
    return any(doc.tokens[x].kind == "word" and L.lookup_noun(doc.w(x), L.COUNTED_NOUNS) == "kidnapped"
               for x in range(s.first_token, s.last_token))


def idiom_near(doc: Document, first: int, last: int) -> bool:
    """A verb an idiom starts from stands right before the figure or at the end of
    its phrase (one test before :func:`surrendered`, :func:`passed_away`,
    :func:`parted_from_life` read the rest)."""
    toks = doc.tokens
    for k in (doc.prev_word(first), last - 1, last):  # a plain loop: this runs for every figure
        if k is not None and k < len(toks) and toks[k].kind == "word" and L.in_set(toks[k].norm, L.IDIOM_VERBS):
            return True
    return False


def held_state(doc: Document, first: int, last: int) -> tuple[str, int] | None:
    """``وضع 12 شخصا رهن الاعتقال``، ``370 منهم قيد الاعتقال``: رهن/قيد and a
    detention masdar right after the figure phrase (or after منهم): people held,
    ``("detained", masdar index)``; ``قيد التنفيذ`` is no detention."""
    k = last
    if k < len(doc.tokens) and doc.w(k) in ("منهم", "منهن"):
        k += 1
    if k + 1 >= len(doc.tokens) or doc.sent_of[k] != doc.sent_of[first] or doc.w(k) not in L.HELD_STATES:
        return None
    return ("detained", k + 1) if L.lookup(doc.w(k + 1), L.PRE_TRIGGERS) == "detained" else None
