"""Number phrases built around a noun: "one of", "a single", "all N".

* ``أحد``/``إحدى`` + a noun in construct is "one of" (:func:`in_construct`:
  ``أحد جنوده``، ``أحد عناصر الدفاع المدني``); before a preposition with a
  pronoun it is "any" (``لم يصب أحد منهم``), no figure;
* a noun with the adjective ``واحد`` is the figure 1, the noun inside the span
  (``خطف مسلحون جنديين وسائقا واحدا``);
* a definite number after جميع/كل/كافة and its noun phrase is a definite
  count (``مقتل جميع ركاب الحافلة الـ23``): the span runs from the quantifier;
* so is a definite number after a definite noun phrase (decision rule 2 of
  the gold protocol: ``اختطاف المواطنين التشيكيين الستة``، ``الضحايا الـ32``،
  ``العمال العشرة``): the span runs from the phrase's first noun, its head.
  Words from 2 to 10 only: the definite tens are also ordinals (``القرن
  العشرين``). ``الاثنان`` alone is a definite count too (``لقي الاثنان
  حتفهما``); ``الاثنين`` is one only after a noun with a dual or plural ending
  (alone, or after a singular, it is Monday);
* a definite cardinal from 3 up right BEFORE an indefinite counted noun that
  names a category is the figure, the noun outside the span as after any
  number (``ما يزيد على الثمانية قتلى``، ``ما يفوق العشرين جريحا``): before
  such a noun no definite ten is an ordinal (that stands after its noun).
"""

from __future__ import annotations

from typing import Sequence

from analysis.casualties import lexicon as L
from analysis.casualties.duals import DUAL_NOUNS, MARKS, dual_evidence, read_default_dual, read_dual
from analysis.text.clitics import DETERMINER
from analysis.casualties.numeral import Numeral, make_numeral as _make, surface_offset
from analysis.casualties.number_words import HUNDREDS, TEN, TENS, UNITS, is_number_word as _is_number_word
from analysis.casualties.words import default_words
from analysis.text.tokenize import Token
from analysis.text.wordcache import word_cached

_NUMBERS = default_words()
#: Prepositions that make أحد + word "any of" (أحد منهم), not a construct (``numbers.yml``).
_NOT_CONSTRUCT = _NUMBERS.forms("numbers", "not_construct")
#: The adjective "one" after a noun (سائقا واحدا) and the quantifiers of a
#: definite count (جميع ركاب الحافلة الـ23).
ONE = _NUMBERS.forms("numbers", "one")
_ALL = _NUMBERS.forms("numbers", "all_quantifiers")
#: Definite number words read after their noun phrase (2 to 10).
DEFINITE_WORDS = {form[0]: int(label) for label, forms in _NUMBERS.phrases("numbers", "definite_words").items()
                  for form in forms}
#: The dual relatives (اللذان، اللذين، اللتين): they prove a definite -ين noun dual.
_DUAL_RELATIVES = _NUMBERS.forms("grammar", "relatives") & _NUMBERS.forms("grammar", "dual_pronouns")
#: Definite adjectives after "my X" (شقيقي الأكبر): no genitive of a construct dual.
_POSSESSED_ADJECTIVES = _NUMBERS.forms("numbers", "possessed_adjectives")
#: The nominative "the two": never a weekday, a count even with no noun before.
_THE_TWO = _NUMBERS.forms("numbers", "the_two")



