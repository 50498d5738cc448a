"""Conservative segmentation of Arabic proclitics and enclitics.

Everything here works on *normalized* words (:func:`analysis.text.normalize.normalize`):
diacritics and tatweel removed, ``أ إ آ ٱ`` → ``ا``, ``ى`` → ``ي``, ``ة`` → ``ه``.

Proclitics (in this order, each optional)::

    conjunction   و  ف
    preposition   ب  ل  ك
    determiner    ال

so ``وال``, ``بال``, ``فال``, ``كال``, ``وبال``, ``فبال``, ``وكال``, ``ول``, ``وب``
… are all sequences of these three slots. ``ل`` followed by ``ال`` is written
``لل`` (the alef of the article drops): ``للانفصاليين`` = ``ل`` + ``ال`` +
``انفصاليين``; likewise ``ولل``, ``فلل``.

Enclitics (possessive/object pronouns)::

    ه  ها  هم  هما  هن  ك  كم  كما  كن  نا  ي

The first-person ``ي`` is only stripped on request (``yeh=True``): after a
noun a final ``ي`` is usually the nisba suffix, a different word
(``كاراباخي`` "Karabakhi"), and "my" is rare outside quoted speech.

A word with an enclitic is in the construct state, so the stem may need its
ending restored before it can be looked up: sound plurals drop ``ن``
(``مسلحوها`` → ``مسلحون``, ``مسلحيهم`` → ``مسلحين``), duals drop ``ن``
(``مسلحاه`` → ``مسلحان``), and teh marbuta is written ``ت``
(``حكومتها`` → ``حكومه``). The determiner and an enclitic never co-occur.

Segmentation is *conservative*: :func:`segment` only returns splits whose stem
is accepted by a ``known`` predicate (a lexicon's form set, or an analyzer),
and the unsegmented word always comes first. So ``الى`` stays ``الى`` and
``بلاده`` is never read as ``ب`` + ``لاده``.

Detached proclitics: in news text ``ب``/``ل``/``ك`` are sometimes written as a
separate token with tatweel, as in ``بـ"الإرهابية"``. :func:`detached_proclitics`
recognises such a token; the matcher then records the clitic on the next word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from analysis.text.wordcache import WordCache

#: Proclitic slots, outermost first.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
DETERMINER = "ال"
#: Pronominal enclitics (normalized spelling), longest first.
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")
#: Shortest stem left after stripping clitics; guards against nonsense splits.
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Segmentation:
    """One reading of a normalized word as proclitics + stem + enclitic.

    Attributes:
        proclitics: Proclitic morphemes in order, e.g. ``('و', 'ب', 'ال')``;
            ``لل`` is recorded as ``('ل', 'ال')``.
        stem: The stem, with a construct-state ending restored (``مسلحون``
            for ``مسلحو`` + ``ها``).
        enclitics: ``()`` or one pronoun, e.g. ``('ها',)``.
    """

    proclitics: tuple[str, ...]
    stem: str
    enclitics: tuple[str, ...]

    @property
    def clitics(self) -> tuple[str, ...]:
        """Proclitics as written (``'ب'``) then enclitics marked ``'+ها'``."""
        return self.proclitics + tuple("+" + e for e in self.enclitics)


def _build_prefixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    out: dict[str, tuple[str, ...]] = {}
    for conj in ("",) + CONJUNCTIONS:
        for prep in ("",) + PREPOSITIONS:
            for det in ("", DETERMINER):
                morphs = tuple(m for m in (conj, prep, det) if m)
                if not morphs:
                    continue
                written = conj + ("لل" if prep == "ل" and det else prep + det)
                out[written] = morphs
    # Longest prefix first: fewer characters left in the stem is tried last
    # by segment(), which sorts by total clitic length anyway.
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


#: Every written proclitic sequence and its morphemes, e.g. ``'ولل'`` → ``('و','ل','ال')``.
PROCLITIC_SEQUENCES: tuple[tuple[str, tuple[str, ...]], ...] = _build_prefixes()
_PROCLITIC_MAP = dict(PROCLITIC_SEQUENCES)
_FIRST_LETTERS = frozenset(k[0] for k, _ in PROCLITIC_SEQUENCES)
_PROCLITIC_SIZES = tuple(sorted({len(k) for k in _PROCLITIC_MAP}))
_ENCLITIC_SET = frozenset(ENCLITICS)
_ENCLITIC_SIZES = tuple(sorted({len(e) for e in ENCLITICS}, reverse=True))
#: Proclitic sequences that can stand as a token of their own (no article).
DETACHABLE = frozenset(k for k, v in PROCLITIC_SEQUENCES if DETERMINER not in v)


def proclitic_splits(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """All ways to read a prefix of ``word`` as a proclitic sequence.

    No lexical check is made; the unsplit reading comes first.

    Args:
        word: A normalized word.

    Returns:
        ``(proclitics, rest)`` pairs, shortest proclitic sequence first.

    Example:
        >>> proclitic_splits("للانفصاليين")[-1]
        (('ل', 'ال'), 'انفصاليين')
        >>> proclitic_splits("الى")
        (((), 'الى'),)
    """
    if not word or word[0] not in _FIRST_LETTERS:
        return (((), word),)
    # A word has at most one prefix of each length: look each length up
    # (shortest first) rather than try every written sequence.
    out = [((), word)]
    for size in _PROCLITIC_SIZES:
        if len(word) - size < MIN_STEM:
            break
        morphs = _PROCLITIC_MAP.get(word[:size])
        if morphs is not None:
            out.append((morphs, word[size:]))
    return tuple(out)


def enclitic_splits(word: str, *, yeh: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """All ways to read a suffix of ``word`` as an enclitic, with the stem restored.

    Args:
        word: A normalized word (proclitics already removed).
        yeh: Also strip the first-person ``ي`` ("my"). Off by default: after a
            noun, final ``ي`` is far more often the nisba suffix, which makes
            a different word (``كاراباخي`` "Karabakhi", not "my Karabakh").

    Returns:
        ``(stem, enclitics)`` pairs; the unsplit reading comes first. A stem
        in the construct state is also offered with its full ending
        (``ن`` of plurals and duals, ``ه`` for teh marbuta).

    Example:
        >>> enclitic_splits("مسلحوها")[1:]
        (('مسلحو', ('ها',)), ('مسلحون', ('ها',)))
    """
    out: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    # At most one enclitic of each length ends the word: look each length up, longest first.
    for size in _ENCLITIC_SIZES:
        if len(word) - size < MIN_STEM:
            continue
        enc = word[-size:]
        if enc not in _ENCLITIC_SET or (enc == "ي" and not yeh):
            continue
        stem = word[:-size]
        encs = (enc,)
        out.append((stem, encs))
        last = stem[-1]
        if last in "ويا":
            out.append((stem + "ن", encs))
        elif last == "ت":
            out.append((stem[:-1] + "ه", encs))
    return tuple(out)


def segmentations(word: str, *, yeh: bool = False) -> list[Segmentation]:
    """Every proclitic/enclitic reading of ``word`` allowed by the clitic grammar.

    Not filtered by any lexicon: use :func:`segment` for that. The article
    ``ال`` and an enclitic never co-occur. Ordered by the number of clitic
    characters removed, so the unsegmented word is first. ``yeh`` as in
    :func:`enclitic_splits`.

    Example:
        >>> [s.clitics for s in segmentations("وبالإرهاب".replace("إ", "ا"))][-1]
        ('و', 'ب', 'ال')
    """
    return [Segmentation(*r) for r in (_readings(word, yeh) if yeh else _READINGS(word))]


def readings(word: str) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    """:func:`segmentations` (without the first-person ``ي``) as ``(proclitics, stem, enclitics)`` tuples.

    Every matcher reads the same words: this form is cached once for all of
    them (:class:`~analysis.text.wordcache.WordCache`) and costs the garbage
    collector nothing.

    Example:
        >>> readings("بلاده")[:3]
        (((), 'بلاده', ()), ((), 'بلاد', ('ه',)), (('ب',), 'لاده', ()))
    """
    return _READINGS(word)


def _readings(word: str, yeh: bool = False) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    out: list[tuple[int, tuple[tuple[str, ...], str, tuple[str, ...]]]] = []
    for pro, rest in proclitic_splits(word):
        for stem, enc in enclitic_splits(rest, yeh=yeh):
            if enc and DETERMINER in pro:
                continue
            removed = len(word) - len(rest) + (len(enc[0]) if enc else 0)
            out.append((removed, (pro, stem, enc)))
    out.sort(key=lambda p: p[0])
    return tuple(r for _, r in out)


_READINGS = WordCache(_readings)


def segment(
    word: str, known: Callable[[str], bool] | Iterable[str], *, yeh: bool = False
) -> Segmentation | None:
    """Return the most conservative reading of ``word`` whose stem is known.

    Args:
        word: A normalized word.
        known: A predicate on stems, or a collection of known stems (e.g. the
            normalized forms of a lexicon).
        yeh: Also strip the first-person enclitic ``ي`` (see :func:`enclitic_splits`).

    Returns:
        The reading that removes the fewest clitic characters among those
        with a known stem, or ``None`` if no reading has one.

    Example:
        >>> forms = {"انفصاليين", "ارهاب"}
        >>> segment("والانفصاليين", forms).clitics
        ('و', 'ال')
        >>> segment("وبالارهاب", forms).proclitics
        ('و', 'ب', 'ال')
        >>> segment("بلاده", forms) is None
        True
    """
    if not callable(known):
        known = known.__contains__  # type: ignore[union-attr]
    for seg in segmentations(word, yeh=yeh):
        if known(seg.stem):
            return seg
    return None


def detached_proclitics(token_text: str, norm: str) -> tuple[str, ...]:
    """Proclitics written as a token of their own, or ``()``.

    A detached proclitic is a word token whose normalized form is a
    proclitic sequence without the article (``ب``, ``ل``, ``ك``, ``و``,
    ``ف``, ``وب``, ``ول``…), typically written with tatweel: ``بـ``.

    Args:
        token_text: The token as written.
        norm: Its normalized form.

    Example:
        >>> detached_proclitics("بـ", "ب")
        ('ب',)
        >>> detached_proclitics("بل", "بل")
        ()
    """
    return _PROCLITIC_MAP[norm] if norm in DETACHABLE else ()


def proclitic_readings(word: str) -> tuple[str, ...]:
    """The word and every reading of it without proclitics (no lexical check).

    The casualty word lists hold bare forms and some definite ones
    (``القتلى``), so a word stripped of its article is also offered with the
    article put back: ``للقتلى`` gives ``قتلي`` and ``القتلي``.

    Args:
        word: A normalized word.

    Example:
        >>> proclitic_readings("وبالقصف")
        ('وبالقصف', 'بالقصف', 'القصف', 'قصف')
        >>> proclitic_readings("للقتلي")
        ('للقتلي', 'لقتلي', 'قتلي', 'القتلي')
    """
    out = [word]
    for morphs, rest in proclitic_splits(word)[1:]:
        out.append(rest)
        if DETERMINER in morphs:
            out.append(DETERMINER + rest)
    return tuple(dict.fromkeys(out))


__all__ = [
    "Segmentation", "segment", "segmentations", "readings", "proclitic_splits", "enclitic_splits",
    "detached_proclitics", "proclitic_readings", "PROCLITIC_SEQUENCES", "DETACHABLE", "ENCLITICS",
    "CONJUNCTIONS", "PREPOSITIONS", "DETERMINER", "MIN_STEM",
]
