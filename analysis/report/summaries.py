"""Small summary tables over the corpus-wide DataFrames.

Every function takes frames from :func:`analysis.tables.corpus_tables` (or
frames with the same columns) and returns a new DataFrame that is sorted
deterministically, has a documented column set, and is empty -- never an
error -- when there is nothing to count. The notebooks display these tables
next to the figures drawn from them, and the report writes them as CSV and
LaTeX, so a number in a figure can always be looked up.

Missing values stay visible: a document without an outlet is counted under
:data:`UNKNOWN`, a quote without an identified speaker under
:data:`UNATTRIBUTED`; nothing is silently dropped.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

import pandas as pd


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
UNRESOLVED = "(unresolved)"  # as analysis.framing.tables: no registry actor
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
        is ``day``, ``month``, ``year`` or ``unknown``.

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
            dates[mask] = pd.to_datetime(published[mask], format=fmt, errors="coerce")
    out["date"] = dates.values
    out["precision"] = precision.where(out["date"].notna().values, "unknown").values
    return out


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


# --------------------------------------------------------------------------- 01 corpus

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


# --------------------------------------------------------------------------- 02 actors

def actor_mentions(actors: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                   by_outlet: bool = False) -> pd.DataFrame:
    """Mentions of each registry actor, and in how many documents.

    Args:
        actors: The actors table (``doc_id, actor``).
        documents: The documents table; needed only with ``by_outlet``.
        by_outlet: Count per outlet as well.

    Returns:
        DataFrame ``[outlet,] actor, n_mentions, n_documents`` sorted by
        ``n_mentions`` (descending) then names.

    Example:
        >>> acts = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["houthis", "houthis", "un"]})
        >>> actor_mentions(acts).values.tolist()
        [['houthis', 2, 1], ['un', 1, 1]]
    """
    keys = (["outlet"] if by_outlet else []) + ["actor"]
    cols = keys + ["n_mentions", "n_documents"]
    if actors is None or actors.empty:
        return pd.DataFrame(columns=cols)
    frame = _with_outlet(actors, documents) if by_outlet else actors.copy()
    frame["actor"] = _fill(frame["actor"], UNRESOLVED)
    out = frame.groupby(keys, sort=True).agg(
        n_mentions=("doc_id", "size"), n_documents=("doc_id", "nunique")).reset_index()
    out[["n_mentions", "n_documents"]] = out[["n_mentions", "n_documents"]].astype(int)
    return _sorted(out[cols], ["n_mentions"] + keys, [False] + [True] * len(keys))


def label_actor_counts(actors: pd.DataFrame) -> pd.DataFrame:
    """How often each label is attached to each actor (long form).

    Delegates to :func:`analysis.framing.tables.label_actor_counts`: a mention
    labelled ``terrorist|militia`` counts once per label; mentions without a
    label are left out (they are in :func:`actor_mentions`); a mention whose
    actor the registry does not resolve counts under ``(unresolved)``.

    Args:
        actors: The actors table (``actor, labels``, labels ``|``-joined).

    Returns:
        DataFrame ``label, actor, n`` sorted by ``n`` (descending), label, actor.

    Example:
        >>> acts = pd.DataFrame({"doc_id": ["a", "a"], "actor": ["x", "x"],
        ...                      "labels": ["terrorist|militia", "terrorist"]})
        >>> label_actor_counts(acts).values.tolist()
        [['terrorist', 'x', 2], ['militia', 'x', 1]]
    """
    from analysis.framing.tables import label_actor_counts as framing_counts

    cols = ["label", "actor", "n"]
    if actors is None or actors.empty:
        return pd.DataFrame(columns=cols)
    frame = actors.assign(actor=actors["actor"].astype(object).where(~_blank(actors["actor"]), None))
    out = framing_counts(frame).rename(columns={"count": "n"})
    out["n"] = out["n"].astype(int)
    return _sorted(out[cols], ["n", "label", "actor"], [False, True, True])


def share_of_voice(quotes: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                   by_outlet: bool = False) -> pd.DataFrame:
    """Who gets quoted: statements per speaker, how many are direct quotes, and their share.

    Delegates to :func:`analysis.framing.tables.share_of_voice`; statements
    whose speaker is not resolved to a registry actor count as ``(unresolved)``.

    Args:
        quotes: The quotes table (``doc_id, speaker, kind``).
        documents: The documents table; needed only with ``by_outlet``.
        by_outlet: Shares within each outlet instead of the whole corpus.

    Returns:
        DataFrame ``[outlet,] speaker, n_quotes, n_direct, share`` sorted by
        outlet, ``n_quotes`` (descending), speaker.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["a", "a", "a"], "speaker": ["un", "un", None],
        ...                   "kind": ["direct", "indirect", "direct"]})
        >>> share_of_voice(q).values.tolist()
        [['un', 2, 1, 0.6666666666666666], ['(unresolved)', 1, 1, 0.3333333333333333]]
    """
    from analysis.framing.tables import share_of_voice as framing_share

    keys = (["outlet"] if by_outlet else []) + ["speaker"]
    cols = keys + ["n_quotes", "n_direct", "share"]
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=cols)
    frame = quotes.assign(speaker=quotes["speaker"].astype(object).where(~_blank(quotes["speaker"]), None))
    if "kind" not in frame:
        frame["kind"] = None
    if by_outlet:
        frame = _with_outlet(frame, documents)
    out = framing_share(frame, by=("outlet",) if by_outlet else ()).rename(
        columns={"quotes": "n_quotes", "direct": "n_direct"})
    out[["n_quotes", "n_direct"]] = out[["n_quotes", "n_direct"]].astype(int)
    return _sorted(out[cols], keys[:-1] + ["n_quotes", "speaker"],
                   [True] * (len(keys) - 1) + [False, True])


def quoted_about(quotes: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted about whom: actor mentions inside each speaker's quote content.

    An actor mention counts for a quote when it lies wholly within the
    quote's content span (``content_start <= start`` and ``end <= content_end``)
    in the same document. A speaker talking about themselves is kept.

    Args:
        quotes: The quotes table (``doc_id, speaker, content_start, content_end``).
        actors: The actors table (``doc_id, start, end, actor``).

    Returns:
        DataFrame ``speaker, actor, n_mentions, n_quotes`` sorted by
        ``n_mentions`` (descending) then names.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["a"], "speaker": ["un"], "content_start": [10],
        ...                   "content_end": [50]})
        >>> a = pd.DataFrame({"doc_id": ["a", "a"], "start": [12, 60], "end": [20, 65],
        ...                   "actor": ["houthis", "saudi"]})
        >>> quoted_about(q, a).values.tolist()
        [['un', 'houthis', 1, 1]]
    """
    cols = ["speaker", "actor", "n_mentions", "n_quotes"]
    if quotes is None or actors is None or quotes.empty or actors.empty:
        return pd.DataFrame(columns=cols)
    q = quotes[["doc_id", "speaker", "content_start", "content_end"]].copy()
    q["quote_id"] = range(len(q))
    q["speaker"] = _fill(q["speaker"], UNRESOLVED)
    a = actors[["doc_id", "start", "end", "actor"]].copy()
    a["actor"] = _fill(a["actor"], UNRESOLVED)
    pairs = q.merge(a, on="doc_id")
    pairs = pairs[(pairs["start"] >= pairs["content_start"]) & (pairs["end"] <= pairs["content_end"])]
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    out = pairs.groupby(["speaker", "actor"], sort=True).agg(
        n_mentions=("quote_id", "size"), n_quotes=("quote_id", "nunique")).reset_index()
    out[["n_mentions", "n_quotes"]] = out[["n_mentions", "n_quotes"]].astype(int)
    return _sorted(out[cols], ["n_mentions", "speaker", "actor"], [False, True, True])


