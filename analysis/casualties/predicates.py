"""Predicates right after a counted noun: the word that says what befell the people counted.

* a singular verb with a plural subject before it (``1280 شخصا قتل``);
* an indefinite participle or adjective naming the category (``سبعة أشخاص آخرين
  مصابين``، ``ثلاثة عسكريين مخطوفين``، ``خمسة أشخاص قتلى``), definite after a definite
  figure (``الشرطيان المصابان``);
* a prison (``خمس نساء في السجون``).

Split from :mod:`.triggers_after` (which asks :func:`right_after` first).

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("عثر على ثلاثة عسكريين مخطوفين")]  # synthetic
    [('kidnapped', 3)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import Document
from analysis.casualties.numeral_phrases import DEFINITE_WORDS


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
    if x < len(toks) and toks[x].norm in _OTHERS:
        x += 1
    if x >= len(toks) or toks[x].kind != "word" or doc.sent_of[x] != doc.sent_of[k]:
        return None
    if toks[x].norm == "قد":
        x += 1
    v = doc.w(x)
    if v != "في" and not L.in_set(v, L.POST_SINGULAR_FORMS) and not (
            L.in_set(v, L.COUNTED_FORMS) or (v.endswith("ا") and L.in_set(v[:-1], L.COUNTED_FORMS))
            or (definite and v.endswith("ان"))):
        return None  # the quick test: most words after a noun are none of these
    # the word after decides first (cheap); then the noun must name people
    found = None
    cat = L.lookup(v, L.POST_SINGULAR)
    if cat and not v.startswith(("ال", "وال")):
        found = cat, x
    elif not v.startswith("و") and (not v.startswith("ال") or definite) \
            and (cat := L.lookup_noun(v, L.COUNTED_NOUNS) or (definite and _dual_adjective(v))) \
            and not joint_next(doc, x):
        found = cat, x
    elif v == "في" and L.in_set(doc.w(x + 1), L.PRISONS):
        found = "detained", x + 1  # خمس نساء في السجون: prisoners (decision rule 9)
    if found is None or doc.object_follows(x):
        return None
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


__all__ = ["right_after", "nisba_plural", "joint_next"]