def in_construct(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a noun in construct: with a possessive (جنوده) or before a
    definite noun (عناصر الدفاع), not a preposition with a pronoun (منهم)."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    w = tokens[k].norm
    if len(w) < 4 or _is_number_word(w):
        return False
    for suffix in ("هما", "هم", "هن", "ها", "نا", "ه"):
        if w.endswith(suffix):
            return w[: -len(suffix)] not in _NOT_CONSTRUCT
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ال")


@word_cached
def person_head(norm: str) -> bool:
    """A noun of persons that heads a construct after أحد, whatever its genitive
    (``أحد عناصر حماس``، ``أحد قيادات تنظيم``): ``victims.yml`` group heads and groups.

    Example:
        >>> person_head("عناصر"), person_head("قيادات"), person_head("بأذى")
        (True, True, False)
    """
    return L.in_set(norm, L.GROUP_HEADS) or any(L.in_set(norm, forms) for forms in L.GROUPS.values())


def and_one_of(text, tokens, i) -> Numeral | None:
    """``وأحد المجندين``: و + أحد "one of", which normalizes like the adjective واحد.

    Read so when the hamza is written (``وأحد``، ``وإحدى`` has its own form) and
    a definite noun or a noun in construct follows, as after أحد; unwritten,
    only before a noun of persons (``واحد المجندين``: the adjective واحد
    never stands before a definite noun of its own).

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> text = "إصابة ضابطين وأحد المجندين"  # synthetic
        >>> n = and_one_of(text, tokenize(text), 2)
        >>> n.text, n.prefix, n.value
        ('أحد', 'و', 1)
    """
    if tokens[i].norm != "واحد" or i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return None
    nxt = tokens[i + 1].norm
    hamza = MARKS.sub("", tokens[i].text)[1:2] in ("أ", "إ")
    if not (person_head(nxt) or (hamza and (nxt.startswith("ال") or in_construct(tokens, i + 1)))):
        return None
    return _make(text, tokens, i, i + 1, "و", 1, "words")


def one_after_noun(text, tokens, i, out) -> Numeral | None:
    """``سائقا واحدا``: a noun with the adjective واحد is the figure 1, noun included."""
    k = i - 1
    if k > 0 and tokens[k].kind == "word" and tokens[k].norm.endswith("ي") and len(tokens[k].norm) > 3 \
            and tokens[k - 1].kind == "word" and not _is_number_word(tokens[k - 1].norm) \
            and not (tokens[k].norm in DUAL_NOUNS and not _noun_before(tokens[k - 1].norm)):
        # جندي أفغاني واحد: a nisba adjective between the noun and واحد; a person
        # noun in -ي after a verb is the noun itself (قتل مدني واحد)
        k -= 1
    if k < 0 or tokens[k].kind != "word" or (out and out[-1].last_token > k):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].norm == "من":
        return None  # واحدة من أكثر الهجمات: "one of", a pronoun, not the adjective
    noun = tokens[k].norm
    prefix = "و" if noun.startswith("و") and len(noun) > 4 else ""
    bare = noun[len(prefix):]
    if len(bare) < 3 or _is_number_word(bare) or bare in _NOT_CONSTRUCT or bare.startswith("ال"):
        return None
    if bare.endswith("ا") and len(bare) > 3:
        bare = bare[:-1]  # the tanween alif of the accusative: سائقا
    return _make(text, tokens, k, i + 1, prefix, 1, "one", dual_noun=bare)


def _noun_before(w: str) -> bool:
    """The word before a person noun in -ي may be the noun it qualifies: a known
    person noun itself (جندي أفغاني), not a verb or a particle (قتل مدني)."""
    bare = w[1:] if w.startswith("و") and len(w) > 4 else w
    return (bare[:-1] if bare.endswith("ا") else bare) in DUAL_NOUNS


def definite_count(text, tokens, i, out) -> Numeral | None:
    """``جميع ركاب الحافلة الـ23``: a definite number after جميع/كل and its noun phrase."""
    for k in range(i - 1, max(-1, i - 5), -1):
        tok = tokens[k]
        if tok.kind != "word" or (out and out[-1].last_token > k):
            return None
        if tok.norm in _ALL:
            if k + 1 >= i:
                return None
            noun = tokens[k + 1].norm
            return _make(text, tokens, k, i + 1, "", int(tokens[i].norm[2:]), "definite",
                         dual_noun=noun[2:] if noun.startswith("ال") else noun)
    return None


def definite_after_noun(text, tokens, i, out) -> Numeral | None:
    """``المواطنين التشيكيين الستة``: a definite number after a definite noun phrase.

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> text = "خطف المواطنين التشيكيين الستة"  # synthetic
        >>> n = definite_after_noun(text, tokenize(text), 3, [])
        >>> n.text, n.value, n.kind, n.dual_noun
        ('المواطنين التشيكيين الستة', 6, 'definite', 'مواطنين')
    """
    norm = tokens[i].norm
    value = int(norm[2:]) if norm[2:].isdigit() else DEFINITE_WORDS.get(norm)
    if value is None:
        return None
    k = i
    while k >= 1 and i - k < 3:
        tok = tokens[k - 1]
        bare = tok.norm[1:] if tok.norm.startswith("وال") else tok.norm
        if (tok.kind != "word" or not bare.startswith("ال") or len(bare) < 4
                or _is_number_word(bare[2:]) or (out and out[-1].last_token > k - 1)):
            break
        k -= 1
        if bare is not tok.norm:
            break  # والشهداء الـ15: the و opens the phrase
    if k == i:
        return _make(text, tokens, i, i + 1, "", 2, "definite") if norm in _THE_TWO else None
    if value == 2 and norm not in _THE_TWO and not tokens[i - 1].norm.endswith(("ين", "ان")):
        return None  # الحكومة الاثنين: Monday
    head = tokens[k].norm
    prefix = "و" if head.startswith("وال") else ""
    noun = head[len(prefix) + 2:]
    before = tokens[k - 1] if k >= 1 and not prefix and not (out and out[-1].last_token > k - 1) else None
    if before is not None and before.kind == "word" and not before.norm.startswith("ال") and (
            person_head(before.norm) or L.lookup_noun(before.norm, L.COUNTED_NOUNS)):
        # أفراد الطاقم الخمسة، شهداء الإمارات الثلاثة: the head is in construct with the definite genitive
        k -= 1
        prefix = "و" if before.norm.startswith("و") and len(before.norm) > 4 and (
            person_head(before.norm[1:]) or L.lookup_noun(before.norm[1:], L.COUNTED_NOUNS)) else ""
        noun = before.norm[len(prefix):]
        before = tokens[k - 1] if k >= 1 and not prefix and not (out and out[-1].last_token > k - 1) else None
    if before is not None and before.norm in _ALL:
        k -= 1  # مقتل جميع العسكريين الأربعة: the span runs from the quantifier, as for جميع … الـ23
    return _make(text, tokens, k, i + 1, prefix, value, "definite", dual_noun=noun)


