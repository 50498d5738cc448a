"""Framing tables: pure functions from item tables to summary DataFrames.

Inputs are the corpus-wide tables of :func:`analysis.tables.corpus_tables`
(or any DataFrames with the same columns):

* ``actors``: doc_id, start, end, text, actor, alias, labels, sentence
  (``labels`` is a ``|``-joined string or a list/tuple);
* ``quotes``: doc_id, start, end, speaker, speaker_text, cue, kind, ...;
* ``terms``: doc_id, start, end, key, voice, quoted, scare_quote, so_called,
  attributed_to, target, sentence;
* ``documents``: doc_id, outlet, published (ISO date string), ...

Missing actor or speaker ids are shown as :data:`UNRESOLVED`, so that counts
never silently drop parties or sources the registry does not know.
Nothing here mutates its inputs.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd

#: Placeholder for a missing actor / speaker id in summaries.
UNRESOLVED = "(unresolved)"


def _labels(value) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [v for v in value.split("|") if v]
    return [str(v) for v in value]


def label_actor_counts(actors: pd.DataFrame) -> pd.DataFrame:
    """How often each label is attached to each actor.

    Args:
        actors: Actor mentions (``actor``, ``labels`` columns).

    Returns:
        Columns ``label, actor, count``, sorted by count (descending), then
        label and actor. Mentions without labels do not appear.

    Example:
        >>> df = pd.DataFrame({"doc_id": ["d", "d"], "actor": ["karabakh_forces", None],
        ...                    "labels": ["Armenian|separatist", "separatist"]})
        >>> label_actor_counts(df).to_dict("records")
        [{'label': 'Armenian', 'actor': 'karabakh_forces', 'count': 1}, {'label': 'separatist', 'actor': '(unresolved)', 'count': 1}, {'label': 'separatist', 'actor': 'karabakh_forces', 'count': 1}]
    """
    rows = [(label, actor if isinstance(actor, str) else UNRESOLVED)
            for actor, labels in zip(actors["actor"], actors["labels"]) for label in _labels(labels)]
    out = pd.DataFrame(rows, columns=["label", "actor"])
    out = out.groupby(["label", "actor"], as_index=False).size().rename(columns={"size": "count"})
    return out.sort_values(["count", "label", "actor"], ascending=[False, True, True], ignore_index=True)


def share_of_voice(quotes: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                   by: Sequence[str] = (), kinds: Sequence[str] | None = None) -> pd.DataFrame:
    """Reported statements per speaker, and each speaker's share.

    Args:
        quotes: Reported statements (``speaker``, ``kind``, ``doc_id``).
        documents: Document metadata, needed when ``by`` names its columns.
        by: Grouping columns (e.g. ``("outlet",)``); shares sum to 1 within
            each group.
        kinds: Restrict to these kinds (``direct``, ``indirect``,
            ``according_to``); ``None`` keeps all.

    Returns:
        Columns ``*by, speaker, quotes, direct, share``: statements, of which
        direct quotations, and the share of the group's statements.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["a", "a", "a"], "speaker": ["putin", "putin", None],
        ...                   "kind": ["direct", "indirect", "according_to"]})
        >>> share_of_voice(q).to_dict("records")
        [{'speaker': 'putin', 'quotes': 2, 'direct': 1, 'share': 0.6666666666666666}, {'speaker': '(unresolved)', 'quotes': 1, 'direct': 0, 'share': 0.3333333333333333}]
    """
    df = quotes if kinds is None else quotes[quotes["kind"].isin(list(kinds))]
    df = _with_documents(df, documents, by)
    df = df.assign(speaker=df["speaker"].where(df["speaker"].notna(), UNRESOLVED),
                   _direct=(df["kind"] == "direct").astype(int))
    keys = [*by, "speaker"]
    out = df.groupby(keys, as_index=False, dropna=False).agg(quotes=("speaker", "size"), direct=("_direct", "sum"))
    totals = out.groupby(list(by))["quotes"].transform("sum") if by else out["quotes"].sum()
    out["share"] = out["quotes"] / totals
    return out.sort_values([*by, "quotes", "speaker"], ascending=[*([True] * len(by)), False, True],
                           ignore_index=True)


def term_voice_breakdown(terms: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                         by: Sequence[str] = ("outlet",), freq: str | None = None,
                         date_column: str = "published") -> pd.DataFrame:
    """How each loaded term is voiced, by outlet and (optionally) period.

    Each hit falls into one ``voice_class``: ``reported`` (inside a reported
    statement), ``so_called`` (own voice with ما يسمى / مزعوم),
    ``scare_quote`` (own voice in scare quotes), ``own_quoted`` (own voice,
    other quotation) or ``own`` (plain own voice).

    Args:
        terms: Term voices (``key``, ``voice``, ``quoted``, ``scare_quote``,
            ``so_called``, ``doc_id``).
        documents: Document metadata (``outlet``, ``published``...).
        by: Grouping columns from the documents table.
        freq: A pandas period alias (``"D"``, ``"W"``, ``"M"``) to add a
            ``period`` column from ``date_column``; ``None`` adds none.
        date_column: Documents column holding the ISO date.

    Returns:
        Columns ``*by, [period], key, voice_class, count, share`` where
        ``share`` is the fraction of that key's hits in the group.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "a"], "key": ["labels/terrorist"] * 2,
        ...     "voice": ["own", "reported"], "quoted": [True, False],
        ...     "scare_quote": [True, False], "so_called": [False, False]})
        >>> term_voice_breakdown(t, by=())[["voice_class", "count"]].to_dict("records")
        [{'voice_class': 'reported', 'count': 1}, {'voice_class': 'scare_quote', 'count': 1}]
    """
    df = _with_documents(terms, documents, [*by, date_column] if freq else by)
    keys = list(by)
    if freq:
        dates = pd.to_datetime(df[date_column], errors="coerce", utc=True).dt.tz_localize(None)
        df = df.assign(period=dates.dt.to_period(freq).astype(str))
        keys.append("period")
    klass = pd.Series("own", index=df.index)
    klass[df["quoted"].astype(bool)] = "own_quoted"
    klass[df["scare_quote"].astype(bool)] = "scare_quote"
    klass[df["so_called"].astype(bool)] = "so_called"
    klass[df["voice"] == "reported"] = "reported"
    df = df.assign(voice_class=klass)
    out = df.groupby([*keys, "key", "voice_class"], as_index=False, dropna=False).size()
    out = out.rename(columns={"size": "count"})
    out["share"] = out["count"] / out.groupby([*keys, "key"], dropna=False)["count"].transform("sum")
    return out.sort_values([*keys, "key", "count", "voice_class"],
                           ascending=[*([True] * (len(keys) + 1)), False, True], ignore_index=True)


def actor_term_cooccurrence(actors: pd.DataFrame, terms: pd.DataFrame) -> pd.DataFrame:
    """Actors and loaded terms that occur in the same sentence.

    Args:
        actors: Actor mentions with ``doc_id``, ``sentence`` and ``actor``.
        terms: Term voices with ``doc_id``, ``sentence``, ``key`` and ``voice``.

    Returns:
        Columns ``actor, key, voice, sentences``: the number of distinct
        sentences in which the actor is mentioned and the term occurs with
        that voice. A term inside the actor's own mention counts too.

    Example:
        >>> a = pd.DataFrame({"doc_id": ["d", "d"], "sentence": [0, 1], "actor": ["azerbaijan", "russia"]})
        >>> t = pd.DataFrame({"doc_id": ["d"], "sentence": [0], "key": ["labels/separatist"], "voice": ["reported"]})
        >>> actor_term_cooccurrence(a, t).to_dict("records")
        [{'actor': 'azerbaijan', 'key': 'labels/separatist', 'voice': 'reported', 'sentences': 1}]
    """
    a = actors[["doc_id", "sentence", "actor"]].assign(
        actor=lambda d: d["actor"].where(d["actor"].notna(), UNRESOLVED)).drop_duplicates()
    t = terms[["doc_id", "sentence", "key", "voice"]].drop_duplicates()
    pairs = a.merge(t, on=["doc_id", "sentence"])
    out = pairs.groupby(["actor", "key", "voice"], as_index=False).size().rename(columns={"size": "sentences"})
    return out.sort_values(["sentences", "actor", "key", "voice"], ascending=[False, True, True, True],
                           ignore_index=True)


def _with_documents(df: pd.DataFrame, documents: pd.DataFrame | None, columns: Sequence[str]) -> pd.DataFrame:
    columns = [c for c in columns if c not in df.columns]
    if not columns:
        return df
    if documents is None:
        raise ValueError(f"grouping by {columns} needs the documents table")
    return df.merge(documents[["doc_id", *columns]], on="doc_id", how="left")


__all__ = ["label_actor_counts", "share_of_voice", "term_voice_breakdown", "actor_term_cooccurrence",
           "UNRESOLVED"]