def pivot(frame: pd.DataFrame, index: str, columns: str, values: str, *,
          top: int | None = None) -> pd.DataFrame:
    """Long counts -> a matrix, keeping the ``top`` rows and columns by total.

    Rows and columns are ordered by their totals (descending), ties by name,
    so the largest cells sit in the top-left corner of a heatmap.

    Example:
        >>> long = pd.DataFrame({"label": ["a", "b"], "actor": ["x", "x"], "n": [1, 3]})
        >>> pivot(long, "label", "actor", "n").to_dict()
        {'x': {'b': 3, 'a': 1}}
    """
    if frame is None or frame.empty:
        return pd.DataFrame()
    m = frame.pivot_table(index=index, columns=columns, values=values, aggfunc="sum",
                          fill_value=0, sort=True)

    m = m.loc[ranked(m.sum(axis=1), top or None), ranked(m.sum(axis=0), top or None)]
    m.index.name, m.columns.name = index, columns
    return m.astype(int)


# --------------------------------------------------------------------------- 03 terms

VOICE_CLASSES = ("own", "own_quoted", "scare_quote", "so_called", "reported")
"""Mutually exclusive voice classes, from the outlet's own plain voice to reported speech."""


def term_voice(terms: pd.DataFrame, documents: pd.DataFrame | None = None, *,
               by_outlet: bool = False) -> pd.DataFrame:
    """Loaded-term uses by lexicon key and voice class (own voice vs reported, and how distanced).

    Each use falls in exactly one class of :data:`VOICE_CLASSES` (see
    :func:`analysis.framing.tables.term_voice_breakdown`): ``reported``
    (inside attributed speech), else ``so_called`` (own voice after ما يسمى /
    مزعوم), ``scare_quote`` (own voice in scare quotes), ``own_quoted`` (own
    voice inside other quotation marks) or plain ``own``.

    Args:
        terms: The terms table (``doc_id, key, voice, quoted, scare_quote, so_called``).
        documents: The documents table; needed only with ``by_outlet``.
        by_outlet: Break down by outlet as well.

    Returns:
        DataFrame ``[outlet,] key, voice, n, share`` where ``voice`` is the
        voice class and ``share`` the share of that key's uses (within the
        outlet); sorted by outlet, key and class order.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a"] * 3, "key": ["terrorist"] * 3,
        ...     "voice": ["own", "reported", "reported"], "quoted": [True, False, False],
        ...     "scare_quote": [True, False, False], "so_called": [False] * 3})
        >>> term_voice(t)[["voice", "n"]].values.tolist()
        [['scare_quote', 1], ['reported', 2]]
    """
    from analysis.framing.tables import term_voice_breakdown

    keys = (["outlet"] if by_outlet else []) + ["key", "voice"]
    cols = keys + ["n", "share"]
    if terms is None or terms.empty:
        return pd.DataFrame(columns=cols)
    frame = terms.copy()
    for flag in ("quoted", "scare_quote", "so_called"):
        frame[flag] = _bool(frame[flag])
    if by_outlet:
        frame = _with_outlet(frame, documents)
    out = term_voice_breakdown(frame, by=("outlet",) if by_outlet else ()).rename(
        columns={"voice_class": "voice", "count": "n"})
    out["n"] = out["n"].astype(int)
    order = {v: i for i, v in enumerate(VOICE_CLASSES)}
    out["_order"] = out["voice"].map(lambda v: order.get(v, len(order)))
    return _sorted(out, keys[:-1] + ["_order", "voice"])[cols]


