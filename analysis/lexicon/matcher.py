"""Clitic-aware longest-match of lexicon entries over a token list.

Matching rules (each is tested in ``tests/lexicon/test_matcher.py``):

1. **Normalized comparison.** Document tokens and lexicon forms are both
   compared in their normalized form (:func:`analysis.text.normalize.normalize`):
   diacritics and tatweel removed, hamza-alef → ``ا``, ``ى`` → ``ي``,
   ``ة`` → ``ه``. ``الإرهابيّة`` and ``الارهابيه`` are the same word.
2. **Clitics are stripped conservatively.** A word matches a single-word
   form if the word itself is the form, or if removing proclitics
   (``و ف`` + ``ب ل ك`` + ``ال``; ``لل`` = ``ل`` + ``ال``) and/or one pronominal
   enclitic (``ه ها هم هما هن ك كم كما كن نا``; construct-state ``-و/-ي/-ا``
   and ``-ت`` restored to ``-ون/-ين/-ان`` and ``-ة``) leaves exactly a listed
   form. The first-person ``ي`` is not stripped: after a noun it is usually
   the nisba suffix (``كاراباخي`` is "Karabakhi", not a Karabakh hit).
   The reading removing the fewest characters wins. Nothing is stripped
   unless the rest is a lexicon form (so ``الى``, ``بلاده`` never match).
3. **Multi-word forms** match consecutive tokens: the first word may carry
   proclitics (``لوقف إطلاق النار``), the last word an enclitic if it has no
   article, the words in between must be equal. A noun + adjective form
   written with the article on both (``العملية العسكرية``, ``القوات المسلحة``)
   also matches the noun with a pronoun suffix instead of the article
   (``عمليتها العسكرية``, ``قواتها المسلحة``), as Arabic grammar requires.
4. **Longest match wins.** At each token, the candidate covering the most
   tokens is taken, then the one removing fewer clitic characters, then the
   earlier entry (lexicon order, then entry order). Matched tokens are
   consumed: nested entries never double-count, so ``الإرهاب`` inside
   ``مكافحة الإرهاب`` is one ``contexts/counter_terrorism`` hit, not also a
   ``labels/terrorist`` hit, and ``القوات المسلحة`` is
   ``institutions/armed_forces``, never a militant.
5. **Stop phrases** (``Entry.stop``) take part in rule 4 but yield no hit;
   on an equal span a real entry beats a stop phrase.
6. **Detached proclitics.** A token that is only a proclitic sequence
   (``بـ``, ``و``, ``لـ``) passes its clitics to the next word token, skipping
   quotation marks: in ``بـ"الإرهابية"`` the hit is the word ``الإرهابية``
   only (the span excludes ``بـ"``) and ``clitics == ('ب', 'ال')``.
7. **Lemma matching** (only with the ``calima`` backend): a single word that
   rule 2 does not match is analyzed; if an analysis' lemma equals the lemma
   of an entry with ``lemma_match`` true, that entry matches, with the
   analyzer's clitics.

Every :class:`~analysis.lexicon.schema.TermHit` has ``text[start:end] ==
hit.text``, token indices, the key, lemma and clitics.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Any, Iterable, NamedTuple, Sequence

from analysis.lexicon.loader import form_key
from analysis.lexicon.schema import Entry, Lexicon, TermHit
from analysis.lexicon.screen import may_have_candidates, word_ends
from analysis.text.clitics import (
    DETERMINER,
    detached_proclitics,
    enclitic_splits,
    proclitic_splits,
    readings,
)
from analysis.text.morphology import Backend, get_backend
from analysis.text.records import record_maker
from analysis.text.tokenize import Token, tokenize
from analysis.text.wordcache import WordCache

_MATCHABLE = frozenset({"word", "number"})
_NORM = attrgetter("norm")
_TERM_HIT = record_maker(TermHit)  # a hit per match: without the frozen __init__
# Normalization writes ة as ه, so without this a noun in ة would also read
# as stem + the pronoun ه (مدنية as مدني+ه, إشارة as أشار+ه). Whether the
# surface ends in ة is checked on the original, ignoring marks and tatweel.
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670\u0640"


def _ends_in_teh_marbuta(tok: Token) -> bool:
    return tok.norm[-1:] == "ه" and tok.text.rstrip(_MARKS)[-1:] == "ة"


class _Cand(NamedTuple):
    rest: tuple[str, ...]      # normalized tokens that must follow
    entry_index: int
    clitics: tuple[str, ...]   # clitics on the first word
    removed: int               # clitic characters removed (tie-break)
    last_enclitic_ok: bool     # may the last word of ``rest`` carry an enclitic?


class Matcher:
    """Finds lexicon entries in tokenized text.

    Args:
        entries: Entries (or whole :class:`Lexicon` objects) in priority order.
        backend: ``None`` or ``'auto'`` (calima if installed, else rules),
            ``'rules'``, ``'calima'``, a path to a camel-tools morphology DB,
            or a :class:`~analysis.text.morphology.Backend` instance.

    Attributes:
        entries: The entries, stop phrases included, in priority order.
        backend: The morphology backend in use (``backend.name``,
            ``backend.version`` belong in outputs).

    Example:
        >>> from analysis.text import tokenize
        >>> m = Matcher([Entry("labels/separatist", "انفصالي", ("انفصالي", "انفصاليين"))],
        ...             backend="rules")
        >>> [(h.text, h.clitics) for h in m.match(tokenize("مع الانفصاليين وللانفصاليين"))]
        [('الانفصاليين', ('ال',)), ('وللانفصاليين', ('و', 'ل', 'ال'))]
    """

    def __init__(self, entries: Iterable[Entry | Lexicon], *, backend: Backend | str | None = None) -> None:
        flat: list[Entry] = []
        for e in entries:
            flat.extend(e.entries if isinstance(e, Lexicon) else [e])
        self.entries: tuple[Entry, ...] = tuple(flat)
        self.backend: Backend = backend if isinstance(backend, Backend) else get_backend(backend or "auto")
        self._single: dict[str, int] = {}
        self._multi: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        self._lemmas: dict[str, int] = {}
        for idx, entry in enumerate(self.entries):
            for form in entry.all_forms:
                fk = form_key(form)
                if not fk:
                    continue
                if len(fk) == 1:
                    self._single.setdefault(fk[0], idx)
                else:
                    self._multi.setdefault(fk[0], []).append((fk, idx))
            if entry.lemma_match and not entry.stop and len(form_key(entry.lemma)) == 1:
                self._lemmas.setdefault(form_key(entry.lemma)[0], idx)
        self._use_lemmas = self.backend.has_lemmas and bool(self._lemmas)
        # the rests of words whose lookups can hit a form: most words have none (analysis.lexicon.screen)
        self._word_ends = word_ends(set(self._single) | set(self._multi))
        # Candidates depend on the normalized word (and a final ة) only.
        self._plain = WordCache(self._candidates)
        self._teh_marbuta = WordCache(lambda norm: self._candidates(norm, True))

    # -- candidate lookup, cached per normalized token ----------------------
    def _candidates(self, norm: str, teh_marbuta: bool = False) -> tuple[_Cand, ...]:
        if not self._use_lemmas and not may_have_candidates(self._word_ends, norm):
            return ()
        # A final ة is never the pronoun ه (see _ends_in_teh_marbuta).
        no_h = ("ه",) if teh_marbuta else None
        cands: list[_Cand] = []
        multi = self._multi
        for pro, rest in proclitic_splits(norm):
            removed = len(norm) - len(rest)
            for fk, idx in multi.get(rest, ()):
                last_ok = not fk[-1].startswith(DETERMINER)
                cands.append(_Cand(fk[1:], idx, pro, removed, last_ok))
            if DETERMINER in pro:
                continue
            # A noun with a pronoun suffix is definite, so its adjective keeps
            # the article: عمليتها العسكرية matches the form العملية العسكرية.
            for stem, enc in enclitic_splits(rest)[1:]:
                if enc == no_h:
                    continue
                for fk, idx in multi.get(DETERMINER + stem, ()):
                    if fk[1].startswith(DETERMINER):
                        last_ok = not fk[-1].startswith(DETERMINER)
                        clitics = pro + tuple("+" + e for e in enc)
                        cands.append(_Cand(fk[1:], idx, clitics, len(norm) - len(stem), last_ok))
        for pro, stem, enc in readings(norm):
            if enc == no_h:
                continue
            idx = self._single.get(stem)
            if idx is not None:
                removed = len(norm) - len(stem)
                cands.append(_Cand((), idx, pro + tuple("+" + e for e in enc), removed, False))
                break
        else:
            if self._use_lemmas:
                for a in self.backend.analyze(norm):
                    idx = self._lemmas.get(a.lemma) if a.lemma else None
                    if idx is not None:
                        cands.append(_Cand((), idx, a.clitics, 0, False))
                        break
        entries = self.entries
        cands.sort(key=lambda c: (-len(c.rest), entries[c.entry_index].stop, c.removed, c.entry_index))
        return tuple(cands)

    def match_text(self, text: str) -> list[TermHit]:
        """Tokenize ``text`` and match it; ``hit.text == text[hit.start:hit.end]``.

        Example:
            >>> m = Matcher([Entry("labels/terrorist", "إرهابي", ("إرهابية",))], backend="rules")
            >>> [(h.text, h.clitics) for h in m.match_text('وصفتها بـ"الإرهابية"')]
            [('الإرهابية', ('ب', 'ال'))]
        """
        return self.match(tokenize(text), text=text)

    def match(self, tokens: list[Token], *, text: str | None = None) -> list[TermHit]:
        """Return the lexicon hits in a token list, in text order.

        Args:
            tokens: Tokens of ONE original text, from
                :func:`analysis.text.tokenize.tokenize`.
            text: That original text. Pass it whenever you have it: a
                multi-word hit's ``text`` is then sliced from it exactly;
                without it the gaps between tokens are rebuilt as spaces,
                which differs from the original if a phrase spans a newline
                or a non-breaking space. Single-word hits are always exact.

        Returns:
            Non-overlapping hits (see the module rules).

        Example:
            >>> from analysis.text import tokenize
            >>> m = Matcher([Entry("events/ceasefire", "وقف إطلاق النار")], backend="rules")
            >>> [(h.text, h.clitics, h.first_token, h.last_token)
            ...  for h in m.match(tokenize("اتفاق لوقف إطلاق النار"))]
            [('لوقف إطلاق النار', ('ل',), 1, 4)]
        """
        return self._hits(tokens, by_token(self._plain, tokens), text)

    def _hits(self, tokens: Sequence[Token], starts: list[tuple[int, tuple[_Cand, ...]]],
              text: str | None) -> list[TermHit]:
        """The hits starting at ``starts``: (token index, its non-empty candidates ignoring a final ة)."""
        hits: list[TermHit] = []
        n = len(tokens)
        entries = self.entries
        consumed = 0  # tokens before this index belong to an earlier match
        for i, cands in starts:
            if i < consumed:
                continue
            tok = tokens[i]
            kind = tok.kind
            if kind not in _MATCHABLE:
                continue
            if _ends_in_teh_marbuta(tok):
                cands = self._teh_marbuta(tok.norm)
            if not cands:
                continue
            found = None
            for cand in cands:
                rest = cand.rest
                if not rest:
                    found = (cand, i + 1, ())
                    break
                end = i + 1 + len(rest)
                if end > n:
                    continue
                j = 0
                last = len(rest) - 1
                enc: tuple[str, ...] = ()
                while j <= last:
                    want = rest[j]
                    got = tokens[i + 1 + j].norm
                    if got != want:
                        # every stem enclitic_splits gives a word starts with the word
                        # less its last character: most words are ruled out without a call
                        if j == last and cand.last_enclitic_ok and got.startswith(want[:-1]):
                            enc = _ENCLITIC_FOR((got, want, _ends_in_teh_marbuta(tokens[i + 1 + j])))
                            if enc:
                                j += 1
                                continue
                        break
                    j += 1
                if j > last:
                    found = (cand, end, enc)
                    break
            if found is None:
                continue
            cand, end, enc = found
            entry = entries[cand.entry_index]
            if not entry.stop:
                lastt = tokens[end - 1]
                hits.append(_TERM_HIT(
                    tok.start, lastt.end, _surface(tokens, i, end, text),
                    entry.key, entry.lemma, _pending(tokens, i, consumed) + cand.clitics + enc, i, end,
                    entry.lexicon,
                ))
            consumed = end
        return hits


def by_token(cache: WordCache, tokens: Sequence[Token]) -> list[tuple[int, Any]]:
    """``(i, cache(tokens[i].norm))`` for every token whose candidates are not empty (most have none), in token order.

    The per-token work is done by C loops (a list of norms, a set difference
    for the unseen words, a dict lookup mapped over the list): matchers run
    over every token of the corpus, and a Python loop over all of them cost
    more than the rest of matching. A word's candidates ignore a final ة;
    those of the word itself (``Matcher._teh_marbuta``) are a subset, read
    by :meth:`Matcher._hits`.
    """
    norms = list(map(_NORM, tokens))
    for norm in set(norms).difference(cache.entries):
        cache(norm)
    found = list(map(cache.entries.get, norms))
    if None in found:  # a generation change while the new words were added
        found = [c if c is not None else cache(norms[k]) for k, c in enumerate(found)]
    return [(i, found[i]) for i in compress(range(len(found)), found)]


def _pending(tokens: Sequence[Token], i: int, consumed: int) -> tuple[str, ...]:
    """Clitics that a detached proclitic token (بـ، و، لـ) passes to the match starting at token ``i``.

    The nearest token before ``i`` other than a quotation mark gives them, if
    it is a word that no earlier match has consumed (rule 6).
    """
    j = i - 1
    while j >= consumed and tokens[j].kind == "quote":
        j -= 1
    if j < consumed or tokens[j].kind != "word":
        return ()
    return detached_proclitics(tokens[j].text, tokens[j].norm)


def _enclitic_for(key: tuple[str, str, bool]) -> tuple[str, ...]:
    got, want, teh_marbuta = key
    for stem, enc in enclitic_splits(got):
        if enc and stem == want and not (teh_marbuta and enc == ("ه",)):
            return tuple("+" + e for e in enc)
    return ()


# (a word, the last word of a phrase, whether the word ends in ة) -> the enclitic joining them
_ENCLITIC_FOR = WordCache(_enclitic_for)


def _surface(tokens: list[Token], i: int, end: int, text: str | None) -> str:
    if end == i + 1:
        return tokens[i].text
    if text is not None:
        return text[tokens[i].start:tokens[end - 1].end]
    # Without the text the whitespace between tokens is unknown; it is
    # rebuilt as spaces (exact for ordinary single-spaced prose).
    parts = [tokens[i].text]
    for k in range(i + 1, end):
        parts.append(" " * (tokens[k].start - tokens[k - 1].end))
        parts.append(tokens[k].text)
    return "".join(parts)


__all__ = ["Matcher"]
