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
  term (an actor id, or ``None`` for an unidentified source or own voice). A
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

from dataclasses import dataclass

from analysis.framing.actors import ActorMention
from analysis.framing.context import DocContext
from analysis.framing.quotes import Quote, QuotePair
from analysis.lexicon.schema import TermHit

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
    out: list[TermVoice] = []
    markers = [h for h in ctx.term_hits if h.key == "markers/so_called"]
    for h in ctx.term_hits:
        if h.key.startswith(exclude):
            continue
        enclosing = [p for p in pairs if toks[p.open].end <= h.start and h.end <= toks[p.close].start]
        quoted = bool(enclosing)
        inside = [q for q in quotes if q.content_start <= h.start and h.end <= q.content_end]
        inner = max(inside, key=lambda q: (q.content_start, -q.content_end), default=None)
        voice = "reported" if inner is not None else "own"
        scare = False
        if quoted and inner is None:
            p = min(enclosing, key=lambda p: p.close - p.open)
            words = sum(1 for t in toks[p.open + 1:p.close] if t.kind in ("word", "number"))
            scare = words <= SCARE_MAX_WORDS
        out.append(TermVoice(
            h.start, h.end, h.text, h.key, h.lemma, h.clitics, voice, quoted, scare,
            _so_called(ctx, h, markers), inner.speaker if inner is not None else None,
            _target(ctx, h, mentions, quotes, inner),
        ))
    return out


def _so_called(ctx: DocContext, h: TermHit, markers: list[TermHit]) -> bool:
    toks = ctx.tokens
    for m in markers:
        if m.last_token <= h.first_token:
            # ما يسمى بـ"الجماعات الإرهابية": quotes, a detached بـ and up to two
            # words of the same noun phrase may stand between marker and term.
            between = toks[m.last_token:h.first_token]
            words = [t for t in between if t.kind == "word" and t.norm != "ب"]
            if all(t.kind in ("word", "quote") for t in between) and len(words) <= 2 and len(between) <= 4:
                return True
        if m.first_token >= h.last_token and m.lemma == "مزعوم":
            between = toks[h.last_token:m.first_token]
            if all(t.kind == "quote" for t in between) and len(between) <= 1:
                return True
    return False


def _target(ctx: DocContext, h: TermHit, mentions: list[ActorMention], quotes: list[Quote],
            inner: Quote | None) -> str | None:
    own_np = next((m for m in mentions if m.first_token <= h.first_token and h.last_token <= m.last_token), None)
    if own_np is not None and own_np.actor is not None:
        return own_np.actor
    if inner is None:
        return None
    cue_lemmas = {c.lemma for c in ctx.cues.verbs if c.addressee}
    if inner.cue not in cue_lemmas:
        return None
    if inner.addressee is not None:
        return inner.addressee
    sent = ctx.sent_of[h.first_token]
    earlier = [q for q in quotes if q.start < inner.start and q.addressee is not None
               and q.cue in cue_lemmas and ctx.sentences[sent].start <= q.start]
    return earlier[-1].addressee if earlier else None


__all__ = ["TermVoice", "term_voices", "NOT_LOADED", "SCARE_MAX_WORDS"]