def term_markers(terms: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                 by_outlet: bool = False) -> pd.DataFrame:
    """Distancing markers per lexicon key: inside quotes, scare quotes, "so-called".

    Args:
        terms: The terms table (``key, quoted, scare_quote, so_called``).
        documents: The documents table; needed only with ``by_outlet``.
        by_outlet: Break down by outlet as well.

    Returns:
        DataFrame ``[outlet,] key, n, n_quoted, n_scare_quote, n_so_called,
        share_quoted, share_scare_quote, share_so_called`` sorted by keys.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "a"], "key": ["k", "k"], "quoted": [True, False],
        ...                   "scare_quote": [False, True], "so_called": [False, False]})
        >>> term_markers(t)[["key", "n", "n_scare_quote", "share_scare_quote"]].values.tolist()
        [['k', 2, 1, 0.5]]
    """
    keys = (["outlet"] if by_outlet else []) + ["key"]
    flags = ["quoted", "scare_quote", "so_called"]
    cols = keys + ["n"] + [f"n_{f}" for f in flags] + [f"share_{f}" for f in flags]
    if terms is None or terms.empty:
        return pd.DataFrame(columns=cols)
    frame = _with_outlet(terms, documents) if by_outlet else terms.copy()
    for f in flags:
        frame[f] = _bool(frame[f]).astype(int)
    out = frame.groupby(keys, sort=True).agg(
        n=("doc_id", "size"), **{f"n_{f}": (f, "sum") for f in flags}).reset_index()
    for f in flags:
        out[f"n_{f}"] = out[f"n_{f}"].astype(int)
        out[f"share_{f}"] = out[f"n_{f}"] / out["n"]
    out["n"] = out["n"].astype(int)
    return _sorted(out[cols], keys)


