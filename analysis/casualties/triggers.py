"""Trigger grammar before the figure: the event word that makes it a casualty figure.

* an event noun or verb before the figure, past hedges and fillers
  (``مقتل 5``، ``أسفر عن سقوط``، ``أصيب 3 آخرون``، ``إجلاء أكثر من``); a finite
  verb may have its subject in between (``قتلت قوات الأمن 5``), which is the
  agent; a plural verb carries its subject as a suffix, so the words after it
  are no subject (``قتلوا``); ``مقتل وإصابة`` gives ``killed_or_injured``;
* a figure joined by و is never governed by the word before the و, but an
  event word with one noun object before the و governs both conjuncts
  (``اختطاف شقيقه واثنين``);
* a cause preposition with a pronoun (``توفي على إثره 9``) and a
  parenthetical between dashes (``قتلت X -التي …- أكثر من``) or commas
  (``خسرت، في تلك المواجهات، ثمانية``، ``خطفت الجبهة، ذراع التنظيم، خمسة``)
  stand transparently between verb and figure, and so does a partitive
  (``فيستشهد منهم 15``);
* the event word after the figure: see :mod:`.triggers_after`;
* a toll that "rose to" the figure: see :mod:`.tolls`;
* idioms read around the figure (a surrender, a euphemism of death, a
  medical evacuation): see :mod:`.idioms`;
* not a report: a trigger governed by an intention, threat or attempt
  (:func:`intended`), and a verb of leaving without the place left
  (:func:`left_a_place`); not an evacuation: أجّل, postpone, with the thing
  postponed (:func:`postponed`: ``أجلت المحكمة محاكمة 23 متهما``).
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.adverbials import adverbial_start
from analysis.casualties.coordination import own_people
from analysis.casualties.document import CLAUSE_CONJ, DASHES, FUNCTION_WORDS, Document, Draft
from analysis.casualties.duals import DUAL_NOUNS
from analysis.casualties.verb_senses import sense_ruled_out


def trigger_before(doc: Document, i: int):
    """Scan left from token i for an event noun/verb; (category, index, agent span)."""
    num = doc.numeral_at.get(i)
    if num is not None and num.prefix.startswith(("و", "ف")):
        # "حالة وفاة وحالتين": the conjunction opens a new conjunct; the word
        # before it does not govern the figure (coordination may), but an
        # event word may govern both conjuncts (اختطاف شقيقه واثنين)
        return shared_trigger(doc, i) if num.prefix.startswith("و") else None
    k = i - 1
    limit_sent = doc.sent_of[i] if i < len(doc.tokens) else None
    skipped_nonfiller = 0
    nonfiller_start = None
    while k >= 0 and doc.sent_of[k] == limit_sent:
        if k in doc.agent_tokens:
            # "قتل أحد المسلحين 12 مدنيا": the figure before is the verb's
            # subject (agency.figure_is_agent), standing between verb and object
            skipped_nonfiller += 1
            nonfiller_start = k if nonfiller_start is None else nonfiller_start
            while k >= 0 and k in doc.agent_tokens:
                k -= 1
            continue
        tok = doc.tokens[k]
        if tok.kind == "quote" or (tok.text in ("(", ")") and k == i - 1) or (
                tok.text == "(" and doc.tokens[k + 1].kind == "word" and k + 2 < i
                and doc.tokens[k + 2].text == ")"):
            # «17» and (15): the press often wraps a figure in quotes or
            # brackets, and a word it quotes: نتج عنه (استشهاد) عشرة
            k -= 1
            continue
        if tok.text in DASHES:
            opener = doc.dash_opener(k)
            if opener is not None:
                # a parenthetical between dashes is transparent: the
                # subject before it still separates verb and figure
                k = opener - 1
                continue
        if tok.text in ("،", ","):
            opener = comma_opener(doc, k)
            if opener is not None:
                # an aside between commas is transparent, like one between
                # dashes (خطفت الجبهة، ذراع التنظيم، من جديد خمسة مقاتلين)
                k = opener - 1
                continue
        if tok.kind != "word":
            return None
        w = doc.w(k)
        if pronoun_cause(doc, k):
            # "توفي على إثره 9": a cause preposition with a pronoun refers
            # back and is transparent between verb and figure
            k -= 1
            if doc.w(k) in ("علي", "في"):
                k -= 1
            continue
        if k == i - 1 and w in ("منهم", "منهن") and doc.prev_word(k) is not None:
            # "فيستشهد منهم 15": the partitive between a verb and its figure
            cat = pre_category(doc, k - 1)
            if cat:
                return cat, k - 1, None
        cat = pre_category(doc, k)
        if cat and sense_ruled_out(doc, k, i):
            return None  # يقبض 300 موظف رواتبهم، يطعن 5 مرشحين في النتائج، قتلا للوقت
        if cat:
            if skipped_nonfiller and _object_marked(doc, i) and not L.in_set(w, L.FINITE_VERBS):
                # "اختطاف التنظيم لـ220 شخصا": a masdar, its agent, and ل on the object
                return cat, k, (k + 1, nonfiller_start + 1)
            if skipped_nonfiller and (not L.in_set(w, L.FINITE_VERBS) or w.endswith("وا")):
                # a plural verb (قتلوا) carries its subject as a suffix: the
                # words after it are no subject, so it does not reach the figure
                return None
            agent = (k + 1, nonfiller_start + 1) if skipped_nonfiller else None
            return cat, k, agent
        start = adverbial_start(doc, k)  # قتل فيها الأسبوع الماضي، طعن اليوم الخميس ستة
        if start is not None and not skipped_nonfiller:
            k = start - 1  # قتل فيها الأسبوع الماضي ثلاثة، أصيب مساء أمس خمسة
            continue
        if w in L.FILLERS or (w.startswith("و") and w[1:] in L.FILLERS):
            if skipped_nonfiller:
                return None
            k -= 1
            continue
        if doc.is_number_token(k) or w in L.SUBSET_MARKERS or w in CLAUSE_CONJ:
            return None
        # a finite verb may have its subject between it and the figure
        skipped_nonfiller += 1
        if nonfiller_start is None:
            nonfiller_start = k
        if skipped_nonfiller > 4:
            return None
        k -= 1
    return None


def comma_opener(doc: Document, k: int) -> int | None:
    """For a comma at k, the comma opening an aside of one to seven words before it."""
    x = k - 1
    while x >= 0 and k - x <= 8 and doc.sent_of[x] == doc.sent_of[k]:
        tok = doc.tokens[x]
        if tok.text in ("،", ","):
            return x if x < k - 1 else None
        if tok.kind != "word" or doc.is_number_token(x) or doc.w(x) in CLAUSE_CONJ:
            return None
        x -= 1
    return None


def _object_marked(doc: Document, i: int) -> bool:
    """The figure at i carries the ل of a masdar's object (لـ220، ل220)."""
    num = doc.numeral_at.get(i)
    if num is not None and num.prefix == "ل":
        return True
    k = i - 1
    return k >= 0 and doc.tokens[k].kind == "word" and doc.w(k) == "ل"


