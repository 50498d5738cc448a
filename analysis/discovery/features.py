"""From normalized word types to discovery features (clitic-stripped forms).

A corpus-linguistics tool counting surface tokens sees ``والانفصاليين``,
``للانفصاليين`` and ``الانفصاليين`` as three unrelated types. Here every
normalized type is mapped to one *feature*:

* with a lemmatizing backend (camel-tools ``calima``), the lemma of its
  analyses (the most frequent lemma among them; ties alphabetical);
* otherwise, its readings under the package's one clitic grammar
  (:func:`analysis.text.morphology.Backend.analyze`, i.e.
  :func:`analysis.text.clitics.segmentations`) are tried from the most
  conservative, and the first whose stem is *attested* wins; the stem's own
  feature is then taken, so ``والوزارة`` → ``الوزارة`` → ``وزارة``.

A stem is attested when it, or its definite form (``ال`` + stem), is a type
of the corpus with at least ``min_stem_count`` tokens, has at least
``min_stem_length`` letters, and, unless only the article is removed,
occurs at least ``1/max_ratio`` times as often as the word: ``وزارة`` is not
``و`` + ``زارة`` because ``زارة`` is hundreds of times rarer. The article is
exempt from the ratio because many nouns are almost always definite
(``السعودية``) and must still join ``للسعودية``. A stop word is a known
stem without corpus evidence, however short, unless the article is removed
(``وفي`` → ``في``, but ``الله`` is not ``ال`` + ``له``). A word that is itself a stop
word, or listed as a whole word (``ولي`` in ``ولي العهد``), is never split
(``كان`` is not ``ك`` + ``ان``), and a word written with a
final teh marbuta (``ة``) never loses a pronoun ``ه`` (``إيرانية`` is not
"his Irani"): normalization writes both as ``ه``.

The mapping depends on the corpus it is computed on (attestation is corpus
evidence); outputs record the options so it can be recomputed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

from analysis.text.clitics import DETERMINER
from analysis.text.morphology import Backend


@dataclass(frozen=True, slots=True)
class FeatureOptions:
    """How types become features (rules backend).

    Attributes:
        strip_clitics: Map types to clitic-stripped features; ``False`` keeps
            the normalized surface types (for comparison).
        min_stem_count: Tokens a stem needs in the corpus to be attested.
        min_stem_length: Letters a stem needs, unless it is a stop word.
        max_ratio: A split is refused when the word is more than this many
            times as frequent as its stem (the article alone is exempt).
    """

    strip_clitics: bool = True
    min_stem_count: int = 3
    min_stem_length: int = 3
    max_ratio: float = 10.0

    def as_dict(self) -> dict:
        """The options, as recorded in outputs."""
        return asdict(self)


def choose_features(
    counts: dict[str, int],
    *,
    backend: Backend,
    stop: frozenset[str] = frozenset(),
    teh_marbuta: frozenset[str] = frozenset(),
    whole: frozenset[str] = frozenset(),
    options: FeatureOptions = FeatureOptions(),
) -> dict[str, str]:
    """The feature of every normalized type.

    Args:
        counts: Token count of each normalized word type in the corpus.
        backend: The morphology backend (lemmas when it has them).
        stop: Normalized stop words (never split; accepted as short stems).
        teh_marbuta: Types usually written with a final ``ة``.
        whole: Words never split (the stop-word file's ``whole_words``: ``ولي``).
        options: See :class:`FeatureOptions`.

    Returns:
        ``{type: feature}`` for every type in ``counts``.

    Example:
        >>> from analysis.text.morphology import get_backend
        >>> counts = {"والانفصاليين": 2, "الانفصاليين": 5, "انفصاليين": 3,  # synthetic
        ...           "وزاره": 40, "زاره": 3, "كان": 9, "ان": 30}
        >>> f = choose_features(counts, backend=get_backend("rules"), stop=frozenset({"كان", "ان"}))
        >>> f["والانفصاليين"], f["الانفصاليين"], f["وزاره"], f["كان"]
        ('انفصاليين', 'انفصاليين', 'وزاره', 'كان')
    """
    if not options.strip_clitics:
        return {t: t for t in counts}
    if backend.has_lemmas:
        return {t: _lemma(t, backend) for t in counts}
    chooser = _Chooser(counts, backend, stop, whole, teh_marbuta, options)
    return {t: chooser.feature(t) for t in counts}


def _lemma(word: str, backend: Backend) -> str:
    lemmas = Counter(a.lemma for a in backend.analyze(word) if a.lemma)
    if not lemmas:
        return word
    best = max(lemmas.values())
    return min(lemma for lemma, n in lemmas.items() if n == best)


class _Chooser:
    def __init__(self, counts, backend, stop, whole, teh_marbuta, options: FeatureOptions) -> None:
        self.counts = counts
        self.backend = backend
        self.stop = stop
        self.teh_marbuta = teh_marbuta
        self.options = options
        self.memo: dict[str, str] = {}
        self.never_split = stop | whole

    def feature(self, word: str) -> str:
        found = self.memo.get(word)
        if found is None:
            stem = self._stem(word)
            found = self.memo[word] = word if stem == word else self.feature(stem)
        return found

    def _stem(self, word: str) -> str:
        if word in self.never_split:
            return word
        n_word = self.counts.get(word, 0)
        for reading in self.backend.analyze(word)[1:]:
            if self._attested(word, n_word, reading):
                return reading.stem
        return word

    def _attested(self, word: str, n_word: int, reading) -> bool:
        stem = reading.stem
        # The definite form attests the bare stem: الانفصاليين vouches for
        # انفصاليين even when the bare word never occurs.
        n_stem = self.counts.get(stem, 0) + self.counts.get(DETERMINER + stem, 0)
        opts = self.options
        if len(stem) >= len(word) or (reading.enclitics == ("ه",) and word in self.teh_marbuta):
            return False
        if stem in self.stop:
            # A function word is known without corpus evidence (وفي → في),
            # but never takes the article (الله is not ال + له).
            return DETERMINER not in reading.proclitics
        if n_stem < opts.min_stem_count:
            return False
        if len(stem) < opts.min_stem_length:
            return False
        article_only = reading.proclitics == (DETERMINER,) and not reading.enclitics
        return article_only or n_stem * opts.max_ratio >= n_word


__all__ = ["FeatureOptions", "choose_features"]
