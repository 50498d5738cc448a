"""Outlets compared: for one date and casualty category, what each outlet reported."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.report.summaries.common import UNKNOWN, _blank, _fill, _sorted


OUTLET_COMPARISON_COLUMNS = ["published", "category", "outlet", "n_docs", "doc_ids", "n_claims",
                             "figures", "top_value", "sources", "perpetrators"]
# Claim fields compare_outlets reads that a casualties table may lack (hand-made
# tables, an empty corpus): absent means "not known", as in claims_frame.
_COMPARE_FIELDS = ("value", "hedge", "parent", "source", "source_text", "perpetrator",
                   "perpetrator_text", "vague_default")


def outlet_comparison(casualties: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                      categories: Iterable[str] | None = None) -> pd.DataFrame:
    """Outlet × event: for the same date and category, the figures each outlet reported.

    Delegates to :func:`analysis.casualties.frame.compare_outlets`. An
    "event" is the pair (``published`` as written in the metadata, category):
    coarse on purpose -- two attacks on one day fall together -- and the
    ``doc_ids`` lead back to the texts. Subset claims ("... among them 7
    children") are listed in ``figures`` but never give ``top_value``.

    Args:
        casualties: The casualties table (``doc_id, start, end, category, value,
            hedge, parent, source, perpetrator``; ``source_text``,
            ``perpetrator_text`` and ``vague_default`` are used when present).
        documents: The documents table (``doc_id, outlet, published``).
        categories: Keep only these categories (default: all).

    Returns:
        DataFrame :data:`OUTLET_COMPARISON_COLUMNS`, one row per (``published``,
        ``category``, ``outlet``) sorted by those three: ``n_docs``,
        ``doc_ids`` (``;``-joined), ``n_claims``, ``figures`` (each figure with
        its hedge sign, ``≥32; 32; >200``, in document and text order),
        ``top_value`` (largest non-vague top-level figure, empty if none),
        ``sources`` and ``perpetrators`` (actor ids, else the source phrase,
        ``;``-joined; ``unattributed`` for a figure without one). A blank
        outlet is :data:`UNKNOWN`, a blank category :data:`UNKNOWN`, a
        document without a date has ``published`` empty.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "b"], "start": [0, 0], "end": [5, 5],
        ...     "category": ["killed", "killed"], "value": [32, 27],
        ...     "hedge": ["at_least", "exact"], "parent": [None, None],
        ...     "source": [None, "am_ombudsman"], "perpetrator": [None, None]})
        >>> d = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", ""],
        ...                   "published": ["2023-09-20", "2023-09-20"]})
        >>> outlet_comparison(c, d)[["outlet", "figures", "top_value", "sources"]].values.tolist()
        [['(unknown)', '27', 27, 'am_ombudsman'], ['X', '≥32', 32, 'unattributed']]
    """
    from analysis.casualties.frame import compare_outlets

    cols = OUTLET_COMPARISON_COLUMNS
    if casualties is None or casualties.empty:
        return pd.DataFrame(columns=cols)
    claims = _sorted(casualties, ["doc_id", "start", "end"])  # "text order" whatever the input order
    for name in _COMPARE_FIELDS:
        if name not in claims.columns:
            claims[name] = None
    claims["category"] = _fill(claims["category"], UNKNOWN).values
    claims = claims.drop(columns=[c for c in ("outlet", "published") if c in claims.columns])
    if documents is None or documents.empty:
        meta = pd.DataFrame({"doc_id": pd.Series(dtype=object), "outlet": pd.Series(dtype=object),
                             "published": pd.Series(dtype=object)})
    else:
        meta = pd.DataFrame({
            "doc_id": documents["doc_id"].astype(str).values,
            "outlet": _fill(documents["outlet"], UNKNOWN).values,
            "published": documents["published"].astype("object").where(
                ~_blank(documents["published"]), "").astype(str).values,
        })
    # Every claim's document gets a metadata row, so compare_outlets never has to
    # invent its own "unknown" outlet next to ours.
    missing = sorted(set(claims["doc_id"].astype(str)) - set(meta["doc_id"]))
    if missing:
        meta = pd.concat([meta, pd.DataFrame({"doc_id": missing, "outlet": UNKNOWN, "published": ""})],
                         ignore_index=True)
    out = compare_outlets(claims, meta, categories=categories)
    if out.empty:
        return pd.DataFrame(columns=cols)
    top = pd.to_numeric(out["top_value"].astype(object).where(out["top_value"].notna(), None),
                        errors="coerce")
    out["top_value"] = top.astype("Int64") if (top.dropna() % 1 == 0).all() else top
    for c in ("n_docs", "n_claims"):
        out[c] = out[c].astype(int)
    return _sorted(out[cols], ["published", "category", "outlet"])
