"""One document under casualty extraction: its tokens, indices and the drafts so far.

:class:`Document` is built once per text. It indexes what the grammar
modules look up around a figure, so that each lookup costs the size of the
neighbourhood, never the length of the document (issue 14): the sentence of
every token, the clause breaks of a sentence (computed on first use), the
quotes and actor mentions overlapping each token, and the reporting cues and
cause phrases of a sentence (matched on first use by the lexicon Matcher).
It also holds the extraction state the grammar reads: the figures accepted
so far (:class:`Draft`) and the last one of each category.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Sequence

from analysis.casualties import lexicon as L
from analysis.casualties.numerals import Numeral
from analysis.text.sentences import Sentence
from analysis.text.tokenize import Token
from analysis.text.wordcache import word_cached

#: Closed-class words of the grammar (``data/grammar.yml``): words after a
#: figure that are not its counted noun; conjunctions that open a new clause (a
#: verb's subject never reaches past them); pronouns and كان forms that link a
#: definite subject to a figure (الشهداء كانوا اثنين).
FUNCTION_WORDS = L.FUNCTION_WORDS
CLAUSE_CONJ = L.CLAUSE_CONJ
COPULA_PRONOUNS = L.COPULA_PRONOUNS
COPULA_VERBS = L.COPULA_VERBS
#: Era letters after a year (2015م، 1436هـ).
ERA = frozenset({"م", "ه", "هـ"})
#: Dashes that open and close a parenthetical (بوكو حرام -التي …- أكثر من).
DASHES = frozenset({"-", "–", "—"})


#: Sentence marks (:meth:`Document.marks`): a disease or heat word (.health),
#: a conditional word (.unreported), a disease (.health's case figures), the
#: word opening a tag line (.no_counts), قد (.unreported's may_reach).
MARK_HEALTH, MARK_CONDITION, MARK_DISEASE, MARK_TAGS, MARK_MAY = 1, 2, 4, 8, 16
_HEALTH_FORMS = L.DISEASES | L.HEAT | L.HEAT_NOUNS | L.SUN


@word_cached
def word_marks(norm: str) -> int:
    """The sentence marks a word gives (``بالمرض`` health, ``وإذا`` condition).

    Example:
        >>> word_marks("بالمرض"), word_marks("واذا"), word_marks("قتل")
        (5, 2, 0)
    """
    return (MARK_HEALTH if L.in_set(norm, _HEALTH_FORMS) else 0) | (
        MARK_CONDITION if L.in_set(norm, L.CONDITIONS) else 0) | (
        MARK_DISEASE if L.in_set(norm, L.DISEASES) else 0) | (
        MARK_TAGS if norm in L.TAG_LINES else 0) | (
        MARK_MAY if L.without_conjunction(norm) == "قد" else 0)


@dataclass(slots=True)
class Draft:
    """A figure accepted as a casualty figure, before its source and agent are read."""

    numeral: Numeral
    first: int          # first token of the figure phrase
    last: int           # token after it
    noun: int | None    # token index of the counted noun
    category: str
    trigger: int | None
    martyr: bool
    parent: int | None = None
    subset: bool = False
    value: int | float | None = None
    high: int | float | None = None
    hedge: str = "exact"
    agent_span: tuple[int, int] | None = None
    coordinated_with: int | None = None
    strict_below: bool = False  # أقل من N: the high bound is N - 1


class Document:
    """Tokens, sentences and per-token indices of one text (see the module docstring).

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> from analysis.text.sentences import split_sentences
        >>> text = "قتل 5. وأصيب 3."  # synthetic
        >>> toks = tokenize(text)
        >>> doc = Document(text, toks, split_sentences(text, toks))
        >>> doc.sent_of, doc.prev_word(3), doc.w(4)
        ([0, 0, 0, 1, 1, 1], None, '3')
    """

    def __init__(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence], *,
                 doc_id: str = "", quotes=None, mentions=None) -> None:
        self.text = text
        self.tokens = tokens
        self.n_tokens = len(tokens)  # w() runs several hundred thousand times a corpus: no len() per call
        self.sentences = sentences
        self.doc_id = doc_id
        self.quotes = list(quotes) if quotes is not None else None
        self.mentions = list(mentions) if mentions is not None else None
        self.sent_of = [0] * len(tokens)
        for s in sentences:  # one slice per sentence, not one store per token
            self.sent_of[s.first_token:s.last_token] = [s.index] * (s.last_token - s.first_token)
        self.clause_breaks: dict[int, list[int]] = {}
        self.last_of_category: dict[str, int] = {}
        self.previous_speakers: dict[int, tuple[int, int] | None] = {}
        self.matches: dict[tuple[int, int], tuple[list, dict]] = {}
        self.cues: Any = None
        self.drafts: list[Draft] = []
        self.numeral_at: dict[int, Numeral] = {}
        self.agent_tokens: set[int] = set()  # figures read as a verb's subject (.agency)
        self.category_words: dict[int, bool] = {}  # sentence -> may name a category (.category_words)
        self.marks_of: dict[int, int] = {}  # sentence -> the MARK_ bits of its words (.marks)

    # The indices below are built on first use: most texts hold no casualty
    # figure, and then none of them is needed.
    @cached_property
    def token_starts(self) -> list[int]:
        """The start offset of every token, for bisecting from a character offset."""
        return [t.start for t in self.tokens]

    @cached_property
    def quotes_index(self) -> "IntervalIndex":
        """The quotes by the span of their content."""
        return IntervalIndex(self.quotes, "content_start", "content_end")

    @cached_property
    def mentions_index(self) -> "IntervalIndex":
        """The actor mentions that name an actor, by their span."""
        actors = None if self.mentions is None else [m if get(m, "actor") else None for m in self.mentions]
        return IntervalIndex(actors, "start", "end")

    def w(self, i: int) -> str:
        """The normalized form of token i if it is a word or a number, else ``""``."""
        if 0 <= i < self.n_tokens:
            tok = self.tokens[i]
            kind = tok.kind
            if kind == "word" or kind == "number":
                return tok.norm
        return ""

    def is_punct(self, i: int) -> bool:
        return self.tokens[i].kind in ("punct", "symbol")

    def sent(self, i: int) -> Sentence:
        return self.sentences[self.sent_of[i]]

    def prev_word(self, i: int) -> int | None:
        """Index of the token before ``i`` in the same sentence, skipping quote marks."""
        k = i - 1
        while k >= 0 and (self.tokens[k].kind == "quote" or self.tokens[k].text == "("):
            k -= 1
        if k < 0 or self.sent_of[k] != self.sent_of[i]:
            return None
        return k

    def next_word(self, i: int) -> int | None:
        k = i
        while k < len(self.tokens) and (self.tokens[k].kind == "quote" or self.tokens[k].text == ")"):
            k += 1
        if k >= len(self.tokens) or (i > 0 and self.sent_of[k] != self.sent_of[i - 1]):
            return None
        return k

    def opens_clause(self, x: int) -> bool:
        """Token x is a conjunction that opens a new clause (``grammar.yml`` clause_breaks) or ``؛``."""
        return self.w(x) in L.CLAUSE_BREAKS or self.tokens[x].text == "؛"

    def clause(self, i: int) -> tuple[int, int]:
        s = self.sent(i)
        breaks = self.clause_breaks.get(s.index)
        if breaks is None:
            breaks = [s.first_token]
            for x in range(s.first_token, s.last_token):
                if self.opens_clause(x) or (self.w(x) in ("في", "وفي") and self.w(x + 1) in ("حين", "وقت")):
                    breaks.append(x)
            breaks.append(s.last_token)
            self.clause_breaks[s.index] = breaks
        # breaks are sorted: the clause of i runs from the last break <= i to the next
        k = bisect_right(breaks, i)
        if 0 < k < len(breaks):
            return breaks[k - 1], breaks[k]
        return s.first_token, s.last_token

    def hits_in(self, matcher: Any, sent_index: int) -> list[tuple[Any, int, int]]:
        """The hits of a lexicon ``matcher`` in one sentence, as ``(hit, first, last)``.

        ``first``/``last`` are document token indices (``last`` exclusive), in
        text order. The matcher runs once per sentence, on the first lookup there.
        """
        return self._matches(matcher, sent_index)[0]

    def matched(self, matcher: Any, i: int) -> tuple[Any, int, int] | None:
        """The hit of ``matcher`` covering token ``i`` (see :meth:`hits_in`), or ``None``."""
        return self._matches(matcher, self.sent_of[i])[1].get(i)

    def hits_by_token(self, matcher: Any, sent_index: int) -> dict[int, tuple[Any, int, int]]:
        """The hits of :meth:`hits_in` by each token they cover, for many lookups in one sentence."""
        return self._matches(matcher, sent_index)[1]

    def _matches(self, matcher: Any, sent_index: int):
        key = (id(matcher), sent_index)
        found = self.matches.get(key)
        if found is None:
            s = self.sentences[sent_index]
            hits, at = [], {}
            for hit in matcher.match(list(self.tokens[s.first_token:s.last_token]), text=self.text):
                first, last = s.first_token + hit.first_token, s.first_token + hit.last_token
                hits.append((hit, first, last))
                for x in range(first, last):
                    at[x] = hits[-1]
            found = self.matches[key] = (hits, at)
        return found

    def marks(self, s: int) -> int:
        """The :data:`MARK_HEALTH` / :data:`MARK_CONDITION` bits of sentence ``s``'s
        words, read once per sentence: a rule that needs such a word skips a
        sentence without one at the cost of one dict lookup."""
        found = self.marks_of.get(s)
        if found is None:
            sentence = self.sentences[s]
            found = 0
            get = word_marks.cache.entries.get
            for tok in self.tokens[sentence.first_token:sentence.last_token]:
                if tok.kind == "word":
                    bits = get(tok.norm)
                    found |= word_marks(tok.norm) if bits is None else bits
            self.marks_of[s] = found
        return found

    def last_claim(self, *, category: str) -> int | None:
        return self.last_of_category.get(category)

    def is_number_token(self, k: int) -> bool:
        if self.tokens[k].kind == "number":
            return True
        for d in self.drafts[-3:]:  # a plain loop: this runs for every word a rule walks past
            if d.numeral.first_token <= k < d.last:
                return True
        return False

    def object_follows(self, x: int) -> bool:
        """A figure stands right after token x, not joined by و/ف."""
        num = self.numeral_at.get(x + 1)
        return num is not None and not num.prefix.startswith(("و", "ف"))

    def dash_opener(self, k: int) -> int | None:
        """For a closing dash at k, the opening dash of the same sentence, if any."""
        x = k - 1
        while x >= 0 and k - x <= 15 and self.sent_of[x] == self.sent_of[k]:
            tok = self.tokens[x]
            if tok.text in DASHES:
                return x if x < k - 1 else None
            if tok.kind == "number" or tok.text in ("،", ",", ".", ":", "؛"):
                return None
            x -= 1
        return None


def get(row: Any, name: str) -> Any:
    """A field of a record given as a dict or as an object."""
    if isinstance(row, dict):
        return row.get(name)
    return getattr(row, name, None)


class IntervalIndex:
    """Items with a character span, found by overlap without scanning them all.

    Items are sorted by start; with the running maximum of their ends, a query
    walks back from the last item starting before its end only while some
    earlier item can still reach it, so a lookup costs the number of items
    that overlap, not the number of items. Nothing is allocated per token,
    which keeps long texts clear of the garbage collector.

    Example:
        >>> index = IntervalIndex([{"s": 4, "e": 9}, {"s": 0, "e": 3}, None], "s", "e")
        >>> index.overlapping(5, 6), index.overlapping(3, 4), index.overlapping(0, 10)
        ([0], [], [0, 1])
    """

    def __init__(self, items: list | None, start_field: str, end_field: str) -> None:
        self.items = list(items or ())
        spans = []
        for n, item in enumerate(self.items):
            if item is None:
                continue
            a, b = get(item, start_field), get(item, end_field)
            if a is not None and b is not None:
                spans.append((a, b, n))
        spans.sort()
        self.starts = [a for a, _, _ in spans]
        self.ends = [b for _, b, _ in spans]
        self.order = [n for _, _, n in spans]
        reach, self.reach = -1, []
        for b in self.ends:
            reach = max(reach, b)
            self.reach.append(reach)

    def overlapping(self, a: int, b: int) -> list[int]:
        """Indices (in the items' own order) of the items with ``start < b`` and ``a < end``."""
        k = bisect_left(self.starts, b) - 1
        found = []
        while k >= 0 and self.reach[k] > a:
            if self.ends[k] > a:
                found.append(self.order[k])
            k -= 1
        found.sort()
        return found

    def items_overlapping(self, a: int, b: int) -> list:
        """The items themselves, see :meth:`overlapping`."""
        return [self.items[n] for n in self.overlapping(a, b)]


__all__ = ["Document", "Draft", "MARK_DISEASE", "MARK_TAGS", "MARK_MAY", "get", "IntervalIndex", "FUNCTION_WORDS", "ERA", "CLAUSE_CONJ",
           "COPULA_PRONOUNS", "COPULA_VERBS", "DASHES"]
