"""Coordination: a figure joined by و (or إضافة إلى) to the figure accepted just before it.

A coordinated figure takes the category, the martyr flag and the parent of
the figure it is joined to (``لقي 22 …، و6 مواطنين مصرعهم``، ``إضافة إلى
ثلاثة``), read by :func:`.categories.draft_figure` (step 5). The rest of the
previous figure's noun phrase may stand between (``9 من مسلحي الحوثيين و6``),
and so may the hedge closing it (``قتل 39 متمردا على الأقل و17``) and the rest of
its clause: its own event word or verb, a cause, place or time phrase, a relative
clause (``ستة شرطيين سقطوا عند الحاجز وثلاثة من المارة``، ``15 شخصا حتفهم في
القاهرة و4 في مرسى مطروح``). A number, a clause conjunction, a complementizer or
another event word between them ends the walk: the و-figure belongs to another clause.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.text, c.category) for c in extract_claims("قتل 5 جنود و3 مدنيين")]  # synthetic
    [('5 جنود', 'killed'), ('3 مدنيين', 'killed')]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import CLAUSE_CONJ, FUNCTION_WORDS, Document
from analysis.casualties.figures import counted_noun, is_subset_marker
from analysis.casualties.predicates import continuity_auxiliary, nisba_plural, past_nisba_adjectives
from analysis.casualties.words import default_words
from analysis.casualties.numerals import Numeral
from analysis.casualties.number_clitics import possessed_person


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
    if doc.w(i) in _STOPS or (doc.w(i).startswith("و") and doc.w(i)[1:] in _STOPS):
        return None  # وهناك واحد مفقود: an existential clause of its own
    prev_end = prev.last
    for words, _ in L.HEDGES_AFTER:
        # "قتل 39 متمردا على الأقل و17 مقاتلا": the hedge closes the first figure
        if tuple(doc.w(x) for x in range(prev_end, prev_end + len(words))) == words:
            prev_end += len(words)
            break
    k = i - 1
    gap = 0
    np_words = 0
    clause = False  # a word of the previous figure's clause (not only of its noun phrase) between
    while k >= prev_end and gap < PHRASE_WORDS + 2:
        w = doc.w(k)
        tok = doc.tokens[k]
        if tok.kind in ("punct", "quote") and (tok.text in ("،", ",", "«", "»", '"')
                                               or tok.text in ("(", ")") and not _own_bracket(doc, k, i)):
            # a comma, quote marks or a bracketed gloss (قتل 11 من تنظيم الدولة (داعش) و11 مدنيا)
            pass
        elif w in ("و", "اضافه", "بالاضافه", "الي", "علاوه", "عن") or w == "واضافه":
            joined = True
        elif (joined and tok.kind == "word" and np_words < PHRASE_WORDS and k not in doc.numeral_at
              and not doc.is_number_token(k) and _rest_of_the_first(doc, k, prev)):
            # the rest of the previous figure's noun phrase and clause
            # (9 من مسلحي الحوثيين و6 …، 15 شخصا حتفهم في القاهرة و4 …)
            # past the clause, or past a nearer و-conjunct with a word of its own after it (وتدمير
            # موقعين وتسعة مخابئ; not الحوثي وصالح و13), the figure is the first's conjunct only if
            # it names people
            clause = clause or not _in_the_noun_phrase(doc, k) or (w.startswith("و") and len(w) > 3 and np_words > 0)
            np_words += 1
        else:
            return None
        k -= 1
        gap += 1
    if k >= prev_end:
        return None
    if joined and _own_predicate(doc, num):
        return None  # و3 آخرون نجوا، و20 آخرون محاصرون: a clause of its own (review F6/F7)
    if clause and not _names_people(doc, num):
        return None  # a thing may be the conjunct of a nearer noun (وتدمير موقعين وتسعة مخابئ)
    return len(doc.drafts) - 1 if joined else None


def _own_predicate(doc: Document, num: Numeral) -> bool:
    """A word after the و-figure phrase (its counted noun, آخرون and nisba adjectives) that is no
    phrase, punctuation or next conjunct: the predicate of a clause of its own (و3 آخرون نجوا)."""
    if num.kind in ("one", "dual", "definite"):
        return False  # وأحد المجندين، ومواطنتين مقدسيتين: the noun is the figure's own
    noun, via_min = counted_noun(doc, num)
    if via_min or (noun is not None and doc.w(noun).startswith(("ال", "وال"))):
        return False  # و58 من قوات حفظ السلام، وأحد المجندين ضمن …: a partitive or genitive phrase
    if noun is not None and _plural_verb(doc.w(noun)):
        return True  # و4 نجوا، و3 تمكنوا من الفرار: a bare number and its verb
    x = (noun if noun is not None else num.last_token - 1) + 1
    if x < len(doc.tokens) and doc.tokens[x].kind == "word" and L.in_set(doc.w(x), L.OTHERS):
        x += 1
    x = past_nisba_adjectives(doc, x, doc.sent_of[num.first_token])
    if x >= len(doc.tokens) or doc.tokens[x].kind != "word" or doc.sent_of[x] != doc.sent_of[num.first_token]:
        return False
    w = doc.w(x)
    if L.in_set(w, L.CASE_NOUNS) or (w == "في" and L.in_set(doc.w(x + 1), L.CASE_NOUNS)):
        return True  # و3 آخرون بحالة خطرة، في حالة حرجة: a state of its own (review F7)
    if w in FUNCTION_WORDS or w.startswith(("و", "ب", "ل", "ال")) or x in doc.numeral_at or is_subset_marker(doc, x):
        return False
    return _plural_verb(w) or continuity_auxiliary(doc, x) > 0 or not (
        L.lookup_noun(w, L.COUNTED_NOUNS) or L.lookup(w, L.GROUPS))


def _plural_verb(w: str) -> bool:
    """A plural verb form: past -وا (نجوا) or imperfect ي/ت…ون (يعانون)."""
    return len(w) > 3 and (w.endswith("وا") or (w.startswith(("ي", "ت")) and w.endswith("ون")))


def _own_bracket(doc: Document, k: int, i: int) -> bool:
    """The bracket at k opens the figure's own brackets (و( 8 ) رشاشات): only و between."""
    return doc.tokens[k].text == "(" and all(doc.tokens[x].kind != "word" or doc.w(x) == "و" for x in range(k + 1, i))


