"""The outlet × event comparison of casualty claims.

The claims themselves are one table, the corpus tables' ``casualties``
(:meth:`analysis.Corpus.tables`; columns in ``analysis/schemas/casualties.json``);
for a text outside a corpus, :func:`analysis.api.text_rows` gives the same
columns. This module only compares them across outlets.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd


_HEDGE_SIGN = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤",
               "range": "", "vague": ""}


def compare_outlets(
    claims_df: pd.DataFrame,
    metadata_df: pd.DataFrame,
    *,
    categories: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Outlet × event table: for each date and category, what each outlet reported.

    An "event" here is the pair (publication date, category): the same day's
    figures for the same kind of casualty. That is deliberately coarse (two
    attacks on one day fall together); it is the comparison a reader makes
    across front pages, and the rows keep ``doc_ids`` to go back to the text.
    Subset claims (with a ``parent``) are listed in ``figures`` but left out
    of ``top_value``, so that "7 of the 32" does not count as a second toll.

    Args:
        claims_df: The casualties table (:meth:`analysis.Corpus.tables`).
        metadata_df: The corpus metadata (``doc_id``, ``outlet``, ``published``).
        categories: Keep only these categories (default: all).

    Returns:
        One row per (``published``, ``category``, ``outlet``) with columns
        ``published``, ``category``, ``outlet`` (empty → ``unknown``),
        ``n_docs``, ``doc_ids`` (``;``-joined), ``n_claims``, ``figures``
        (each figure with its hedge sign, ``≥32; 32; >200``, text order),
        ``top_value`` (largest non-vague, non-subset value, else null),
        ``sources`` (distinct actor ids, or source phrases when unresolved,
        ``;``-joined; ``unattributed`` when a figure has none), and
        ``perpetrators`` (likewise).

    Example:
        >>> claims = pd.DataFrame([
        ...     {"doc_id": "a", "category": "killed", "value": 32, "hedge": "at_least",
        ...      "parent": None, "source": None, "source_text": None, "perpetrator": None,
        ...      "perpetrator_text": None, "vague_default": None},
        ...     {"doc_id": "b", "category": "killed", "value": 27, "hedge": "exact",
        ...      "parent": None, "source": "am_ombudsman", "source_text": "x",
        ...      "perpetrator": None, "perpetrator_text": None, "vague_default": None}])
        >>> meta = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
        ...                      "published": ["2023-09-20", "2023-09-20"]})
        >>> compare_outlets(claims, meta)[["outlet", "figures", "sources"]].values.tolist()
        [['X', '≥32', 'unattributed'], ['Y', '27', 'am_ombudsman']]
    """
    cols = ["published", "category", "outlet", "n_docs", "doc_ids", "n_claims", "figures",
            "top_value", "sources", "perpetrators"]
    if claims_df.empty:
        return pd.DataFrame(columns=cols)
    meta = metadata_df[["doc_id", "outlet", "published"]].copy()
    meta["outlet"] = meta["outlet"].fillna("").replace("", "unknown")
    meta["published"] = meta["published"].fillna("")
    # The metadata given wins over the outlet/published the table carries itself.
    own = [c for c in ("outlet", "published") if c in claims_df.columns]
    df = claims_df.drop(columns=own).merge(meta, on="doc_id", how="left")
    df["outlet"] = df["outlet"].fillna("unknown")
    df["published"] = df["published"].fillna("")
    if categories is not None:
        df = df[df["category"].isin(list(categories))]
    rows = []
    for (published, category, outlet), g in df.groupby(["published", "category", "outlet"],
                                                      sort=True):
        figures = [_figure(r) for r in g.itertuples()]
        top = g[g["parent"].isna() & g["value"].notna()]["value"]
        rows.append({
            "published": published,
            "category": category,
            "outlet": outlet,
            "n_docs": g["doc_id"].nunique(),
            "doc_ids": ";".join(sorted(g["doc_id"].unique())),
            "n_claims": len(g),
            "figures": "; ".join(figures),
            "top_value": top.max() if len(top) else None,
            "sources": _who(g, "source"),
            "perpetrators": _who(g, "perpetrator"),
        })
    return pd.DataFrame(rows, columns=cols)


def _figure(r) -> str:
    if r.value is None or pd.isna(r.value):
        return f"vague({int(r.vague_default)})" if pd.notna(r.vague_default) else "vague"
    v = int(r.value) if float(r.value).is_integer() else r.value
    return f"{_HEDGE_SIGN.get(r.hedge, '')}{v}"


def _who(g: pd.DataFrame, field: str) -> str:
    out: list[str] = []
    for actor, text in zip(g[field], g[f"{field}_text"]):
        name = actor if isinstance(actor, str) and actor else (
            text if isinstance(text, str) and text else "unattributed")
        if name not in out:
            out.append(name)
    return ";".join(out)


__all__ = ["compare_outlets"]
