"""Casualty claims as tables: one row per figure, and an outlet × event comparison."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.casualties.claims import Claim

#: Columns of :func:`claims_frame`, in order (the fields of :class:`Claim`).
CLAIM_COLUMNS = list(Claim.__slots__)

_INT_COLUMNS = ["claim_id", "start", "end", "value", "low", "high", "vague_default", "parent",
                "source_start", "source_end", "perpetrator_start", "perpetrator_end",
                "cause_start", "cause_end", "sentence"]
_HEDGE_SIGN = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤",
               "range": "", "vague": ""}


def claims_frame(documents: Iterable, *, pipeline=None) -> pd.DataFrame:
    """Extract the claims of many documents into one DataFrame.

    Claims come from :func:`analysis.annotate.annotate`, so sources and
    perpetrators are resolved with the framing stage's quotes and actor
    registry exactly as in the corpus tables and the report.

    Args:
        documents: Objects with ``doc_id`` and ``text`` (e.g.
            :class:`analysis.corpus.store.Document`).
        pipeline: A loaded :class:`analysis.annotate.Pipeline` (default: the
            shipped data files).

    Returns:
        One row per claim, columns :data:`CLAIM_COLUMNS`: ``doc_id``,
        ``claim_id`` (index within the document), ``start``/``end``/``text``
        (the figure phrase; ``text == original[start:end]``), ``category``,
        ``value`` (null when vague), ``low``/``high`` (bounds implied by the
        hedge), ``hedge``, ``vague_default`` (ACLED-style stand-in for vague
        figures), ``group``, ``parent`` (claim_id of the claim this one
        divides), ``source`` (actor id) and ``source_text``/``source_start``/
        ``source_end``, ``perpetrator`` (actor id) and ``perpetrator_text``/
        ``_start``/``_end``, ``cause`` and ``cause_text``/``_start``/``_end``,
        ``agency`` (named | inanimate | agentless), ``martyr_term``,
        ``sentence``, ``numeral_text``, ``dual_marked``. Numeric columns are
        nullable ``Int64`` (figures are whole numbers: decimals are never claims).

    Example:
        >>> from types import SimpleNamespace as D
        >>> df = claims_frame([D(doc_id="d1", text="قتل 12 شخصا وأصيب 3 آخرون")])  # synthetic
        >>> df[["doc_id", "category", "value"]].values.tolist()
        [['d1', 'killed', 12], ['d1', 'injured', 3]]
    """
    from analysis.annotate import annotate

    rows = []
    for doc in documents:
        for c in annotate(doc.text, doc_id=doc.doc_id, pipeline=pipeline).casualties:
            rows.append({k: getattr(c, k) for k in CLAIM_COLUMNS})
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    # Nullable integers: a missing bound must stay missing, not become NaN floats.
    for col in _INT_COLUMNS:
        df[col] = df[col].astype("Int64")
    return df


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
        claims_df: :func:`claims_frame` output.
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
    df = claims_df.merge(meta, on="doc_id", how="left")
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


__all__ = ["claims_frame", "compare_outlets", "CLAIM_COLUMNS"]