def shared_trigger(doc: Document, i: int):
    """``اختطاف شقيقه واثنين``: the figure is the second object of an event word.

    One noun (no figure, no definite noun after a preposition) stands
    between the event word and the و of the figure: both conjuncts are
    its objects.
    """
    k = doc.prev_word(i)
    # "قتل أبو قتادة المغربي و21 مسلحا آخرين": "others" after the figure
    # coordinates it with a named person, whose name may take a few words;
    # so does وأحد "and one of" (باختطاف الإعلامي فلان وأحد الناشطين)
    # and so do "N of his own people" (وستة من مرافقيه، و15 من أصدقائه: a possessed partitive)
    reach = 4 if _others_after(doc, i) or _one_of_conjunct(doc, i) or own_people(doc, i) else 1
    for _ in range(reach):
        if k is None or doc.tokens[k].kind != "word" or doc.is_number_token(k):
            return None
        w = doc.w(k)
        if (w in FUNCTION_WORDS or w in L.FILLERS or w in CLAUSE_CONJ or w in L.SUBSET_MARKERS
                or w.startswith(("بال", "لل", "كال")) or L.lookup(w, L.PRE_TRIGGERS)
                or L.lookup(w, L.CAUSES) or L.lookup_noun(w, L.COUNTED_NOUNS)):
            return None
        t = doc.prev_word(k)
        if t is None or doc.tokens[t].kind != "word":
            return None
        cat = pre_category(doc, t)
        if cat:
            return cat, t, None
        k = t
    return None


