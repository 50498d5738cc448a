"""The one cache of the pipeline's per-word functions, bounded so memory does not grow with the corpus.

News text repeats its words (Zipf's law): most tokens of a document were seen
in the documents before it, so the pure functions of one word (its pieces and
normalized form, its clitic readings, a matcher's candidate entries, a number
word's value) are memoized, every one in a :class:`WordCache` (directly, or
through the :func:`word_cached` decorator).

A :class:`WordCache` keeps two generations: new results go into the current
one; when it holds :data:`WORD_CACHE_SIZE` entries it becomes the previous one
(the one before is dropped), and a word found only in the previous generation
moves back into the current one. So frequent words stay, rare ones are
forgotten, and a worker holds at most twice a cache's size (``WORD_CACHE_SIZE``
unless the cache is made with its own) per cache whether it has annotated one
shard or a thousand
(``benchmarks/bench_store.py`` measures its peak memory).

Each generation is a plain ``dict`` of strings and tuples of strings and
numbers, which the garbage collector stops tracking and scanning. A
:func:`functools.lru_cache` keeps a linked list per entry, and a ``dict``
subclass is always scanned: with hundreds of thousands of entries either
made the collector's passes cost more than the work the cache saved.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, Callable, Hashable, TypeVar

#: Entries per generation of each cache.
WORD_CACHE_SIZE = 32_768

_MISSING = object()
F = TypeVar("F", bound=Callable[..., Any])


class WordCache:
    """``cache(key)`` is ``function(key)``, computed once while ``key`` is in use.

    Args:
        function: A pure function of one hashable argument (pass a tuple for
            several); callers must not mutate what it returns.
        size: Entries per generation (default :data:`WORD_CACHE_SIZE`).

    Attributes:
        entries: The current generation, always the same ``dict`` object. A
            loop over every token looks words up there directly
            (``entries.get(word)``) and calls :meth:`miss` when it is absent:
            a plain dict lookup is several times cheaper than a call.

    Example:
        >>> lengths = WordCache(len, size=2)
        >>> lengths("حرب"), lengths("سلام"), lengths("هدنة"), lengths("حرب")
        (3, 4, 4, 3)
        >>> len(lengths.entries) <= 2
        True
    """

    __slots__ = ("entries", "_function", "_size", "_previous")

    def __init__(self, function: Callable[[Any], Any], *, size: int = WORD_CACHE_SIZE) -> None:
        self.entries: dict = {}
        self._function = function
        self._size = size
        self._previous: dict = {}

    def __call__(self, key: Hashable) -> Any:
        found = self.entries.get(key, _MISSING)
        return self.miss(key) if found is _MISSING else found

    def miss(self, key: Hashable) -> Any:
        """``function(key)``, from the previous generation if it is there, now in the current one."""
        value = self._previous.get(key, _MISSING)  # a get: a pop costs twice as much, and frees nothing
        if value is _MISSING:
            value = self._function(key)
        entries = self.entries
        if len(entries) >= self._size:
            self._previous = dict(entries)
            entries.clear()
        entries[key] = value
        return value

    def __repr__(self) -> str:
        return f"WordCache({getattr(self._function, '__qualname__', self._function)!r}, {len(self.entries)} entries)"


def word_cached(function: F) -> F:
    """``function`` memoized in a :class:`WordCache` keyed by its positional arguments (a decorator).

    A function of one argument is keyed by that argument (a call then costs
    what a :func:`functools.lru_cache` hit does); one of several by their tuple.

    Example:
        >>> @word_cached
        ... def stem(word: str, size: int) -> str:
        ...     return word[:size]
        >>> stem("الحرب", 3), stem("الحرب", 3), len(stem.cache.entries)
        ('الح', 'الح', 1)
    """
    if len(inspect.signature(function).parameters) == 1:
        cache = WordCache(function)
        get, miss = cache.entries.get, cache.miss

        def cached(key):  # type: ignore[no-untyped-def]
            found = get(key, _MISSING)
            return miss(key) if found is _MISSING else found
    else:
        cache = WordCache(lambda args: function(*args))
        get, miss = cache.entries.get, cache.miss

        def cached(*args):  # type: ignore[no-untyped-def]
            found = get(args, _MISSING)
            return miss(args) if found is _MISSING else found

    cached = functools.wraps(function)(cached)
    cached.cache = cache  # type: ignore[attr-defined]
    return cached  # type: ignore[return-value]


__all__ = ["WordCache", "word_cached", "WORD_CACHE_SIZE"]