def _definite_cardinals() -> dict[str, int]:
    """The definite forms of the cardinals from 3 up (الثلاثة، العشرين، المئة), by value."""
    values = {**UNITS, **{w: 10 for w in TEN}, **TENS, **HUNDREDS}
    return {"ال" + w: v for w, v in values.items() if v >= 3}


#: ``ال`` + a unit, ten or hundred word of ``numbers.yml``, from 3 up.
DEFINITE_CARDINALS: dict[str, int] = _definite_cardinals()


def definite_before_noun(text, tokens, i) -> Numeral | None:
    """``ما يزيد على الثمانية قتلى``: a definite cardinal right before an
    indefinite counted noun that names a category (the noun outside the span).

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> text = "سقط ما يفوق العشرين جريحا"  # synthetic
        >>> n = definite_before_noun(text, tokenize(text), 3)
        >>> n.text, n.value, n.kind
        ('العشرين', 20, 'words')
        >>> definite_before_noun("القرن العشرين", tokenize("القرن العشرين"), 1) is None
        True
    """
    value = DEFINITE_CARDINALS.get(tokens[i].norm)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if value is None or nxt is None or nxt.kind != "word" or nxt.norm.startswith(("ال", "وال")):
        return None
    if L.lookup_noun(nxt.norm, L.COUNTED_NOUNS) is None:
        return None  # الخمسة أيام، العشرين عاما: no category
    return _make(text, tokens, i, i + 1, "", value, "words")


def definite_head(tokens: Sequence[Token], num: Numeral) -> int:
    """The counted noun of a definite count: after جميع/كل, else the span's first word."""
    return num.first_token + 1 if tokens[num.first_token].norm in _ALL else num.first_token


def dual_at(text, tokens, i, dual_nouns, *, governed) -> Numeral | None:
    """The dual at token i as the figure 2 (:mod:`.duals`' rule), with the dual
    numeral after it when rule 4's evidence is one (``مدنيين اثنين``)."""
    tok = tokens[i]
    if tok.kind != "word":
        return None
    if dual_nouns is DUAL_NOUNS:
        found = read_default_dual(tok.text, governed, True)
    else:
        found = read_dual(tok.text, dual_nouns=dual_nouns, governed=governed, evidence=True)
    if found is None:
        return None
    prefix, singular, marked = found
    # the context is read only for a word that is a dual with evidence (rule 4)
    reach = dual_evidence(tokens, i) if marked else _unmarked_evidence(tokens, i, prefix, singular, dual_nouns)
    if not marked and not reach:
        return None
    last = reach if reach > i + 1 else i + 1  # مدنيين اثنين: the numeral belongs to the figure
    start = surface_offset(tok, len(prefix))
    end = tokens[last - 1].end
    return Numeral(start, end, text[start:end], 2, "dual", i, last,
                   prefix=prefix, dual_noun=singular, dual_marked=marked)