def _one_of_conjunct(doc: Document, i: int) -> bool:
    """The figure at i is وأحد/وإحدى "and one of" (a person of a group, the figure 1)."""
    num = doc.numeral_at.get(i)
    return num is not None and num.value == 1 and num.prefix == "و" and doc.w(i) in ("واحد", "واحدي")


def _others_after(doc: Document, i: int) -> bool:
    """The figure at i ends in "others" (``و21 مسلحا آخرين``، ``و3 آخرين``)."""
    num = doc.numeral_at.get(i)
    end = num.last_token if num is not None else i + 1
    return any(doc.w(x) in ("اخرين", "اخرون", "اخريات", "اخري") for x in (end, end + 1))


def pronoun_cause(doc: Document, k: int) -> bool:
    """``إثره``، ``جراءها``، ``بسببهم``: a cause preposition with a pronoun suffix."""
    w = doc.w(k)
    return any(f != w and L.in_set(f, L.CAUSE_PREPS) for f in L.without_possessive(w))


def pre_category(doc: Document, k: int) -> str | None:
    """The category of an event word before a figure at token k, or ``None``."""
    w = doc.w(k)
    cat = L.lookup(w, L.PRE_TRIGGERS)
    if not cat and w.endswith(("ها", "هم", "هما")):
        # a masdar with its agent as a pronoun: وقتلها عشرات من عناصر النظام
        stem = L.without_possessive(w)[-1]
        cat = L.lookup(stem, L.PURPOSE_MASDARS) if stem != w else None
    if not cat:
        return None
    if L.in_set(w, L.LIFE_NOUNS) and not _life_taken(doc, k):
        return None  # حياة 10 ملايين: the life of, unless a verb takes it (أودى بحياة)
    if (w.startswith("و") or _disjoined(doc, k)) and k > 0 and _joint_chain(doc, k, cat) and (
            L.in_set(w, L.ACTIVE_INJURING) or not _subject_before_chain(doc, k)):
        # مقتل وإصابة / قتل وجرح / قتل وجرح وأسر: coordinated verbal nouns
        # share one object, so the figure is a joint one. (قتلوا وأصيب are
        # two clauses: a finite plural verb is no killing masdar; but an active
        # أصاب shares its object with any killing verb, its subject before
        # them: مسلح يقتل ويصيب 9 أشخاص.)
        return "killed_or_injured"
    if cat == "killed" and w.endswith(("قتلي", "ضحايا")) and not w.startswith(("ال", "وال")):
        return None  # قتلى/ضحايا before a figure only as "عدد القتلى", handled by _toll
    if L.in_set(w, frozenset({"قتلي", "القتلي", "ضحايا", "جرحي"})):
        return None
    return cat


def _life_taken(doc: Document, k: int) -> bool:
    """A verb that takes a life stands within six words before the life noun at k
    (its subject or a time phrase between: حصدت خلال الأيام الماضية أرواح)."""
    x = doc.prev_word(k)
    while x is not None and k - x <= 6 and doc.tokens[x].kind == "word":
        if L.in_set(doc.w(x), L.LIFE_VERBS):
            return True
        x = doc.prev_word(x)
    return False


