"""What a figure counts: the counted noun, its category, its group, and figures that are no casualties.

* the counted noun after a number (``32 قتيلًا``، ``سبعة من القتلى``: via من,
  a part of a figure already given), also without the tanween alif
  (``11 جثمانًا``); a word with و after a figure is the next conjunct, not its
  counted noun (``وفاة ثلاثة وإصابات``);
* ``حالة/حالات`` is a classifier whose kind follows it (``حالات إصابتهم``،
  ``حالتين متوسطة الإصابة``, ``39 حالة من بين المصابين``);
* not casualty figures: dates (``22-2-1436``), a bracketed figure repeating
  the one before (``شرطيين (اثنين)``), disease cases (``أصيب أربعة بالمرض``,
  also with the disease later in the clause: ``… منذ تفشي الوباء``);
* the victim group from the counted noun (``مدنيين``، ``رجال الأمن``) or the
  predicate of a subset (``سبعة من القتلى مدنيون``).
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import FUNCTION_WORDS, Document, Draft
from analysis.casualties.duals import DUAL_NOUNS
from analysis.casualties.hedges import is_hedge_after
from analysis.casualties.number_clitics import possessed_person
from analysis.casualties.numeral_phrases import definite_head
from analysis.casualties.numerals import Numeral


def restated(doc: Document, num: Numeral) -> bool:
    """``مقتل شرطيين (اثنين)``: a bracketed figure that repeats the one before it."""
    i, j = num.first_token, num.last_token
    if not doc.drafts or i < 1 or doc.tokens[i - 1].text != "(":
        return False
    if j >= len(doc.tokens) or doc.tokens[j].text != ")":
        return False
    prev = doc.drafts[-1]
    return prev.last == i - 1 and prev.value == num.value


def in_date(doc: Document, i: int, j: int) -> bool:
    """The digits are part of a date: groups glued by / or three glued by -.

    ``22-2-1436``، ``12/3/2015``; ``30-40`` alone is a range and stays a figure.
    """
    toks = doc.tokens

    def glued(a: int, b: int) -> bool:  # toks[a] sep toks[b], no spaces
        return (0 <= a and b < len(toks) and toks[a + 1].text in ("-", "/")
                and toks[a].end == toks[a + 1].start and toks[a + 1].end == toks[b].start
                and toks[a].text[:1].isdigit() and toks[b].text[:1].isdigit())

    first, last, seps = i, j - 1, set()
    while glued(first - 2, first):
        seps.add(toks[first - 1].text)
        first -= 2
    while glued(last, last + 2):
        seps.add(toks[last + 1].text)
        last += 2
    groups = (last - first) // 2 + 1
    return "/" in seps or groups >= 3


#: Demonstratives between من and a definite noun of a partitive (ومن هؤلاء القتلى).
DEMONSTRATIVES = L.DEMONSTRATIVES
#: Numeral kinds whose counted noun is inside the numeral's span.
NOUN_INSIDE = frozenset({"dual", "one", "definite"})


def counted_noun(doc: Document, num: Numeral) -> tuple[int | None, bool]:
    """``(token of the counted noun, reached through من)``; ``(None, False)`` if none."""
    if num.kind in ("dual", "one"):
        return num.first_token, False
    if num.kind == "definite":
        return definite_head(doc.tokens, num), False
    k = doc.next_word(num.last_token)
    if k is None or doc.tokens[k].kind != "word":
        return None, False
    w = doc.w(k)
    if w == "من":
        k2 = doc.next_word(k + 1)
        if k2 is not None and doc.w(k2) in DEMONSTRATIVES:
            k2 = doc.next_word(k2 + 1)  # عشرات من هؤلاء المدنيين: the noun after the demonstrative
        if k2 is not None and doc.tokens[k2].kind == "word":
            return k2, True
        return None, False
    if num.kind == "vague" and num.text.endswith("من"):
        if w in DEMONSTRATIVES and (k2 := doc.next_word(k + 1)) is not None and doc.tokens[k2].kind == "word":
            return k2, num.vague_kind == "several"  # عدد من هؤلاء المدنيين، الكثير من هؤلاء
        if num.vague_kind == "several":
            return k, True
    if w in FUNCTION_WORDS or L.in_set(w, L.POST_VERBS) or is_hedge_after(doc, k) or k in doc.numeral_at \
            or L.in_set(w, L.REFLEXIVES):
        return None, False  # a number after a number (40 و30), a reflexive (سلم 33 أنفسهم): no counted noun
    if (w.startswith("و") and not _listed_noun(w)
            and (L.lookup_noun(w[1:], L.COUNTED_NOUNS) or L.lookup(w[1:], L.PRE_TRIGGERS))):
        # "(اثنين) وإصابة", "وفاة ثلاثة وإصابات آخرين": a specifier never
        # carries و; this is the next conjunct (a noun whose own first
        # letter is و, وفيات, is listed as written)
        return None, False
    return k, False


def construct_plural(w: str) -> str | None:
    """A sound masculine plural in construct drops its ن (مصابي القصف، معتقلي
    الرأي، نازحي المخيم): the category of the full plural (مصابين)."""
    if len(w) < 5 or not w.endswith("ي"):
        return None
    return L.lookup_noun(w + "ن", L.COUNTED_NOUNS)


def noun_category(doc: Document, k: int) -> str | None:
    """The category named by the counted noun at k (joint categories included)."""
    w = doc.w(k)
    if w == "بين" or (w == "ما" and doc.w(k + 1) == "بين"):
        return joint_between(doc, k)[0]
    cat = L.lookup_noun(w, L.COUNTED_NOUNS) or construct_plural(w)
    if cat:
        return "killed_or_injured" if joint_with_next(doc, k, cat) else cat
    if L.in_set(w, L.CASE_NOUNS):
        return case_category(doc, k)
    return None


def case_category(doc: Document, k: int) -> str | None:
    """The kind of case after حالة/حالات/حالتان at token k."""
    # حالة is a classifier: the kind of case follows, as a noun in
    # construct (حالة وفاة، حالات إصابتهم خطيرة) or a partitive
    # (39 حالة من بين المصابين)
    nxt = doc.next_word(k + 1)
    if nxt is None:
        return None
    for form in L.without_possessive(doc.w(nxt)):
        cat = L.lookup_noun(form, L.COUNTED_NOUNS)
        if cat:
            return cat
    if doc.tokens[nxt].kind == "word":
        # the verbal noun of the event (خمس حالات خطف، سبع حالات اعتقال; decision rule 9)
        cat = L.lookup(doc.w(nxt), L.PURPOSE_MASDARS)
        if cat:
            return cat
    after = doc.next_word(nxt + 1)
    if (after is not None and doc.tokens[nxt].kind == "word"
            and doc.w(after).startswith("ال") and doc.w(nxt) not in FUNCTION_WORDS):
        # an adjective in improper annexation: حالتين متوسطة الإصابة
        cat = L.lookup_noun(doc.w(after), L.COUNTED_NOUNS)
        if cat:
            return cat
    return partitive_category(doc, k + 1)


def partitive_category(doc: Document, k: int) -> str | None:
    """``من (بين) القتلى`` at token k: the category of the definite counted noun."""
    if doc.w(k) not in ("من", "ومن"):
        return None
    k = k + 1
    if doc.w(k) in ("بين",) + DEMONSTRATIVES:
        k += 1  # من بين القتلى، ومن هؤلاء القتلى
    w = doc.w(k)
    if not w.startswith(("ال", "وال")):
        return None
    return L.lookup_noun(w, L.COUNTED_NOUNS)


def is_case_figure(doc: Document, num: Numeral, noun: int | None) -> bool:
    if num.kind == "dual":
        return num.dual_noun in L.CASE_NOUNS
    return noun is not None and L.in_set(doc.w(noun), L.CASE_NOUNS)


def disease(doc: Document, noun: int | None, last: int) -> bool:
    """The figure counts cases of a disease (أصيب أربعة بالمرض، 3 حالات إصابة بالفيروس)."""
    spots = [noun, last]
    if last < len(doc.tokens) and (L.in_set(doc.w(last), L.CAUSE_PREPS) or doc.w(last).startswith("ب")):
        spots.append(last + 1)  # وفاة بسبب الأمراض، إصابة بضربات شمس
    for x in spots:
        if x is not None and x < len(doc.tokens) and doc.sent_of[x] == doc.sent_of[last - 1]:
            if L.in_set(doc.w(x), L.DISEASES):
                return True
    # the disease may stand further off in the clause, as a cause (بالسرطان،
    # منذ تفشي الوباء، الإصابة بكورونا … توفي منهم 467): forward up to the
    # next number, backward up to the last figure accepted
    first = doc.drafts[-1].last if doc.drafts else 0
    s = doc.sent(last - 1)
    start = noun if noun is not None else last - 1
    for x in range(start - 1, max(s.first_token, first, start - DISEASE_REACH) - 1, -1):
        if doc.opens_clause(x):
            break
        if _disease_as_cause(doc, x):
            return True
    for x in range(last, min(s.last_token, last + DISEASE_REACH)):
        if x in doc.numeral_at or doc.tokens[x].kind == "number" or doc.opens_clause(x):
            break
        if _disease_as_cause(doc, x):
            return True
    return False


#: How many tokens from a figure a disease named as a cause makes it disease cases.
DISEASE_REACH = 20


def _disease_as_cause(doc: Document, x: int) -> bool:
    """A disease word with ب/ل (بالسرطان، لكورونا) or after a cause word (تفشي الوباء)."""
    w = doc.w(x)
    if not w or not L.in_set(w, L.DISEASES):
        return False
    if w[:1] in ("ب", "ل") and L.in_set(w[1:], L.DISEASES):
        return True
    k = doc.prev_word(x)
    return k is not None and (L.in_set(doc.w(k), L.OUTBREAK) or L.in_set(doc.w(k), L.CAUSE_PREPS))


_JOINT = {"killed": "injured", "injured": "killed"}


def joint_with_next(doc: Document, k: int, cat: str) -> bool:
    """``عشرات القتلى والجرحى``: the counted noun is joined by و to the other of
    killed/injured, so the figure counts both (one joint figure)."""
    nxt = doc.next_word(k + 1)
    if nxt is not None and nxt == k + 1 and doc.tokens[nxt].text in ("،", ","):
        nxt = doc.next_word(k + 2)  # عدد من الوفيات، والمصابين: a comma before the و
        if nxt != k + 2:
            return False
    if cat not in _JOINT or nxt is None or nxt > k + 2:
        return False
    w = doc.w(nxt)
    if not (w.startswith("و") and L.lookup_noun(w[1:], L.COUNTED_NOUNS) == _JOINT[cat]):
        return False
    after = doc.next_word(nxt + 1)
    # "13 قتيلا وإصابة 23 آخرين": a masdar with its own figure is the next conjunct,
    # and so is one with its own victims (عدد من الشهداء وإصابة آخرين)
    if after is not None and L.lookup(w[1:], L.PRE_TRIGGERS) and L.in_set(doc.w(after), L.PERSONS):
        return False
    return after is None or (doc.tokens[after].kind != "number" and after not in doc.numeral_at)


def _joint_end(doc: Document, k: int) -> int:
    """Token after the pair joined to the counted noun at k (a comma may stand before its و)."""
    return k + 3 if doc.tokens[k + 1].text in ("،", ",") else k + 2


def joint_between(doc: Document, k: int) -> tuple[str | None, int]:
    """``نحو 60 (ما) بين قتيل وجريح``: (killed_or_injured, token after the pair) or (None, k)."""
    a = k + 2 if doc.w(k) == "ما" else k + 1
    cat = L.lookup_noun(doc.w(a), L.COUNTED_NOUNS) if a < len(doc.tokens) else None
    if cat in _JOINT and joint_with_next(doc, a, cat):
        return "killed_or_injured", _joint_end(doc, a)
    return None, k


def partitive_before(doc: Document, i: int) -> str | None:
    """``من بين القتلى 5 من أفراد الشرطة``، ``من بين قتلى المعارضة ثلاثة``: a
    partitive right before the figure."""
    k = doc.prev_word(i)
    if k is None or not doc.w(k).startswith(("ال", "وال")):
        return None
    m = k - 1 if doc.w(k - 1) in ("بين",) + DEMONSTRATIVES else k
    if doc.w(m - 1) not in ("من", "ومن"):
        # "من بين قتلى المعارضة ثلاثة": the counted noun in construct before a genitive
        h = k - 1
        if doc.w(h - 1) == "بين" and doc.w(h - 2) in ("من", "ومن") and not doc.w(h).startswith("ال"):
            return L.lookup_noun(doc.w(h), L.COUNTED_NOUNS)
        return None
    return partitive_category(doc, m - 1)


def phrase_end(doc: Document, num: Numeral, noun: int | None, via_min: bool) -> int:
    """Token after the figure phrase (number + counted noun, and what completes it)."""
    if noun is None or num.kind in NOUN_INSIDE:
        return num.last_token
    if doc.w(noun) in ("بين", "ما"):
        return joint_between(doc, noun)[1] if joint_between(doc, noun)[0] else num.last_token
    end = noun + 1
    cat = L.lookup_noun(doc.w(noun), L.COUNTED_NOUNS)
    if cat and joint_with_next(doc, noun, cat):
        return _joint_end(doc, noun)
    if L.in_set(doc.w(noun), L.CASE_NOUNS):
        nxt = doc.next_word(end)
        if nxt is not None and L.lookup_noun(doc.w(nxt), L.COUNTED_NOUNS):
            end = nxt + 1
    return end


def combatants(doc: Document, num: Numeral, noun: int | None) -> bool:
    """The counted noun names fighters, soldiers or police (``مئات الضباط``،
    ``مئات من عناصر الجيش``)."""
    if noun is None:
        return False
    probe = Draft(num, num.first_token, noun + 1, noun, "", None, False)
    return victim_group(doc, probe) in ("fighters", "military", "police")


def victim_group(doc: Document, d: Draft) -> str:
    num = d.numeral
    if num.kind in NOUN_INSIDE:
        g = L.lookup(num.dual_noun, L.GROUPS)
        if g:
            return g
    if d.noun is None:
        return "unspecified"
    w = doc.w(d.noun)
    # "رجال الشرطة"، "عناصر الأمن"، "أفراد الجيش": the second noun decides
    if L.in_set(w, L.GROUP_HEADS):
        nxt = doc.next_word(d.noun + 1)
        if nxt is not None:
            g = L.lookup(doc.w(nxt), L.GROUPS)
            if g:
                return g
    g = L.lookup(w, L.GROUPS)
    if g:
        return g
    if L.lookup_noun(w, L.COUNTED_NOUNS) or L.in_set(w, frozenset({"اخرون", "اخرين", "شخصا"})):
        # "سبعة من القتلى مدنيون": the predicate names the group
        nxt = doc.next_word(d.noun + 1)
        if nxt is not None and doc.tokens[nxt].kind == "word":
            g = L.lookup(doc.w(nxt), L.GROUPS)
            if g:
                return g
    return "unspecified"


def is_subset_marker(doc: Document, k: int) -> bool:
    w = doc.w(k)
    if w in L.SUBSET_MARKERS or (w.startswith("و") and w[1:] in L.SUBSET_MARKERS):
        return True
    if w in ("فيهم", "فيهن") and doc.w(k - 1) in ("بمن", "ومن"):
        return True
    return False


def partitive_after(doc: Document, noun: int) -> str | None:
    """``من بين القتلى`` within four words after the counted noun."""
    x = noun + 1
    while x < len(doc.tokens) and x - noun <= 4 and doc.sent_of[x] == doc.sent_of[noun]:
        if doc.tokens[x].kind != "word":
            return None
        if doc.w(x) in ("من", "ومن") and doc.w(x + 1) == "بين":
            return partitive_category(doc, x)
        x += 1
    return None


def _listed_noun(w: str) -> bool:
    """Whether ``w`` as written (no clitic stripped) is a counted noun."""
    return any(w in forms or (w.endswith("ا") and w[:-1] in forms)
               for forms in L.COUNTED_NOUNS.values())


def antecedent_of_part(doc: Document, i: int, j: int) -> str | None:
    """``المصابين … وتم نقل سبعة منهم``: a figure right before منهم/منهن whose
    antecedent is a definite counted noun earlier in the sentence (the nearest
    one, within 20 tokens) takes its category."""
    after = doc.next_word(j)
    if after is None or after != j or doc.w(after) not in ("منهم", "منهن"):
        return None
    x = doc.prev_word(i)
    while x is not None and i - x <= 20:
        w = doc.w(x)
        if w.startswith(("ال", "وال", "لل", "بال")) and doc.tokens[x].kind == "word":
            cat = L.lookup_noun(w, L.COUNTED_NOUNS)
            if cat:
                return cat
        x = doc.prev_word(x)
    return None


def percent(doc: Document, j: int) -> bool:
    """``20 في المائة من السكان``: the figure is a percentage, not a head count."""
    return doc.w(j) == "في" and j + 1 < len(doc.tokens) and L.in_set(doc.w(j + 1), L.PERCENT)


def lost_life(doc: Document, last: int) -> bool:
    """The object after the figure phrase of a verb of losing is their life
    (``فقد تسعة صحافيين حياتهم``، ``فقدت 3 نساء أرواحهن``): they died."""
    return last < len(doc.tokens) and doc.tokens[last].kind == "word" and any(
        L.in_set(form, L.LIFE_NOUNS) for form in L.without_possessive(doc.w(last)))


def after_a_thing(doc: Document, before: int, i: int) -> bool:
    """عدة at i follows an indefinite noun of things (``أهدافا عدة``، ``مرات عدة``)
    and no person noun follows it: "several" describes the things."""
    w = doc.w(before)
    if w.startswith(("ال", "وال")) or not L.in_set(w[:-1] if w.endswith("ا") else w, L.NON_PERSON):
        return False
    nxt = doc.next_word(i + 1)
    return nxt is None or doc.tokens[nxt].kind != "word" or not person(doc, nxt)


def person(doc: Document, noun: int) -> bool:
    """The counted noun at ``noun`` names people: a victim, group, person or
    dual noun (also in the singular a numeral takes: 200 مهاجر، 40 مهاجرا), or a
    sound masculine plural (مطلوبين، متهمون), also with a possessive pronoun
    (رفاقه، أعضائه)."""
    w = doc.w(noun)
    singular = w[:-1] if w.endswith("ا") else w
    return bool(L.lookup_noun(w, L.COUNTED_NOUNS) or L.lookup(w, L.GROUPS) or L.in_set(w, L.PERSONS)
                or L.in_set(w, L.GROUP_HEADS) or w.endswith(("ين", "ون", "يينا", "ينا"))
                or (singular in DUAL_NOUNS and not L.in_set(w, L.NON_PERSON)) or possessed_person(w))
