"""Shared helper of the table-driven speaker tests (test_quote_speakers, test_quote_speaker_grammar)."""

from __future__ import annotations

from analysis.framing import analyze_text


def speakers(text: str) -> list[tuple]:
    """``(cue surface, speaker id, speaker span surface, rule)`` per quote; checks span == speaker_text."""
    out = []
    for q in analyze_text(text).quotes:
        span = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        assert span == q.speaker_text
        out.append((text[q.start:q.end], q.speaker, span, q.rule))
    return out
