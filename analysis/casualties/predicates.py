"""Predicates right after a counted noun: the word that says what befell the people counted.

* a singular verb with a plural subject before it (``1280 شخصا قتل``);
* an indefinite participle or adjective naming the category (``سبعة أشخاص آخرين
  مصابين``، ``ثلاثة عسكريين مخطوفين``، ``خمسة أشخاص قتلى``), definite after a definite
  figure (``الشرطيان المصابان``);
* a prison (``خمس نساء في السجون``);
* past one or two nisba adjectives of the noun (``5000 مدني أفغاني قتل``) and a
  continuity auxiliary (لا يزال، ما زال، ظل: every person and number), the
  participle of a status (``أربعة أشخاص لا يزالون مفقودين``).

Split from :mod:`.triggers_after` (which asks :func:`right_after` first).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("عثر على ثلاثة عسكريين مخطوفين")]  # synthetic
    [('kidnapped', 3)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import FUNCTION_WORDS, Document
from analysis.casualties.hedges import hedge_before
from analysis.casualties.numeral_phrases import DEFINITE_WORDS
from analysis.casualties.words import default_words

_GRAMMAR = default_words()
#: لا يزال، ما زال، ظل، بقي … and the negators before يزال/زال (grammar.yml).
CONTINUITY_AUXILIARIES = _GRAMMAR.forms("grammar", "continuity_auxiliaries")
CONTINUITY_NEGATORS = _GRAMMAR.forms("grammar", "continuity_negators")


def right_after(doc: Document, k: int):
    """Right after the counted noun at k (past آخرين and قد): a singular verb
    with a plural subject before it (``1280 شخصا قتل``), or an indefinite
    participle or adjective naming the category (``سبعة أشخاص آخرين مصابين``،
    ``ثلاثة عسكريين مخطوفين``، ``خمسة أشخاص قتلى``; definite after a definite
    figure: ``الشرطيان المصابان``، ``المجندين الـ16 المصابين``), or in a prison
    (``خمس نساء في السجون``)."""
    x = k + 1
    toks = doc.tokens
    # a definite figure takes a definite adjective (المجندين الـ16 المصابين، الشرطيان المصابان)
    definite = doc.w(k).startswith(("ال", "وال"))
    if not definite:
        x = past_nisba_adjectives(doc, x, doc.sent_of[k])  # 5000 مدني أفغاني قتل
    if x < len(toks) and toks[x].norm in _OTHERS:
        x += 1
    if x >= len(toks) or toks[x].kind != "word" or doc.sent_of[x] != doc.sent_of[k]:
        return None
    if toks[x].norm == "قد":
        x += 1
    # a partitive من-phrase of the noun before كان (سبعة أفراد من المقاومة الشعبية كانوا محتجزين)
    x = _past_partitive_before_copula(doc, x, doc.sent_of[k])
    still = continuity_auxiliary(doc, x) or _copula(doc, x)
    if still:
        x += still  # أربعة أشخاص لا يزالون مفقودين: the status participle after the auxiliary
        if x >= len(toks) or toks[x].kind != "word" or doc.sent_of[x] != doc.sent_of[k]:
            return None
    v = doc.w(x)
    if v != "في" and not L.in_set(v, L.POST_SINGULAR_FORMS) and not (
            L.in_set(v, L.COUNTED_FORMS) or (v.endswith("ا") and L.in_set(v[:-1], L.COUNTED_FORMS))
            or (definite and v.endswith("ان"))):
        return None  # the quick test: most words after a noun are none of these
    # the word after decides first (cheap); then the noun must name people
    found = None
    cat = L.lookup(v, L.POST_SINGULAR)
    if cat and not v.startswith(("ال", "وال")):
        if still:
            return None  # لا يزال قتل: no participle of a status
        found = ("killed_or_injured" if cat == "killed" and joined_injured(doc, x, singular=True) else cat), x
    elif not v.startswith("و") and (not v.startswith("ال") or definite) \
            and (cat := L.lookup_noun(v, L.COUNTED_NOUNS) or (definite and _dual_adjective(v))) \
            and not joint_next(doc, x):
        found = cat, x
    elif v == "في" and not still and L.in_set(doc.w(x + 1), L.PRISONS):
        found = "detained", x + 1  # خمس نساء في السجون: prisoners (decision rule 9)
    if found is None or doc.object_follows(x):
        return None
    if still and found[0] in _HELD and (held := L.lookup_noun(doc.w(x + 1), L.COUNTED_NOUNS)) in _HELD:
        found = held, x + 1  # كانوا محتجزين رهائن: the captives' own word after the participle decides (O8)
    w = doc.w(k)
    if not (L.lookup(w, L.GROUPS) or L.lookup_noun(w, L.COUNTED_NOUNS) or L.in_set(w, L.PERSONS)
            or (definite and _read_person(doc, k)) or _dual_figure(doc, k) or nisba_plural(w)):
        return None
    if (cat := L.lookup_noun(w, L.COUNTED_NOUNS)) in _HELD and found[0] in _HELD:
        return None  # أربع رهائن محتجزون: the captives' own word decides (decision rule 9)
    return found


#: The categories of people held: a participle of holding after a noun of either
#: keeps the noun's (رهائن محتجزين: kidnapped; أسرى مخطوفين: detained).
_HELD = ("detained", "kidnapped")


def _dual_figure(doc: Document, k: int) -> bool:
    """Token k is a dual read as a figure of two (``سعوديان معتقلان``)."""
    num = doc.numeral_at.get(k)
    return num is not None and num.kind == "dual"


def nisba_plural(w: str) -> bool:
    """A nisba noun of persons in the sound masculine plural (``السوريين``، ``حوثيون``):
    ``-يين/-يون`` after a stem of four letters or more (nisba plurals of things are ``-يات``).

    Example:
        >>> nisba_plural("السوريين"), nisba_plural("وحوثيون"), nisba_plural("سنين")
        (True, True, False)
    """
    bare = L.variants(w)[-1]
    return bare.endswith(("يين", "يون")) and len(bare) >= 6


def _dual_adjective(v: str) -> str | None:
    """The category of a definite dual participle (المصابان، المعتقلتان)."""
    if not v.endswith("ان") or len(v) < 6:
        return None
    stem = v[:-2]
    return L.lookup_noun(stem, L.COUNTED_NOUNS) or (
        L.lookup_noun(stem[:-1] + "ه", L.COUNTED_NOUNS) if stem.endswith("ت") else None)


def _read_person(doc: Document, k: int) -> bool:
    """Token k ends a figure read from a person noun: a dual (الشرطيان، سعوديان) or a
    definite count after its noun (المجندين الـ16)."""
    num = doc.numeral_at.get(k)
    return (num is not None and num.kind == "dual") or doc.w(k)[2:3].isdigit() or doc.w(k) in DEFINITE_WORDS


#: "other(s)" after the counted noun (سبعة أشخاص آخرين مصابين).
_OTHERS = L.OTHERS


def joint_next(doc: Document, x: int) -> bool:
    """The word after x is joined by و (قتلى وجرحى): left to the joint-figure rule."""
    return doc.w(x + 1).startswith("و") and L.lookup_noun(doc.w(x + 1)[1:], L.COUNTED_NOUNS) is not None


def past_nisba_adjectives(doc: Document, x: int, sent: int) -> int:
    """The token after at most :data:`NISBA_WORDS` indefinite nisba adjectives starting at x
    (``مدني أفغاني``، ``جنديا عراقيا``، ``جنود أمريكيين``), x itself when there are none.

    A nisba adjective ends in ي/يا (singular, after a specifier of 11 and up), its feminine,
    feminine plural or dual ending, or يين/يون (:func:`nisba_plural`); it is no event word or
    status participle itself.
    """
    toks = doc.tokens
    for _ in range(NISBA_WORDS):
        if x >= len(toks) or toks[x].kind != "word" or doc.sent_of[x] != sent:
            break
        w = toks[x].norm
        if w.startswith(("ال", "و")) or len(w) < 4 or L.in_set(w, L.COUNTED_FORMS) \
                or L.in_set(w, L.POST_SINGULAR_FORMS) or L.in_set(w, L.POST_VERBS):
            break
        if w in _RATES or not (w.endswith(_NISBA_ENDINGS) or nisba_plural(w)):
            break
        x += 1
    return x


#: يوميا، سنويا …: adverbs of rate in -يا are no nisba adjectives (review F3).
_RATES = _GRAMMAR.forms("grammar", "rates_and_multiples")
#: Endings of a nisba adjective: masculine -ي/-يا, feminine -ية (normalized -يه), -يات, dual -يتين/-يتان.
_NISBA_ENDINGS = ("ي", "يا", "يه", "يات", "يتين", "يتان")
#: Most nisba adjectives skipped between a counted noun and its predicate.
NISBA_WORDS = 2


def _copula(doc: Document, x: int) -> int:
    """1 when a past copula (كان: every person, number and gender; grammar.yml ``copula_verbs``)
    is at x: its khabar after it is the status of the people counted (``17 مقاتلا كانوا
    مسجونين``، ``25 امرأة كن معتقلات``), as after a continuity auxiliary; else 0."""
    return int(x < len(doc.tokens) and doc.tokens[x].kind == "word" and doc.tokens[x].norm in COPULA_VERBS)


def _past_partitive_before_copula(doc: Document, x: int, sent: int) -> int:
    """Past ``من`` + at most :data:`PARTITIVE_WORDS` words (no punctuation), or one conjoined
    noun (``وطفلا``), when a past copula follows them (``سبعة أفراد من المقاومة الشعبية كانوا
    محتجزين``، ``25 امرأة وطفلا كانوا معتقلين``); x itself otherwise."""
    toks = doc.tokens
    if x >= len(toks) or toks[x].kind != "word":
        return x
    if toks[x].norm.startswith("و") and len(toks[x].norm) > 2 and _copula(doc, x + 1):
        return x + 1  # a conjoined noun of the counted people (25 امرأة وطفلا كانوا معتقلين)
    if toks[x].norm != "من":
        return x
    for y in range(x + 2, x + 2 + PARTITIVE_WORDS):
        if y >= len(toks) or toks[y - 1].kind != "word" or doc.sent_of[y] != sent or toks[y].kind != "word":
            return x
        if _copula(doc, y):
            return y
    return x


#: كان and its persons (grammar.yml ``copula_verbs``).
COPULA_VERBS = frozenset(_GRAMMAR.forms("grammar", "copula_verbs"))
#: Most words of a من-phrase between a counted noun and a copula.
PARTITIVE_WORDS = 3


def continuity_auxiliary(doc: Document, x: int) -> int:
    """How many tokens of a continuity auxiliary start at x (``لا يزالون`` 2, ``مازالوا`` 1), else 0.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.category, c.value) for c in extract_claims("إن أربعة أشخاص لا يزالون مفقودين")]  # synthetic
        [('missing', 4)]
    """
    toks = doc.tokens
    if x >= len(toks) or toks[x].kind != "word":
        return 0
    if L.in_set(toks[x].norm, CONTINUITY_AUXILIARIES):
        return 1
    if (toks[x].norm in CONTINUITY_NEGATORS and x + 1 < len(toks) and toks[x + 1].kind == "word"
            and toks[x + 1].norm in CONTINUITY_AUXILIARIES):
        return 2
    return 0


def joined_injured(doc: Document, x: int, *, singular: bool = False, other: str = "injured") -> bool:
    """The verb at x is joined by و to an injuring verb of the same subject (``قتلوا وجرحوا``).

    After a singular verb (``1280 شخصا قتل وأصيب``) the injuring verb is singular too; after
    a plural one a singular verb opens a clause with a subject of its own (``قتلوا وأصيب نحو
    مئة آخرين``), so only a plural one joins it. No figure (or hedge) may follow either.
    """
    w = doc.w(x + 1)
    if not singular and w == "او":
        verb, v = doc.w(x + 2), x + 2  # قتلوا أو أصيبوا، أصيبوا أو قتلوا: a disjunction is the same joint figure
    elif w.startswith("و"):
        verb, v = w[1:], x + 1
    else:
        return False
    table = L.POST_SINGULAR if singular else L.POST_TRIGGERS
    if not L.in_set(verb, table.get(other, frozenset())) or doc.object_follows(v):
        return False
    y = v + 1
    # a figure right after, or its hedge (وأصيب نحو مئة آخرين): the verb's own subject
    if any(z in doc.numeral_at and hedge_before(doc, z)[0] == y for z in range(y, y + 6)):
        return False
    if not singular or y >= len(doc.tokens) or doc.tokens[y].kind != "word":
        return True
    # after a singular verb only a phrase may follow (بجروح، في الهجوم): a noun is its own
    # subject (قتل وأصيب آخرون، وأصيب طفل، وأصيب مثلهم: review F2)
    w = doc.w(y)
    return w in FUNCTION_WORDS or w.startswith(("ب", "ل")) and not L.in_set(w, L.OTHERS)


__all__ = ["right_after", "past_nisba_adjectives", "continuity_auxiliary", "joined_injured", "nisba_plural", "joint_next"]
