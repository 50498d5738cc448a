"""Summaries for notebook 04: casualty claims, sources, hedges, subsets, agency, timeline."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.report.summaries.common import (
    NONE, UNATTRIBUTED, UNKNOWN, _blank, _fill, _lookup, _sorted, _with_outlet, parse_published,
)


CLAIM_COLUMNS = ["doc_id", "start", "end", "outlet", "published", "text", "category", "value",
                 "low", "high", "hedge", "group", "parent", "source", "perpetrator", "cause",
                 "agency"]


def claims_table(casualties: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The casualty claims with outlet and publication date, in document order.

    Args:
        casualties: The casualties table.
        documents: The documents table (outlet, published).

    Returns:
        DataFrame with :data:`CLAIM_COLUMNS` (those present), sorted by
        doc_id, start, end.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [5], "text": ["x"],
        ...                   "category": ["killed"], "value": [3]})
        >>> claims_table(c).columns.tolist()[:5]
        ['doc_id', 'start', 'end', 'outlet', 'published']
    """
    if casualties is None or casualties.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    frame = _with_outlet(casualties, documents)
    published = (pd.Series(documents["published"].values, index=documents["doc_id"].values)
                 if documents is not None and not documents.empty else pd.Series(dtype=object))
    frame["published"] = _lookup(frame["doc_id"], published.fillna(""), "")
    cols = [c for c in CLAIM_COLUMNS if c in frame.columns]
    return _sorted(frame[cols], ["doc_id", "start", "end"])


def _claim_values(casualties: pd.DataFrame) -> pd.Series:
    """The claim's figure: ``value``, else the midpoint of ``low``-``high`` if both are given."""
    value = pd.to_numeric(casualties.get("value"), errors="coerce")
    low = pd.to_numeric(casualties.get("low"), errors="coerce")
    high = pd.to_numeric(casualties.get("high"), errors="coerce")
    return value.fillna((low + high) / 2).fillna(low).fillna(high)


def figures_by_source(casualties: pd.DataFrame) -> pd.DataFrame:
    """Casualty figures grouped by who they are attributed to.

    Args:
        casualties: The casualties table (``source, category, value, low, high``).

    Returns:
        DataFrame ``source, category, n_claims, min, median, max`` (figures
        from ``value``, else the ``low``-``high`` midpoint); claims without a
        source count as :data:`UNATTRIBUTED`. Sorted by ``n_claims``
        (descending), source, category.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "a"], "source": ["ministry", None],
        ...     "category": ["killed", "killed"], "value": [10, 12], "low": [None, None],
        ...     "high": [None, None]})
        >>> figures_by_source(c)[["source", "n_claims", "max"]].values.tolist()
        [['(unattributed)', 1, 12.0], ['ministry', 1, 10.0]]
    """
    cols = ["source", "category", "n_claims", "min", "median", "max"]
    if casualties is None or casualties.empty:
        return pd.DataFrame(columns=cols)
    frame = pd.DataFrame({
        "source": _fill(casualties["source"], UNATTRIBUTED).values,
        "category": _fill(casualties["category"], UNKNOWN).values,
        "figure": _claim_values(casualties).values,
    })
    out = frame.groupby(["source", "category"], sort=True).agg(
        n_claims=("figure", "size"), min=("figure", "min"), median=("figure", "median"),
        max=("figure", "max")).reset_index()
    out["n_claims"] = out["n_claims"].astype(int)
    for c in ("min", "median", "max"):
        out[c] = out[c].astype(float)
    return _sorted(out[cols], ["n_claims", "source", "category"], [False, True, True])


def hedge_counts(casualties: pd.DataFrame) -> pd.DataFrame:
    """Claims per hedge (``about``, ``at least``, ... or :data:`NONE`) and category.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "a"], "hedge": ["at_least", None],
        ...                   "category": ["killed", "killed"]})
        >>> hedge_counts(c).values.tolist()
        [['(none)', 'killed', 1, 0.5], ['at_least', 'killed', 1, 0.5]]
    """
    cols = ["hedge", "category", "n_claims", "share"]
    if casualties is None or casualties.empty:
        return pd.DataFrame(columns=cols)
    frame = pd.DataFrame({"hedge": _fill(casualties["hedge"], NONE).values,
                          "category": _fill(casualties["category"], UNKNOWN).values})
    out = frame.groupby(["hedge", "category"], sort=True).size().reset_index(name="n_claims")
    out["n_claims"] = out["n_claims"].astype(int)
    out["share"] = out["n_claims"] / out["n_claims"].sum()
    return _sorted(out[cols], ["n_claims", "hedge", "category"], [False, True, True])


