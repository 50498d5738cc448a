"""Annotate one shard of documents and write its tables: the unit of work of every engine.

:func:`annotate_shard` runs wherever the engine puts it (this process, a
local worker process, a Dask worker on another machine). It needs only the
package and the store folder: the documents travel with the task. Each
process loads the :class:`~analysis.annotate.Pipeline` once and keeps it
(:func:`pipeline_for`), so data files are read once per worker, not once per
shard.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd

from analysis.errors import AnalysisError
from analysis.store.codehash import code_sha256
from analysis.store.layout import TABLES, StoreLayout


@dataclass(frozen=True, slots=True)
class ShardDocument:
    """One document as it travels to a worker: id, original text, its metadata fields."""

    doc_id: str
    text: str
    meta: dict


@dataclass(frozen=True, slots=True)
class ShardTask:
    """Where and how to annotate one shard.

    Attributes:
        root: The store folder (a path every worker can write).
        index: The shard number (its documents are ``index*N .. index*N+N-1``).
        options: Keyword arguments of :meth:`analysis.annotate.Pipeline.load`.
        code_sha256: :func:`analysis.store.codehash.code_sha256` of the process
            that planned the run; a worker running other code refuses the task.
    """

    root: str
    index: int
    options: dict
    code_sha256: str


_PIPELINES: dict[str, Any] = {}


def pipeline_for(options: dict, *, loaded=None):
    """The process's pipeline for ``options``, loaded on first use (or set to ``loaded``).

    Example:
        >>> pipeline_for({"backend": "rules"}) is pipeline_for({"backend": "rules"})
        True
    """
    key = json.dumps(options, sort_keys=True)
    if loaded is not None:
        _PIPELINES[key] = loaded
    if key not in _PIPELINES:
        from analysis.annotate import Pipeline

        _PIPELINES[key] = Pipeline.load(**{k: v for k, v in options.items() if v is not None})
    return _PIPELINES[key]


def annotate_shard(task: ShardTask, documents: Sequence[ShardDocument], *,
                   on_document: Callable[[], None] | None = None) -> dict[str, Any]:
    """Annotate ``documents`` and write shard ``task.index`` of every table, then its done-marker.

    Args:
        task: The :class:`ShardTask`.
        documents: The shard's documents, in doc_id order.
        on_document: Called after each document (progress, in-process only).

    Returns:
        The summary stored in the done-marker: ``n_documents``, ``first`` and
        ``last`` doc_id, and ``rows`` per table.

    Raises:
        AnalysisError: If this process runs different package code than the
            planner (a stale install on a cluster worker).
    """
    if task.code_sha256 != code_sha256():
        raise AnalysisError(
            "this worker runs different analysis code than the process that started the run "
            f"(code sha256 {code_sha256()[:12]} vs {task.code_sha256[:12]}); install the same version everywhere"
        )
    frames = shard_frames(documents, pipeline_for(task.options), on_document=on_document)
    layout = StoreLayout(Path(task.root))
    for table in TABLES:
        layout.write_part(table, task.index, parquet_bytes(frames[table]))
    summary = {
        "n_documents": len(documents),
        "first": documents[0].doc_id if documents else None,
        "last": documents[-1].doc_id if documents else None,
        "rows": {table: len(frames[table]) for table in TABLES},
    }
    layout.mark_done(task.index, summary)
    return summary


def shard_frames(documents: Sequence[ShardDocument], pipeline, *,
                 on_document: Callable[[], None] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of ``documents``, as :func:`analysis.store.columns.item_frame` builds them.

    Example:
        >>> docs = [ShardDocument("d1", "قتل 12 شخصا.", {"outlet": "x"})]  # synthetic
        >>> f = shard_frames(docs, pipeline_for({"backend": "rules"}))
        >>> f["casualties"][["doc_id", "outlet", "value"]].values.tolist()
        [['d1', 'x', 12]]
    """
    from analysis.annotate import annotate
    from analysis.store.columns import ITEM_KINDS, annotation_rows, document_frame, document_row, item_frame

    rows: dict[str, list[dict]] = {kind: [] for kind in ITEM_KINDS}
    doc_rows = []
    for doc in documents:
        result = annotation_rows(annotate(doc.text, doc_id=doc.doc_id, pipeline=pipeline), document=doc.meta)
        doc_rows.append(document_row(doc.doc_id, doc.text, doc.meta, result["n_tokens"], result["n_sentences"]))
        for kind in ITEM_KINDS:
            rows[kind].extend(result[kind])
        if on_document is not None:
            on_document()
    return {"documents": document_frame(doc_rows), **{kind: item_frame(kind, rows[kind]) for kind in ITEM_KINDS}}


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """``frame`` as Parquet bytes (no index; dtypes kept in the pandas metadata)."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


__all__ = ["ShardDocument", "ShardTask", "annotate_shard", "shard_frames", "pipeline_for", "parquet_bytes"]
