"""The framing stage in one call: actors, quotes and term voice of a document.

:func:`analyze_framing` is what :mod:`analysis.annotate` calls. It takes the
text layer's tokens and sentences and the lexicon layer's term hits, and runs
:mod:`.actors`, :mod:`.quotes` and :mod:`.voice` in that order (each uses the
previous one's output).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from analysis.framing.actors import ActorMention, find_mentions
from analysis.framing.context import DocContext
from analysis.framing.cues import CueSet
from analysis.framing.quotes import Quote, find_quotes, pair_quotes
from analysis.framing.registry import Registry
from analysis.framing.voice import TermVoice, term_voices
from analysis.lexicon.schema import TermHit
from analysis.text.sentences import Sentence, split_sentences
from analysis.text.tokenize import Token, tokenize


@dataclass(frozen=True, slots=True)
class FramingResult:
    """Framing annotations of one document.

    Attributes:
        actors: Actor mentions, in text order.
        quotes: Reported statements, in text order.
        terms: Loaded terms with their voice, in text order.
    """

    actors: tuple[ActorMention, ...]
    quotes: tuple[Quote, ...]
    terms: tuple[TermVoice, ...]


def analyze_framing(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    term_hits: Sequence[TermHit],
    *,
    registry: Registry | None = None,
    backend: object = None,
    cues: CueSet | None = None,
    framing_hits: Sequence[TermHit] | None = None,
) -> FramingResult:
    """Find actor mentions, reported statements and the voice of loaded terms.

    Args:
        text: The original document text.
        tokens: Its tokens (:func:`analysis.text.tokenize.tokenize`).
        sentences: Its sentences (:func:`analysis.text.sentences.split_sentences`).
        term_hits: Lexicon hits over the same tokens (all lexicons: place hits
            serve as context for the registry's resolution hints).
        registry: Actor registry; ``None`` loads the shipped one.
        backend: Accepted for symmetry with the lexicon stage; registry and
            cue entries are matched by exact forms, so it changes nothing.
        cues: Reporting cues; ``None`` loads the shipped ``cues.yml``.
        framing_hits: The hits of the framing matcher
            (:func:`analysis.framing.context.framing_matcher`) over ``tokens``,
            if the caller matched them together with ``term_hits``; ``None``
            matches them here.

    Returns:
        A :class:`FramingResult`.

    Example:
        >>> from analysis.lexicon import Matcher, load_lexicons
        >>> text = 'قال الجيش الأذربيجاني إن "الإرهابيين" هاجموا مواقعه.'  # synthetic
        >>> toks = tokenize(text)
        >>> hits = Matcher(load_lexicons(), backend="rules").match(toks)
        >>> r = analyze_framing(text, toks, split_sentences(text, toks), hits)
        >>> [(q.speaker, q.kind) for q in r.quotes]
        [('azerbaijan_army', 'indirect')]
        >>> [(t.text, t.voice, t.attributed_to, t.scare_quote) for t in r.terms]
        [('الإرهابيين', 'reported', 'azerbaijan_army', False)]
    """
    ctx = DocContext.build(text, tokens, sentences, term_hits, registry=registry, backend=backend, cues=cues,
                           framing_hits=framing_hits)
    mentions = find_mentions(ctx)
    pairs = pair_quotes(ctx)
    quotes = find_quotes(ctx, mentions, pairs)
    terms = term_voices(ctx, mentions, quotes, pairs)
    return FramingResult(tuple(mentions), tuple(quotes), tuple(terms))


def build_context(text: str, *, registry: Registry | None = None) -> DocContext:
    """Tokenize, split, match the shipped lexicons and build a :class:`DocContext`.

    Example:
        >>> [t.text for t in build_context("قال بوتين: نعم.").tokens]
        ['قال', 'بوتين', ':', 'نعم', '.']
    """
    pipeline = _pipeline()
    tokens = tokenize(text)
    hits = pipeline.matcher.match(tokens, text=text)
    return DocContext.build(text, tokens, split_sentences(text, tokens), hits,
                            registry=registry or pipeline.registry, backend=pipeline.backend, cues=pipeline.cues)


def analyze_text(text: str, *, registry: Registry | None = None) -> FramingResult:
    """Run the text and lexicon layers as :func:`analysis.annotate.annotate` does, then :func:`analyze_framing`.

    Tokens, lexicon hits, registry, cues and backend all come from
    :func:`analysis.annotate.default_pipeline`, so the result agrees with
    ``annotate()`` whichever backend is installed.

    A convenience for examples, tests and notebooks; pipelines should call
    :func:`analyze_framing` with their own tokens and hits.

    Example:
        >>> r = analyze_text("وقال بوتين إن الهدنة صامدة.")  # synthetic
        >>> [(q.speaker, q.cue) for q in r.quotes]
        [('putin', 'قال')]
    """
    pipeline = _pipeline()
    tokens = tokenize(text)
    hits = pipeline.matcher.match(tokens, text=text)
    return analyze_framing(text, tokens, split_sentences(text, tokens), hits,
                           registry=registry or pipeline.registry, backend=pipeline.backend, cues=pipeline.cues)


def _pipeline():
    # The same Pipeline as annotate(): same lexicons, matcher and backend.
    from analysis.annotate import default_pipeline

    return default_pipeline()


__all__ = ["FramingResult", "analyze_framing", "analyze_text", "build_context"]
