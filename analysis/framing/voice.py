"""Whose voice carries a loaded term: the outlet's, or a reported source's.

For every loaded-term hit of the lexicon layer (all keys except the prefixes
in :data:`NOT_LOADED`: places, institutions, and the so-called markers, which
are read as modifiers of the term they mark):

* ``voice``: ``reported`` if the term lies in the content of a reported
  statement (:mod:`.quotes`), else ``own``. Inside indirect speech the words
  are the reporter's paraphrase of the source, and news style treats them as
  attributed; that is the convention here, and it is what makes "no
  'terrorist' without attribution" measurable.
* ``attributed_to``: the speaker of the innermost statement containing the
  term (an actor id, or ``None`` for an unidentified source or own voice); of
  نقلت X عن Y قوله, Y's (X only relays). A
  person's statement is attributed to the person (``aliyev``); roll up with
  :meth:`~analysis.framing.registry.Registry.ancestors` for the state.
* ``quoted``: the term lies between matched quotation marks.
* ``scare_quote``: quoted, in the outlet's own voice, and the quotation is
  short (at most :data:`SCARE_MAX_WORDS` words): a phrase the outlet holds at
  a distance ("العملية العسكرية"), not speech. Quotation marks inside a
  reported statement mark the source's own words (partial quotation) and are
  not scare quotes.
* ``so_called``: preceded by ما يسمى / ما تسمى… (a detached بـ, quotation
  marks and up to two words of the same phrase may intervene), or followed
  by مزعوم in any form.
* ``target``: the party the label is applied to: the actor of the (resolved)
  mention the term is part of (الانفصاليين الأرمن); else, inside a statement whose verb
  has an object (وصف X بـ، اتهم X بـ), that object; when the object is only a
  pronoun (وصفتها), the object of the nearest earlier such statement in the
  sentence (اتهمت باكو الانفصاليين … التي وصفتها بـ"الإرهابية"); else ``None``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

from analysis.framing.actors import ActorMention
from analysis.framing.context import DocContext
from analysis.framing.quotes import Quote, QuotePair
from analysis.lexicon.schema import TermHit
from analysis.text.records import record_maker

_WORD_KINDS = frozenset({"word", "number"})
_kind = attrgetter("kind")

#: Key prefixes that are not loaded terms.
NOT_LOADED = ("places/", "institutions/", "markers/")
#: Longest quotation (in words) that can be a scare quote.
SCARE_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class TermVoice:
    """A loaded-term hit with its voice.

    Attributes:
        start, end, text, key, lemma, clitics: As in
            :class:`~analysis.lexicon.schema.TermHit`.
        voice: ``own`` or ``reported``.
        quoted: Inside quotation marks.
        scare_quote: A short quotation in the outlet's own voice.
        so_called: Marked by ما يسمى or مزعوم.
        attributed_to: Speaker of the innermost containing statement, or ``None``.
        target: Actor the label is applied to, or ``None``.
    """

    start: int
    end: int
    text: str
    key: str
    lemma: str
    clitics: tuple[str, ...]
    voice: str
    quoted: bool
    scare_quote: bool
    so_called: bool
    attributed_to: str | None
    target: str | None


def term_voices(ctx: DocContext, mentions: list[ActorMention], quotes: list[Quote],
                pairs: list[QuotePair], *, exclude: tuple[str, ...] = NOT_LOADED) -> list[TermVoice]:
    """Give every loaded-term hit its voice, quotation and target.

    Args:
        ctx: The document context (its ``term_hits`` are the lexicon hits).
        mentions: Actor mentions of the document.
        quotes: Reported statements of the document.
        pairs: Matched quotation marks.
        exclude: Key prefixes that are not loaded terms.

    Returns:
        One :class:`TermVoice` per loaded hit, in text order.

    Example:
        >>> from analysis.framing.analyze import analyze_text
        >>> r = analyze_text('انتهت "العملية العسكرية" أمس.')  # synthetic
        >>> [(t.key, t.voice, t.quoted, t.scare_quote) for t in r.terms]
        [('events/military_operation', 'own', True, True)]
    """
    toks = ctx.tokens
    index = _VoiceIndex(ctx, mentions, quotes, pairs)
    inner_of = index.innermost_statements(ctx.term_hits)
    out: list[TermVoice] = []
    for n, h in enumerate(ctx.term_hits):
        if h.key.startswith(exclude):
            continue
        p = index.innermost_pair(h)
        quoted = p is not None
        inner = inner_of[n]
        voice = "reported" if inner is not None else "own"
        scare = False
        if quoted and inner is None:
            words = index.words_before[p.close] - index.words_before[p.open + 1]
            scare = words <= SCARE_MAX_WORDS
        out.append(_TERM_VOICE(
            h.start, h.end, h.text, h.key, h.lemma, h.clitics, voice, quoted, scare,
            index.so_called(h), inner.speaker if inner is not None else None,
            index.target(h, inner),
        ))
    return out


_TERM_VOICE = record_maker(TermVoice)


class _VoiceIndex:
    """Per-token indices of one document, so that each term is looked up, never scanned for.

    Quotation pairs are properly nested (:func:`~analysis.framing.quotes.pair_quotes`
    closes an inner quotation left open), so the innermost pair around a term
    is found by walking up from the innermost pair around its first token.
    """

    def __init__(self, ctx: DocContext, mentions: list[ActorMention], quotes: list[Quote],
                 pairs: list[QuotePair]) -> None:
        self.ctx = ctx
        self.quotes = quotes
        toks = ctx.tokens
        n = len(toks)
        # Innermost pair strictly around each token, and each pair's parent.
        self.pair_around: list[QuotePair | None] = [None] * n
        self.parent: dict[QuotePair, QuotePair | None] = {}
        stack: list[QuotePair] = []
        for p in sorted(pairs, key=lambda p: p.open):
            while stack and stack[-1].close < p.open:
                stack.pop()
            self.parent[p] = stack[-1] if stack else None
            stack.append(p)
        for p in sorted(pairs, key=lambda p: p.open):  # inner pairs overwrite outer ones
            for i in range(p.open + 1, p.close):
                if self.pair_around[i] is None or self.pair_around[i].open < p.open:
                    self.pair_around[i] = p
        # Word tokens before each index, by C loops (this runs over every token of the corpus).
        self.words_before = list(accumulate(map(_WORD_KINDS.__contains__, map(_kind, toks)), initial=0))
        self.mention_of: list[ActorMention | None] = [None] * n
        for m in reversed(mentions):  # the first mention wins, as a scan in text order would
            for i in range(m.first_token, m.last_token):
                self.mention_of[i] = m
        self.markers_ending: dict[int, list[TermHit]] = {}
        self.markers_starting: dict[int, list[TermHit]] = {}
        for m in ctx.term_hits:
            if m.key == "markers/so_called":
                self.markers_ending.setdefault(m.last_token, []).append(m)
                self.markers_starting.setdefault(m.first_token, []).append(m)
        self.addressee_lemmas = {c.lemma for c in ctx.cues.verbs if c.addressee}
        addressed = [q for q in quotes if q.addressee is not None and q.cue in self.addressee_lemmas]
        addressed.sort(key=lambda q: q.start)
        self.addressed = addressed
        self.addressed_starts = [q.start for q in addressed]

    def innermost_pair(self, h: TermHit) -> QuotePair | None:
        toks = self.ctx.tokens
        if h.first_token >= len(toks):
            return None
        p = self.pair_around[h.first_token]
        while p is not None and not (toks[p.open].end <= h.start and h.end <= toks[p.close].start):
            p = self.parent[p]
        return p

    def innermost_statements(self, hits) -> list[Quote | None]:
        """The innermost statement whose content holds each hit (``None`` if none).

        A sweep in offset order keeps the statements whose content is open at
        the hit; among equal content spans the earliest statement wins.
        """
        order = sorted(range(len(hits)), key=lambda n: hits[n].start)
        by_content = sorted(range(len(self.quotes)), key=lambda k: self.quotes[k].content_start)
        out: list[Quote | None] = [None] * len(hits)
        active: list[int] = []
        nxt = 0
        for n in order:
            h = hits[n]
            while nxt < len(by_content) and self.quotes[by_content[nxt]].content_start <= h.start:
                active.append(by_content[nxt])
                nxt += 1
            # A content ending at or before this start can hold no later hit either.
            active = [k for k in active if self.quotes[k].content_end > h.start]
            inside = [self.quotes[k] for k in sorted(active) if h.end <= self.quotes[k].content_end]
            # The relay of نقلت X عن Y قوله shares Y's content: Y's words are Y's.
            out[n] = max(inside, key=lambda q: (q.content_start, -q.content_end, q.rule != "relay"), default=None)
        return out

    def so_called(self, h: TermHit) -> bool:
        toks = self.ctx.tokens
        # ما يسمى بـ"الجماعات الإرهابية": quotes, a detached بـ and up to two
        # words of the same noun phrase may stand between marker and term.
        for end in range(max(0, h.first_token - 4), h.first_token + 1):
            for m in self.markers_ending.get(end, ()):
                between = toks[m.last_token:h.first_token]
                words = [t for t in between if t.kind == "word" and t.norm != "ب"]
                if all(t.kind in ("word", "quote") for t in between) and len(words) <= 2:
                    return True
        for first in (h.last_token, h.last_token + 1):
            for m in self.markers_starting.get(first, ()):
                between = toks[h.last_token:m.first_token]
                if m.lemma == "مزعوم" and all(t.kind == "quote" for t in between):
                    return True
        return False

    def target(self, h: TermHit, inner: Quote | None) -> str | None:
        own_np = self.mention_of[h.first_token] if h.first_token < len(self.mention_of) else None
        if own_np is not None and h.last_token <= own_np.last_token and own_np.actor is not None:
            return own_np.actor
        if inner is None or inner.cue not in self.addressee_lemmas:
            return None
        if inner.addressee is not None:
            return inner.addressee
        sent_start = self.ctx.sentences[self.ctx.sent_of[h.first_token]].start
        k = bisect_left(self.addressed_starts, inner.start) - 1
        return self.addressed[k].addressee if k >= 0 and self.addressed_starts[k] >= sent_start else None


__all__ = ["TermVoice", "term_voices", "NOT_LOADED", "SCARE_MAX_WORDS"]
