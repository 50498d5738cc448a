"""Summaries for notebook 04: casualty claims, sources, hedges, subsets, agency, timeline."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.report.summaries.common import (
    NONE, UNATTRIBUTED, UNKNOWN, _blank, _fill, _lookup, _sorted, _with_outlet, parse_published,
)


def claims_table(casualties: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The corpus casualty table, with each claim's outlet and publication date, in text order.

    A view of :attr:`analysis.tables.CorpusTables.casualties` -- every
    column in the table's own order -- with ``outlet`` and ``published``
    from the documents table after ``end`` (unless the table has them).

    Args:
        casualties: The casualties table.
        documents: The documents table (outlet, published).

    Returns:
        DataFrame sorted by doc_id, start, end.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [5], "text": ["x"],
        ...                   "category": ["killed"], "value": [3]})
        >>> claims_table(c).columns.tolist()
        ['doc_id', 'start', 'end', 'outlet', 'published', 'text', 'category', 'value']
    """
    from analysis.tables import COLUMNS

    if casualties is None or casualties.empty:
        casualties = pd.DataFrame(columns=COLUMNS["casualties"])
    frame = casualties.copy()
    joined = [c for c in ("outlet", "published") if c not in frame.columns]
    if "outlet" in joined:
        frame = _with_outlet(frame, documents)
    if "published" in joined:
        published = (pd.Series(documents["published"].values, index=documents["doc_id"].values)
                     if documents is not None and not documents.empty else pd.Series(dtype=object))
        frame["published"] = _lookup(frame["doc_id"], published.fillna(""), "")
    rest = [c for c in casualties.columns if c not in ("doc_id", "start", "end")]
    return _sorted(frame[["doc_id", "start", "end"] + joined + rest], ["doc_id", "start", "end"])


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


AGENCY_CATEGORIES = ("killed",)
"""Categories whose every (top-level) claim the agency figure counts."""
AGENCY_AGENT_CATEGORIES = ("injured",)
"""Categories counted by the agency figure only when the text names a perpetrator."""


def _top_level(casualties: pd.DataFrame) -> pd.Series:
    """True for claims that are not a subset of another claim ("... among them 5 children")."""
    if "parent" not in casualties:
        return pd.Series(True, index=casualties.index)
    return casualties["parent"].isna()


def _agency(frame: pd.DataFrame) -> pd.Series:
    """``named``, ``inanimate`` or ``agentless`` per claim (derived from perpetrator/cause if absent)."""
    if "agency" in frame.columns:
        return _fill(frame["agency"], UNKNOWN)
    agency = pd.Series("agentless", index=frame.index, dtype=object)
    if "cause" in frame:
        agency[~_blank(frame["cause"])] = "inanimate"
    if "perpetrator" in frame:
        agency[~_blank(frame["perpetrator"])] = "named"
    return agency


def _agency_scope(casualties: pd.DataFrame) -> pd.Series:
    """Why each claim is or is not counted by :func:`agency_breakdown` (``counted`` if it is)."""
    category = _fill(casualties["category"], UNKNOWN) if "category" in casualties else pd.Series(
        UNKNOWN, index=casualties.index)
    named = _agency(casualties).isin(["named", "perpetrator"])
    reason = pd.Series("counted", index=casualties.index, dtype=object)
    other = ~category.isin(AGENCY_CATEGORIES + AGENCY_AGENT_CATEGORIES)
    reason[other] = "category " + category[other]
    reason[category.isin(AGENCY_AGENT_CATEGORIES) & ~named] = (
        "category " + category + ", no named perpetrator")
    reason[~_top_level(casualties)] = "subset of another claim"
    return reason


