"""Duals read as the figure 2: ``طفلان``، ``جنديين``، ``مدنيَّين``، ``قتل مزارعان``.

**The rule for duals.** A word (after any proclitic) ``stem + ending`` whose
``stem`` is a person noun of ``victims.yml`` ``dual_nouns`` (feminine ``-ة``
nouns take ``-تان/-تين``) is the dual, and so the figure 2, when:

1. it ends in the nominative ``-ان`` (the sound plural is ``-ون``, so ``-ان``
   is only ever the dual): ``قتل مزارعان``، ``وأصيب آخران``;
2. or a diacritic proves it: fatha before ``-ين`` / construct ``-ي``
   (``مدنيَّين``، ``لغمَين``); a kasra there (``مدنيِّين``) proves the plural;
3. or it ends in an undiacritized ``-ين`` and the noun has no sound plural in
   ``-ين`` (``طفلين``، ``جنديين``: the plurals are أطفال، جنود);
4. for a noun whose plural is also ``-ين`` (``sound_plural``: ``مدنيين``،
   ``مصابين``، ``لاجئين``), an undiacritized ``-ين`` is **plural unless
   something proves it dual**: a dual numeral after it (``مدنيين اثنين``,
   also after up to two adjectives agreeing in ``-ين``: ``عسكريين تركيين اثنين``), a
   dual pronoun agreeing with it in the next words (``مصابين نقلا إلى
   المستشفى لعلاجهما``، ``كلاهما``) or a dual verb after it (``مدنيين قتلا``،
   ``مهاجمين آخرين قتلا``). An adjective agreeing with a dual (``آخرين`` there)
   is part of it, not a second figure.
   Without that evidence ``نقل مصابين إلى المستشفى`` and ``نزوح مواطنين``
   give no figure;
5. a number right before the word governs it (``5 مدنيين``): never a dual;
6. definite forms in ``-ين`` (``ذوو القتيلين``) point back to a figure already
   given and are not read, unless a diacritic proves the dual (``قتلت الشرطة
   المسلحَين``); a definite nominative ``-ان`` is only ever the dual and is
   read (``أصيب الشرطيان``: decision rule 2, the definite count of a reported
   event), and so is a definite ``-ين`` of a noun with no sound plural (so
   never ``المدنيين``) that rule 4's evidence proves dual, the
   subject of a dual verb or the antecedent of a dual pronoun (``أن الضابطين
   قتلا``: M5, a resumed count is coded again); it still needs a category like
   any figure. A definite ``-ين`` of a noun with a sound plural is read when a
   dual relative agrees with it (``المتهمين اللذين``; a verb in -ا may be a masdar:
   ``أن المسلحين قتلا``), and one
   with no sound plural also when an event word governs it (``مقتل الجنديين``):
   :func:`analysis.casualties.numeral_phrases.dual_at` weighs the context;
7. the construct dual in ``-ي`` of a noun with no sound plural, before its
   genitive (``ضابطي الشرطة``، ``حالتي وفاة``), is read on the same evidence or
   after an event word; the feminine ``-تان/-تين`` of a listed masculine noun
   is always a dual (its plural is ``-ات``: ``مواطنتين``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from analysis.casualties import lexicon as L
from analysis.casualties.words import default_words
from analysis.text.clitics import DETERMINER, PROCLITIC_SEQUENCES
from analysis.text.tokenize import Token
from analysis.text.wordcache import word_cached

#: Proclitics a number word or dual may carry: a conjunction and/or ب ل (from the
#: package's one clitic grammar, :mod:`analysis.text.clitics`), longest first.
#: كـ and the article are left out (``كخمسة`` is "as five").
PROCLITICS = tuple(written for written, morphs in PROCLITIC_SEQUENCES
                   if DETERMINER not in morphs and "ك" not in morphs)
MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")
_FATHA, _KASRA = "\u064E", "\u0650"
#: Words that prove a preceding -ين noun dual: a dual numeral or pronoun.
_DUAL_NUMERALS = default_words().forms("grammar", "dual_numerals")
_DUAL_PRONOUNS = default_words().forms("grammar", "dual_pronouns")


@dataclass(frozen=True, slots=True)
class DualNoun:
    """A noun whose dual is read as the number 2.

    Attributes:
        singular: Normalized singular (``مدني``, ``طفل``, ``امراه``).
        sound_plural: Whether its plural is also written ``-ين`` (``مدنيين``,
            ``مسلحين``); then an undiacritized ``-ين`` form is plural unless proved dual.
    """

    singular: str
    sound_plural: bool


def _dual_nouns() -> dict[str, DualNoun]:
    """``dual_nouns``, and every singular of a victim group listed with its sound
    plural in ``-ين`` (``مجند``/``مجندين``): a ``sound_plural`` noun, so its ``-ين``
    needs rule 4's evidence (``مجندين اثنين``) and its ``-ان`` is the dual."""
    words = default_words()
    sound = words.forms("victims", "sound_plural")
    nouns = {f[0]: DualNoun(f[0], f[0] in sound) for f in words.phrases("victims", "dual_nouns")}
    for forms in words.table("victims", "groups").values():
        for f in sorted(forms):
            if f + "ين" in forms and f not in nouns:
                nouns[f] = DualNoun(f, True)
    return nouns