def claim_subsets(casualties: pd.DataFrame) -> pd.DataFrame:
    """Claims that are a subset of another claim ("... among them 5 children").

    ``parent`` refers to another row of the same document: either its
    position in the casualties table (an integer) or the parent's ``start``
    offset; both are resolved here.

    Returns:
        DataFrame ``doc_id, start, end, text, category, value, group,
        parent_text, parent_category, parent_value`` sorted by doc_id, start.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 20], "end": [10, 30],
        ...     "text": ["قتل 10", "بينهم 5 أطفال"], "category": ["killed", "killed"],  # synthetic
        ...     "value": [10, 5], "group": [None, "children"], "parent": [None, 0]})
        >>> claim_subsets(c)[["text", "parent_text"]].values.tolist()
        [['بينهم 5 أطفال', 'قتل 10']]
    """
    cols = ["doc_id", "start", "end", "text", "category", "value", "group",
            "parent_text", "parent_category", "parent_value"]
    if casualties is None or casualties.empty or "parent" not in casualties:
        return pd.DataFrame(columns=cols)
    base = casualties.reset_index(drop=True)
    children = base[base["parent"].notna()].copy()
    if children.empty:
        return pd.DataFrame(columns=cols)
    children["ref"] = pd.to_numeric(children["parent"], errors="coerce")
    parents = base[["doc_id", "start", "text", "category", "value"]].rename(columns={
        "start": "ref", "text": "parent_text", "category": "parent_category", "value": "parent_value"})
    parents = parents.drop_duplicates(["doc_id", "ref"])
    by_offset = children.merge(parents, on=["doc_id", "ref"], how="left")
    # Fallback: ``parent`` as a row position in the casualties table (same document).
    positional = base.iloc[:, :0].assign(
        ref=range(len(base)), doc_id=base["doc_id"].values, p_text=base["text"].values,
        p_category=base["category"].values, p_value=base["value"].values)
    out = by_offset.merge(positional, on=["doc_id", "ref"], how="left")
    missing = out["parent_text"].isna()
    for a, b in (("parent_text", "p_text"), ("parent_category", "p_category"), ("parent_value", "p_value")):
        out[a] = out[a].astype(object).where(~missing, out[b].astype(object))
    for c in cols[:7]:
        if c not in out:
            out[c] = None
    return _sorted(out[cols], ["doc_id", "start", "end"])


def agency_breakdown(casualties: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """How deaths and injuries are caused in the telling: by outlet and agency.

    ``agency`` says whether a claim names a perpetrator, names only an
    inanimate cause (a shell, an explosion), or is agentless ("were killed").
    When the column is absent it is derived from ``perpetrator`` / ``cause``.

    Returns:
        DataFrame ``outlet, agency, n_claims, share`` (share within outlet),
        sorted by outlet and agency.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "a"], "agency": ["agentless", "perpetrator"]})
        >>> d = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"]})
        >>> agency_breakdown(c, d)[["agency", "n_claims"]].values.tolist()
        [['agentless', 1], ['perpetrator', 1]]
    """
    cols = ["outlet", "agency", "n_claims", "share"]
    if casualties is None or casualties.empty:
        return pd.DataFrame(columns=cols)
    frame = _with_outlet(casualties, documents)
    if "agency" in frame.columns:
        frame["agency"] = _fill(frame["agency"], UNKNOWN)
    else:
        has_p = ~_blank(frame["perpetrator"]) if "perpetrator" in frame else False
        has_c = ~_blank(frame["cause"]) if "cause" in frame else False
        frame["agency"] = "agentless"
        frame.loc[has_c, "agency"] = "cause"
        frame.loc[has_p, "agency"] = "perpetrator"
    out = frame.groupby(["outlet", "agency"], sort=True).size().reset_index(name="n_claims")
    out["n_claims"] = out["n_claims"].astype(int)
    out["share"] = out["n_claims"] / out.groupby("outlet")["n_claims"].transform("sum")
    return _sorted(out[cols], ["outlet", "agency"])


def casualty_timeline(casualties: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Reported figures by publication date and outlet (one row per claim).

    Only top-level claims (no ``parent``) with a figure and a day-precision
    date are kept, so "... among them 5 children" does not plot as a
    separate toll.

    Returns:
        DataFrame ``date, outlet, category, figure, hedge, doc_id, start``
        sorted by date, outlet, category, doc_id, start.

    Example:
        >>> d = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "published": ["2015-07-21"],
        ...                   "date_precision": ["day"]})
        >>> c = pd.DataFrame({"doc_id": ["a"], "start": [0], "category": ["killed"],
        ...                   "value": [7], "hedge": [None], "parent": [None]})
        >>> casualty_timeline(c, d)[["date", "figure"]].astype(str).values.tolist()
        [['2015-07-21', '7.0']]
    """
    cols = ["date", "outlet", "category", "figure", "hedge", "doc_id", "start"]
    if casualties is None or casualties.empty or documents is None or documents.empty:
        return pd.DataFrame(columns=cols)
    frame = _with_outlet(casualties, documents)
    if "parent" in frame:
        frame = frame[frame["parent"].isna()]
    frame = frame.assign(figure=_claim_values(frame))
    frame = frame[frame["figure"].notna()]
    parsed = parse_published(documents)
    days = parsed[parsed["precision"] == "day"][["doc_id", "date"]]
    frame = frame.merge(days, on="doc_id")
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame["category"] = _fill(frame["category"], UNKNOWN)
    frame["hedge"] = _fill(frame["hedge"], NONE) if "hedge" in frame else NONE
    frame["figure"] = frame["figure"].astype(float)
    return _sorted(frame[cols], ["date", "outlet", "category", "doc_id", "start"])


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