def _joint_chain(doc: Document, k: int, cat: str) -> bool:
    """The و-joined trigger words ending at k hold a killing masdar and an injuring word."""
    cats, kill = {cat}, L.in_set(doc.w(k), L.KILL_MASDARS)
    active = L.in_set(doc.w(k), L.ACTIVE_INJURING)  # قتلوا وأصابوا: the active verb's object
    x = k - 1
    if _disjoined(doc, k):
        x = k - 2  # قتل أو جرح: أو between the two event words
    while x >= 0 and k - x <= 4:
        wx = doc.w(x)
        cx = L.lookup(wx, L.PRE_TRIGGERS)
        if not cx:
            break
        cats.add(cx)
        # only a transitive killing verb shares أصاب's object (صاروخ سقط وأصاب 4: no death)
        kill = kill or L.in_set(wx, L.KILL_MASDARS) or (
            active and cx == "killed" and L.in_set(wx, L.FINITE_VERBS) and not L.in_set(wx, L.FALL))
        if not wx.startswith("و"):
            break
        x -= 1
    return kill and "injured" in cats


def chained_categories(doc: Document, t: int, category: str) -> list[tuple[str, int]]:
    """The other event words joined by و before the trigger at t, with categories
    other than ``category`` and no joint one (``أسر وقتل عدد من الجنود``،
    ``قتلت وهجرت الآلاف``: one vague figure per category, decision rule 5), in
    text order."""
    out: list[tuple[str, int]] = []
    if t > 0 and doc.w(t).startswith("و") and _subject_before_chain(doc, t):
        return out  # أن متطرفا قتل واعتقل 16 شخصا: the first verb has its own subject
    x = t
    while x > 0 and (doc.w(x).startswith("و") or _disjoined(doc, x)) and t - x < 3:
        before = x - 2 if _disjoined(doc, x) else x - 1  # غرق أو فقدان: the word before أو
        cat = L.lookup(doc.w(before), L.PRE_TRIGGERS) if before >= 0 else None
        if not cat or doc.sent_of[before] != doc.sent_of[t]:
            break
        if cat != category and {cat, category} != {"killed", "injured"} and category != "killed_or_injured" \
                and all(c != cat for c, _ in out):
            out.append((cat, before))
        x = before
    return out[::-1]


def chain_start(doc: Document, t: int) -> int:
    """The first event word of the و/أو-joined chain ending at t (``بقتل أو خطف``:
    قتل), where a threat, an attempt or قد governing the chain stands before."""
    x = t
    while x > 0 and t - x < 4:
        if _disjoined(doc, x):
            x -= 2
        elif doc.w(x).startswith("و") and L.lookup(doc.w(x - 1), L.PRE_TRIGGERS) and \
                L.lookup(doc.w(x), L.PRE_TRIGGERS):
            x -= 1
        else:
            break
    return x


def _disjoined(doc: Document, k: int) -> bool:
    """The event word at k follows أو, itself after an event word (``قتل أو جرح``)."""
    return k >= 2 and doc.w(k - 1) in L.DISJUNCTIONS and L.lookup(doc.w(k - 2), L.PRE_TRIGGERS) is not None


def _subject_before_chain(doc: Document, k: int) -> bool:
    """A figure or an indefinite person noun right before the و-joined trigger
    words ending at k is the subject of the first verb (``إن متظاهرا قتل وأصيب
    آخران``), as is any indefinite accusative noun after أن / إن (``أن متطرفا
    قتل واعتقل 16``): two clauses, not one joint figure, nor a chain sharing
    the figure after the last verb."""
    x = k
    while x > 0 and doc.w(x).startswith("و") and L.lookup(doc.w(x - 1), L.PRE_TRIGGERS):
        x -= 1
    b = doc.prev_word(x)
    if b is None or doc.tokens[b].kind not in ("word", "number"):
        return False
    w = doc.w(b)
    if doc.is_number_token(b):
        return True
    singular = w[:-1] if w.endswith("ا") else w
    if w.startswith(("ال", "وال")) or L.in_set(w, L.NON_PERSON):
        return False
    if singular in DUAL_NOUNS:
        return True
    # أن متطرفا قتل: an indefinite accusative noun after أن / إن is their subject
    a = doc.prev_word(b)
    return a is not None and doc.w(a) == "ان" and w.endswith("ا") and doc.tokens[b].kind == "word"