#: Nouns read as 2 in the dual (``victims.yml``: ``dual_nouns``, ``sound_plural``).
DUAL_NOUNS: dict[str, DualNoun] = _dual_nouns()


def _dual_forms(nouns: Mapping[str, DualNoun]) -> frozenset[str]:
    """Every normalized word :func:`read_dual` can read with ``nouns`` (a superset).

    Prefix, optional article, stem (a feminine ``-ه`` noun's also with ``-ت``) and dual ending.
    """
    stems = [*nouns, *(s[:-1] + "ت" if s.endswith("ه") else s + "ت" for s in nouns)]
    return frozenset(p + d + s + e for p in (*PROCLITICS, "") for d in ("", DETERMINER)
                     for s in stems for e in ("ان", "ين", "ي"))


#: The normalized words that may be duals of :data:`DUAL_NOUNS`: a cheap test before :func:`read_dual`.
DUAL_FORMS: frozenset[str] = _dual_forms(DUAL_NOUNS)
#: The dual of كان and its sisters: a verb after them is their predicate (كانا يؤديان).
_DUAL_AUXILIARIES = default_words().forms("grammar", "dual_auxiliaries")
#: The endings of a nisba noun's dual: its ي + ``-ان`` / ``-ين`` (``حوثيان``، ``أفغانيين``).
NISBA_DUAL_ENDINGS = ("يان", "يين")


def nisba_noun(stem: str) -> DualNoun | None:
    """A nisba noun of persons not listed in ``dual_nouns`` (``حوثي``، ``سعودي``، ``أوكراني``).

    A stem of four letters or more ending in ي. Its plural is ``-يون/-يين``, so it
    is a ``sound_plural`` noun: ``-يان`` (nominative) is the dual, ``-يين`` only
    with rule 4's evidence.

    Example:
        >>> nisba_noun("حوثي"), nisba_noun("قوي")
        (DualNoun(singular='حوثي', sound_plural=True), None)
    """
    if len(stem) < 4 or not stem.endswith("ي") or L.definite(stem):
        return None  # بالبيان، للعيان: a proclitic and the article left on the stem
    return DualNoun(stem, True)