def agency_breakdown(casualties: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who kills in the telling: per outlet, killed claims by the agency of the sentence.

    Counts top-level claims (not subsets, which restate part of a toll) of
    the categories :data:`AGENCY_CATEGORIES` (``killed``), and of
    :data:`AGENCY_AGENT_CATEGORIES` (``injured``) only where the text names
    a perpetrator. Evacuations, detentions and the like are not deaths and
    are left out; :func:`agency_left_out` counts everything left out.
    ``agency`` is ``named`` (a perpetrator is named), ``inanimate`` (only a
    cause: a shell, a mine) or ``agentless`` ("were killed"); when the
    column is absent it is derived from ``perpetrator`` / ``cause``.

    Returns:
        DataFrame ``outlet, agency, n_claims, share, n_outlet`` (share of the
        outlet's ``n_outlet`` counted claims), sorted by outlet and agency.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a"] * 3, "category": ["killed", "killed", "evacuated"],
        ...                   "agency": ["agentless", "named", "named"], "parent": [None] * 3})
        >>> d = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"]})
        >>> agency_breakdown(c, d)[["agency", "n_claims", "n_outlet"]].values.tolist()
        [['agentless', 1, 2], ['named', 1, 2]]
    """
    cols = ["outlet", "agency", "n_claims", "share", "n_outlet"]
    if casualties is None or casualties.empty:
        return pd.DataFrame(columns=cols)
    frame = _with_outlet(casualties, documents)
    frame = frame.assign(agency=_agency(frame))[_agency_scope(frame) == "counted"]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    out = frame.groupby(["outlet", "agency"], sort=True).size().reset_index(name="n_claims")
    out["n_claims"] = out["n_claims"].astype(int)
    out["n_outlet"] = out.groupby("outlet")["n_claims"].transform("sum").astype(int)
    out["share"] = out["n_claims"] / out["n_outlet"]
    return _sorted(out[cols], ["outlet", "agency"])


def agency_left_out(casualties: pd.DataFrame) -> pd.DataFrame:
    """The claims :func:`agency_breakdown` does not count, by reason.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a"] * 3, "category": ["killed", "injured", "evacuated"],
        ...                   "agency": ["agentless", "inanimate", "named"], "parent": [0, None, None]})
        >>> agency_left_out(c).values.tolist()
        [['category evacuated', 1], ['category injured, no named perpetrator', 1], ['subset of another claim', 1]]
    """
    return _reasons(None if casualties is None or casualties.empty else _agency_scope(casualties))


def _reasons(reason: pd.Series | None) -> pd.DataFrame:
    """``reason, n_claims`` for every reason but ``counted``, sorted by reason."""
    cols = ["reason", "n_claims"]
    if reason is None:
        return pd.DataFrame(columns=cols)
    left = reason[reason != "counted"]
    out = left.value_counts().rename_axis("reason").reset_index(name="n_claims")
    out["n_claims"] = out["n_claims"].astype(int)
    return _sorted(out[cols], ["reason"])


def _timeline_scope(casualties: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Claims with figure and date, and why each is or is not on the timeline."""
    frame = casualties.assign(figure=_claim_values(casualties).values).reset_index(drop=True)
    parsed = parse_published(documents) if documents is not None and not documents.empty else (
        pd.DataFrame({"doc_id": pd.Series(dtype=object), "date": pd.Series(dtype="datetime64[ns]"),
                      "precision": pd.Series(dtype=object)}))
    days = parsed[parsed["precision"] == "day"].drop_duplicates("doc_id")[["doc_id", "date"]]
    frame = frame.drop(columns=[c for c in ("date",) if c in frame]).merge(days, on="doc_id", how="left")
    reason = pd.Series("counted", index=frame.index, dtype=object)
    reason[frame["date"].isna()] = "document not dated to the day"
    reason[frame["figure"].isna()] = "no figure"
    reason[~_top_level(frame)] = "subset of another claim"
    return frame, reason


def casualty_timeline(casualties: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Reported figures by publication date and outlet (one row per claim).

    Only top-level claims (no ``parent``) with a figure and a day-precision
    date are kept, so "... among them 5 children" does not plot as a
    separate toll; :func:`timeline_left_out` counts the rest.

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
    frame, reason = _timeline_scope(_with_outlet(casualties, documents), documents)
    frame = frame[reason == "counted"].copy()
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["category"] = _fill(frame["category"], UNKNOWN)
    frame["hedge"] = _fill(frame["hedge"], NONE) if "hedge" in frame else NONE
    frame["figure"] = frame["figure"].astype(float)
    return _sorted(frame[cols], ["date", "outlet", "category", "doc_id", "start"])


def timeline_left_out(casualties: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """The claims :func:`casualty_timeline` does not plot, by reason.

    Example:
        >>> d = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"],
        ...                   "published": ["2015-07-21", "2015"], "date_precision": ["day", "year"]})
        >>> c = pd.DataFrame({"doc_id": ["a", "a", "b"], "value": [7, 2, 3], "parent": [None, 0, None]})
        >>> timeline_left_out(c, d).values.tolist()
        [['document not dated to the day', 1], ['subset of another claim', 1]]
    """
    if casualties is None or casualties.empty:
        return _reasons(None)
    return _reasons(_timeline_scope(casualties, documents)[1])