def terms_over_time(terms: pd.DataFrame, documents: pd.DataFrame, *,
                    unit: str | None = None) -> pd.DataFrame:
    """Loaded-term uses per publication period, outlet, key and voice.

    Args:
        terms: The terms table (``doc_id, key, voice``).
        documents: The documents table (dates and outlets).
        unit: ``day``, ``month``, ``year`` or ``None`` (from the corpus date span).

    Returns:
        DataFrame ``period, unit, outlet, key, voice, n`` sorted by all keys.
        Uses in documents without a date at that precision are left out.

    Example:
        >>> docs = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "published": ["2015-07-21"],
        ...                      "date_precision": ["day"]})
        >>> t = pd.DataFrame({"doc_id": ["a"], "key": ["k"], "voice": ["own"]})
        >>> terms_over_time(t, docs).values.tolist()
        [['2015-07-21', 'day', 'X', 'k', 'own', 1]]
    """
    cols = ["period", "unit", "outlet", "key", "voice", "n"]
    if terms is None or terms.empty or documents is None or documents.empty:
        return pd.DataFrame(columns=cols)
    periods, unit = _binned_dates(documents, unit)
    frame = _with_outlet(terms, documents).merge(periods, on="doc_id")
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame["voice"] = _fill(frame["voice"], UNKNOWN)
    out = frame.groupby(["period", "outlet", "key", "voice"], sort=True).size().reset_index(name="n")
    out["unit"] = unit
    out["n"] = out["n"].astype(int)
    return _sorted(out[cols], ["period", "outlet", "key", "voice"])


LOADED_FAMILIES = ("labels/separatist", "labels/terrorist", "labels/militant",
                   "events/military_operation")
"""The loaded-term families notebook 03 and the report focus on."""


def select_keys(terms: pd.DataFrame, keys: Iterable[str]) -> pd.DataFrame:
    """Rows whose lexicon key is one of ``keys`` or below one (``labels`` keeps ``labels/...``).

    Example:
        >>> t = pd.DataFrame({"key": ["labels/terrorist", "places/karabakh", "labels/rebel"]})
        >>> select_keys(t, ["labels"])["key"].tolist()
        ['labels/terrorist', 'labels/rebel']
    """
    if terms is None or terms.empty:
        return terms
    k = terms["key"].astype(str)
    mask = pd.Series(False, index=terms.index)
    for key in keys:
        mask |= (k == key) | k.str.startswith(key.rstrip("/") + "/")
    return terms[mask].reset_index(drop=True)


def actor_term_cooccurrence(actors: pd.DataFrame, terms: pd.DataFrame, *,
                            keys: Iterable[str] | None = LOADED_FAMILIES) -> pd.DataFrame:
    """Which actors share a sentence with which loaded terms, in whose voice.

    Delegates to :func:`analysis.framing.tables.actor_term_cooccurrence`: a
    pair counts once per distinct sentence in which the actor is mentioned
    and the term occurs with that voice (a term inside the actor's own
    mention counts too). Mentions the registry does not resolve count as
    :data:`UNRESOLVED`; rows without a sentence index are left out, since
    they cannot be placed in a sentence.

    Args:
        actors: The actors table (``doc_id, sentence, actor``).
        terms: The terms table (``doc_id, sentence, key, voice``).
        keys: Lexicon keys (or key prefixes) to keep, as :func:`select_keys`;
            default :data:`LOADED_FAMILIES`, ``None`` for every key.

    Returns:
        DataFrame ``actor, key, voice, n_sentences`` sorted by ``n_sentences``
        (descending), actor, key, voice. A sentence in which a term occurs
        both in the outlet's own voice and reported counts once in each voice.

    Example:
        >>> a = pd.DataFrame({"doc_id": ["d", "d"], "sentence": [0, 1], "actor": ["x", "y"]})
        >>> t = pd.DataFrame({"doc_id": ["d", "d"], "sentence": [0, 0],
        ...                   "key": ["labels/terrorist", "labels/terrorist"], "voice": ["own", "own"]})
        >>> actor_term_cooccurrence(a, t).values.tolist()
        [['x', 'labels/terrorist', 'own', 1]]
    """
    from analysis.framing.tables import actor_term_cooccurrence as framing_cooccurrence

    cols = ["actor", "key", "voice", "n_sentences"]
    if keys is not None:
        terms = select_keys(terms, keys)
    if actors is None or terms is None or actors.empty or terms.empty:
        return pd.DataFrame(columns=cols)
    a = actors[actors["sentence"].notna() & actors["doc_id"].notna()]
    a = a.assign(actor=a["actor"].astype(object).where(~_blank(a["actor"]), None))
    t = terms[terms["sentence"].notna() & terms["doc_id"].notna()]
    t = t.assign(voice=_fill(t["voice"], UNKNOWN).values, key=t["key"].astype(str).values)
    if a.empty or t.empty:
        return pd.DataFrame(columns=cols)
    out = framing_cooccurrence(a, t).rename(columns={"sentences": "n_sentences"})
    if out.empty:
        return pd.DataFrame(columns=cols)
    out["n_sentences"] = out["n_sentences"].astype(int)
    return _sorted(out[cols], ["n_sentences", "actor", "key", "voice"], [False, True, True, True])