def nisba_dual_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i may be the dual of a nisba noun (:func:`nisba_noun`): it ends in
    ``-يان/-يين`` and follows no ``-ان/-ين`` word it would agree with as an adjective
    (``تفجيران انتحاريان``، ``مواطنين أفغانيين``). A word in ``-يان`` is also a
    name (كريستيان), a thing (مبنيان، استبيان) or a verb (يؤديان), so it is read
    only in the victim's place: right after an event word or a subset or
    copula pronoun (``قتل حوثيان``، ``بينهم سعوديان``), or right before a
    verb or a status participle of the victims (``حوثيان قتلا``، ``سعوديان
    معتقلان``); ``-يين`` needs rule 4's evidence anyway.

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> nisba_dual_at(tokenize("قتل حوثيان"), 1), nisba_dual_at(tokenize("هجومان إرهابيان"), 1)
        (True, False)
        >>> nisba_dual_at(tokenize("قال كريستيان إن"), 1)
        False
    """
    w = tokens[i].norm
    if len(w) < 6 or not w.endswith(NISBA_DUAL_ENDINGS):
        return False
    before = tokens[i - 1] if i > 0 else None
    b = before.norm if before is not None and before.kind == "word" else ""
    # كانا يؤديان، وهما يجريان: after a dual verb or pronoun, -يان is the imperfect verb
    if (len(b) > 3 and b.endswith(("ان", "ين"))) or b.endswith("هما") or b in _DUAL_AUXILIARIES:
        return False
    if w.endswith("يين"):
        # rule 6: a definite -ين of a sound plural is never read (السوريين)
        return not L.definite(w)
    if b and _opens_the_victims_place(b):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and after.kind == "word" and _closes_the_victims_place(after.norm)


@word_cached
def _opens_the_victims_place(b: str) -> bool:
    """An event word or a subset or copula pronoun: the victims may follow it."""
    return bool(L.lookup(b, L.PRE_TRIGGERS) or b in L.SUBSET_MARKERS or b in ("هم", "وهم", "منهم"))


@word_cached
def _closes_the_victims_place(a: str) -> bool:
    """A verb of the victims or a status participle: the victims may stand before it."""
    return L.in_set(a, L.POST_VERBS) or L.lookup_noun(a, L.COUNTED_NOUNS) is not None


def read_dual(
    surface: str,
    *,
    dual_nouns: Mapping[str, DualNoun] | None = None,
    governed: bool = False,
    evidence: bool = False,
) -> tuple[str, str, bool] | None:
    """Read one word as the dual of a known noun (see the module's rule).

    Args:
        surface: The word as written, diacritics included.
        dual_nouns: Known nouns (default :data:`DUAL_NOUNS`).
        governed: A number stands right before the word (rule 5).
        evidence: The context proves a dual (rule 4: numeral, pronoun, verb).

    Returns:
        ``(prefix, singular, marked)`` or ``None`` when the word is not such a dual.
        ``marked`` is False only for a reading that rests on rule 4's evidence.

    Example:
        >>> read_dual("ومدنيَّين")
        ('و', 'مدني', True)
        >>> read_dual("مدنيين") is None, read_dual("مدنيين", evidence=True)
        (True, ('', 'مدني', False))
        >>> read_dual("مدنيِّين") is None, read_dual("طفلين"), read_dual("المسلحَين")
        (True, ('', 'طفل', True), ('ال', 'مسلح', True))
    """
    from analysis.text.normalize import normalize

    if dual_nouns is None:
        dual_nouns = DUAL_NOUNS
    norm = normalize(surface)
    listed = _read_with(surface, norm, (*PROCLITICS, ""), dual_nouns, governed, evidence, nisba=False)
    if listed is not None or dual_nouns is not DUAL_NOUNS:
        return listed
    # any nisba noun of persons (قتل حوثيان): its own first letter may look like a
    # proclitic (فلسطينيان، بريطانيين، لبنانيين، كنديين), so the whole word is read
    # first, after و, which before a nisba is the conjunction (وسوريين، ولبنانيين)
    order = ("و", *PROCLITICS, "") if norm.startswith("و") else ("", *PROCLITICS)
    return _read_with(surface, norm, order, dual_nouns, governed, evidence, nisba=True)


def _read_with(surface: str, norm: str, prefixes: Sequence[str], dual_nouns: Mapping[str, DualNoun],
               governed: bool, evidence: bool, *, nisba: bool) -> tuple[str, str, bool] | None:
    """:func:`read_dual` after each of ``prefixes`` in turn, with the listed nouns
    or (``nisba``) with :func:`nisba_noun` only."""
    for prefix in prefixes:
        if not norm.startswith(prefix):
            continue
        word = norm[len(prefix):]
        definite = word.startswith(DETERMINER)
        if definite:
            word = word[len(DETERMINER):]
        for ending in ("ان", "ين", "ي"):
            if not word.endswith(ending) or len(word) <= len(ending) + 1:
                continue
            stem = word[: -len(ending)]
            if nisba:
                noun = nisba_noun(stem) if ending != "ي" else None
            else:
                noun = dual_nouns.get(stem)
                if noun is None and stem.endswith("ت"):
                    noun = dual_nouns.get(stem[:-1] + "ه") or _feminine_of(dual_nouns.get(stem[:-1]))
            if noun is None:
                continue
            if governed:
                return None  # rule 5: اثنان آخران، 5 مدنيين
            mark = _mark_before_ending(surface, len(ending))
            if definite:
                # rule 6: only a written fatha makes a definite form a new figure
                if ending == "ان" or mark == _FATHA:
                    return prefix + DETERMINER, noun.singular, True
                if ending == "ين" and evidence:
                    # الضابطين قتلا، المتهمين اللذين، ضابطي الشرطة اللذين: dual_at weighs the evidence
                    return prefix + DETERMINER, noun.singular, False
                return None
            if ending == "ان":
                return prefix, noun.singular, True
            if mark == _FATHA:
                return prefix, noun.singular, True
            if mark == _KASRA:
                return None
            if ending == "ي":
                # An undiacritized -ي is far more often the nisba adjective (مدني)
                # or a plural's construct (مسلحي) than a construct dual: only a noun
                # with no sound plural, on the context's evidence (dual_at)
                return (prefix, noun.singular, False) if evidence and not noun.sound_plural and not nisba else None
            if not noun.sound_plural:
                return prefix, noun.singular, True
            return (prefix, noun.singular, False) if evidence else None
    return None


def _feminine_of(noun: DualNoun | None) -> DualNoun | None:
    """The feminine (-ة) of a listed masculine noun: its plural is -ات, so its -تين is only a dual."""
    return None if noun is None else DualNoun(noun.singular, False)


def dual_evidence(tokens: Sequence[Token], i: int) -> int:
    """How far rule 4's evidence for a dual at token ``i`` reaches, or 0.

    Returns the index after the last token of the dual phrase when a dual
    numeral follows (``مدنيين اثنين``: the numeral is part of the figure),
    ``i + 1`` when a dual pronoun or verb agrees within the next four words
    of the clause, or when further on in the sentence an event word with the
    dual pronoun or "one of the two" refers back to it (``قتل شرطيين قرب
    الحدود … عن قتلهما``، ``اعتدوا على مصابين سوريين، فقتل أحدهما``: decision
    rule H9, the evidence is sought in the sentence), else 0.

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> toks = tokenize("نقل مصابين إلى المستشفى لعلاجهما")  # synthetic
        >>> dual_evidence(toks, 1), dual_evidence(tokenize("نقل مصابين إلى المستشفى"), 1)
        (2, 0)
    """
    reach = _near_evidence(tokens, i)
    return reach or (i + 1 if _dual_later(tokens, i) else 0)


#: "One of the two" and "both": a later word of the sentence that refers back to a dual.
_ONE_OF_TWO = default_words().forms("grammar", "one_of_two")
#: How far in the sentence such a word may stand.
LATER_REACH = 20


def _dual_later(tokens: Sequence[Token], i: int) -> bool:
    """An event word with the dual pronoun (قتلهما، اعتقالهما) or أحدهما later in the
    sentence, with no nearer dual that could own the pronoun between: a dual noun
    in ``-ان/-ين`` or a dual numeral (``أصيب مدنيين في قصف استهدف منزل الشقيقين قبل
    اعتقالهما``: the two brothers are arrested). Adjectives in ``-ين`` right after
    the word at i agree with it (``مصابين سوريين``) and are no other dual."""
    agreeing = True
    for k in range(i + 1, min(len(tokens), i + 1 + LATER_REACH)):
        tok = tokens[k]
        if tok.kind == "punct" and tok.text in (".", "؟", "!", "؛"):
            return False
        w = tok.norm
        agreeing = agreeing and tok.kind == "word" and w.endswith("ين")
        if tok.kind == "word" and not agreeing and _another_dual(w):
            return False
        if tok.kind != "word" or not w.endswith("هما"):
            continue
        bare = L.without_conjunction(w)
        if bare in _ONE_OF_TWO or (len(w) > 5 and L.lookup(L.without_possessive(w)[-1], L.PRE_TRIGGERS)):
            return True
    return False


def _another_dual(w: str) -> bool:
    """The word ``w`` (normalized) is a dual numeral or the dual of a dual noun or a nisba."""
    return w in _DUAL_NUMERALS or (w.endswith(("ان", "ين")) and (w in DUAL_FORMS or w.endswith(NISBA_DUAL_ENDINGS)))


def _near_evidence(tokens: Sequence[Token], i: int) -> int:
    """Rule 4's evidence in the next four words of the clause (see :func:`dual_evidence`)."""
    k, seen, bracket, agreeing = i + 1, 0, False, True
    while k < len(tokens) and seen < 4:
        tok = tokens[k]
        if tok.kind == "quote" or (tok.text == "(" and seen == 0):
            bracket = bracket or tok.text == "("
            k += 1
            continue
        if tok.kind != "word":
            return 0
        w = tok.norm
        if w in _DUAL_NUMERALS and (seen == 0 or agreeing):
            # عسكريين تركيين اثنين: adjectives agreeing in -ين may stand before the numeral
            # شرطيين (اثنين): the bracketed numeral repeats the figure, outside its span
            return i + 1 if bracket else k + 1
        if w in _DUAL_NUMERALS:
            return 0  # الآخرين بإصابات متفاوتة اثنان حالتهما: a later pronoun is the numeral's
        if w in _DUAL_PRONOUNS or (w.endswith("هما") and len(w) > 4) or (
                L.without_conjunction(w) in _DUAL_PRONOUNS):  # وهما نائمان: a circumstantial clause
            return i + 1
        if seen <= 1 and w.endswith("ا") and not w.endswith("وا") and L.in_set(w, L.POST_VERBS):
            return i + 1  # مدنيين قتلا، مهاجمين آخرين قتلا (the plural قتلوا proves nothing)
        if seen <= 1 and len(w) >= 6 and w.startswith("ي") and w.endswith("ان"):
            return i + 1  # أفغانيين يقيمان: the imperfect of any verb in the masculine dual
        agreeing = agreeing and seen < 2 and w.endswith("ين") and len(w) > 4
        seen += 1
        k += 1
    return 0


@word_cached
def read_default_dual(surface: str, governed: bool, evidence: bool) -> tuple[str, str, bool] | None:
    """:func:`read_dual` with :data:`DUAL_NOUNS`, cached."""
    return read_dual(surface, dual_nouns=DUAL_NOUNS, governed=governed, evidence=evidence)


def _mark_before_ending(surface: str, ending_len: int) -> str:
    """The vowel (fatha or kasra) written on the letter before the dual ending."""
    letters = [(i, c) for i, c in enumerate(surface) if not MARKS.match(c)]
    if len(letters) <= ending_len:
        return ""
    first_ending = letters[-ending_len][0]
    marks = surface[letters[-ending_len - 1][0] + 1:first_ending]
    for mark in (_FATHA, _KASRA):
        if mark in marks:
            return mark
    return ""


__all__ = ["DualNoun", "DUAL_NOUNS", "DUAL_FORMS", "NISBA_DUAL_ENDINGS", "PROCLITICS", "nisba_dual_at", "nisba_noun", "read_dual", "dual_evidence",
           "read_default_dual"]
