"""Which words can have a lexicon candidate at all: one set, built once per matcher from its forms.

:meth:`analysis.lexicon.matcher.Matcher._candidates` looks a word up by the
strings its clitic readings leave (:mod:`analysis.text.clitics`): for each
proclitic split ``(proclitics, rest)`` of the word, ``rest`` itself (a
phrase's first word, or a single-word form) and, for each enclitic split
``(stem, enclitic)`` of ``rest``, ``stem`` and ``ال`` + ``stem`` (a
single-word form under a pronoun suffix; a phrase whose noun carries the
suffix instead of the article). So a word can only have a candidate if one
of its rests is in :func:`word_ends` of the matcher's first words: every key
itself, and every string whose enclitic splits give a key, or a key without
its article, as a stem. Most words of a text have no candidate, and
:func:`may_have_candidates` tells them apart with a set lookup per rest
instead of computing every stem of every rest.

The index is a superset of what is needed (it ignores that the article and
an enclitic never co-occur), so it never rules out a word that has a
candidate; ``tests/lexicon/test_screen.py`` checks that with hypothesis
against a matcher that screens nothing.
"""

from __future__ import annotations

from typing import Iterable

from analysis.text.clitics import DETERMINER, ENCLITICS, enclitic_splits, proclitic_splits


def word_ends(keys: Iterable[str]) -> frozenset[str]:
    """Every rest (a word without its proclitics) whose candidate lookups can hit one of ``keys``.

    Args:
        keys: The normalized first words of a matcher's forms.

    Returns:
        ``keys`` and every string whose enclitic splits
        (:func:`~analysis.text.clitics.enclitic_splits`) give a key, or a key
        without its article, as a stem.

    Example:
        >>> sorted(e for e in word_ends(["حكومه"]) if e.endswith("ها"))
        ['حكومتها', 'حكومهها']
        >>> "عمليتها" in word_ends(["العمليه"])  # the noun of a phrase العملية X, under a pronoun
        True
    """
    ends = set(keys)
    for key in list(ends):
        stems = [key]
        if key.startswith(DETERMINER):
            stems.append(key[len(DETERMINER):])
        for stem in stems:
            # enclitic_splits(word) reads word = base + enclitic as the stem base,
            # base + ن (when base ends in و ي ا) or base[:-1] + ه (when it ends in ت):
            # these are the only words that can give ``stem``, each kept only if it does.
            for base in {stem, stem[:-1], stem[:-1] + "ت"}:
                for enclitic in ENCLITICS:
                    word = base + enclitic
                    if any(s == stem for s, _ in enclitic_splits(word)[1:]):
                        ends.add(word)
    return frozenset(ends)


def may_have_candidates(ends: frozenset[str], norm: str) -> bool:
    """Whether a normalized word may have lexicon candidates (a sound pre-test).

    Args:
        ends: the matcher's :func:`word_ends`.
        norm: the word's normalized form.

    Returns:
        False only if no proclitic split of ``norm`` leaves a rest in ``ends``:
        then the word has no candidate. True does not promise one.

    Example:
        >>> ends = word_ends(["العمليه"])
        >>> may_have_candidates(ends, "وعمليتها"), may_have_candidates(ends, "وقال")
        (True, False)
    """
    if norm in ends:
        return True
    for _, rest in proclitic_splits(norm)[1:]:
        if rest in ends:
            return True
    return False


__all__ = ["word_ends", "may_have_candidates"]
