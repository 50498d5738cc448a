"""Summaries for notebook 02: actor mentions, labels, share of voice, who is quoted about whom."""

from __future__ import annotations

import pandas as pd

from analysis.report.summaries.common import (
    UNRESOLVED, _blank, _fill, _sorted, _with_outlet, ranked,
)


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
