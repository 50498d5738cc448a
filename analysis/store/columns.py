"""Table columns: their order and dtypes, and annotations turned into typed table rows.

The column order and dtype rules are documented in :mod:`analysis.tables`
(which re-exports everything here). The item tables' extra columns and their
dtypes come from the stage's record dataclass (:data:`RECORDS`), so a field a
stage adds appears in the tables, in declaration order, without a second list.
"""

from __future__ import annotations

import functools
import importlib
import types
import typing
from typing import Any

import pandas as pd

DOCUMENT_COLUMNS = [
    "doc_id", "title", "outlet", "url", "published", "date_precision", "date_source",
    "n_chars", "n_tokens", "n_sentences",
]
COLUMNS = {
    "terms": ["doc_id", "start", "end", "text", "key", "lemma", "clitics", "sentence", "voice",
              "quoted", "scare_quote", "so_called", "attributed_to", "target"],
    "actors": ["doc_id", "start", "end", "text", "actor", "alias", "labels", "sentence"],
    "quotes": ["doc_id", "start", "end", "speaker", "speaker_text", "cue", "kind",
               "content_start", "content_end", "sentence"],
    "casualties": ["doc_id", "start", "end", "text", "category", "value", "low", "high", "hedge",
                   "group", "parent", "source", "perpetrator", "cause", "agency", "sentence"],
}
#: Document metadata copied onto every item row, after the columns above.
ITEM_DOCUMENT_COLUMNS = ["outlet", "published", "date_precision", "title"]
#: The record class (``module:Class``) whose fields make each item table.
RECORDS = {
    "terms": "analysis.framing.voice:TermVoice",
    "actors": "analysis.framing.actors:ActorMention",
    "quotes": "analysis.framing.quotes:Quote",
    "casualties": "analysis.casualties.claims:Claim",
}
ITEM_KINDS = tuple(COLUMNS)
TABLE_NAMES = ("documents", *ITEM_KINDS)


def annotation_rows(annotation, *, document: dict | None = None) -> dict[str, Any]:
    """Flatten one :class:`analysis.annotate.Annotation` into table rows.

    Args:
        annotation: The annotation.
        document: The document's metadata row; its :data:`ITEM_DOCUMENT_COLUMNS`
            are copied onto every item (missing when ``None``).

    Returns:
        ``{"n_tokens": int, "n_sentences": int, "terms": [...], "actors": [...],
        "quotes": [...], "casualties": [...]}`` where each row is a flat dict
        with ``doc_id`` and the index of the sentence holding ``start``.
    """
    data = annotation.to_dict()
    meta = {c: (document or {}).get(c) for c in ITEM_DOCUMENT_COLUMNS}
    out: dict[str, Any] = {"n_tokens": data["tokens"], "n_sentences": len(data["sentences"])}
    for kind in ITEM_KINDS:
        items = []
        for item in data[kind]:
            row = {"doc_id": annotation.doc_id}
            for name, value in item.items():
                if name == "doc_id":
                    continue
                row[name] = "|".join(map(str, value)) if isinstance(value, list) else value
            row["sentence"] = annotation.sentence_of(row["start"])
            row.update(meta)
            items.append(row)
        out[kind] = items
    return out


def document_row(doc_id: str, text: str, meta: dict, n_tokens: int, n_sentences: int) -> dict[str, Any]:
    """One row of the ``documents`` table."""
    row = {c: meta.get(c) for c in DOCUMENT_COLUMNS}
    row.update(doc_id=doc_id, n_chars=len(text), n_tokens=n_tokens, n_sentences=n_sentences)
    return row


def item_frame(kind: str, rows: list[dict]) -> pd.DataFrame:
    """Rows of one item kind (from :func:`annotation_rows`) as a table with the columns above.

    Example:
        >>> list(item_frame("quotes", []).columns[:4])
        ['doc_id', 'start', 'end', 'speaker']
    """
    return _frame(rows, kind)


def document_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of :func:`document_row` as the ``documents`` table, sorted by doc_id."""
    return _frame(rows, "documents")


def empty_frame(kind: str) -> pd.DataFrame:
    """Table ``kind`` with no rows: its columns and dtypes."""
    return _frame([], kind)


@functools.cache
def table_columns(kind: str) -> tuple[str, ...]:
    """Every column of table ``kind``, in order (see the module docstring).

    Example:
        >>> table_columns("quotes")[10:]
        ('outlet', 'published', 'date_precision', 'title', 'speaker_start', 'speaker_end', 'rule', 'addressee')
    """
    if kind == "documents":
        return tuple(DOCUMENT_COLUMNS)
    fields = [f for f in _record_hints(kind) if f not in COLUMNS[kind]]
    return (*COLUMNS[kind], *ITEM_DOCUMENT_COLUMNS, *fields)


@functools.cache
def table_dtypes(kind: str) -> dict[str, str]:
    """The pandas dtype of every column of table ``kind``.

    Example:
        >>> d = table_dtypes("casualties")
        >>> d["start"], d["value"], d["text"], d["martyr_term"], d["dual_marked"]
        ('int64', 'Int64', 'str', 'bool', 'boolean')
    """
    if kind == "documents":
        return {c: "int64" if c.startswith("n_") else "str" for c in DOCUMENT_COLUMNS}
    hints = _record_hints(kind)
    fixed = {"doc_id": "str", "sentence": "int64", **{c: "str" for c in ITEM_DOCUMENT_COLUMNS}}
    return {c: fixed[c] if c in fixed else _dtype(hints[c], f"{RECORDS[kind]}.{c}")
            for c in table_columns(kind)}


def _record_hints(kind: str) -> dict[str, Any]:
    module, name = RECORDS[kind].split(":")
    return typing.get_type_hints(getattr(importlib.import_module(module), name))


def _dtype(hint: Any, where: str) -> str:
    args = typing.get_args(hint)
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    optional = union and type(None) in args
    base = {a for a in args if a is not type(None)} if union else {hint}
    if all(typing.get_origin(b) in (tuple, list) or b in (tuple, list) for b in base):
        return "str"  # joined with "|"
    if base == {bool}:
        return "boolean" if optional else "bool"
    if int in base and base <= {int, float}:
        return "Int64" if optional else "int64"  # figures are whole: decimals are never claims
    if base == {float}:
        return "float64"
    if base == {str}:
        return "str"
    raise TypeError(f"{where}: no table dtype for {hint!r}")


def _frame(rows: list[dict], kind: str) -> pd.DataFrame:
    columns, dtypes = list(table_columns(kind)), table_dtypes(kind)
    df = pd.DataFrame(rows)
    for column in columns:
        if column not in df.columns:
            df[column] = pd.Series([None] * len(df), dtype="object")
    extras = sorted(c for c in df.columns if c not in dtypes)  # a plain-dict stage's extra fields
    df = df[columns + extras].astype(dtypes)
    sort = ["doc_id"] if kind == "documents" else [
        c for c in ("doc_id", "start", "end", "key", "category") if c in columns]
    if len(df):
        df = df.sort_values(sort, kind="mergesort").reset_index(drop=True)
    return df


__all__ = ["DOCUMENT_COLUMNS", "COLUMNS", "ITEM_DOCUMENT_COLUMNS", "RECORDS", "ITEM_KINDS", "TABLE_NAMES",
           "annotation_rows", "document_row", "item_frame", "document_frame", "empty_frame",
           "table_columns", "table_dtypes"]
