"""Rows of one text outside a corpus, exactly as the corpus tables flatten them.

Used by ``--text-file`` of the ``terms``, ``actors``, ``quotes`` and
``casualties`` commands, so a single file gives the columns of
:mod:`analysis.tables` (without the document metadata, which a loose file lacks).
"""

from __future__ import annotations

import pandas as pd


def text_rows(text: str, kind: str, *, pipeline=None, doc_id: str = "") -> pd.DataFrame:
    """Rows of one kind (``terms``, ``actors``, ``quotes``, ``casualties``) for a single text.

    The text goes through :func:`analysis.annotate.annotate` and the rows
    through the corpus tables' flattening, so columns are exactly those of
    :mod:`analysis.tables`.

    Args:
        text: The original text.
        kind: The table.
        pipeline: A loaded :class:`analysis.annotate.Pipeline` (default: the shipped data files).
        doc_id: Copied into every row.

    Example:
        >>> text_rows("وقال بوتين إن الهدنة صامدة.", "quotes", doc_id="x")[["doc_id", "speaker", "kind"]].to_dict("records")  # synthetic
        [{'doc_id': 'x', 'speaker': 'putin', 'kind': 'indirect'}]
    """
    from analysis.annotate import annotate
    from analysis.tables import annotation_rows, item_frame

    return item_frame(kind, annotation_rows(annotate(text, doc_id=doc_id, pipeline=pipeline))[kind])


__all__ = ["text_rows"]
