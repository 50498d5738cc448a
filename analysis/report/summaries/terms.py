"""Summaries for notebook 03: loaded terms by voice, markers, over time; KWIC lines."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.report.summaries.common import (
    UNKNOWN, UNRESOLVED, _binned_dates, _blank, _bool, _fill, _lookup, _outlets, _sorted,
    _with_outlet,
)


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


def kwic_with_voice(kwic: pd.DataFrame, terms: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                    voice: str | None = None, limit: int | None = 50) -> pd.DataFrame:
    """KWIC lines (from :meth:`analysis.Corpus.kwic`) with each match's voice and markers.

    The package has one KWIC (:func:`analysis.lexicon.kwic.kwic`); this adds
    what the terms table knows about the same span -- its voice and its
    distancing markers -- and the document's outlet, and filters by voice.

    Args:
        kwic: The KWIC table (``doc_id, start, end, left, match, right, key``).
        terms: The terms table (``doc_id, start, end, voice, quoted, scare_quote, so_called``).
        documents: The documents table, for the outlet column.
        voice: Keep one voice (``own``, ``reported``, ...); ``None`` for all.
        limit: At most this many lines (``None`` for all), in document and text order.

    Returns:
        DataFrame ``doc_id, start, end, outlet, key, voice, markers, left, match,
        right``; a match the terms table does not have has voice :data:`UNKNOWN`.

    Example:
        >>> k = pd.DataFrame({"doc_id": ["a"], "start": [16], "end": [26], "left": ["قالت الوزارة إن"],
        ...     "match": ["الإرهابيين"], "right": ["هاجموا"], "key": ["labels/terrorist"]})  # synthetic
        >>> t = pd.DataFrame({"doc_id": ["a"], "start": [16], "end": [26], "voice": ["reported"],
        ...     "quoted": [False], "scare_quote": [True], "so_called": [False]})
        >>> kwic_with_voice(k, t)[["voice", "markers", "match"]].values.tolist()
        [['reported', 'scare_quote', 'الإرهابيين']]
    """
    cols = ["doc_id", "start", "end", "outlet", "key", "voice", "markers", "left", "match", "right"]
    if kwic is None or kwic.empty:
        return pd.DataFrame(columns=cols)
    flags = ["quoted", "scare_quote", "so_called"]
    if terms is None or terms.empty:
        terms = pd.DataFrame(columns=["doc_id", "start", "end", "voice", *flags])
    spans = terms[["doc_id", "start", "end", "voice", *flags]].drop_duplicates(["doc_id", "start", "end"])
    frame = kwic.merge(spans.astype({"start": "int64", "end": "int64"}), on=["doc_id", "start", "end"],
                       how="left")
    frame["voice"] = _fill(frame["voice"], UNKNOWN)
    set_flags = pd.DataFrame({f: _bool(frame[f]).to_numpy() for f in flags})
    frame["markers"] = [" ".join(f for f in flags if row[f]) for row in set_flags.to_dict("records")]
    frame["outlet"] = (_lookup(frame["doc_id"], _outlets(documents), UNKNOWN)
                       if documents is not None else UNKNOWN)
    if voice is not None:
        frame = frame[frame["voice"] == voice]
    frame = _sorted(frame, ["doc_id", "start", "end"])
    return (frame if limit is None else frame.head(limit))[cols].reset_index(drop=True)
