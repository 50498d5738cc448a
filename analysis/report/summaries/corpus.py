"""Summaries for notebook 01: documents, outlets, dates, metadata, lengths, releases."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.report.summaries.common import (
    METADATA_FIELDS, UNKNOWN, _binned_dates, _blank, _fill, _outlets, _sorted, parse_published,
)


def corpus_summary(documents: pd.DataFrame, versions: dict | None = None) -> str:
    """One sentence describing a corpus version, sensible from 0 to 30,000+ documents.

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a"], "outlet": [""], "published": ["2023-09-20"],
        ...     "date_precision": ["day"], "n_tokens": [480]})
        >>> corpus_summary(docs, {"corpus": "0.1.0"})
        'Corpus version 0.1.0: 1 document (480 words) from 1 outlet (unknown: 1), published 2023-09-20.'
    """
    label = f"Corpus version {(versions or {}).get('corpus', 'unknown')}"
    n = 0 if documents is None else len(documents)
    if n == 0:
        return f"{label}: no documents."
    outlets = documents_per_outlet(documents)
    n_unknown = int(outlets.loc[outlets["outlet"] == UNKNOWN, "n_documents"].sum())
    words = int(documents["n_tokens"].sum())
    parsed = parse_published(documents)
    dated = parsed[parsed["precision"] != "unknown"]
    if dated.empty:
        when = "no publication dates known"
    else:
        lo, hi = dated["date"].min(), dated["date"].max()
        span = lo.strftime("%Y-%m-%d") if lo == hi else f"{lo:%Y-%m-%d} to {hi:%Y-%m-%d}"
        undated = n - len(dated)
        when = f"published {span}" + (f" ({undated:,} undated)" if undated else "")
    o = len(outlets)
    unknown = f" (unknown: {n_unknown:,})" if n_unknown else ""
    return (f"{label}: {n:,} document{'s' if n != 1 else ''} ({words:,} words) from "
            f"{o:,} outlet{'s' if o != 1 else ''}{unknown}, {when}.")


def documents_per_outlet(documents: pd.DataFrame) -> pd.DataFrame:
    """Number and share of documents per outlet.

    Args:
        documents: The documents table (``doc_id, outlet``).

    Returns:
        DataFrame ``outlet, n_documents, share`` sorted by ``n_documents``
        (descending) then outlet; blank outlets count as :data:`UNKNOWN`.

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Okaz", "Okaz", ""]})
        >>> documents_per_outlet(docs).to_dict("records")[0]
        {'outlet': 'Okaz', 'n_documents': 2, 'share': 0.6666666666666666}
    """
    cols = ["outlet", "n_documents", "share"]
    if documents is None or documents.empty:
        return pd.DataFrame(columns=cols)
    counts = _outlets(documents).value_counts().rename_axis("outlet").reset_index(name="n_documents")
    counts["n_documents"] = counts["n_documents"].astype(int)
    counts["share"] = counts["n_documents"] / counts["n_documents"].sum()
    return _sorted(counts[cols], ["n_documents", "outlet"], [False, True])


def documents_over_time(documents: pd.DataFrame, *, unit: str | None = None) -> pd.DataFrame:
    """Documents per publication period and outlet.

    Args:
        documents: The documents table (``doc_id, outlet, published, date_precision``).
        unit: ``day``, ``month`` or ``year``; ``None`` picks one from the date
            span (see :func:`time_bin`). Documents dated less precisely than
            the unit (e.g. month-only dates in a daily timeline) are left out;
            :func:`metadata_completeness` reports how many.

    Returns:
        DataFrame ``period, unit, outlet, n_documents`` sorted by period and
        outlet; ``period`` is an ISO string (``2015-07-21``, ``2015-07``, ``2015``).

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Okaz", "Okaz"],
        ...     "published": ["2015-07-21", "2015-07-21"], "date_precision": ["day", "day"]})
        >>> documents_over_time(docs).to_dict("records")
        [{'period': '2015-07-21', 'unit': 'day', 'outlet': 'Okaz', 'n_documents': 2}]
    """
    cols = ["period", "unit", "outlet", "n_documents"]
    if documents is None or documents.empty:
        return pd.DataFrame(columns=cols)
    periods, unit = _binned_dates(documents, unit)
    if periods.empty:
        return pd.DataFrame(columns=cols)
    frame = periods.assign(outlet=periods["doc_id"].map(_outlets(documents)).values)
    counts = frame.groupby(["period", "outlet"], sort=True).size().reset_index(name="n_documents")
    counts["unit"] = unit
    counts["n_documents"] = counts["n_documents"].astype(int)
    return _sorted(counts[cols], ["period", "outlet"])


def metadata_completeness(documents: pd.DataFrame) -> pd.DataFrame:
    """How many documents have each metadata field, and how precise their dates are.

    Args:
        documents: The documents table.

    Returns:
        DataFrame ``field, n_present, n_missing, share_present``, one row per
        field in :data:`METADATA_FIELDS`, then ``published (day precision)``.

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a"], "title": ["t"], "outlet": [""], "url": [None],
        ...     "published": ["2023-09-20"], "date_precision": ["day"]})
        >>> metadata_completeness(docs)[["field", "n_present"]].values.tolist()
        [['title', 1], ['outlet', 0], ['url', 0], ['published', 1], ['published (day precision)', 1]]
    """
    cols = ["field", "n_present", "n_missing", "share_present"]
    n = 0 if documents is None else len(documents)
    rows = []
    for field in METADATA_FIELDS:
        present = 0 if n == 0 else int((~_blank(documents[field])).sum())
        rows.append((field, present))
    day = 0 if n == 0 else int((parse_published(documents)["precision"] == "day").sum())
    rows.append(("published (day precision)", day))
    out = pd.DataFrame(rows, columns=["field", "n_present"])
    out["n_missing"] = n - out["n_present"]
    out["share_present"] = out["n_present"] / n if n else float("nan")
    return out[cols]


def text_lengths(documents: pd.DataFrame) -> pd.DataFrame:
    """Text length statistics per outlet and for the whole corpus.

    Args:
        documents: The documents table (``doc_id, outlet, n_chars, n_tokens, n_sentences``).

    Returns:
        DataFrame ``outlet, n_documents, tokens_total, tokens_median, tokens_min,
        tokens_max, sentences_median, chars_median``: one row per outlet
        (sorted by name) and a last row ``(all)``.

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "n_chars": [10, 30],
        ...     "n_tokens": [2, 6], "n_sentences": [1, 3]})
        >>> text_lengths(docs)[["outlet", "tokens_median"]].values.tolist()
        [['X', 4.0], ['(all)', 4.0]]
    """
    cols = ["outlet", "n_documents", "tokens_total", "tokens_median", "tokens_min",
            "tokens_max", "sentences_median", "chars_median"]
    if documents is None or documents.empty:
        return pd.DataFrame(columns=cols)
    frame = documents.assign(outlet=_fill(documents["outlet"], UNKNOWN))

    def stats(g: pd.DataFrame) -> dict:
        return {
            "n_documents": int(len(g)),
            "tokens_total": int(g["n_tokens"].sum()),
            "tokens_median": float(g["n_tokens"].median()),
            "tokens_min": int(g["n_tokens"].min()),
            "tokens_max": int(g["n_tokens"].max()),
            "sentences_median": float(g["n_sentences"].median()),
            "chars_median": float(g["n_chars"].median()),
        }

    rows = [{"outlet": outlet, **stats(g)} for outlet, g in sorted(frame.groupby("outlet"))]
    rows.append({"outlet": "(all)", **stats(frame)})
    return pd.DataFrame(rows, columns=cols)


def release_history(manifests: Iterable[dict]) -> pd.DataFrame:
    """One row per corpus release, oldest first.

    Args:
        manifests: Release manifests (``releases/<version>.json`` contents):
            dicts with ``version, date, parent, n_documents, message``.

    Returns:
        DataFrame ``version, date, parent, n_documents, message`` in semver order.

    Example:
        >>> release_history([{"version": "0.10.0", "date": "2024-05-02", "n_documents": 3},
        ...                  {"version": "0.2.0", "date": "2024-05-01", "n_documents": 1}])["version"].tolist()
        ['0.2.0', '0.10.0']
    """
    cols = ["version", "date", "parent", "n_documents", "message"]
    rows = [{c: m.get(c) for c in cols} for m in manifests]
    if not rows:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(rows, columns=cols)
    key = out["version"].map(lambda v: tuple(int(p) for p in str(v).split(".")))
    out = out.iloc[key.argsort(kind="mergesort").values].reset_index(drop=True)
    out["parent"] = out["parent"].fillna("")
    out["message"] = out["message"].fillna("")
    return out