def term_keys(terms: pd.DataFrame) -> list[str]:
    """The lexicon keys present in a terms table, sorted.

    Example:
        >>> term_keys(pd.DataFrame({"key": ["b", "a", "b"]}))
        ['a', 'b']
    """
    if terms is None or terms.empty:
        return []
    return sorted(terms["key"].dropna().astype(str).unique())


def term_kwic(terms: pd.DataFrame, texts: Mapping[str, str] | Callable[[str], str], *, key: str | None = None,
         voice: str | None = None, outlet: str | None = None,
         documents: pd.DataFrame | None = None, window: int = 40,
         limit: int | None = 200) -> pd.DataFrame:
    """Keyword-in-context lines for loaded-term uses, filtered the way a reader asks.

    The context is cut from the ORIGINAL text by character offsets (``window``
    characters each side, widened to whole words), so every line can be
    checked against the source. Filters combine with AND; a key also matches
    its sub-keys (``labels`` matches ``labels/terrorist``).

    Args:
        terms: The terms table (``doc_id, start, end, key, voice, quoted,
            scare_quote, so_called``).
        texts: doc_id -> original text (a mapping, or a function such as
            ``lambda d: corpus.get(d, version).text``).
        key: Lexicon key (or key prefix) to keep.
        voice: Voice to keep (``own``, ``reported``, ...).
        outlet: Outlet to keep; needs ``documents``.
        documents: The documents table, for the outlet column.
        window: Context characters on each side.
        limit: At most this many lines (``None`` for all), in doc/offset order.

    Returns:
        DataFrame ``doc_id, start, end, outlet, key, voice, markers, left, match,
        right`` sorted by doc_id and start; ``markers`` lists ``quoted``,
        ``scare_quote``, ``so_called`` flags that are set.

    Example:
        >>> text = "قالت الوزارة إن الإرهابيين هاجموا القرية"  # synthetic
        >>> t = pd.DataFrame({"doc_id": ["a"], "start": [16], "end": [26], "key": ["terrorist"],
        ...     "voice": ["reported"], "quoted": [False], "scare_quote": [False], "so_called": [False]})
        >>> row = term_kwic(t, {"a": text}, key="terrorist").iloc[0]
        >>> row["match"], row["right"]
        ('الإرهابيين', 'هاجموا القرية')
    """
    cols = ["doc_id", "start", "end", "outlet", "key", "voice", "markers", "left", "match", "right"]
    if terms is None or terms.empty:
        return pd.DataFrame(columns=cols)
    frame = terms.copy()
    frame["outlet"] = (_lookup(frame["doc_id"], _outlets(documents), UNKNOWN)
                       if documents is not None else UNKNOWN)
    frame["voice"] = _fill(frame["voice"], UNKNOWN)
    mask = frame["doc_id"].isin(list(texts)) if isinstance(texts, Mapping) else pd.Series(
        True, index=frame.index)
    if key is not None:
        k = frame["key"].astype(str)
        mask &= (k == key) | k.str.startswith(key.rstrip("/") + "/")  # as select_keys
    if voice is not None:
        mask &= frame["voice"] == voice
    if outlet is not None:
        mask &= frame["outlet"] == outlet
    frame = _sorted(frame[mask], ["doc_id", "start", "end"])
    if limit is not None:
        frame = frame.head(limit)
    if frame.empty:
        return pd.DataFrame(columns=cols)

    cache: dict[str, str] = {}

    def context(row) -> tuple[str, str, str]:
        if row.doc_id not in cache:
            cache[row.doc_id] = texts[row.doc_id] if isinstance(texts, Mapping) else texts(row.doc_id)
        text = cache[row.doc_id]
        s, e = int(row.start), int(row.end)
        ls = max(0, s - window)
        while ls > 0 and not text[ls - 1].isspace():
            ls -= 1
        re_ = min(len(text), e + window)
        while re_ < len(text) and not text[re_].isspace():
            re_ += 1
        flat = lambda v: " ".join(v.split())  # noqa: E731 -- newlines would break table rows
        return flat(text[ls:s]), text[s:e], flat(text[e:re_])

    parts = [context(r) for r in frame.itertuples(index=False)]
    flags = [f for f in ("quoted", "scare_quote", "so_called") if f in frame.columns]
    frame["markers"] = [
        " ".join(f for f in flags if bool(getattr(r, f)) and pd.notna(getattr(r, f)))
        for r in frame.itertuples(index=False)
    ]
    frame["left"] = [p[0] for p in parts]
    frame["match"] = [p[1] for p in parts]
    frame["right"] = [p[2] for p in parts]
    return frame[cols].reset_index(drop=True)


# --------------------------------------------------------------------------- 04 casualties

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
