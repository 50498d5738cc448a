"""Several matchers over the same tokens, with one candidate lookup per token for all of them.

:func:`analysis.annotate.annotate` runs two :class:`~analysis.lexicon.matcher.Matcher`
objects over every document: the lexicons' and the framing stage's (actor
names, role nouns, reporting cues). Each on its own looks up every token's
norm in its candidate cache and, for each word it has not seen, reads the
word's clitic readings; both saw the same words. A :class:`MatcherGroup`
does that once: one cache maps a norm to the candidates of every matcher,
and each matcher then takes its hits from the tokens that start one of its
entries, exactly as its own :meth:`~analysis.lexicon.matcher.Matcher.match`
would (each keeps its own longest-match consumption, so the hits are the same).
"""

from __future__ import annotations

from typing import Sequence

from analysis.lexicon.matcher import Matcher, by_token
from analysis.lexicon.schema import TermHit
from analysis.lexicon.screen import may_have_candidates
from analysis.text.tokenize import Token
from analysis.text.wordcache import WordCache


class MatcherGroup:
    """Matchers run together over one token list.

    Args:
        matchers: The matchers, in the order :meth:`match` returns their hits.

    Example:
        >>> from analysis.lexicon import Entry
        >>> from analysis.text import tokenize
        >>> terms = Matcher([Entry("labels/terrorist", "إرهابي", ("إرهابيين",))], backend="rules")
        >>> actors = Matcher([Entry("actor/army", "الجيش")], backend="rules")
        >>> tokens = tokenize("قال الجيش إن الإرهابيين هاجموا")  # synthetic
        >>> [[h.text for h in hits] for hits in MatcherGroup([terms, actors]).match(tokens)]
        [['الإرهابيين'], ['الجيش']]
    """

    def __init__(self, matchers: Sequence[Matcher]) -> None:
        self.matchers: tuple[Matcher, ...] = tuple(matchers)
        self._cache = WordCache(self._all_candidates)
        # most words have no candidate in any matcher: one test for all of them (analysis.lexicon.screen)
        self._word_ends = frozenset().union(*(m._word_ends for m in self.matchers))
        self._use_lemmas = any(m._use_lemmas for m in self.matchers)

    def _all_candidates(self, norm: str) -> tuple:
        if not self._use_lemmas and not may_have_candidates(self._word_ends, norm):
            return ()
        found = tuple(m._candidates(norm) for m in self.matchers)
        return found if any(found) else ()

    def match(self, tokens: Sequence[Token], *, text: str | None = None) -> list[list[TermHit]]:
        """Each matcher's :meth:`~analysis.lexicon.matcher.Matcher.match` of ``tokens``, in one pass.

        Args:
            tokens: Tokens of ONE original text.
            text: That original text (see :meth:`Matcher.match`).

        Returns:
            One list of hits per matcher, in the order of :attr:`matchers`.
        """
        starts = by_token(self._cache, tokens)
        return [
            matcher._hits(tokens, [(i, cands[k]) for i, cands in starts if cands[k]], text)
            for k, matcher in enumerate(self.matchers)
        ]


__all__ = ["MatcherGroup"]
