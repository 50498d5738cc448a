"""Shared pieces of the summary tables: missing-value labels, sorting, dates.

Missing values stay visible: a document without an outlet is counted under
:data:`UNKNOWN`, a quote without an identified speaker under
:data:`UNRESOLVED`; nothing is silently dropped.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.framing.tables import UNRESOLVED  # noqa: F401 -- one spelling, the framing stage's

def ranked(totals: pd.Series, top: int | None = None) -> list:
    """Labels of ``totals`` largest first, ties by label, at most ``top``.

    Every ranked axis of the report uses this one order, so figures and
    tables list the same items in the same, reproducible order.

    Example:
        >>> ranked(pd.Series({"b": 2, "a": 2, "c": 5}), 2)
        ['c', 'a']
    """
    frame = pd.DataFrame({"label": list(totals.index), "total": totals.to_numpy()})
    order = frame.sort_values(["total", "label"], ascending=[False, True], kind="mergesort")["label"].tolist()
    return order if top is None else order[:top]

UNKNOWN = "(unknown)"
UNATTRIBUTED = "(unattributed)"
NONE = "(none)"

# Metadata fields whose completeness the overview reports, in display order.
METADATA_FIELDS = ("title", "outlet", "url", "published")

# Rows are kept at a precision at least as fine as the time bin.
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
_FREQS = {"day": ("D", "%Y-%m-%d", 3), "month": ("MS", "%Y-%m", 2), "year": ("YS", "%Y", 1)}


# --------------------------------------------------------------------------- helpers

def _blank(series: pd.Series) -> pd.Series:
    """True where a value is missing or an empty / whitespace-only string."""
    s = series.astype("string")
    return s.isna() | (s.str.strip() == "")


def _fill(series: pd.Series, label: str) -> pd.Series:
    """Replace missing or blank values with ``label`` (as plain ``object`` strings)."""
    s = series.astype("object").where(~_blank(series), label)
    return s.astype(str)


def _outlets(documents: pd.DataFrame) -> pd.Series:
    """doc_id -> outlet, with :data:`UNKNOWN` for blanks."""
    if documents is None or documents.empty:
        return pd.Series(dtype=object, name="outlet")
    return pd.Series(_fill(documents["outlet"], UNKNOWN).values,
                     index=documents["doc_id"].values, name="outlet")


def _with_outlet(frame: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    outlets = _outlets(documents)
    out["outlet"] = _lookup(out["doc_id"], outlets, UNKNOWN)
    return out


def _lookup(keys: pd.Series, mapping: pd.Series, default: str) -> pd.Series:
    """``keys.map(mapping)`` with ``default`` for misses, as plain strings."""
    d = mapping.to_dict()
    return pd.Series([d.get(k, default) for k in keys], index=keys.index, dtype=object)


def _sorted(frame: pd.DataFrame, by: list[str], ascending: list[bool] | bool = True) -> pd.DataFrame:
    """Sort with a stable algorithm and a fresh 0..n-1 index."""
    if frame.empty:
        return frame.reset_index(drop=True)
    return frame.sort_values(by, ascending=ascending, kind="mergesort").reset_index(drop=True)


def _split_labels(values: pd.Series) -> pd.Series:
    """'a|b' -> ['a', 'b']; blanks -> []."""
    return values.astype("object").where(~_blank(values), "").astype(str).map(
        lambda v: [p for p in v.split("|") if p.strip()]
    )


def _bool(series: pd.Series) -> pd.Series:
    return series.astype("boolean").fillna(False).astype(bool)


def parse_published(documents: pd.DataFrame) -> pd.DataFrame:
    """Publication dates as timestamps, with their precision.

    Args:
        documents: The documents table (``doc_id, published, date_precision``).

    Returns:
        DataFrame ``doc_id, date, precision``: ``date`` is the first day of the
        published day, month or year (``NaT`` when unknown) and ``precision``
        is ``day``, ``month``, ``year`` or ``unknown``. A date outside the
        range a timestamp can hold (before 1677-09-22 or after 2262-04-11,
        e.g. a placeholder ``0001-01-01``) cannot be placed on a timeline and
        counts as ``unknown``, like an unparseable one.

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2015-07-21", "2015-07"],
        ...                      "date_precision": ["day", "month"]})
        >>> parse_published(docs)["date"].dt.strftime("%Y-%m-%d").tolist()
        ['2015-07-21', '2015-07-01']
    """
    out = pd.DataFrame({"doc_id": documents["doc_id"].astype(str).values})
    published = documents["published"].astype("object").where(~_blank(documents["published"]), "")
    precision = documents["date_precision"].astype("object").fillna("unknown").astype(str)
    dates = pd.Series(pd.NaT, index=documents.index, dtype="datetime64[ns]")
    for name, (_, fmt, _) in _FREQS.items():
        mask = precision == name
        if mask.any():
            dates[mask] = _in_timestamp_range(pd.to_datetime(published[mask], format=fmt,
                                                             errors="coerce"))
    out["date"] = dates.values
    out["precision"] = precision.where(out["date"].notna().values, "unknown").values
    return out


def _in_timestamp_range(parsed: pd.Series) -> pd.Series:
    """Parsed dates as nanosecond timestamps, ``NaT`` for those a timestamp cannot hold."""
    inside = parsed.notna() & (parsed >= pd.Timestamp.min) & (parsed <= pd.Timestamp.max)
    return parsed.where(inside).astype("datetime64[ns]")


def time_bin(dates: Iterable) -> str:
    """The time bin a timeline should use for these dates: day, month or year.

    Spans up to three months are shown by day, up to three years by month,
    longer spans by year, so a timeline stays readable at any corpus size.

    Example:
        >>> time_bin(pd.to_datetime(["2015-07-21", "2015-08-11"]))
        'day'
        >>> time_bin(pd.to_datetime(["2015-07-21", "2023-09-20"]))
        'year'
    """
    d = pd.Series(pd.to_datetime(pd.Series(list(dates)), errors="coerce")).dropna()
    if d.empty:
        return "day"
    span = (d.max() - d.min()).days
    if span <= 92:
        return "day"
    if span <= 3 * 366:
        return "month"
    return "year"


def _binned_dates(documents: pd.DataFrame, unit: str | None) -> tuple[pd.DataFrame, str]:
    """doc_id -> period label at ``unit`` (auto when None); drops docs too coarse for it."""
    parsed = parse_published(documents)
    known = parsed[parsed["precision"] != "unknown"]
    if unit is None:
        unit = time_bin(known.loc[known["precision"] == "day", "date"]) if (
            known["precision"] == "day").any() else time_bin(known["date"])
        # A month/year-precision-only corpus cannot be shown by day.
        finest = max((_PRECISION_RANK[p] for p in known["precision"].unique()), default=3)
        if _FREQS[unit][2] > finest:
            unit = {3: "day", 2: "month", 1: "year"}[finest]
    freq, fmt, rank = _FREQS[unit]
    keep = known[known["precision"].map(_PRECISION_RANK) >= rank].copy()
    keep["period"] = keep["date"].dt.to_period(freq[0]).dt.start_time.dt.strftime(fmt)
    return keep[["doc_id", "period"]], unit