def _unmarked_evidence(tokens, i, prefix, singular, dual_nouns) -> int:
    """How far the evidence for an unmarked dual at token i reaches, or 0 (:func:`.duals.dual_evidence`).

    A construct dual in -ي (``ضابطي الشرطة``، ``حالتي وفاة``) needs its genitive
    after it: a definite noun, or a counted noun (``وفاة``); the -ي may be "my".
    A definite -ين of a noun with a sound plural (``المتهمين اللذين``) needs
    evidence in its own clause (a dual numeral, pronoun, relative or verb); one
    with no sound plural (``الجنديين``، ``الشهيدين``) and a construct dual are
    also figures when an event word governs them (``مقتل الجنديين``، ``القبض على
    ضابطي الأمن``: decision rule 2, the definite count of a reported event).
    """
    construct = tokens[i].norm.endswith("ي")
    if construct and not _genitive_after(tokens, i + 1):
        return 0
    if construct and singular in _POSSESSED_NOUNS and not _person_genitive(tokens[i + 1].norm):
        return dual_evidence(tokens, i)  # طفلي الرضيع is "my baby": only an agreeing dual proves two
    if construct and singular in L.CASE_NOUNS and L.lookup_noun(tokens[i + 1].norm, L.COUNTED_NOUNS):
        return i + 1  # حالتي وفاة، حالتي إصابة: two cases, their genitive names the category
    noun = dual_nouns.get(singular)
    sound = noun is None or noun.sound_plural
    if prefix.endswith(DETERMINER) and sound:
        # only a dual relative agrees unambiguously (أن المسلحين قتلا may be the masdar قتلًا);
        # اثنان من القرويين اللذين: after من the plural is the group, the dual its part
        k = i + 1
        while k < len(tokens) and k - i < 3 and tokens[k].norm.endswith("ين") and tokens[k].norm not in _DUAL_RELATIVES:
            k += 1  # المتهمين السعوديين اللذين: an agreeing adjective between
        return i + 1 if k < len(tokens) and tokens[k].norm in _DUAL_RELATIVES and tokens[i - 1].norm != "من" else 0
    reach = dual_evidence(tokens, i)
    if not reach and (construct or prefix.endswith(DETERMINER)) and not sound and _governed_by_event(tokens, i):
        return i + 1
    return reach


#: Kin and children: their X+ي is as often "my X" (``numbers.yml`` possessed_nouns).
_POSSESSED_NOUNS = _NUMBERS.forms("numbers", "possessed_nouns")


def _person_genitive(w: str) -> bool:
    """A listed noun of persons as the genitive of a construct dual (شقيقي الضحية، طفلي الأسرة)."""
    return bool(L.lookup_noun(w, L.COUNTED_NOUNS) or L.lookup(w, L.GROUPS) or L.in_set(w, L.PERSONS)
                or L.in_set(w, L.GROUP_HEADS) or L.in_set(w, L.KIN))


#: How many words before the event word a verb of demand or intent makes it no report.
_DEMAND_REACH = 4


def _genitive_after(tokens, k) -> bool:
    """Token k can be the genitive of a construct dual: a definite noun or a counted noun,
    never a definite adjective that follows "my X" (شقيقي الأكبر، طفلي الصغير: ``numbers.yml``
    possessed_adjectives)."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    w = tokens[k].norm
    if w in _POSSESSED_ADJECTIVES:
        return False
    return (w.startswith("ال") and len(w) > 3) or L.lookup_noun(w, L.COUNTED_NOUNS) is not None


def _governed_by_event(tokens, i) -> bool:
    """An event word governs token i: right before it (مقتل، القبض على) or with its
    definite agent between (اعتقلت الشرطة الضابطين: VSO)."""
    k = i - 1
    if k >= 1 and tokens[k].norm == "علي":
        k -= 1  # القبض على الضابطين
    if k < 0 or tokens[k].kind != "word":
        return False
    if L.lookup(tokens[k].norm, L.PRE_TRIGGERS) is None:
        k -= 1  # اعتقلت الشرطة الضابطين: the finite verb, its definite agent, the dual
        if not (k >= 0 and L.definite(tokens[k + 1].norm) and tokens[k].kind == "word"
                and L.in_set(tokens[k].norm, L.FINITE_VERBS) and L.lookup(tokens[k].norm, L.PRE_TRIGGERS) is not None):
            return False
    # طالب الأهالي بضرورة إلقاء القبض على الشابين، دعا إلى اعتقال الضابطين: a demand, no report
    return not any(tokens[x].kind == "word" and (L.in_set(tokens[x].norm, L.REQUESTS) or L.in_set(tokens[x].norm, L.INTENT))
                   for x in range(max(0, k - _DEMAND_REACH), k))


__all__ = ["dual_at", "in_construct", "person_head", "one_after_noun", "definite_count", "definite_after_noun", "definite_head",
           "definite_before_noun", "and_one_of", "DEFINITE_CARDINALS", "DEFINITE_WORDS", "ONE"]
