"""Proclitics of a word in the statement rules, read by the one clitic stripper.

The quote modules ask a few questions of a normalized word's prefix: does it
carry a preposition and the article (للوزير، بالقول، كالعادة), a preposition
alone (لرويترز), the conjunction and the article (والوزير), or one of a
verb's own one-letter prepositions (طالب بالانسحاب، دعا للحشد)? All of them
are answered from :func:`analysis.text.clitics.proclitic_splits`, the
package's clitic segmentation; and the pronoun a noun or verb carries
(بيانه، موقعها، روايتهم، نشرته، استقالته) from
:func:`analysis.text.clitics.enclitic_splits`.

Not yet through them (each may change decisions, so each needs its own
measured change): ``VerbRules.before_own_object`` (a pronoun on a
two-letter word such as له counts there, below the stripper's stem), the
criterion and owner tests of ``SourceRules.source`` (they read ه on the
written word, to tell it from ة, with no stem length) and the و / ف before
a verb's own preposition in ``ComplementRules.complement`` (stripped from
any word of three letters or more, فيه too).

Example:
    >>> article_after("للوزير", "بلك"), article_after("وبالقول", "بلك"), article_after("والوزير", "و")
    (True, False, True)
    >>> without_preposition("للوزير"), without_preposition("لمصدر"), without_preposition("للوزير", article=False)
    ('الوزير', 'مصدر', 'وزير')
"""

from __future__ import annotations

from analysis.text.clitics import DETERMINER, MIN_STEM, PREPOSITIONS, enclitic_splits, proclitic_splits
from analysis.text.wordcache import word_cached


@word_cached
def _longest_split(norm: str) -> tuple[tuple[str, ...], str]:
    """(proclitics, rest) of the longest proclitic reading of a normalized word, computed once per word."""
    return proclitic_splits(norm)[-1]


def proclitics(norm: str) -> tuple[str, ...]:
    """The longest proclitic reading of a normalized word (no lexical check): ``('ل', 'ال')`` for للوزير.

    Example:
        >>> proclitics("وبالقول"), proclitics("لرويترز"), proclitics("الى")
        (('و', 'ب', 'ال'), ('ل',), ())
    """
    return _longest_split(norm)[0]


def without_article(norm: str) -> str:
    """The word without the article when the article is all its proclitics (الوزارة → وزارة), else the word.

    Example:
        >>> without_article("الوزارة"), without_article("للوزارة"), without_article("الى")
        ('وزارة', 'للوزارة', 'الى')
    """
    morphs, rest = _longest_split(norm)
    return rest if morphs == (DETERMINER,) else norm


def article_stem(word: str) -> str:
    """The word after its proclitics when they end in the article (الأحزاب، للأحزاب، والأحزاب → أحزاب), else the word.

    Only whole clitics go: a stem that opens with ا or ل keeps it (اللواء → لواء).

    Example:
        >>> article_stem("اللواء"), article_stem("للأحزاب"), article_stem("والأحزاب"), article_stem("لواء")
        ('لواء', 'أحزاب', 'أحزاب', 'لواء')
    """
    morphs, rest = _longest_split(word)
    return rest if morphs[-1:] == (DETERMINER,) else word


def opens_with(norm: str, letter: str) -> bool:
    """Does the word's longest proclitic reading open with ``letter`` (لوزارة، للوزارة; not الوزارة، ولوزارة)?

    Example:
        >>> opens_with("لوزارة", "ل"), opens_with("للوزارة", "ل"), opens_with("ولوزارة", "ل"), opens_with("لدي", "ل")
        (True, True, False, True)
    """
    return proclitics(norm)[:1] == (letter,)


def article_after(norm: str, letters: str, *, conjunction: bool = False) -> bool:
    """Is the word one of ``letters`` (a preposition or و) followed by the article, and nothing before?

    With ``conjunction`` a و / ف may come first (وبالنسبة، فللوزير).

    Example:
        >>> article_after("بالقول", "بل"), article_after("كالعادة", "بل"), article_after("وبالنسبة", "بل", conjunction=True)
        (True, False, True)
    """
    p = proclitics(norm)
    if conjunction and len(p) == 3 and p[0] in ("و", "ف"):
        p = p[1:]
    return len(p) == 2 and p[1] == DETERMINER and p[0] in letters


def preposition_only(norm: str, letter: str = "ل") -> bool:
    """Does the word open with the preposition ``letter`` and no article (لرويترز, not للوزير)?

    Example:
        >>> preposition_only("لرويترز"), preposition_only("للوزير")
        (True, False)
    """
    return proclitics(norm) == (letter,)


def without_preposition(norm: str, *, article: bool = True, letters: str = "بلك") -> str:
    """The word without a leading preposition of ``letters`` (ب، ل، ك); after لل / بال the article is put back unless ``article=False``.

    Example:
        >>> without_preposition("بمصدر"), without_preposition("الوزير")
        ('مصدر', 'الوزير')
    """
    morphs, rest = _longest_split(norm)
    if morphs[:1] and morphs[0] in PREPOSITIONS and morphs[0] in letters:
        if morphs[1:] == (DETERMINER,):
            return DETERMINER + rest if article else rest
        if len(morphs) == 1:
            return rest
    return norm


