"""Annotation spans of one document, read straight from the corpus tables.

Each row of the ``terms``, ``actors``, ``quotes`` and ``casualties`` tables
becomes one or more :class:`Span` (a quote gives its cue, its content and,
when the tables have them, its speaker's noun phrase), with the original
offsets of the row: the view never searches the text for anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from analysis.errors import AnalysisError

#: Span kinds, in the order the legend lists them.
KINDS = ("term", "actor", "quote", "cue", "speaker", "casualty")


@dataclass(frozen=True, slots=True)
class Span:
    """One annotation to draw over ``text[start:end]``.

    Attributes:
        kind: One of :data:`KINDS`.
        start: Offset of the first character in the original text.
        end: Offset after the last character.
        css: CSS classes (kind, family, voice ...).
        tooltip: Plain text shown on hover (escaped when rendered).
        label: Short text drawn after the span (actor labels); ``""`` for none.
    """

    kind: str
    start: int
    end: int
    css: str
    tooltip: str
    label: str = ""


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and value != value) and value is not pd.NA \
        and str(value) != ""


def _text(value) -> str:
    return str(value) if _present(value) else ""


def _slug(value: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in value) or "none"


def spans_from_tables(tables: Mapping[str, pd.DataFrame], text_length: int) -> list[Span]:
    """All spans of one document's rows.

    Args:
        tables: ``{"terms": frame, "actors": frame, "quotes": frame,
            "casualties": frame}`` with one document's rows (missing kinds are
            skipped), columns as in :mod:`analysis.tables`.
        text_length: Length of the original text, to check every offset.

    Returns:
        Spans sorted by ``start``, then longest first.

    Raises:
        AnalysisError: If a row's offsets fall outside the text.

    Example:
        >>> terms = pd.DataFrame([{"start": 0, "end": 4, "key": "labels/x", "voice": "own", "text": "abcd"}])
        >>> [(s.kind, s.css) for s in spans_from_tables({"terms": terms}, 4)]
        [('term', 'term fam-labels voice-own')]
    """
    spans: list[Span] = []
    for row in _rows(tables, "terms"):
        family = str(row["key"]).split("/")[0]
        voice = _text(row.get("voice")) or "unknown"
        flags = [f for f in ("quoted", "scare_quote", "so_called") if row.get(f) is True]
        tip = [f"{row['key']}", f"voice: {voice}"] + flags
        if _present(row.get("attributed_to")):
            tip.append(f"attributed to: {row['attributed_to']}")
        if _present(row.get("target")):
            tip.append(f"about: {row['target']}")
        spans.append(Span("term", int(row["start"]), int(row["end"]),
                          f"term fam-{_slug(family)} voice-{_slug(voice)}", "; ".join(tip)))
    for row in _rows(tables, "actors"):
        labels = _text(row.get("labels")).replace("|", ", ")
        label = (_text(row.get("actor")) or "(unresolved)") + (f" ({labels})" if labels else "")
        spans.append(Span("actor", int(row["start"]), int(row["end"]), "actor", f"actor: {label}", label))
    for row in _rows(tables, "quotes"):
        speaker = _text(row.get("speaker")) or _text(row.get("speaker_text")) or "unknown speaker"
        kind = _text(row.get("kind"))
        spans.append(Span("cue", int(row["start"]), int(row["end"]), f"cue quote-{_slug(kind)}",
                          f"{kind} statement, cue {_text(row.get('cue'))}, speaker: {speaker}"))
        if _present(row.get("content_start")) and _present(row.get("content_end")):
            spans.append(Span("quote", int(row["content_start"]), int(row["content_end"]),
                              f"quote quote-{_slug(kind)}", f"{kind} statement by {speaker}"))
        if _present(row.get("speaker_start")) and _present(row.get("speaker_end")):
            spans.append(Span("speaker", int(row["speaker_start"]), int(row["speaker_end"]), "speaker",
                              f"speaker: {speaker}"))
    for row in _rows(tables, "casualties"):
        value = _text(row.get("value")) or "?"
        if _present(row.get("low")) and _present(row.get("high")) and row.get("low") != row.get("high"):
            value = f"{row['low']}-{row['high']}"
        tip = [f"{_text(row.get('category'))}: {value}", f"hedge: {_text(row.get('hedge')) or 'none'}",
               f"group: {_text(row.get('group')) or 'unspecified'}",
               f"source: {_text(row.get('source')) or _text(row.get('source_text')) or 'none'}"]
        if _present(row.get("perpetrator")):
            tip.append(f"perpetrator: {row['perpetrator']}")
        spans.append(Span("casualty", int(row["start"]), int(row["end"]),
                          f"casualty cat-{_slug(_text(row.get('category')))}", "; ".join(tip)))
    for span in spans:
        if not 0 <= span.start < span.end <= text_length:
            raise AnalysisError(f"{span.kind} span {span.start}-{span.end} lies outside the text "
                                f"(length {text_length}); the tables do not belong to this text")
    spans.sort(key=lambda s: (s.start, -s.end, KINDS.index(s.kind)))
    return spans


def _rows(tables: Mapping[str, pd.DataFrame], kind: str):
    frame = tables.get(kind)
    if frame is None or not len(frame):
        return []
    return frame.to_dict("records")


__all__ = ["Span", "spans_from_tables", "KINDS"]