def _in_the_noun_phrase(doc: Document, k: int) -> bool:
    """Word k may belong to the previous figure's noun phrase (9 من مسلحي الحوثيين و6)."""
    w = doc.w(k)
    return ((w not in FUNCTION_WORDS or w in ("من", "في", "منهم", "مع")) and not L.lookup(w, L.PRE_TRIGGERS)
            and not L.in_set(w, L.POST_VERBS) and not L.lookup(w, L.CAUSES))


def _names_people(doc: Document, num: Numeral) -> bool:
    """The figure is bare (و4 في مرسى مطروح), a part of a definite group (وثلاثة من المارة) or
    its counted noun names people (و٥ نساء)."""
    noun, via_min = counted_noun(doc, num)
    if noun is None:
        return True
    w = doc.w(noun)
    return bool((via_min and w.startswith("ال")) or L.lookup(w, L.GROUPS) or L.lookup_noun(w, L.COUNTED_NOUNS)
                or L.in_set(w, L.PERSONS) or L.in_set(w, L.OTHERS) or nisba_plural(w))


def _rest_of_the_first(doc: Document, k: int, prev) -> bool:
    """Word k may belong to the phrase or clause of the previous figure: no clause conjunction or
    word opening another clause (with or without و), no event word other than the previous
    figure's own."""
    w = doc.w(k)
    bare = w[1:] if w.startswith("و") and len(w) > 2 else w
    if w in CLAUSE_CONJ or bare in CLAUSE_CONJ or bare in _STOPS:
        return False
    if k == prev.trigger:
        return True  # لقي 15 شخصا حتفهم في القاهرة و4 …
    if prev.subset and prev.trigger is None and w.startswith("ب") and L.lookup(w, L.PRE_TRIGGERS):
        return True  # 17 منهم بسقوط مروحية، وستة آخرون: the part's own cause phrase (ب + masdar)
    if w != "منهم" and is_subset_marker(doc, k):
        return False  # 9 أشخاص بينهم رئيس البلدية وخمسة أطفال: a conjunct of the subset list (parts.listed_part)
    return not L.lookup(w, L.PRE_TRIGGERS) or L.in_set(w, L.POST_VERBS)


def own_people(doc: Document, i: int) -> bool:
    """The figure at i is ``وN من`` + a noun of a person's own people with a pronoun suffix (``و20
    من مرافقيه``، ``وثلاثة من حراسه``، ``و15 من أصدقائه``): a conjunct of the named person before
    it, object of the same event word (:func:`.triggers.shared_trigger` reaches past the name).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("قتل القيادي أبو سالم وستة من مرافقيه")]  # synthetic
        [('killed', 6)]
    """
    num = doc.numeral_at.get(i)
    if num is None or not num.prefix.startswith("و"):
        return False
    noun, via_min = counted_noun(doc, num)
    if noun is None or not via_min:
        return False
    w = doc.w(noun)
    if not w.endswith(("ه", "ها", "هم")):
        return False
    return any(f != w and f in _OWN_PEOPLE for f in L.without_possessive(w)) or possessed_person(w)


#: مرافقي، حراس، أقارب …: a person's own people (grammar.yml own_people).
_OWN_PEOPLE = default_words().forms("grammar", "own_people")
#: Most words of the previous figure's phrase and clause between it and the و-figure.
PHRASE_WORDS = 10
#: بعد، منذ، هناك، أن …: another clause or event opens (grammar.yml coordination_stops).
_STOPS = default_words().forms("grammar", "coordination_stops")


__all__ = ["coordinated_with", "own_people", "PHRASE_WORDS"]