def pronoun_suffix(clitics: tuple[str, ...]) -> str:
    """The pronoun suffix in a matched word's clitics (``'+ه'`` of وأدانته: ``'ه'``), else ``''``.

    Example:
        >>> pronoun_suffix(("و", "+ه")), pronoun_suffix(("و",))
        ('ه', '')
    """
    return next((c[1:] for c in clitics if c.startswith("+")), "")


def after_conjunction(clitics: tuple[str, ...]) -> bool:
    """Does a matched word open with the conjunction و / ف (وأضاف، فقال)?

    Example:
        >>> after_conjunction(("و", "+ه")), after_conjunction(("ب", "ال"))
        (True, False)
    """
    return clitics[:1] in (("و",), ("ف",))


#: The third-person pronouns a medium, a noun of saying or a verb of publishing carries (بيانه، موقعها، نشرتهم).
THIRD_PERSON = ("ه", "ها", "هم")


def pronoun_readings(norm: str, *, pronouns: tuple[str, ...] = THIRD_PERSON, min_stem: int = MIN_STEM,
                     dropped_n: bool = True) -> tuple[tuple[str, str], ...]:
    """``(stem, pronoun)`` of each reading of a normalized word as a stem of ``min_stem`` letters + one of ``pronouns``.

    The construct stem comes as written and with its ending restored (كلمته:
    كلمت and كلمه; مسلحوها: مسلحو and مسلحون), as
    :func:`~analysis.text.clitics.enclitic_splits` gives it. With
    ``dropped_n=False`` the ن of a dual or sound plural is not put back: a
    singular noun whose ن is a root letter (بيان) never loses it before a
    pronoun (بيانه), so بياه is no بيان.

    Example:
        >>> pronoun_readings("كلمته"), pronoun_readings("بيانكم"), pronoun_readings("رده", min_stem=3)
        ((('كلمت', 'ه'), ('كلمه', 'ه')), (), ())
        >>> pronoun_readings("بياه", min_stem=3), pronoun_readings("بياه", min_stem=3, dropped_n=False)
        ((('بيا', 'ه'), ('بيان', 'ه')), (('بيا', 'ه'),))
    """
    return tuple((stem, encs[0]) for stem, encs in enclitic_splits(norm)[1:]
                 if encs[0] in pronouns and len(norm) - len(encs[0]) >= min_stem
                 and (dropped_n or stem != norm[:-len(encs[0])] + "ن"))


#: Words that begin with ب but carry no attached preposition of the content.
_NOT_ATTACHED = frozenset({"به", "بهم", "بها", "بعد", "بين", "بلاد", "بدء", "بيان", "بيت", "بحث", "بل", "بان", "بات", "بقي"})
#: Words that begin with ل but carry no لـ standing for إلى.
_NOT_ATTACHED_L = frozenset({"لكنه", "لكنها", "لكنهم", "لدينا", "لديه", "لديها", "لديهم", "لاسيما", "لاحقا",
                             "لذلك", "لهذا", "لهذه", "لماذا", "لاسباب", "لحظه", "لقاء"})


def attached_prep(n: str, preps: tuple[str, ...]) -> bool:
    """Does the normalized word ``n`` start with one of the verb's one-letter prepositions?

    بـ and كـ are written on the noun (طالب بالانسحاب، أفادت بتقدم، تصنفها كمنظمة);
    لـ stands for إلى (دعا للحشد، أشارت لإقامة) before the article or a noun of
    five letters or more that is not a particle (لكنها، لديه).

    Example:
        >>> attached_prep("بالانسحاب", ("ب",)), attached_prep("للحشد", ("الي",)), attached_prep("بعد", ("ب",))
        (True, True, False)
    """
    for letter in ("ب", "ك"):
        if letter in preps and n.startswith(letter) and (n.startswith(letter + "ال") or len(n) >= 5):
            return True
    if "ب" in preps and n.startswith("ب") and len(n) in (3, 4) and n not in _NOT_ATTACHED:
        return True  # تعهدت بشن هجمات: a short verbal noun after بـ
    if "الي" in preps and n.startswith("ل") and len(n) >= 5 and n not in _NOT_ATTACHED_L:
        return True  # أشارت لإقامة…، دعا لتشكيل…: لـ for إلى before a noun
    return ("الي" in preps or "ل" in preps) and article_after(n, "ل") and len(n) >= 5


__all__ = ["THIRD_PERSON", "after_conjunction", "article_after", "article_stem", "attached_prep", "opens_with", "preposition_only",
           "pronoun_readings", "pronoun_suffix", "proclitics", "without_article", "without_preposition"]
