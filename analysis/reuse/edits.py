"""Framing edits between two aligned copies: the annotations that differ.

Each copy's annotation (:func:`analysis.annotate.annotate`) becomes *units*:

* ``term`` -- a lexicon term (key, voice, attribution, quotedness); an actor
  mention with exactly the term's span (``الانفصاليين`` is both a
  ``labels/separatist`` term and a mention labelled *separatist*) is folded
  into it, so one word is one unit and one edit is one row;
* ``actor`` -- any other actor mention (actor, labels);
* ``quote`` -- a reported statement (cue, kind, speaker): the sourcing;
* ``casualty`` -- a casualty claim (category, figure, hedge, group, source).

A unit of copy ``a`` is looked up in ``b`` through the alignment: its token
range maps to a range of ``b`` (:meth:`analysis.reuse.align.Alignment.map_range`)
and the candidates are ``b``'s units of the same family overlapping that range,
found by bisection over units sorted by first token (never a scan of all
units). Terms must share their key; casualty claims prefer the same category.
Every unit is either matched or left over, and each difference is one row:

============================  ==================================================
kind                          when
============================  ==================================================
``term_only_in_one``          a term with no same-key term at the aligned place
``quotedness_changed``        a matched term's ``quoted``/``scare_quote``/``so_called`` differ
``voice_changed``             a matched term's ``voice`` or ``attributed_to`` differ
``actor_label_changed``       a matched mention's actor or labels differ
``actor_only_in_one``         an actor mention with no mention at the aligned place
``casualty_changed``          a matched claim's category, figure, hedge or group differ
``casualty_only_in_one``      a casualty claim with no claim at the aligned place
``source_dropped``/``_added`` a quote, or a claim's source, present in ``a`` only / ``b`` only
``source_changed``            a matched quote's speaker or cue, or a claim's source, differ
============================  ==================================================

Offsets are into each original: ``text_a[start_a:end_a] == text_a`` column,
likewise for ``b``; for a unit in one copy only, the other side is the aligned
span (what replaced it), empty where it was deleted.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Any

from analysis.reuse.align import Alignment, align, token_range

EDIT_COLUMNS = ["doc_a", "doc_b", "cluster", "kind", "annotation", "in_copy", "fields", "key_a",
                "key_b", "detail_a", "detail_b", "start_a", "end_a", "text_a", "start_b", "end_b",
                "text_b"]
_FIELDS = {
    "term": ("key", "voice", "attributed_to", "quoted", "scare_quote", "so_called", "labels"),
    "actor": ("actor", "labels"),
    "quote": ("kind", "cue", "speaker", "speaker_text"),
    "casualty": ("category", "value", "low", "high", "hedge", "group", "source", "source_text"),
}
_QUOTEDNESS = {"quoted", "scare_quote", "so_called"}
_VOICE = {"voice", "attributed_to"}
_SOURCE = {"source", "source_text"}


@dataclass(frozen=True, slots=True)
class Unit:
    """One comparable annotation of one copy."""

    family: str
    start: int
    end: int
    first: int
    stop: int
    key: str | None
    fields: tuple

    def detail(self) -> str:
        return json.dumps(dict(self.fields), ensure_ascii=False, sort_keys=True, default=str)


def units(annotation) -> list[Unit]:
    """The units of one :class:`analysis.annotate.Annotation`, sorted by first token.

    Example:
        >>> from analysis.annotate import Pipeline, annotate
        >>> a = annotate("قصفت القوات مواقع الانفصاليين", pipeline=Pipeline.load(backend="rules"))  # synthetic
        >>> [(u.family, u.key) for u in units(a)]
        [('term', 'labels/separatist')]
    """
    starts = [t.start for t in annotation.tokens]
    ends = [t.end for t in annotation.tokens]
    term_spans = {(t.start, t.end) for t in annotation.terms}
    labels = {(m.start, m.end): m for m in annotation.actors if (m.start, m.end) in term_spans}
    out = []

    def add(family, item, key, values):
        first, stop = token_range(starts, ends, item.start, item.end)
        out.append(Unit(family, item.start, item.end, first, stop, key,
                        tuple(zip(_FIELDS[family], values))))

    for t in annotation.terms:
        mention = labels.get((t.start, t.end))
        add("term", t, t.key, (t.key, t.voice, t.attributed_to, t.quoted, t.scare_quote, t.so_called,
                               "|".join(mention.labels) if mention else None))
    for m in annotation.actors:
        if (m.start, m.end) not in labels:
            add("actor", m, m.actor, (m.actor, "|".join(m.labels)))
    for q in annotation.quotes:
        add("quote", q, q.speaker or q.speaker_text, (q.kind, q.cue, q.speaker, q.speaker_text))
    for c in annotation.casualties:
        add("casualty", c, c.category, (c.category, c.value, c.low, c.high, c.hedge, c.group,
                                        c.source, c.source_text))
    out.sort(key=lambda u: (u.first, u.stop, u.family, u.key or ""))
    return out


def framing_edits(annotation_a, annotation_b, *, cluster: int | None = None,
                  alignment: Alignment | None = None) -> list[dict[str, Any]]:
    """The framing-edit rows (``EDIT_COLUMNS``) between two annotated copies.

    Args:
        annotation_a, annotation_b: The two copies' annotations (``doc_id`` and
            ``text`` are taken from them).
        cluster: Copied into every row.
        alignment: Their token alignment (computed when not given).

    Example:
        >>> from analysis.annotate import Pipeline, annotate
        >>> p = Pipeline.load(backend="rules")
        >>> a = annotate("قصفت القوات مواقع الانفصاليين", doc_id="a", pipeline=p)  # synthetic
        >>> b = annotate("قصفت القوات مواقع سلطات الإقليم", doc_id="b", pipeline=p)  # synthetic
        >>> [(r["kind"], r["in_copy"], r["text_a"], r["text_b"]) for r in framing_edits(a, b)]
        [('term_only_in_one', 'a', 'الانفصاليين', 'سلطات الإقليم')]
    """
    alignment = alignment or align(annotation_a.tokens, annotation_b.tokens)
    units_a, units_b = units(annotation_a), units(annotation_b)
    index_b = _Index(units_b)
    rows = []
    for unit in units_a:
        j0, j1 = alignment.map_range("a", unit.first, unit.stop)
        twin = index_b.take(unit, j0, j1)
        if twin is None:
            kind = _only_kind(unit, "a")
            start_b, end_b = alignment.char_span("b", j0, j1)
            rows.append(_row(annotation_a, annotation_b, cluster, kind, unit.family, "a", "",
                             unit, None, (start_b, end_b)))
            continue
        changed = [name for (name, va), (_, vb) in zip(unit.fields, twin.fields) if va != vb]
        if changed:
            rows.append(_row(annotation_a, annotation_b, cluster, _changed_kind(unit, twin, changed),
                             unit.family, "both", "|".join(changed), unit, twin, None))
    for unit in index_b.left_over():
        i0, i1 = alignment.map_range("b", unit.first, unit.stop)
        rows.append(_row(annotation_a, annotation_b, cluster, _only_kind(unit, "b"), unit.family, "b",
                         "", None, unit, alignment.char_span("a", i0, i1)))
    rows.sort(key=lambda r: (min(r["start_a"], r["end_a"]), r["start_b"], r["kind"], r["annotation"]))
    return rows


class _Index:
    """Units of one copy by family (and key), sorted by first token, for bisection."""

    def __init__(self, all_units: list[Unit]) -> None:
        self.units = all_units
        self.taken = [False] * len(all_units)
        self.lists: dict[tuple, list[int]] = {}
        self.longest: dict[str, int] = {}
        for n, u in enumerate(all_units):
            self.lists.setdefault((u.family, u.key), []).append(n)
            self.lists.setdefault((u.family, None), []).append(n)
            self.longest[u.family] = max(self.longest.get(u.family, 0), u.stop - u.first)
        self.firsts = {k: [all_units[n].first for n in v] for k, v in self.lists.items()}

    def take(self, unit: Unit, j0: int, j1: int) -> Unit | None:
        if j1 <= j0:
            return None
        keys = [(unit.family, unit.key)] if unit.family == "term" else [(unit.family, unit.key),
                                                                         (unit.family, None)]
        for key in keys:
            members = self.lists.get(key, [])
            firsts = self.firsts.get(key, [])
            at = bisect.bisect_left(firsts, j0 - self.longest.get(unit.family, 0))
            while at < len(members) and firsts[at] < j1:
                n = members[at]
                if not self.taken[n] and self.units[n].stop > j0:
                    self.taken[n] = True
                    return self.units[n]
                at += 1
        return None

    def left_over(self) -> list[Unit]:
        return [u for u, taken in zip(self.units, self.taken) if not taken]


def _only_kind(unit: Unit, side: str) -> str:
    return {"term": "term_only_in_one", "actor": "actor_only_in_one",
            "casualty": "casualty_only_in_one",
            "quote": "source_dropped" if side == "a" else "source_added"}[unit.family]


def _changed_kind(a: Unit, b: Unit, changed: list[str]) -> str:
    names = set(changed)
    if a.family == "term":
        if names & _QUOTEDNESS:
            return "quotedness_changed"
        return "voice_changed" if names & _VOICE else "actor_label_changed"
    if a.family == "actor":
        return "actor_label_changed"
    if a.family == "quote":
        return "source_changed"
    if names <= _SOURCE:
        fa, fb = dict(a.fields), dict(b.fields)
        has_a = fa["source"] is not None or fa["source_text"] is not None
        has_b = fb["source"] is not None or fb["source_text"] is not None
        return "source_dropped" if has_a and not has_b else "source_added" if has_b and not has_a \
            else "source_changed"
    return "casualty_changed"


def _row(ann_a, ann_b, cluster, kind, family, in_copy, fields, unit_a, unit_b, other) -> dict:
    start_a, end_a = (unit_a.start, unit_a.end) if unit_a else other
    start_b, end_b = (unit_b.start, unit_b.end) if unit_b else other
    return {
        "doc_a": ann_a.doc_id, "doc_b": ann_b.doc_id, "cluster": cluster, "kind": kind,
        "annotation": family, "in_copy": in_copy, "fields": fields,
        "key_a": unit_a.key if unit_a else None, "key_b": unit_b.key if unit_b else None,
        "detail_a": unit_a.detail() if unit_a else "", "detail_b": unit_b.detail() if unit_b else "",
        "start_a": start_a, "end_a": end_a, "text_a": ann_a.text[start_a:end_a],
        "start_b": start_b, "end_b": end_b, "text_b": ann_b.text[start_b:end_b],
    }


__all__ = ["EDIT_COLUMNS", "Unit", "framing_edits", "units"]