def intended(doc: Document, t: int) -> bool:
    """The trigger at t is governed by an intention, threat or attempt
    (``توعد بقتل``، ``هدد التنظيم بقتل``، ``أحبطت محاولة لخطف``): no report."""
    x, seen = t - 1, 0
    while x >= 0 and seen < 3 and doc.sent_of[x] == doc.sent_of[t] and doc.tokens[x].kind == "word":
        if L.in_set(doc.w(x), L.INTENT) or (L.in_set(doc.w(x), L.AIMS) and _an_aim(doc, x, t)):
            return True
        x, seen = x - 1, seen + 1
    return False


def _an_aim(doc: Document, x: int, t: int) -> bool:
    """The noun هدف at x names the aim of the event word at t (``الهدف كان إصابة``،
    ``هدف الهجوم قتل 50``), not a target struck (``قصفت الطائرات الهدف وقتلت 12``:
    a و-verb opens a new clause)."""
    if doc.w(t).startswith(("و", "ف")) and L.in_set(doc.w(t), L.FINITE_VERBS | L.KILL_MASDARS):
        return False
    between = range(x + 1, t)
    return any(L.without_conjunction(doc.w(k)) in L.AIM_LINKS for k in between) or t - x == 1 or (
        t - x == 2 and L.definite(doc.w(x + 1)) and not doc.w(t).startswith("و"))


def postponed(doc: Document, t: int, first: int) -> bool:
    """``أجلت المحكمة محاكمة 23 متهما``: a form shared by أجلى (evacuate) and أجّل
    (postpone), with a thing postponed as its object (right after it or after
    its subject, or the figure's head: ``أجلت محكمة الجنايات محاكمة 23``), postpones; a postponed word elsewhere (``أجلت
    السلطات قبل موعد العاصفة 300 شخص``) does not.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("أجلت المحكمة محاكمة 23 متهما. أجلت السلطات 300 شخص")]  # synthetic
        [300]
    """
    if t >= first or not L.in_set(doc.w(t), L.POSTPONE):
        return False
    head = doc.prev_word(first)
    return any(L.in_set(doc.w(x), L.POSTPONED) for x in {t + 1, t + 2, head} if x is not None and t < x < first)


def left_a_place(doc: Document, t: int, first: int, last: int) -> bool:
    """A verb of leaving (خرج، غادر) is an evacuation only with the place left,
    after the figure phrase or before it (``خرج 12 ألف شخص من البلدة``، ``خرج من
    المدينة عشرات السكان``، ``غادروا المدينة``)."""
    if not L.in_set(doc.w(t), L.LEAVE):
        return True
    if any(doc.w(x) == "من" for x in range(t + 1, first)):
        return True
    nxt = doc.next_word(last)
    if nxt is None or doc.tokens[nxt].kind != "word":
        return False
    w = doc.w(nxt)
    return w in ("من", "منه", "منها", "منهما") or (w.startswith("ال") and doc.w(t).startswith(("غادر", "مغادر")))


def held_before_evacuation(doc: Document, draft: Draft) -> bool:
    """An evacuated figure whose counted noun names hostages (``أجلت الشرطة 9
    رهائن``): freed and evacuated, they were kidnapped too, one more figure on
    the same span (decision rules R4, H5)."""
    return draft.category == "evacuated" and draft.noun is not None and \
        L.lookup_noun(doc.w(draft.noun), L.COUNTED_NOUNS) == "kidnapped"
