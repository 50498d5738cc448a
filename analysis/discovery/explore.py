"""Small helpers for the discovery notebook (07): choices a researcher would otherwise code in a cell.

Each returns a table or text and never fails on a corpus too small for the
comparison (one outlet, no actor mentions, no documents): it returns an empty
table whose ``attrs["note"]`` says why, so the notebook runs on any corpus.

Example:
    >>> from analysis.discovery.dfm import build_dfm
    >>> d = build_dfm([("a", "قصف الجيش", {"outlet": "x"})], backend="rules")  # synthetic
    >>> outlet_keyness(d).attrs["note"]
    'keyness needs documents from at least two outlets (found 1)'
"""

from __future__ import annotations

import pandas as pd

from analysis.discovery.dfm import Dfm
from analysis.discovery.keyness import KEYNESS_COLUMNS, keyness


def outlet_keyness(dfm: Dfm, outlet: str | None = None, *, measure: str = "lr", min_count: int = 5,
                   exclude_stopwords: bool = True) -> pd.DataFrame:
    """Keyness of one outlet (default: the one with most documents) against all the others.

    Returns:
        The keyness table (``attrs["target"]`` names the outlet), or an empty
        one with ``attrs["note"]`` when there are fewer than two outlets.
    """
    outlets = dfm.docvars["outlet"].fillna("").astype(str) if len(dfm.docvars) else pd.Series([], dtype=str)
    counts = outlets[outlets != ""].value_counts()
    if len(counts) < 2:
        empty = pd.DataFrame(columns=KEYNESS_COLUMNS)
        empty.attrs["note"] = f"keyness needs documents from at least two outlets (found {len(counts)})"
        return empty
    chosen = outlet or sorted(counts.index, key=lambda o: (-counts[o], o))[0]
    table = keyness(dfm, {"outlet": chosen}, measure=measure, min_count=min_count,
                    exclude_stopwords=exclude_stopwords)
    table.attrs["target"] = chosen
    table.attrs["note"] = f"{chosen} ({counts.get(chosen, 0)} documents) against {counts.sum() - counts.get(chosen, 0)} " \
                          f"documents of {len(counts) - 1} other outlets"
    return table


def main_actors(actors: pd.DataFrame, n: int = 2) -> list[str]:
    """The ``n`` most mentioned actors (ties by id).

    Example:
        >>> main_actors(pd.DataFrame({"actor": ["b", "a", "b", "c", "a"]}), 2)
        ['a', 'b']
    """
    if actors is None or not len(actors):
        return []
    counts = actors["actor"].value_counts()
    return sorted(counts.index, key=lambda a: (-counts[a], a))[:n]


def richest_document(tables) -> str | None:
    """The document with most annotations of all kinds (ties by id), to show as an example."""
    frames = [tables.frame(k)["doc_id"] for k in ("terms", "actors", "quotes", "casualties")]
    ids = pd.concat(frames) if frames else pd.Series([], dtype=str)
    if not len(ids):
        return None
    counts = ids.value_counts()
    return sorted(counts.index, key=lambda d: (-counts[d], d))[0]


def dfm_summary(dfm: Dfm) -> str:
    """One Markdown paragraph describing the matrix and how it was made."""
    n_docs, n_features = dfm.shape
    tokens = int(dfm.matrix.sum()) if n_docs else 0
    merged = int((dfm.features["n_types"] > 1).sum()) if n_features else 0
    stop = dfm.versions.get("stopwords") or {}
    return (f"{n_docs:,} documents, {tokens:,} word tokens, {n_features:,} features "
            f"({merged:,} of them merge several spellings or clitic variants); corpus "
            f"{dfm.versions.get('corpus')}, backend {dfm.versions.get('backend')}, stop words "
            f"{stop.get('name')} {stop.get('version')}.")


__all__ = ["outlet_keyness", "main_actors", "richest_document", "dfm_summary"]
